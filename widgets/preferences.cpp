#include "preferences.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace crossread {
namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

/// Who is logged in: $USER, else $LOGNAME (cron, some desktops), else the
/// name of the home folder; never empty, so that claims always carry a name.
QString loginName()
{
    for (const char *variable : {"USER", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable).trimmed(); !name.isEmpty())
            return name;
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("annotator") : home;
}

} // namespace

Preferences Preferences::load()
{
    const QSettings s;
    Preferences p;
    p.theme = Theme(std::clamp(s.value(key("ui/theme"), 0).toInt(), 0, int(Theme::Dark)));
    p.language = s.value(key("ui/language")).toString();
    p.annotator = s.value(key("annotator"), loginName()).toString();
    p.autosaveMinutes = std::clamp(s.value(key("files/autosaveMinutes"), 0).toInt(), 0, 120);
    p.hiddenCues = quint8(s.value(key("cues/hidden"), 0).toUInt());
    p.exports.format = s.value(key("export/format"), 0).toInt();
    for (const QVariant &v : s.value(key("export/omittedSections")).toList())
        p.exports.omittedSections << v.toInt();
    p.exports.hideAnnotators = s.value(key("export/hideAnnotators"), false).toBool();
    p.exports.byteOrderMark = s.value(key("export/byteOrderMark"), false).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(key("ui/theme"), int(theme));
    s.setValue(key("ui/language"), language);
    s.setValue(key("annotator"), annotator);
    s.setValue(key("files/autosaveMinutes"), autosaveMinutes);
    s.setValue(key("cues/hidden"), uint(hiddenCues));
    s.setValue(key("export/format"), exports.format);
    QVariantList omitted;
    for (int section : exports.omittedSections)
        omitted << section;
    s.setValue(key("export/omittedSections"), omitted);
    s.setValue(key("export/hideAnnotators"), exports.hideAnnotators);
    s.setValue(key("export/byteOrderMark"), exports.byteOrderMark);
}

QPalette darkPalette()
{
    // Text on Base at 13:1, disabled text at 4.6:1; links and highlight
    // readable on Base (checked by tst_settings).
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x8c, 0x8f, 0x94);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa3, 0xa8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x5c, 0x60, 0x66));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x2d, 0x68, 0xc4));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    return p;
}

void applyTheme(Theme theme)
{
    // What the application started with, for System.
    static const QString startStyle = QApplication::style()->name();
    static const QPalette startPalette = QApplication::palette();
    static Theme current = Theme::System;
    if (theme == current)
        return;
    current = theme;
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(startStyle));
        QApplication::setPalette(startPalette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace crossread
