#include "connectorgutter.h"

#include "articlepane.h"
#include "articletextview.h"
#include "relationstyle.h"

#include <models/claimselection.h>
#include <models/document.h>
#include <models/rownotifier.h>
#include <models/vocabulary.h>

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace crossread {

ConnectorGutter::ConnectorGutter(Document *document, ClaimSelection *selection, QSplitter *parent)
    : QSplitterHandle(Qt::Horizontal, parent)
    , m_document(document)
    , m_selection(selection)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setAccessibleName(tr("Links between the panes"));
    for (const RowNotifier *rows : {document->linkRows(), document->claimRows()}) {
        connect(rows, &RowNotifier::rowsInserted, this, &ConnectorGutter::invalidate);
        connect(rows, &RowNotifier::rowsRemoved, this, &ConnectorGutter::invalidate);
        connect(rows, &RowNotifier::rowsChanged, this, &ConnectorGutter::invalidate);
    }
    connect(document, &Document::projectReset, this, &ConnectorGutter::invalidate);
    connect(selection, &ClaimSelection::currentLinkChanged, this, qOverload<>(&QWidget::update));
}

ArticlePane *ConnectorGutter::neighbour(int offset) const
{
    const int index = splitter()->indexOf(const_cast<ConnectorGutter *>(this));
    return qobject_cast<ArticlePane *>(splitter()->widget(index + offset));
}

void ConnectorGutter::invalidate()
{
    m_dirty = true;
    update();
}

const QList<ConnectorGutter::LinkedSpans> &ConnectorGutter::linkedSpans() const
{
    if (!m_dirty)
        return m_spans;
    m_dirty = false;
    m_spans.clear();
    const ArticlePane *left = neighbour(-1), *right = neighbour(0);
    if (!left || !right || left->article() == NoId || right->article() == NoId)
        return m_spans;
    const Project &p = m_document->project();
    const ArticleId a = left->article(), b = right->article();
    // The two articles' claims, so that a link is judged by two lookups in
    // a small table rather than two searches of all claims.
    QHash<ClaimId, const Claim *> ours;
    for (ArticleId article : {a, b}) {
        for (int row : m_document->claimRowsOf(article))
            ours.insert(p.claims[size_t(row)].id, &p.claims[size_t(row)]);
    }
    for (const Link &link : p.links) {
        const Claim *from = ours.value(link.from);
        const Claim *to = from ? ours.value(link.to) : nullptr;
        if (!from || !to)
            continue;
        if (from->article != a || to->article != b)
            std::swap(from, to);
        if (from->article != a || to->article != b)
            continue;
        m_spans.append({link.id,
                        link.relation,
                        from->id,
                        to->id,
                        {from->anchor.start, from->anchor.end},
                        {to->anchor.start, to->anchor.end}});
    }
    return m_spans;
}

QList<Connector> ConnectorGutter::connectors() const
{
    const ArticlePane *left = neighbour(-1), *right = neighbour(0);
    const QList<LinkedSpans> &spans = linkedSpans();
    if (spans.isEmpty() || !left || !right)
        return {};
    QList<std::pair<int, int>> leftSpans, rightSpans;
    leftSpans.reserve(spans.size());
    rightSpans.reserve(spans.size());
    for (const LinkedSpans &s : spans) {
        leftSpans << s.left;
        rightSpans << s.right;
    }
    const QList<ConnectorEnd> leftEnds = left->view()->spanExtents(leftSpans);
    const QList<ConnectorEnd> rightEnds = right->view()->spanExtents(rightSpans);
    // The views' viewports start lower than the gutter (below the pane headers).
    const QPoint origin = mapTo(splitter(), QPoint(0, 0));
    const qreal leftOffset = left->view()->viewport()->mapTo(splitter(), QPoint(0, 0)).y() - origin.y();
    const qreal rightOffset = right->view()->viewport()->mapTo(splitter(), QPoint(0, 0)).y() - origin.y();
    QList<ConnectorRequest> requests;
    requests.reserve(spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        ConnectorRequest r{spans[i].link, spans[i].relation, leftEnds[i], rightEnds[i]};
        r.left.top += leftOffset;
        r.left.bottom += leftOffset;
        r.right.top += rightOffset;
        r.right.bottom += rightOffset;
        requests << r;
    }
    return layoutConnectors(requests, size());
}

void ConnectorGutter::paintEvent(QPaintEvent *)
{
    // For screen readers: how many links it draws, between which sources;
    // said again only when the links were worked out anew, not on every
    // paint of a scroll.
    if (m_dirty) {
        const ArticlePane *l = neighbour(-1), *r = neighbour(0);
        const Article *la = l ? findById(m_document->project().articles, l->article()) : nullptr;
        const Article *ra = r ? findById(m_document->project().articles, r->article()) : nullptr;
        setAccessibleDescription(la && ra ? tr("%n link(s) between %1 and %2", nullptr, int(linkedSpans().size()))
                                                .arg(la->sourceName(), ra->sourceName())
                                          : tr("No links: a pane is empty"));
    }
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    // The pane headers sit above the text: keep connectors to the text's band.
    const ArticlePane *left = neighbour(-1);
    if (left) {
        const int top = left->view()->viewport()->mapTo(splitter(), QPoint(0, 0)).y() - mapTo(splitter(), QPoint()).y();
        painter.setClipRect(QRect(0, top, width(), height() - top));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Connector> shapes = connectors();
    const LinkId selected = m_selection->currentLink();
    // Filled only: an outline on every band would double the cost of a
    // frame. The hovered and the selected link get one.
    painter.setPen(Qt::NoPen);
    for (const Connector &c : shapes) {
        const bool strong = c.link == m_hovered || c.link == selected;
        QColor fill = relationColor(c.relation);
        fill.setAlphaF(strong ? 0.75f : 0.4f);
        if (strong)
            painter.setPen(QPen(relationColor(c.relation).darker(140), 1.5));
        painter.setBrush(fill);
        painter.drawPath(c.path);
        if (strong)
            painter.setPen(Qt::NoPen);
    }
    // A faint grip in the middle tells that the gutter still resizes the panes.
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawLine(QPointF(width() / 2.0, height() / 2.0 - 12), QPointF(width() / 2.0, height() / 2.0 + 12));
}

void ConnectorGutter::setHovered(LinkId link)
{
    if (link == m_hovered)
        return;
    m_hovered = link;
    setCursor(link != NoId ? Qt::PointingHandCursor : Qt::SplitHCursor);
    update();
    Q_EMIT hoveredLinkChanged(link);
}

void ConnectorGutter::mousePressEvent(QMouseEvent *event)
{
    const QList<Connector> shapes = connectors();
    const int hit = connectorAt(shapes, event->position());
    if (hit < 0 || event->button() != Qt::LeftButton) {
        m_dragging = true;
        QSplitterHandle::mousePressEvent(event);
        return;
    }
    const LinkId link = shapes[hit].link;
    m_selection->setCurrentLink(link);
    if (const Link *l = findById(m_document->project().links, link))
        m_selection->setCurrent(l->from);
    event->accept();
}

void ConnectorGutter::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        QSplitterHandle::mouseMoveEvent(event);
        return;
    }
    const QList<Connector> shapes = connectors();
    const int hit = connectorAt(shapes, event->position());
    setHovered(hit < 0 ? NoId : shapes[hit].link);
    if (hit >= 0) {
        if (const Link *l = findById(m_document->project().links, shapes[hit].link))
            setToolTip(l->note.isEmpty() ? labelOf(l->relation) : labelOf(l->relation) + u": " + l->note);
    } else {
        setToolTip({});
    }
}

void ConnectorGutter::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_dragging = false;
        QSplitterHandle::mouseReleaseEvent(event);
    }
}

void ConnectorGutter::leaveEvent(QEvent *event)
{
    setHovered(NoId);
    QSplitterHandle::leaveEvent(event);
}

ComparisonSplitter::ComparisonSplitter(Document *document, ClaimSelection *selection, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_document(document)
    , m_selection(selection)
{
}

QSplitterHandle *ComparisonSplitter::createHandle()
{
    auto *gutter = new ConnectorGutter(m_document, m_selection, this);
    connect(gutter, &ConnectorGutter::hoveredLinkChanged, this, &ComparisonSplitter::hoveredLinkChanged);
    return gutter;
}

ConnectorGutter *ComparisonSplitter::gutter(int index) const
{
    return qobject_cast<ConnectorGutter *>(handle(index));
}

void ComparisonSplitter::updateGutters(bool relink)
{
    for (int i = 1; i < count(); ++i) {
        if (ConnectorGutter *g = gutter(i)) {
            if (relink)
                g->invalidate();
            else
                g->update();
        }
    }
}

} // namespace crossread
