#pragma once

#include <models/ids.h>
#include <widgets/connectorgeometry.h>
#include <widgets/readingstyle.h>

#include <QPlainTextEdit>

#include <memory>

QT_BEGIN_NAMESPACE
class QTextBlock;
class QVariantAnimation;
QT_END_NAMESPACE

namespace crossread {

class ClaimHighlighter;
struct DiscrepancyMark;
class DiscrepancyCache;
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
/// - The current claim can be dragged onto a claim (or a selection) in any
///   pane to link the two (claimDropped; LinkController does the rest).
class ArticleTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    /// Drag data of a claim: its id in decimal.
    static constexpr const char *ClaimMimeType = "application/x-crossread-claim-id";

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

    /// For each span [start, end): whether it is above, in or below the
    /// viewport, and when in it, its top and bottom in viewport coordinates.
    /// Finds the visible blocks once for all spans.
    QList<ConnectorEnd> spanExtents(const QList<std::pair<int, int>> &spans) const;

    /// The visual line (as the vertical scroll bar counts) of `position`.
    int lineOf(int position) const;
    /// How many lines the viewport shows.
    int visibleLines() const;

    /// Values that differ from what the other claims of their proposition
    /// say: outlined, with the other values in the tooltip. Found after the
    /// event loop ran, once for a burst of edits or a new article, on a
    /// worker when the cache does not know them (discrepanciesShown() then).
    QList<std::pair<int, int>> discrepancySpans() const;
    void refreshDiscrepancies();
    void scheduleDiscrepancies();

    /// Claims outlined in a relation's colour: both ends of a hovered link.
    void setHighlightedClaims(const QList<ClaimId> &claims, const QColor &color);

Q_SIGNALS:
    /// Another article was dropped on the text (from the article list).
    void articleDropped(crossread::ArticleId article);
    /// A claim was dropped at `position`: on a claim, or in the selection.
    void claimDropped(crossread::ClaimId claim, int position);
    /// The user asked for the "Tag as claim…" dialog (Ctrl+T, context menu).
    void tagDialogRequested();
    /// Other differing values are outlined than before.
    void discrepanciesShown();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showMarks(const QList<DiscrepancyMark> &marks);
    void applyLineSpacing();
    void updateMargins();
    QString tooltipAt(int position) const;
    void toggleTagOnCurrent(TagId tag);
    ClaimId dropTargetAt(const QPoint &pos, ClaimId dragged) const;
    QRectF blockGeometry(const QTextBlock &block, const QPointF &offset) const;
    bool selectionContains(const QPoint &pos) const;

    Document *m_document;
    ClaimSelection *m_selection;
    ClaimHighlighter *m_highlighter;
    ArticleId m_article = NoId;
    ReadingStyle m_style;
    QPoint m_pressPos;
    ClaimId m_dragClaim = NoId; ///< pressed on the current claim: a drag may start
    ClaimId m_flashed = NoId;
    QVariantAnimation *m_flash;
    QList<std::pair<int, int>> m_hits;
    QList<ClaimId> m_highlighted;
    QList<DiscrepancyMark> m_marks;
    std::unique_ptr<DiscrepancyCache> m_discrepancyCache;
    bool m_marksPending = false;
    quint64 m_marksGeneration = 0; ///< counts refreshes: a worker's result is shown only if no other began since
    mutable std::vector<qreal> m_paintTops; ///< while painting: the visible blocks' tops
    int m_paintFirstBlock = 0;
    QColor m_highlightColor;
    int m_currentHit = -1;
};

} // namespace crossread
