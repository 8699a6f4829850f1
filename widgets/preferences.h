#pragma once

#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QPalette;
QT_END_NAMESPACE

namespace crossread {

/// The colours of the window.
enum class Theme : quint8 { System, Light, Dark };

/// What an export starts from when the export dialog opens.
struct ExportDefaults
{
    int format = 0; ///< an ExportFormat
    QList<int> omittedSections; ///< ReportSections left unchecked
    bool hideAnnotators = false;
    bool byteOrderMark = false;

    bool operator==(const ExportDefaults &) const = default;
};

/// The user's settings beyond how text is set (ReadingStyle). Stored with
/// QSettings, for every project.
struct Preferences
{
    Theme theme = Theme::System;
    QString language; ///< "en", "fr"…; empty: the system's
    QString annotator; ///< the name claims and links are made under
    int autosaveMinutes = 0; ///< a saved project with changes is saved this often; 0: never
    quint8 hiddenCues = 0; ///< cue kinds new projects do not highlight (bit n: CueKind n)
    ExportDefaults exports;

    static Preferences load();
    void save() const;
    bool operator==(const Preferences &) const = default;
};

/// Sets the application's style and palette for `theme`. System gives back
/// the style and palette the application started with.
void applyTheme(Theme theme);

/// The palette of the dark theme (on the Fusion style).
QPalette darkPalette();

} // namespace crossread
