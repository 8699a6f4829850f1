// Opening and saving from the window (ProjectFileController): save by its
// shortcut, a damaged file reported, recent projects, restoring a backup, and
// the demo project. (The file format itself: tst_projectfile.)

#include <app/mainwindow.h>
#include <models/document.h>
#include <models/projectfile.h>
#include <support/fakeprompts.h>
#include <support/sampleproject.h>
#include <support/windowtest.h>
#include <widgets/projectfilecontroller.h>

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace crossread;
using namespace Qt::StringLiterals;

class TestOpenAndSave : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void save_byShortcut_asksForFileAndClearsModified()
    {
        QTemporaryDir dir;
        test::populateSample(*m_window->document());
        m_prompts->savePath = dir.filePath(u"work.crossread"_s);
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QVERIFY(QFile::exists(m_prompts->savePath));
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->windowTitle(), u"work[*] — Crossread"_s);
        Project loaded;
        QVERIFY(loadProject(m_prompts->savePath, loaded).ok());
        QVERIFY(loaded == m_window->document()->project());
        QCOMPARE(m_window->files()->recentFiles().value(0), m_prompts->savePath);
    }

    void open_damagedFile_reportsItAndKeepsTheOpenProject()
    {
        QTemporaryDir dir;
        test::populateSample(*m_window->document());
        m_window->document()->undoStack()->clear(); // as if freshly opened: nothing to ask about
        const Project before = m_window->document()->project();

        Document other;
        test::populateSample(other);
        QByteArray bytes = encodeProject(other.project());
        bytes[bytes.size() - 3] = char(bytes[bytes.size() - 3] ^ 0x40);
        const QString path = dir.filePath(u"damaged.crossread"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        m_prompts->openPath = path;
        QTest::keySequence(m_window.get(), QKeySequence::Open);
        QCOMPARE(m_prompts->errors.size(), 1);
        QVERIFY2(m_prompts->errors.first().contains(u"checksum mismatch: the file is damaged"_s),
                 qPrintable(m_prompts->errors.first()));
        QVERIFY(m_window->document()->project() == before);
        QVERIFY(m_window->files()->recentFiles().isEmpty());
    }

    void openRecent_opensTheProjectFromTheMenu()
    {
        QTemporaryDir dir;
        Document other;
        test::populateSample(other);
        const QString path = dir.filePath(u"recent.crossread"_s);
        QVERIFY(saveProject(other.project(), path).ok());
        QVERIFY(m_window->files()->openFile(path));
        QVERIFY(m_window->files()->newProject());
        QVERIFY(m_window->document()->project().articles.empty());

        QMenu *recent = nullptr;
        for (QMenu *menu : m_window->findChildren<QMenu *>()) {
            if (menu->title().remove(u'&') == u"Open Recent")
                recent = menu;
        }
        QVERIFY(recent);
        QVERIFY(recent->isEnabled());
        QAction *first = recent->actions().value(0);
        QVERIFY(first && first->text().contains(u"recent.crossread"_s));
        first->trigger();
        QCOMPARE(m_window->document()->project().articles.size(), size_t(4));
        QCOMPARE(m_window->document()->fileName(), path);
    }

    void restoreBackup_fromTheFileMenu()
    {
        QTemporaryDir dir;
        m_prompts->savePath = dir.filePath(u"kept.crossread"_s);
        QMenu *file = nullptr;
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
            if (menu->title().remove(u'&') == u"File")
                file = menu;
        }
        QVERIFY(file);
        auto *restore = m_window->findChild<QAction *>(u"restoreBackupAction"_s);
        QVERIFY(restore);
        Q_EMIT file->aboutToShow();
        QVERIFY(!restore->isEnabled()); // never saved: no backups

        test::populateSample(*m_window->document());
        QTest::keySequence(m_window.get(), QKeySequence::Save); // the first version
        const ProjectInfo first = m_window->document()->project().info;
        m_window->document()->setProjectInfo({u"Second"_s, {}, {}});
        QTest::keySequence(m_window.get(), QKeySequence::Save); // the first becomes backup 1
        Q_EMIT file->aboutToShow();
        QVERIFY(restore->isEnabled());

        m_prompts->item = 0;
        restore->trigger();
        QCOMPARE(m_prompts->itemChoices.size(), 1);
        QVERIFY(m_prompts->itemChoices.first().startsWith(u"kept.crossread.bak1"_s));
        QCOMPARE(m_window->document()->project().info, first);
        QVERIFY(first.title != u"Second"_s);
        QCOMPARE(m_window->document()->project().articles.size(), size_t(4));
        QVERIFY(m_window->isWindowModified()); // restored, not yet saved
    }

    void openDemo_showsTheDemoProjectUnsaved()
    {
        QVERIFY(m_window->files()->openDemo());
        const Project &p = m_window->document()->project();
        QVERIFY(p.articles.size() >= 3);
        QVERIFY(!p.info.title.isEmpty());
        QVERIFY(m_window->document()->fileName().isEmpty());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->windowTitle(), p.info.title + u"[*] — Crossread"_s);
    }
};

QTEST_MAIN(TestOpenAndSave)
#include "tst_openandsave.moc"
