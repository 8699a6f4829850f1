// Import from the window (ImportController): the Import Articles action as one
// undo step, the report of skipped and failed files, the question about a new
// version of an article, a cancelled import, and files and projects dropped
// on the window.

#include <app/mainwindow.h>
#include <models/document.h>
#include <models/longworkpool.h>
#include <models/projectfile.h>
#include <support/fakeprompts.h>
#include <support/sampleproject.h>
#include <support/testpaths.h>
#include <support/windowfixture.h>
#include <support/windowtest.h>
#include <widgets/importcontroller.h>
#include <widgets/userprompts.h>

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>
#include <QUrl>

using namespace crossread;
using namespace Qt::StringLiterals;

using test::findAction;

class TestImportGui : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void importAction_importsFilesAsOneUndoStep()
    {
        QTemporaryDir dir;
        m_prompts->importPaths
            = {test::writeFile(dir.path(), u"a.txt"_s, "First story\nMay 30, 2025\nThe talks began on time."),
               test::writeFile(dir.path(), u"b.md"_s, "# Second story\n\nThe talks *ended* early.")};
        QSignalSpy finished(m_window->importer(), &ImportController::finished);
        findAction(m_window.get(), u"Import Articles…"_s)->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toInt(), 2);
        const Project &p = m_window->document()->project();
        QCOMPARE(p.articles.size(), size_t(2));
        QCOMPARE(p.articles[0].meta.published, QDate(2025, 5, 30));
        QCOMPARE(p.articles[1].provenance.format, u"md"_s);
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
        QVERIFY(m_prompts->report.isEmpty()); // all went well: no report to read
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"Imported 2 articles"_s));
        m_window->document()->undoStack()->undo();
        QVERIFY(m_window->document()->project().articles.empty());
    }

    void import_reportsSkippedAndFailedFiles()
    {
        QTemporaryDir dir;
        const QString story = test::writeFile(dir.path(), u"story.txt"_s, "A story\nThe talks began on time.");
        m_prompts->importPaths = {story, story, test::writeFile(dir.path(), u"empty.txt"_s, ""), dir.path()};
        QSignalSpy finished(m_window->importer(), &ImportController::finished);
        findAction(m_window.get(), u"Import Articles…"_s)->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_window->document()->project().articles.size(), size_t(1));
        QCOMPARE(m_prompts->report, u"Imported 1 article. Skipped 1 file. 2 files could not be imported."_s);
        QVERIFY(m_prompts->reportDetails.contains(u"the file is empty"_s));
        QVERIFY(m_prompts->reportDetails.contains(u"folder"_s));
        QVERIFY(m_prompts->reportDetails.contains(u"earlier in this import"_s));
    }

    void import_newVersion_isAskedAbout()
    {
        QTemporaryDir dir;
        const QString first
            = test::writeFile(dir.path(), u"v1.txt"_s, "Talks end early\nThe delegations met for an hour.");
        const QString second
            = test::writeFile(dir.path(), u"v2.txt"_s, "Talks end early\nThe delegations met for two hours.");
        QSignalSpy finished(m_window->importer(), &ImportController::finished);
        m_window->importer()->importFiles({first});
        QVERIFY(finished.wait(10000));
        m_prompts->versionChoice = UserPrompts::VersionChoice::AddAsNewVersion;
        m_window->importer()->importFiles({second});
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_prompts->versionQuestions, QStringList{u"v2.txt"_s});
        const Project &p = m_window->document()->project();
        QCOMPARE(p.articles.size(), size_t(2));
        QCOMPARE(p.articles[1].previousVersion, p.articles[0].id);

        m_prompts->versionChoice = UserPrompts::VersionChoice::Skip;
        m_window->importer()->importFiles(
            {test::writeFile(dir.path(), u"v3.txt"_s, "Talks end early\nThey met for three hours.")});
        QVERIFY(finished.wait(10000));
        QCOMPARE(p.articles.size(), size_t(2));
        QVERIFY(m_prompts->reportDetails.contains(u"new version"_s));
    }

    void import_cancelled_addsNothing()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 50; ++i)
            paths << test::writeFile(dir.path(), u"s%1.txt"_s.arg(i), "Story\nSome text of the story.");
        // Keep every worker of the pool imports run in busy, so that the import
        // cannot run before the cancel. (Released however the test ends: a pool
        // left held would stall whatever runs there next.)
        QThreadPool *pool = longWorkPool();
        QSemaphore release;
        for (int i = 0; i < pool->maxThreadCount(); ++i)
            pool->start([&release] { release.acquire(); });
        const auto held = qScopeGuard([&] {
            release.release(pool->maxThreadCount());
            pool->waitForDone();
        });
        QSignalSpy finished(m_window->importer(), &ImportController::finished);
        m_window->importer()->importFiles(paths);
        QVERIFY(m_window->importer()->isRunning());
        m_window->importer()->cancel();
        release.release(pool->maxThreadCount());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(m_window->document()->project().articles.empty());
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"cancelled"_s));
    }

    void dropFiles_importsThem_dropProject_opensIt()
    {
        QTemporaryDir dir;
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(test::writeFile(dir.path(), u"d1.txt"_s, "Dropped one\nText one.")),
                       QUrl::fromLocalFile(test::writeFile(dir.path(), u"d2.txt"_s, "Dropped two\nText two."))});
        QSignalSpy finished(m_window->importer(), &ImportController::finished);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_window->document()->project().articles.size(), size_t(2));

        Document other;
        test::populateSample(other);
        const QString project = dir.filePath(u"dropped.crossread"_s);
        QVERIFY(saveProject(other.project(), project).ok());
        m_prompts->choice = UserPrompts::SaveChoice::Discard;
        QMimeData projectData;
        projectData.setUrls({QUrl::fromLocalFile(project)});
        QDragEnterEvent enterProject(QPoint(10, 10), Qt::CopyAction, &projectData, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enterProject);
        QVERIFY(enterProject.isAccepted());
        QDropEvent dropProject(QPointF(10, 10), Qt::CopyAction, &projectData, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &dropProject);
        QVERIFY2(m_prompts->errors.isEmpty(), qPrintable(m_prompts->errors.join(u'\n')));
        QCOMPARE(m_window->document()->fileName(), project);
        QCOMPARE(m_window->document()->project().articles.size(), size_t(4));
    }
};

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
