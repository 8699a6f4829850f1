#pragma once

#include <QRgb>

namespace crossread {

/// WCAG 2 relative luminance of an sRGB colour (alpha ignored), 0 to 1.
double relativeLuminance(QRgb color);

/// WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white).
double contrastRatio(QRgb a, QRgb b);

/// WCAG AA minimums: body text, and large text or marks such as underlines.
inline constexpr double MinimumTextContrast = 4.5;
inline constexpr double MinimumMarkContrast = 3.0;

} // namespace crossread
