#pragma once

#include <models/ids.h>
#include <widgets/readingstyle.h>

#include <QWidget>

#include <map>

QT_BEGIN_NAMESPACE
class QSplitter;
QT_END_NAMESPACE

namespace crossread {

class ArticlePane;
class ArticleTextView;
class ComparisonSplitter;
class ClaimSelection;
class Document;

/// Two to six article panes side by side, in a splitter. Which articles the
/// panes show and how wide they are is the project's layout: restored when a
/// project opens, stored in the document whenever it changes. With
/// synchronized scrolling on, scrolling one pane scrolls the others to the
/// same proportion of their text, or (by links) so that linked claims stay
/// level. The gutters between panes draw the links (ConnectorGutter).
class ComparisonArea : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxPanes = 6;
    static constexpr int GutterWidth = 44;

    ComparisonArea(Document *document, ClaimSelection *selection, QWidget *parent = nullptr);

    int paneCount() const { return int(m_panes.size()); }
    ArticlePane *pane(int index) const { return m_panes.value(index); }
    /// The pane the keyboard works in (last focused).
    ArticlePane *currentPane() const { return m_current; }
    bool syncScroll() const { return m_sync; }
    bool syncByLinks() const { return m_byLinks; }
    /// Cue kinds not highlighted in the panes (bit n: CueKind n).
    quint8 hiddenCues() const { return m_hiddenCues; }
    ComparisonSplitter *splitter() const { return m_splitter; }

public Q_SLOTS:
    ArticlePane *addPane(crossread::ArticleId article = NoId);
    void closePane(ArticlePane *pane);
    void closeCurrentPane();
    /// Focuses the pane at `index` (0-based), for Ctrl+1…6.
    void focusPane(int index);
    void setSyncScroll(bool on);
    /// Scrolling together keeps linked claims level (on) or goes by
    /// proportion (off). Turning it on turns scrolling together on.
    void setSyncByLinks(bool on);
    void setHiddenCues(quint8 hidden);
    /// Outlines both ends of `link` in the panes (NoId: none).
    void highlightLink(crossread::LinkId link);
    void setReadingStyle(const ReadingStyle &style);
    /// Shows the article in a pane: the pane already showing it, else the
    /// current pane (or an empty one).
    ArticlePane *showArticle(crossread::ArticleId article);
    /// Shows the claim's article, scrolls the claim into view and flashes it.
    void showClaim(crossread::ClaimId claim);

Q_SIGNALS:
    void currentPaneChanged(crossread::ArticlePane *pane);
    /// A claim was dropped on the text of a pane (see ArticleTextView).
    void claimDropped(crossread::ArticleTextView *view, crossread::ClaimId claim, int position);

private:
    void setCurrentPane(ArticlePane *pane);
    void restoreLayout();
    void storeLayout();
    void updateClosable();
    void syncFrom(ArticlePane *pane);
    /// The starts of the claims linked between two articles, by the first's.
    const QList<std::pair<int, int>> &linkedPositions(ArticleId leader, ArticleId follower) const;
    /// The follower's line to keep level with the leader's `line`, or -1.
    qreal linkedLine(const ArticleTextView *leader, const ArticleTextView *follower, qreal line) const;

    Document *m_document;
    ClaimSelection *m_selection;
    ComparisonSplitter *m_splitter;
    QList<ArticlePane *> m_panes;
    ArticlePane *m_current = nullptr;
    ReadingStyle m_style;
    bool m_sync = false;
    bool m_byLinks = false;
    quint8 m_hiddenCues = 0;
    bool m_syncing = false; ///< scrolling panes to follow one: ignore their own scrolling
    bool m_restoring = false;
    mutable std::map<std::pair<ArticleId, ArticleId>, QList<std::pair<int, int>>> m_linkedPositions;
};

} // namespace crossread
