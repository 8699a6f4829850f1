#pragma once

// The base of the test classes of the main window (tst_mainwindow,
// tst_openandsave, tst_importgui, tst_exportdialog, tst_backgroundtasks):
// settings apart from the user's, and a fresh window with fake prompts for
// every test function. A test that derives from it lists this header among
// its sources, for moc.

#include <support/fakeprompts.h>
#include <support/windowfixture.h>

#include <QCoreApplication>
#include <QObject>
#include <QTest>

#include <memory>

namespace crossread::test {

class WindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// The settings are named after the test's executable, its application
    /// name until isolateSettings() sets it.
    void initTestCase() { isolateSettings(QCoreApplication::applicationName()); }

    void init() { QVERIFY(openWindow(m_window, m_prompts)); }

    void cleanup() { closeWindow(m_window, m_prompts); }

protected:
    std::unique_ptr<MainWindow> m_window;
    FakePrompts *m_prompts = nullptr;
};

} // namespace crossread::test
