#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QColor;
class QPalette;
QT_END_NAMESPACE

namespace crossread {

/// Why a tag of colour `color` is hard to read with `palette`, or empty when
/// it reads well: text on the tint of a claim must reach 4.5:1, and the
/// colour itself (underlines, swatches) 3:1 against the page.
QString tagContrastProblem(const QColor &color, const QPalette &palette);

} // namespace crossread
