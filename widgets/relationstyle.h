#pragma once

#include <models/link.h>

#include <QColor>
#include <QIcon>

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace crossread {

/// The colour of a relation, for connectors, link lists and matrix marks:
/// agreement in blues and greens, disagreement in red and amber, the
/// non-grouping relations in muted tones. Readable on light and dark bases.
QColor relationColor(Relation relation);

/// A swatch of the relation's colour.
QIcon relationIcon(Relation relation);

/// Fills `box` with every relation (swatch and label; item data: int(Relation)).
void fillRelationBox(QComboBox *box);

} // namespace crossread
