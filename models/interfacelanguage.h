#pragma once

#include <QStringList>

namespace crossread {

/// The languages Crossread's interface is translated into besides English,
/// as ISO 639-1 codes ("fr"): the ":/i18n/crossread_<code>.qm" compiled in.
QStringList interfaceTranslations();

/// The language the interface should speak: the "ui/language" setting when
/// it names one ("en", "fr"); otherwise the first of the system's interface
/// languages Crossread is translated into; otherwise English ("en").
QString chosenInterfaceLanguage();

/// Makes the application speak `language`: installs Qt's own translation
/// (standard buttons and dialogs) and Crossread's, replacing the ones an
/// earlier call installed. English removes them. False when there is no
/// translation into `language`.
bool installInterfaceLanguage(const QString &language);

/// The language installInterfaceLanguage() last installed ("en" before any).
QString installedInterfaceLanguage();

/// The name of `language` in that language, capitalised ("Français").
QString languageName(const QString &language);

} // namespace crossread
