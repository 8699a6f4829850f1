#pragma once

// The main window of the GUI tests (tst_mainwindow, tst_openandsave,
// tst_importgui, tst_exportdialog, tst_backgroundtasks, tst_panes,
// tst_links, tst_comparisonviews): settings kept apart from the user's, a
// window per test function with prompts the test answers.

#include <app/mainwindow.h>
#include <support/fakeprompts.h>

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace crossread::test {

/// For initTestCase(): settings and paths of `application` apart from the user's.
inline void isolateSettings(const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
    QCoreApplication::setApplicationName(application);
}

/// A fresh window (settings cleared) with fake prompts, of `size` if given,
/// shown and active, as keyboard shortcuts need. `prompts` points into it.
/// False when it never became active.
[[nodiscard]] inline bool openWindow(std::unique_ptr<MainWindow> &window, FakePrompts *&prompts, QSize size = {})
{
    QSettings().clear();
    auto owned = std::make_unique<FakePrompts>();
    prompts = owned.get();
    window = std::make_unique<MainWindow>(std::move(owned));
    if (size.isValid())
        window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return false;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window.get());
}

/// Closes the window without asking about unsaved work, which it discards
/// (so that no journal of it is left for recovery).
inline void closeWindow(std::unique_ptr<MainWindow> &window, FakePrompts *prompts)
{
    prompts->choice = UserPrompts::SaveChoice::Discard;
    window->close();
    window.reset();
}

/// The action of `window` whose text, without its mnemonic's '&', is `text`;
/// null when there is none.
inline QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

} // namespace crossread::test
