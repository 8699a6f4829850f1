#pragma once

#include <models/link.h>

#include <QList>
#include <QPainterPath>
#include <QSizeF>

namespace crossread {

// The shapes that join linked claims across the gutter between two panes,
// as plain geometry: computed without widgets, so that tests can check them.

/// Where one end of a link is, in the gutter's coordinates (y down).
struct ConnectorEnd
{
    enum Where : quint8 { Above, Visible, Below };
    Where where = Visible;
    qreal top = 0; ///< for a visible end: the claim's first line top
    qreal bottom = 0; ///< and its last line bottom
};

struct ConnectorRequest
{
    LinkId link = NoId;
    Relation relation = Relation::Same;
    ConnectorEnd left;
    ConnectorEnd right;
};

struct Connector
{
    enum Kind : quint8 {
        Band, ///< both ends in view: a band from one to the other
        PointerUp, ///< one end in view, the other above it: a short band ending in an arrow up
        PointerDown,
    };
    LinkId link = NoId;
    Relation relation = Relation::Same;
    Kind kind = Band;
    bool fromLeft = true; ///< a pointer's visible end is on the left
    QPainterPath path; ///< filled; also the area that takes clicks
};

/// The connectors for `requests` in a gutter of `size`. A band runs from
/// the left edge (the claim's lines there) to the right edge in two cubic
/// curves, at least `minThickness` thick. A link with one end out of view
/// becomes a pointer from its visible end, pointing the way to the other; one
/// with neither end in view gets nothing. Order is kept.
QList<Connector> layoutConnectors(const QList<ConnectorRequest> &requests, const QSizeF &size,
                                  qreal minThickness = 3.0);

/// The index of the connector under `point`: the thinnest of those that
/// contain it (so a narrow band over a wide one can still be picked), or -1.
int connectorAt(const QList<Connector> &connectors, const QPointF &point);

/// Scrolling "by links": `pairs` are the lines of linked claims, (line in
/// the pane being scrolled, line in a follower). The follower line to keep
/// level with `line`: interpolated between the linked pairs around it, or
/// shifted by the nearest pair beyond the first or last; -1 without pairs.
/// Several pairs on one leader line count by their average.
qreal followerLine(QList<std::pair<int, int>> pairs, qreal line);

} // namespace crossread
