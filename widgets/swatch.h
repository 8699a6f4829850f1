#pragma once

#include <QIcon>

namespace crossread {

/// A square of `color`, `size` pixels wide at 100 %, drawn for 100, 150,
/// 200 and 300 % so that it stays sharp on high-DPI screens.
QIcon swatchIcon(const QColor &color, int size = 12);

} // namespace crossread
