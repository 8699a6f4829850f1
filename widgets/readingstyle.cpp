#include "readingstyle.h"

#include <QFontDatabase>
#include <QSettings>

namespace crossread {
namespace {

QFont defaultReadingFont()
{
    // A serif reads best at length; the system's general font otherwise.
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const QStringList families = QFontDatabase::families();
    for (const char *family : {"Source Serif 4", "Noto Serif", "DejaVu Serif", "Liberation Serif"}) {
        if (families.contains(QLatin1StringView(family))) {
            font.setFamily(QString::fromLatin1(family));
            break;
        }
    }
    font.setPointSizeF(std::max(11.0, font.pointSizeF() * 1.15));
    return font;
}

} // namespace

ReadingStyle ReadingStyle::load()
{
    const QSettings settings;
    ReadingStyle style;
    style.font = defaultReadingFont();
    if (const QString font = settings.value(QStringLiteral("reading/font")).toString(); !font.isEmpty())
        style.font.fromString(font);
    style.lineWidth = std::clamp(settings.value(QStringLiteral("reading/lineWidth"), style.lineWidth).toInt(), 0, 300);
    style.lineSpacing
        = std::clamp(settings.value(QStringLiteral("reading/lineSpacing"), style.lineSpacing).toInt(), 100, 300);
    style.snapToWords = settings.value(QStringLiteral("reading/snapToWords"), style.snapToWords).toBool();
    return style;
}

void ReadingStyle::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("reading/font"), font.toString());
    settings.setValue(QStringLiteral("reading/lineWidth"), lineWidth);
    settings.setValue(QStringLiteral("reading/lineSpacing"), lineSpacing);
    settings.setValue(QStringLiteral("reading/snapToWords"), snapToWords);
}

} // namespace crossread
