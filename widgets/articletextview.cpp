#include "articletextview.h"

#include "claimhighlighter.h"
#include "relationstyle.h"
#include "swatch.h"

#include <models/articlelistmodel.h>
#include <models/claimselection.h>
#include <models/comparisonmatrix.h>
#include <models/document.h>
#include <models/rownotifier.h>
#include <models/textanchor.h>
#include <models/textselection.h>
#include <models/vocabulary.h>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDataStream>
#include <QDrag>
#include <QFutureWatcher>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QVariantAnimation>
#include <QtConcurrentRun>

namespace crossread {
namespace {

constexpr int kLaneGap = 3; // pixels between underline lanes
constexpr int kMaxLanes = 4; // deeper nesting shares the last lane

} // namespace

ArticleTextView::ArticleTextView(Document *document, ClaimSelection *selection, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(document)
    , m_selection(selection)
    , m_highlighter(new ClaimHighlighter(document, this->document()))
    , m_flash(new QVariantAnimation(this))
    , m_discrepancyCache(std::make_unique<DiscrepancyCache>())
{
    setReadOnly(true);
    setTabChangesFocus(true); // Tab leaves the pane, as in any read-only view
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    this->document()->setUndoRedoEnabled(false);
    this->document()->setDocumentMargin(12);
    setMouseTracking(true);
    m_flash->setDuration(900);
    m_flash->setKeyValues({{0.0, 0.0}, {0.25, 1.0}, {0.6, 1.0}, {1.0, 0.0}});
    connect(m_flash, &QVariantAnimation::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_highlighter, &ClaimHighlighter::spansChanged, viewport(), qOverload<>(&QWidget::update));
    connect(selection, &ClaimSelection::currentChanged, viewport(), qOverload<>(&QWidget::update));
    // Discrepancies: recomputed once after a burst of edits.
    for (const RowNotifier *rows :
         {document->articleRows(), document->claimRows(), document->linkRows(), document->propositionRows()}) {
        for (auto signal : {&RowNotifier::rowsInserted, &RowNotifier::rowsRemoved, &RowNotifier::rowsChanged})
            connect(rows, signal, this, &ArticleTextView::scheduleDiscrepancies);
    }
    connect(document, &Document::projectReset, this, [this] {
        m_discrepancyCache->clear();
        ++m_marksGeneration; // what a worker finds of the project before is not shown
    });
    m_highlighter->setBaseColor(palette().color(QPalette::Base));
    setReadingStyle(ReadingStyle::load());
}

ArticleTextView::~ArticleTextView() = default;

void ArticleTextView::setArticle(ArticleId article)
{
    const Article *a = findById(m_document->project().articles, article);
    m_article = a ? article : NoId;
    m_hits.clear();
    // The highlighter sees the new text's blocks before it highlights them.
    m_highlighter->setDocument(nullptr);
    setPlainText(a ? a->text : QString());
    applyLineSpacing();
    m_highlighter->setDocument(document());
    m_highlighter->setArticle(m_article);
    m_highlighter->rehighlight();
    // The text and its claims are drawn first; the differing values, which
    // may need every claim of the article's propositions read for numbers,
    // dates and names (18 ms for a busy article), come a moment later.
    m_marks.clear();
    scheduleDiscrepancies();
    if (a)
        setLayoutDirection(a->meta.language == u"ar" || a->meta.language == u"he" || a->meta.language == u"fa"
                               ? Qt::RightToLeft
                               : Qt::LeftToRight);
}

void ArticleTextView::setReadingStyle(const ReadingStyle &style)
{
    m_style = style;
    setFont(style.font);
    applyLineSpacing();
    updateMargins();
}

void ArticleTextView::applyLineSpacing()
{
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    QTextBlockFormat format;
    format.setLineHeight(m_style.lineSpacing, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(QFontMetricsF(m_style.font).height() * 0.4);
    cursor.mergeBlockFormat(format);
}

void ArticleTextView::updateMargins()
{
    // A readable measure: the text column no wider than lineWidth characters.
    int side = 0;
    if (m_style.lineWidth > 0) {
        const int column
            = QFontMetrics(m_style.font).averageCharWidth() * m_style.lineWidth + int(2 * document()->documentMargin());
        side = std::max(0, (width() - verticalScrollBar()->sizeHint().width() - column) / 2);
    }
    setViewportMargins(side, 0, side, 0);
}

void ArticleTextView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void ArticleTextView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setBaseColor(palette().color(QPalette::Base));
}

std::pair<int, int> ArticleTextView::snappedSelection() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return {0, 0};
    const auto [start, end]
        = snapSelection(toPlainText(), cursor.selectionStart(), cursor.selectionEnd(), m_style.snapToWords);
    return {int(start), int(end)};
}

ClaimId ArticleTextView::tagSelection(const QList<TagId> &tags)
{
    const auto [start, end] = snappedSelection();
    if (m_article == NoId || start >= end)
        return NoId;
    ClaimAttributes attributes;
    attributes.tags = tags;
    const ClaimId id = m_document->addClaim(m_article, start, end, attributes);
    if (id != NoId) {
        QTextCursor cursor = textCursor();
        cursor.setPosition(end);
        setTextCursor(cursor); // the selection became the claim
        m_selection->setCurrent(id);
    }
    return id;
}

void ArticleTextView::toggleTagOnCurrent(TagId tag)
{
    const Claim *claim = findById(m_document->project().claims, m_selection->current());
    if (!claim || claim->article != m_article)
        return;
    ClaimAttributes attributes = claim->attributes;
    if (attributes.tags.contains(tag))
        attributes.tags.removeOne(tag);
    else
        attributes.tags.append(tag);
    m_document->setClaimAttributes(claim->id, attributes);
}

void ArticleTextView::revealClaim(ClaimId claim, bool flash)
{
    const ClaimSpan *span = m_highlighter->span(claim);
    if (!span)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(span->start);
    setTextCursor(cursor);
    centerCursor(); // the middle of the pane, where the eye looks first
    m_selection->setCurrent(claim);
    if (flash) {
        m_flashed = claim;
        m_flash->stop();
        m_flash->start();
    }
}

bool ArticleTextView::selectAdjacentClaim(bool forward)
{
    const auto &spans = m_highlighter->spans();
    if (spans.empty())
        return false;
    const ClaimSpan *current = m_highlighter->span(m_selection->current());
    const int from = current ? current->start : textCursor().position();
    const ClaimSpan *target = nullptr;
    if (forward) {
        for (const ClaimSpan &s : spans) {
            if (s.start > from || (current && s.start == from && &s > current)) {
                target = &s;
                break;
            }
        }
    } else {
        for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
            if (it->start < from || (current && it->start == from && &*it < current)) {
                target = &*it;
                break;
            }
        }
    }
    if (!target)
        return false;
    revealClaim(target->id, false);
    return true;
}

void ArticleTextView::setSearchHits(const QList<std::pair<int, int>> &hits, int current)
{
    m_hits = hits;
    m_currentHit = current;
    QList<QTextEdit::ExtraSelection> selections;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(hits[i].first);
        selection.cursor.setPosition(hits[i].second, QTextCursor::KeepAnchor);
        // A search hit is outlined in the text colour, unlike any claim tint.
        selection.format.setFontUnderline(true);
        selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
        if (i == current) {
            selection.format.setForeground(palette().color(QPalette::HighlightedText));
            selection.format.setBackground(palette().color(QPalette::Highlight));
        }
        selections << selection;
    }
    setExtraSelections(selections);
    if (current >= 0 && current < hits.size()) {
        QTextCursor cursor(document());
        cursor.setPosition(hits[current].first);
        cursor.setPosition(hits[current].second, QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        centerCursor();
    }
}

QList<QRectF> ArticleTextView::spanRects(int start, int end) const
{
    QList<QRectF> rects;
    const QPointF offset = contentOffset();
    for (QTextBlock block = document()->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        if (!block.isVisible())
            continue;
        const QRectF blockRect = blockGeometry(block, offset);
        if (blockRect.top() > viewport()->height())
            break;
        const QTextLayout *layout = block.layout();
        const int from = std::max(start - block.position(), 0);
        const int to = std::min(end - block.position(), block.length() - 1);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineFrom = std::max(from, line.textStart());
            const int lineTo = std::min(to, line.textStart() + line.textLength());
            if (lineFrom >= lineTo)
                continue;
            const qreal x1 = line.cursorToX(lineFrom), x2 = line.cursorToX(lineTo);
            rects << QRectF(blockRect.left() + std::min(x1, x2), blockRect.top() + line.y(), std::abs(x2 - x1),
                            line.height());
        }
    }
    return rects;
}

QRectF ArticleTextView::blockGeometry(const QTextBlock &block, const QPointF &offset) const
{
    // While painting, the visible blocks' tops are known (see paintEvent):
    // asking QPlainTextEdit walks from the first visible block each time.
    const int index = block.blockNumber() - m_paintFirstBlock;
    if (!m_paintTops.empty() && index >= 0 && index < int(m_paintTops.size()))
        return QRectF(QPointF(offset.x(), m_paintTops[size_t(index)]), blockBoundingRect(block).size());
    return blockBoundingGeometry(block).translated(offset);
}

QList<ConnectorEnd> ArticleTextView::spanExtents(const QList<std::pair<int, int>> &spans) const
{
    // The tops of the visible blocks, found once: asking each span's block
    // for its geometry walks from the first visible block every time.
    const int height = viewport()->height();
    QTextBlock block = firstVisibleBlock();
    const int firstBlock = block.blockNumber();
    std::vector<qreal> tops;
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    for (; block.isValid() && top < height; block = block.next()) {
        tops.push_back(top);
        top += blockBoundingRect(block).height();
    }
    const int lastBlock = firstBlock + int(tops.size()) - 1;

    // Where `position` is drawn: its line's top and bottom, or nothing when
    // its block is not in view.
    const QTextDocument *doc = document();
    const auto lineAt = [&](int position, qreal &lineTop, qreal &lineBottom) {
        const QTextBlock b = doc->findBlock(position);
        const int number = b.blockNumber();
        if (number < firstBlock || number > lastBlock)
            return number < firstBlock ? -1 : 1;
        const QTextLayout *layout = b.layout();
        const QTextLine line = layout->lineForTextPosition(std::min(position - b.position(), b.length() - 1));
        const qreal blockTop = tops[size_t(number - firstBlock)];
        lineTop = blockTop + (line.isValid() ? line.y() : 0);
        lineBottom = lineTop + (line.isValid() ? line.height() : blockBoundingRect(b).height());
        return 0;
    };

    QList<ConnectorEnd> ends;
    ends.reserve(spans.size());
    for (const auto &[start, end] : spans) {
        qreal startTop = 0, startBottom = 0, endTop = 0, endBottom = 0;
        const int first = lineAt(start, startTop, startBottom);
        const int last = lineAt(std::max(start, end - 1), endTop, endBottom);
        if (last < 0 || (last == 0 && endBottom <= 0)) {
            ends.append({ConnectorEnd::Above, 0, 0});
        } else if (first > 0 || (first == 0 && startTop >= height)) {
            ends.append({ConnectorEnd::Below, 0, 0});
        } else {
            // A span that starts above the view or ends below it is cut at the edge.
            ends.append({ConnectorEnd::Visible, first < 0 ? 0 : startTop, last > 0 ? qreal(height) : endBottom});
        }
    }
    return ends;
}

int ArticleTextView::lineOf(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return 0;
    const QTextLayout *layout = block.layout();
    const QTextLine line = layout ? layout->lineForTextPosition(position - block.position()) : QTextLine();
    return block.firstLineNumber() + (line.isValid() ? line.lineNumber() : 0);
}

int ArticleTextView::visibleLines() const
{
    const QFontMetricsF metrics(font());
    const QTextBlock block = firstVisibleBlock();
    const QTextLayout *layout = block.isValid() ? block.layout() : nullptr;
    const qreal lineHeight = layout && layout->lineCount() > 0 ? layout->lineAt(0).height() : metrics.lineSpacing();
    return std::max(1, int(viewport()->height() / std::max<qreal>(1, lineHeight)));
}

QList<std::pair<int, int>> ArticleTextView::discrepancySpans() const
{
    QList<std::pair<int, int>> spans;
    for (const DiscrepancyMark &mark : m_marks)
        spans.append({mark.start, mark.end});
    return spans;
}

void ArticleTextView::scheduleDiscrepancies()
{
    if (m_marksPending)
        return;
    m_marksPending = true;
    QMetaObject::invokeMethod(this, &ArticleTextView::refreshDiscrepancies, Qt::QueuedConnection);
}

void ArticleTextView::refreshDiscrepancies()
{
    m_marksPending = false;
    const quint64 generation = ++m_marksGeneration;
    if (m_article == NoId) {
        showMarks({});
        return;
    }
    const Project &project = m_document->project();
    MarksWork work = gatherMarksWork(project, m_article, m_discrepancyCache.get(), m_document->claimRowsOf(m_article));
    if (!work.needsFinding()) {
        showMarks(placeMarks(project, work, m_discrepancyCache.get()));
        return;
    }
    // Finding them reads every claim of the article's propositions: tens of
    // milliseconds on a large project, so on a worker. The text is shown and
    // usable meanwhile; the marks follow.
    auto *watcher = new QFutureWatcher<MarksWork>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // Another article or an edit since: a newer refresh is on its way,
        // and the project may no longer be what was gathered.
        if (generation != m_marksGeneration || m_marksPending)
            return;
        showMarks(placeMarks(m_document->project(), watcher->result(), m_discrepancyCache.get()));
    });
    watcher->setFuture(QtConcurrent::run(
        [](MarksWork w) {
            findMarksWork(w);
            return w;
        },
        std::move(work)));
}

void ArticleTextView::showMarks(const QList<DiscrepancyMark> &marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    viewport()->update();
    Q_EMIT discrepanciesShown();
}

void ArticleTextView::setHighlightedClaims(const QList<ClaimId> &claims, const QColor &color)
{
    if (claims == m_highlighted && color == m_highlightColor)
        return;
    m_highlighted = claims;
    m_highlightColor = color;
    viewport()->update();
}

void ArticleTextView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_article == NoId)
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(m_style.font);
    m_paintTops.clear();
    QTextBlock visible = firstVisibleBlock();
    m_paintFirstBlock = visible.blockNumber();
    for (qreal top = blockBoundingGeometry(visible).translated(contentOffset()).top();
         visible.isValid() && top < viewport()->height(); visible = visible.next()) {
        m_paintTops.push_back(top);
        top += blockBoundingRect(visible).height();
    }
    const auto forget = qScopeGuard([this] { m_paintTops.clear(); });
    const int firstVisible = cursorForPosition(QPoint(0, 0)).position();
    const int lastVisible = cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();

    // One underline a claim, on its lane, in its tag's colour.
    for (const ClaimSpan &span : m_highlighter->spans()) {
        if (span.start > lastVisible)
            break;
        if (span.end < firstVisible)
            continue;
        QPen pen(span.color.darker(115), 2);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        const int lane = std::min(span.lane, kMaxLanes - 1);
        for (const QRectF &rect : spanRects(span.start, span.end)) {
            const qreal y = rect.top() + metrics.ascent() + metrics.descent() * 0.6 + 2 + lane * kLaneGap;
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        }
    }

    // The current claim, outlined; a claim just navigated to, flashed.
    const auto outline = [&](ClaimId id, const QColor &color, qreal width, qreal fill) {
        const ClaimSpan *span = m_highlighter->span(id);
        if (!span)
            return;
        QColor fillColor = color;
        fillColor.setAlphaF(float(fill));
        for (const QRectF &rect : spanRects(span->start, span->end)) {
            painter.setPen(QPen(color, width));
            painter.setBrush(fill > 0 ? QBrush(fillColor) : Qt::NoBrush);
            painter.drawRoundedRect(rect.adjusted(-1.5, 0, 1.5, 0), 3, 3);
        }
    };
    for (ClaimId id : std::as_const(m_highlighted))
        outline(id, m_highlightColor, 2.0, 0.18);
    // Differing values: a dashed box in the colour of "differs".
    QPen dashed(relationColor(Relation::Differs).darker(115), 1.5, Qt::DashLine);
    for (const DiscrepancyMark &mark : std::as_const(m_marks)) {
        if (mark.start > lastVisible)
            break;
        if (mark.end < firstVisible)
            continue;
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        for (const QRectF &rect : spanRects(mark.start, mark.end))
            painter.drawRoundedRect(rect.adjusted(-1, 1, 1, -1), 2, 2);
    }
    outline(m_selection->current(), palette().color(QPalette::Highlight), 1.5, 0.0);
    if (m_flash->state() == QAbstractAnimation::Running)
        outline(m_flashed, palette().color(QPalette::Highlight), 2.5, 0.35 * m_flash->currentValue().toDouble());
}

void ArticleTextView::keyPressEvent(QKeyEvent *event)
{
    // A tag's key tags the selection, or toggles the tag on the current claim.
    const QString pressed = QKeySequence(event->keyCombination()).toString(QKeySequence::PortableText);
    const auto &tags = m_document->project().tags;
    const auto tag = std::find_if(tags.begin(), tags.end(), [&](const Tag &t) {
        return !t.shortcut.isEmpty() && QKeySequence(t.shortcut).toString(QKeySequence::PortableText) == pressed;
    });
    if (tag != tags.end() && m_article != NoId) {
        if (textCursor().hasSelection())
            tagSelection({tag->id});
        else
            toggleTagOnCurrent(tag->id);
        event->accept();
        return;
    }
    // Shift+F10 opens the menu, as the Menu key does, at the cursor.
    if (event->keyCombination() == QKeyCombination(Qt::SHIFT, Qt::Key_F10)) {
        const QPoint at = cursorRect().bottomLeft();
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, viewport()->mapToGlobal(at));
        contextMenuEvent(&menu);
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ArticleTextView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    // Pressing on the current claim may start dragging it onto another.
    m_dragClaim = NoId;
    if (event->button() == Qt::LeftButton && m_selection->current() != NoId && !textCursor().hasSelection()) {
        const QList<ClaimId> here = m_highlighter->claimsAt(cursorForPosition(event->pos()).position());
        if (here.contains(m_selection->current())) {
            m_dragClaim = m_selection->current();
            event->accept();
            return;
        }
    }
    QPlainTextEdit::mousePressEvent(event);
}

void ArticleTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragClaim == NoId || !(event->buttons() & Qt::LeftButton)) {
        QPlainTextEdit::mouseMoveEvent(event);
        return;
    }
    if ((event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ClaimMimeType), QByteArray::number(m_dragClaim));
    if (const Claim *claim = findById(m_document->project().claims, m_dragClaim))
        mime->setText(claim->anchor.quote);
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    m_dragClaim = NoId;
    drag->exec(Qt::LinkAction | Qt::CopyAction, Qt::LinkAction);
}

ClaimId ArticleTextView::dropTargetAt(const QPoint &pos, ClaimId dragged) const
{
    for (ClaimId id : m_highlighter->claimsAt(cursorForPosition(pos).position())) {
        if (id != dragged)
            return id;
    }
    return NoId;
}

bool ArticleTextView::selectionContains(const QPoint &pos) const
{
    const QTextCursor cursor = textCursor();
    const int at = cursorForPosition(pos).position();
    return cursor.hasSelection() && at >= cursor.selectionStart() && at <= cursor.selectionEnd();
}

void ArticleTextView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragClaim != NoId) {
        // A press on the current claim that did not become a drag: a click.
        m_dragClaim = NoId;
        QMouseEvent press(QEvent::MouseButtonPress, event->position(), event->scenePosition(), event->globalPosition(),
                          event->button(), event->buttons() | event->button(), event->modifiers());
        QPlainTextEdit::mousePressEvent(&press);
    }
    QPlainTextEdit::mouseReleaseEvent(event);
    const bool click = (event->pos() - m_pressPos).manhattanLength() < 4 && !textCursor().hasSelection();
    if (!click || event->button() != Qt::LeftButton)
        return;
    const QList<ClaimId> here = m_highlighter->claimsAt(cursorForPosition(event->pos()).position());
    if (here.isEmpty()) {
        m_selection->setCurrent(NoId);
        return;
    }
    // Clicking again where claims nest selects the next one out.
    const qsizetype at = here.indexOf(m_selection->current());
    m_selection->setCurrent(here[(at + 1) % here.size()]);
}

void ArticleTextView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    menu->addSeparator();
    QAction *tagAs = menu->addAction(tr("Tag as Claim…"), this, &ArticleTextView::tagDialogRequested);
    tagAs->setShortcut(Qt::CTRL | Qt::Key_T);
    tagAs->setEnabled(snappedSelection().first < snappedSelection().second);
    QMenu *quick = menu->addMenu(tr("Tag as"));
    quick->setEnabled(tagAs->isEnabled());
    for (const Tag &tag : m_document->project().tags) {
        QAction *action = quick->addAction(swatchIcon(QColor::fromRgba(tag.color)), tag.name, this,
                                           [this, id = tag.id] { tagSelection({id}); });
        if (!tag.shortcut.isEmpty())
            action->setShortcut(QKeySequence(tag.shortcut));
    }
    const QList<ClaimId> here = m_highlighter->claimsAt(cursorForPosition(event->pos()).position());
    if (!here.isEmpty()) {
        const ClaimId claim = here.front();
        menu->addAction(tr("Delete Claim"), this, [this, claim] { m_document->removeClaims({claim}); });
    }
    // The selected words as a loaded term of the project (or off the list).
    const QString words = textCursor().selectedText().simplified();
    if (!words.isEmpty() && words.size() <= 60) {
        const QStringList terms = m_document->project().assist.loadedTerms;
        menu->addSeparator();
        if (terms.contains(words, Qt::CaseInsensitive)) {
            menu->addAction(tr("Remove “%1” from Loaded Terms").arg(words), this, [this, words] {
                QStringList now = m_document->project().assist.loadedTerms;
                now.removeIf([&](const QString &t) { return t.compare(words, Qt::CaseInsensitive) == 0; });
                m_document->setLoadedTerms(now);
            });
        } else {
            menu->addAction(tr("Add “%1” to Loaded Terms").arg(words), this, [this, words] {
                m_document->setLoadedTerms(m_document->project().assist.loadedTerms + QStringList{words});
            });
        }
    }
    menu->exec(event->globalPos());
}

QString ArticleTextView::tooltipAt(int position) const
{
    const Project &p = m_document->project();
    QStringList parts;
    for (const DiscrepancyMark &mark : m_marks) {
        if (position >= mark.start && position < mark.end) {
            const QString kind = mark.kind == MentionKind::Number ? tr("number")
                : mark.kind == MentionKind::Date                  ? tr("date")
                                                                  : tr("person");
            parts << tr("<b>≠ Differs</b> (%1): elsewhere %2").arg(kind, mark.elsewhere.join(u"; ").toHtmlEscaped());
        }
    }
    for (ClaimId id : m_highlighter->claimsAt(position)) {
        const Claim *claim = findById(p.claims, id);
        if (!claim)
            continue;
        QStringList tags;
        for (TagId tagId : claim->attributes.tags) {
            if (const Tag *tag = findById(p.tags, tagId))
                tags << QStringLiteral("<span style='color:%1'>■</span> %2")
                            .arg(QColor::fromRgba(tag->color).name(), tag->name.toHtmlEscaped());
        }
        QString part = tags.isEmpty() ? tr("<i>no tag</i>") : tags.join(u", ");
        QStringList facts;
        if (claim->attributes.kind != ClaimKind::Unspecified)
            facts << labelOf(claim->attributes.kind);
        if (!claim->attributes.attributedTo.isEmpty())
            facts << tr("said by %1").arg(claim->attributes.attributedTo.toHtmlEscaped());
        facts << labelOf(claim->attributes.status);
        part += QStringLiteral("<br>") + facts.join(u" · ");
        if (!claim->attributes.note.isEmpty())
            part += QStringLiteral("<br><i>") + claim->attributes.note.left(200).toHtmlEscaped()
                + QStringLiteral("</i>");
        parts << part;
    }
    return parts.join(u"<hr>");
}

bool ArticleTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = tooltipAt(cursorForPosition(help->pos()).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleTextView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(ArticleListModel::MimeType))
        || event->mimeData()->hasFormat(QString::fromLatin1(ClaimMimeType)))
        event->acceptProposedAction();
    else
        QPlainTextEdit::dragEnterEvent(event);
}

void ArticleTextView::dragMoveEvent(QDragMoveEvent *event)
{
    const QByteArray claim = event->mimeData()->data(QString::fromLatin1(ClaimMimeType));
    if (!claim.isEmpty()) {
        // A claim links to the claim under the mouse, or to the selection.
        const QPoint pos = event->position().toPoint();
        if (dropTargetAt(pos, ClaimId(claim.toUInt())) != NoId || selectionContains(pos)) {
            event->setDropAction(Qt::LinkAction);
            event->accept();
        } else {
            event->ignore();
        }
        return;
    }
    if (event->mimeData()->hasFormat(QString::fromLatin1(ArticleListModel::MimeType)))
        event->acceptProposedAction();
    else
        QPlainTextEdit::dragMoveEvent(event);
}

void ArticleTextView::dropEvent(QDropEvent *event)
{
    const QByteArray claim = event->mimeData()->data(QString::fromLatin1(ClaimMimeType));
    if (!claim.isEmpty()) {
        event->setDropAction(Qt::LinkAction);
        event->accept();
        Q_EMIT claimDropped(ClaimId(claim.toUInt()), cursorForPosition(event->position().toPoint()).position());
        return;
    }
    const QByteArray dropped = event->mimeData()->data(QString::fromLatin1(ArticleListModel::MimeType));
    if (dropped.isEmpty()) {
        QPlainTextEdit::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    Q_EMIT articleDropped(ArticleId(dropped.toUInt()));
}

} // namespace crossread
