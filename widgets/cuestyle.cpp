#include "cuestyle.h"

#include <QCoreApplication>

namespace crossread {

QString cueKindLabel(CueKind kind)
{
    switch (kind) {
    case CueKind::Quotation:
        return QCoreApplication::translate("crossread", "Quotations");
    case CueKind::Attribution:
        return QCoreApplication::translate("crossread", "Attribution Phrases");
    case CueKind::Hedge:
        return QCoreApplication::translate("crossread", "Hedges");
    case CueKind::Number:
        return QCoreApplication::translate("crossread", "Numbers and Quantities");
    case CueKind::Date:
        return QCoreApplication::translate("crossread", "Dates");
    case CueKind::Loaded:
        return QCoreApplication::translate("crossread", "Loaded Terms");
    }
    return {};
}

QColor cueColor(CueKind kind, const QColor &base)
{
    const bool dark = base.lightnessF() < 0.5;
    switch (kind) {
    case CueKind::Quotation:
        return dark ? QColor(0x4d, 0xd0, 0xc1) : QColor(0x00, 0x69, 0x5c);
    case CueKind::Attribution:
        return dark ? QColor(0xd8, 0xa4, 0xf0) : QColor(0x7b, 0x1f, 0xa2);
    case CueKind::Hedge:
        return dark ? QColor(0xf5, 0xbf, 0x4f) : QColor(0xa1, 0x4a, 0x00);
    case CueKind::Number:
        return dark ? QColor(0x93, 0xc5, 0xfd) : QColor(0x1d, 0x4e, 0xd8);
    case CueKind::Date:
        return dark ? QColor(0x86, 0xe0, 0x9a) : QColor(0x1b, 0x6e, 0x2a);
    case CueKind::Loaded:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QTextCharFormat cueFormat(CueKind kind, const QColor &base)
{
    QTextCharFormat format;
    format.setForeground(cueColor(kind, base));
    switch (kind) {
    case CueKind::Attribution:
    case CueKind::Loaded:
        format.setFontWeight(QFont::DemiBold);
        break;
    case CueKind::Hedge:
        format.setFontItalic(true);
        break;
    default:
        break;
    }
    return format;
}

} // namespace crossread
