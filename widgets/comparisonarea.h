#pragma once

#include <models/ids.h>
#include <widgets/readingstyle.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QSplitter;
QT_END_NAMESPACE

namespace crossread {

class ArticlePane;
class ClaimSelection;
class Document;

/// Two to six article panes side by side, in a splitter. Which articles the
/// panes show and how wide they are is the project's layout: restored when a
/// project opens, stored in the document whenever it changes. With
/// synchronized scrolling on, scrolling one pane scrolls the others to the
/// same proportion of their text.
class ComparisonArea : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxPanes = 6;

    ComparisonArea(Document *document, ClaimSelection *selection, QWidget *parent = nullptr);

    int paneCount() const { return int(m_panes.size()); }
    ArticlePane *pane(int index) const { return m_panes.value(index); }
    /// The pane the keyboard works in (last focused).
    ArticlePane *currentPane() const { return m_current; }
    bool syncScroll() const { return m_sync; }
    QSplitter *splitter() const { return m_splitter; }

public Q_SLOTS:
    ArticlePane *addPane(crossread::ArticleId article = NoId);
    void closePane(ArticlePane *pane);
    void closeCurrentPane();
    /// Focuses the pane at `index` (0-based), for Ctrl+1…6.
    void focusPane(int index);
    void setSyncScroll(bool on);
    void setReadingStyle(const ReadingStyle &style);
    /// Shows the article in a pane: the pane already showing it, else the
    /// current pane (or an empty one).
    ArticlePane *showArticle(crossread::ArticleId article);
    /// Shows the claim's article, scrolls the claim into view and flashes it.
    void showClaim(crossread::ClaimId claim);

Q_SIGNALS:
    void currentPaneChanged(crossread::ArticlePane *pane);

private:
    void setCurrentPane(ArticlePane *pane);
    void restoreLayout();
    void storeLayout();
    void updateClosable();
    void syncFrom(ArticlePane *pane);

    Document *m_document;
    ClaimSelection *m_selection;
    QSplitter *m_splitter;
    QList<ArticlePane *> m_panes;
    ArticlePane *m_current = nullptr;
    ReadingStyle m_style;
    bool m_sync = false;
    bool m_syncing = false; ///< scrolling panes to follow one: ignore their own scrolling
    bool m_restoring = false;
};

} // namespace crossread
