#pragma once

#include <models/link.h>

#include <QColor>

namespace crossread {

/// The colour of a relation, for connectors, link lists and matrix marks:
/// agreement in blues and greens, disagreement in red and amber, the
/// non-grouping relations in muted tones. Readable on light and dark bases.
QColor relationColor(Relation relation);

} // namespace crossread
