#include "swatch.h"

#include <QPixmap>

namespace crossread {

QIcon swatchIcon(const QColor &color, int size)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 1.5, 2.0, 3.0}) {
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(color);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace crossread
