#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace crossread {
namespace {

// The translators installed last; replaced by the next call.
std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString &installed()
{
    static QString language = QStringLiteral("en");
    return language;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> translator)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(translator);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

QStringList interfaceTranslations()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("crossread_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(10, file.size() - 13); // crossread_<code>.qm
    return languages;
}

QString chosenInterfaceLanguage()
{
    const QStringList available = interfaceTranslations();
    const QString setting = QSettings().value(QStringLiteral("ui/language")).toString();
    if (setting == u"en" || available.contains(setting))
        return setting;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = QLocale(name).name().section(u'_', 0, 0);
        if (code == u"en" || available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool installInterfaceLanguage(const QString &language)
{
    if (language == u"en" || language.isEmpty()) {
        replace(qtTranslator(), nullptr);
        replace(ownTranslator(), nullptr);
        QLocale::setDefault(QLocale::system());
        installed() = QStringLiteral("en");
        return true;
    }
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/crossread_") + language + QStringLiteral(".qm")))
        return false;
    // Qt's own strings (standard buttons, file dialogs) come from the
    // qt6-translations-l10n package when it is installed.
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    replace(qtTranslator(), std::move(qt));
    replace(ownTranslator(), std::move(own));
    QLocale::setDefault(QLocale(language));
    installed() = language;
    return true;
}

QString installedInterfaceLanguage()
{
    return installed();
}

QString languageName(const QString &language)
{
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

} // namespace crossread
