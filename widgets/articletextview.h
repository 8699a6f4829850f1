#pragma once

#include <models/ids.h>
#include <widgets/readingstyle.h>

#include <QPlainTextEdit>

QT_BEGIN_NAMESPACE
class QVariantAnimation;
QT_END_NAMESPACE

namespace crossread {

class ClaimHighlighter;
class ClaimSelection;
class Document;

/// An article's text, read-only, for reading and tagging. The caret moves
/// and selects with the keyboard as in any editor.
///
/// - A tag's key (1–9 by default) tags the selection as a new claim with that
///   tag; with no selection it adds or removes the tag on the current claim.
///   Selections are snapped first (snapSelection): to whole words when the
///   reading style says so, never splitting a character.
/// - Claims show as tinted backgrounds (ClaimHighlighter) with one underline
///   per claim, each overlapping claim on its own lane; the current claim is
///   outlined. Hovering a claim shows its tags, kind, speaker and status;
///   clicking selects it (again: the next claim under the mouse).
class ArticleTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    ArticleTextView(Document *document, ClaimSelection *selection, QWidget *parent = nullptr);
    ~ArticleTextView() override;

    void setArticle(ArticleId article);
    ArticleId article() const { return m_article; }
    ClaimHighlighter *highlighter() const { return m_highlighter; }

    void setReadingStyle(const ReadingStyle &style);
    const ReadingStyle &readingStyle() const { return m_style; }

    /// The selection as it would be tagged: snapped; empty when none.
    std::pair<int, int> snappedSelection() const;
    /// Tags the selection as a claim with `tags`; the new claim's id, or NoId.
    ClaimId tagSelection(const QList<TagId> &tags);
    /// Scrolls `claim` into the middle of the view, makes it current and
    /// briefly flashes it.
    void revealClaim(ClaimId claim, bool flash = true);
    /// Makes the next (or previous) claim after the caret current.
    bool selectAdjacentClaim(bool forward);
    /// Marks search hits; `current` (an index into hits, or -1) is scrolled to.
    void setSearchHits(const QList<std::pair<int, int>> &hits, int current);

    /// Where the text of [start, end) is drawn, in viewport coordinates, one
    /// rectangle per line: for painting and for tests.
    QList<QRectF> spanRects(int start, int end) const;

Q_SIGNALS:
    /// Another article was dropped on the text (from the article list).
    void articleDropped(crossread::ArticleId article);
    /// The user asked for the "Tag as claim…" dialog (Ctrl+T, context menu).
    void tagDialogRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyLineSpacing();
    void updateMargins();
    QString tooltipAt(int position) const;
    void toggleTagOnCurrent(TagId tag);

    Document *m_document;
    ClaimSelection *m_selection;
    ClaimHighlighter *m_highlighter;
    ArticleId m_article = NoId;
    ReadingStyle m_style;
    QPoint m_pressPos;
    ClaimId m_flashed = NoId;
    QVariantAnimation *m_flash;
    QList<std::pair<int, int>> m_hits;
    int m_currentHit = -1;
};

} // namespace crossread
