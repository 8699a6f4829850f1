#include "connectorgeometry.h"

namespace crossread {
namespace {

struct Span
{
    qreal top;
    qreal bottom;
};

/// A visible end's span, thickened around its middle to `minThickness`.
Span spanOf(const ConnectorEnd &end, qreal minThickness)
{
    Span span{end.top, std::max(end.bottom, end.top)};
    if (span.bottom - span.top < minThickness) {
        const qreal middle = (span.top + span.bottom) / 2;
        span = {middle - minThickness / 2, middle + minThickness / 2};
    }
    return span;
}

QPainterPath band(Span left, Span right, qreal width)
{
    // Meld's shape: each edge an S curve with horizontal tangents at both ends.
    const qreal c1 = width * 0.45, c2 = width * 0.55;
    QPainterPath path(QPointF(0, left.top));
    path.cubicTo(QPointF(c1, left.top), QPointF(c2, right.top), QPointF(width, right.top));
    path.lineTo(width, right.bottom);
    path.cubicTo(QPointF(c2, right.bottom), QPointF(c1, left.bottom), QPointF(0, left.bottom));
    path.closeSubpath();
    return path;
}

QPainterPath pointer(Span span, bool fromLeft, bool up, const QSizeF &size)
{
    // A band that narrows towards the middle of the gutter, then an arrow.
    const qreal w = size.width();
    const qreal middle = std::clamp((span.top + span.bottom) / 2, 8.0, std::max(8.0, size.height() - 8));
    const qreal reach = w * 0.42, head = std::max(5.0, w * 0.14);
    const auto x = [&](qreal fromEdge) { return fromLeft ? fromEdge : w - fromEdge; };
    QPainterPath path(QPointF(x(0), span.top));
    path.cubicTo(QPointF(x(reach * 0.6), span.top), QPointF(x(reach * 0.6), middle - 1.5),
                 QPointF(x(reach), middle - 1.5));
    path.lineTo(x(reach), middle + 1.5);
    path.cubicTo(QPointF(x(reach * 0.6), middle + 1.5), QPointF(x(reach * 0.6), span.bottom),
                 QPointF(x(0), span.bottom));
    path.closeSubpath();
    const qreal tip = up ? middle - head * 1.4 : middle + head * 1.4;
    const qreal base = up ? middle + head * 0.2 : middle - head * 0.2;
    // The arrow as a second subpath, filled by the winding rule (a boolean
    // union would cost more than all the rest of a frame).
    path.moveTo(x(reach) - head, base);
    path.lineTo(x(reach) + head, base);
    path.lineTo(x(reach), tip);
    path.closeSubpath();
    path.setFillRule(Qt::WindingFill);
    return path;
}

} // namespace

QList<Connector> layoutConnectors(const QList<ConnectorRequest> &requests, const QSizeF &size, qreal minThickness)
{
    QList<Connector> connectors;
    connectors.reserve(requests.size());
    for (const ConnectorRequest &r : requests) {
        const bool leftShown = r.left.where == ConnectorEnd::Visible;
        const bool rightShown = r.right.where == ConnectorEnd::Visible;
        Connector c{r.link, r.relation, Connector::Band, true, {}};
        if (leftShown && rightShown) {
            c.path = band(spanOf(r.left, minThickness), spanOf(r.right, minThickness), size.width());
        } else if (leftShown || rightShown) {
            const ConnectorEnd &other = leftShown ? r.right : r.left;
            c.fromLeft = leftShown;
            c.kind = other.where == ConnectorEnd::Above ? Connector::PointerUp : Connector::PointerDown;
            c.path = pointer(spanOf(leftShown ? r.left : r.right, minThickness), c.fromLeft,
                             c.kind == Connector::PointerUp, size);
        } else {
            continue;
        }
        connectors.append(std::move(c));
    }
    return connectors;
}

int connectorAt(const QList<Connector> &connectors, const QPointF &point)
{
    int best = -1;
    qreal bestArea = 0;
    for (int i = 0; i < connectors.size(); ++i) {
        const QPainterPath &path = connectors[i].path;
        if (!path.contains(point))
            continue;
        const QRectF box = path.boundingRect();
        const qreal area = box.width() * box.height();
        if (best < 0 || area < bestArea) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

qreal followerLine(QList<std::pair<int, int>> pairs, qreal line)
{
    if (pairs.isEmpty())
        return -1;
    std::sort(pairs.begin(), pairs.end());
    // One point per leader line: the average follower line.
    QList<std::pair<qreal, qreal>> points;
    for (qsizetype i = 0; i < pairs.size();) {
        qsizetype j = i;
        qreal sum = 0;
        while (j < pairs.size() && pairs[j].first == pairs[i].first)
            sum += pairs[j++].second;
        points.append({qreal(pairs[i].first), sum / qreal(j - i)});
        i = j;
    }
    if (line <= points.first().first)
        return points.first().second + (line - points.first().first);
    if (line >= points.last().first)
        return points.last().second + (line - points.last().first);
    const auto after
        = std::lower_bound(points.begin(), points.end(), line, [](const auto &p, qreal v) { return p.first < v; });
    const auto before = after - 1;
    const qreal t = (line - before->first) / (after->first - before->first);
    return before->second + t * (after->second - before->second);
}

} // namespace crossread
