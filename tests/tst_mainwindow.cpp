// The main window offscreen: title and modified marker, the question before
// unsaved work is lost, save, open (also of damaged files), recent projects,
// undo, and the demo project.

#include <app/mainwindow.h>
#include <models/claimselection.h>
#include <models/document.h>
#include <models/export/exportformat.h>
#include <models/import/articleimporter.h>
#include <models/longworkpool.h>
#include <models/projectfile.h>
#include <support/fakeprompts.h>
#include <support/sampleproject.h>
#include <support/synthproject.h>
#include <support/testpaths.h>
#include <support/windowfixture.h>
#include <widgets/articlemetadatadialog.h>
#include <widgets/backgroundtask.h>
#include <widgets/comparisonarea.h>
#include <widgets/connectorgutter.h>
#include <widgets/exportdialog.h>
#include <widgets/importcontroller.h>
#include <widgets/projectfilecontroller.h>
#include <widgets/userprompts.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <atomic>

using namespace crossread;
using namespace Qt::StringLiterals;

using test::FakePrompts;

namespace {

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(u"tst_mainwindow"_s); }

    void init() { QVERIFY(test::openWindow(m_window, m_prompts)); }

    void cleanup() { test::closeWindow(m_window, m_prompts); }

    // Long work runs on a worker while the event loop goes on: timers fire,
    // the window repaints, and the user's keys do not reach the window.
    void runInBackground_keepsTheEventLoopRunning_andHoldsInputBack()
    {
        auto *edit = new QLineEdit(m_window.get());
        edit->setObjectName(u"probe"_s);
        edit->show();
        edit->setFocus();
        QApplication::processEvents();
        auto release = std::make_shared<QSemaphore>();
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            QTest::keyClick(edit, Qt::Key_X); // held back while the work runs
            if (ticks == 5)
                release->release();
        });
        timer.start(5);
        BackgroundTaskOptions options;
        options.label = u"Working…"_s;
        options.dialogDelayMs = 60000; // no dialog in this test
        bool waited = false;
        // The work ends only when the GUI thread's timer has fired five times:
        // were the GUI thread blocked, it would give up after 10 s.
        QVERIFY(
            runInBackground(m_window.get(), options, [release, &waited] { waited = release->tryAcquire(1, 10000); }));
        timer.stop();
        QVERIFY(waited);
        QVERIFY(ticks >= 5);
        QCOMPARE(edit->text(), QString());
        QTest::keyClick(edit, Qt::Key_Y); // afterwards, input flows again
        QCOMPARE(edit->text(), u"y"_s);
        delete edit;
    }

    // Work that says how far it has come shows it on the dialog's bar:
    // busy until it says, then its thousandths.
    void runInBackground_showsTheWorksProgress()
    {
        auto progress = std::make_shared<TaskProgress>();
        auto step = std::make_shared<QSemaphore>();
        BackgroundTaskOptions options;
        options.label = u"Saving “big.crossread”…"_s;
        options.dialogDelayMs = 0;
        options.progress = progress;
        QList<std::pair<int, int>> shown; // (maximum, value) of the bar, as it changes
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = m_window->findChild<QProgressDialog *>();
            auto *bar = dialog ? dialog->findChild<QProgressBar *>() : nullptr;
            if (!bar || !dialog->isVisible())
                return;
            const std::pair<int, int> now{bar->maximum(), bar->value()};
            if (shown.isEmpty() || shown.last() != now) {
                shown << now;
                if (const QString folder = qEnvironmentVariable("CROSSREAD_SCREENSHOTS");
                    !folder.isEmpty() && now == std::pair(1000, 250))
                    dialog->grab().save(folder + u"/task-progress.png"_s);
                step->release(); // the next step once the bar shows this one
            }
        });
        poll.start(5);
        QVERIFY(runInBackground(m_window.get(), options, [progress, step] {
            for (int permille : {250, 700}) { // each once the bar shows the one before
                if (!step->tryAcquire(1, 10000))
                    return;
                progress->set(permille);
            }
            step->tryAcquire(1, 10000); // and 700 shown
        }));
        poll.stop();
        QVERIFY2(shown.size() >= 3, qPrintable(QString::number(shown.size())));
        QCOMPARE(shown.first().first, 0); // busy first
        QVERIFY(shown.contains(std::pair(1000, 250)));
        QCOMPARE(shown.last(), std::pair(1000, 700));
    }

    // Work that takes longer than the delay shows a modal progress dialog;
    // its Cancel returns at once, and the work finishes unseen.
    void runInBackground_showsProgressAfterTheDelay_andCancels()
    {
        auto release = std::make_shared<QSemaphore>();
        auto finished = std::make_shared<std::atomic<bool>>(false);
        bool seen = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = m_window->findChild<QProgressDialog *>();
            if (!dialog || !dialog->isVisible())
                return;
            seen = true;
            QCOMPARE(dialog->labelText(), u"Opening “big.crossread”…"_s);
            QCOMPARE(dialog->windowModality(), Qt::WindowModal);
            auto *cancel = dialog->findChild<QPushButton *>();
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton); // a click in the dialog gets through
        });
        poll.start(10);
        BackgroundTaskOptions options;
        options.label = u"Opening “big.crossread”…"_s;
        options.cancellable = true;
        options.dialogDelayMs = 50;
        QElapsedTimer clock;
        clock.start();
        const bool done = runInBackground(m_window.get(), options, [release, finished] {
            release->tryAcquire(1, 10000);
            *finished = true;
        });
        poll.stop();
        QVERIFY(!done);
        QVERIFY(seen);
        QVERIFY(clock.elapsed() >= 50);
        QVERIFY(!*finished); // cancelled before the work ended
        release->release();
        QTRY_VERIFY(*finished);
        QVERIFY(!m_window->findChild<QProgressDialog *>()); // the dialog is gone

        // Quick work shows no dialog at all.
        bool appeared = false;
        connect(&poll, &QTimer::timeout, this, [&] {
            const auto *dialog = m_window->findChild<QProgressDialog *>();
            appeared = appeared || (dialog && dialog->isVisible());
        });
        options.dialogDelayMs = 400;
        poll.start(1);
        QVERIFY(runInBackground(m_window.get(), options, [] {}));
        poll.stop();
        QVERIFY(!appeared);
    }

    void title_showsProjectNameAndModifiedMarker()
    {
        QCOMPARE(m_window->windowTitle(), u"Untitled[*] — Crossread"_s);
        QVERIFY(!m_window->isWindowModified());
        m_window->document()->setProjectInfo({u"Harbour fire"_s, {}, {}});
        QCOMPARE(m_window->windowTitle(), u"Harbour fire[*] — Crossread"_s);
        QVERIFY(m_window->isWindowModified());
        m_window->document()->undoStack()->undo();
        QVERIFY(!m_window->isWindowModified());
    }

    void newWindowAndNewProject_startWithTheDefaultCodebook()
    {
        QCOMPARE(m_window->document()->project().tags.size(), size_t(10));
        QVERIFY(!m_window->isWindowModified());
        m_window->document()->removeTags({m_window->document()->project().tags.front().id});
        m_prompts->choice = UserPrompts::SaveChoice::Discard;
        QTest::keySequence(m_window.get(), QKeySequence::New);
        QCOMPARE(m_window->document()->project().tags.size(), size_t(10));
        QCOMPARE(m_window->document()->project().tags.front().shortcut, u"1"_s);
    }

    void close_withUnsavedWork_asksAndCancelKeepsItOpen()
    {
        test::populateSample(*m_window->document());
        m_prompts->choice = UserPrompts::SaveChoice::Cancel;
        QVERIFY(!m_window->close());
        QCOMPARE(m_prompts->saveQuestions, 1);
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->document()->project().articles.size(), size_t(4));

        m_prompts->choice = UserPrompts::SaveChoice::Discard;
        QVERIFY(m_window->close());
        QCOMPARE(m_prompts->saveQuestions, 2);
    }

    void close_withoutChanges_doesNotAsk()
    {
        QVERIFY(m_window->close());
        QCOMPARE(m_prompts->saveQuestions, 0);
    }

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

    void close_answerSave_savesThenCloses()
    {
        QTemporaryDir dir;
        test::populateSample(*m_window->document());
        m_prompts->choice = UserPrompts::SaveChoice::Save;
        m_prompts->savePath = dir.filePath(u"on-close.crossread"_s);
        QVERIFY(m_window->close());
        QVERIFY(QFile::exists(m_prompts->savePath));
    }

    void close_answerSaveButSaveFails_staysOpen()
    {
        test::populateSample(*m_window->document());
        m_prompts->choice = UserPrompts::SaveChoice::Save;
        m_prompts->savePath = u"/nonexistent-folder/x.crossread"_s;
        QVERIFY(!m_window->close());
        QCOMPARE(m_prompts->errors.size(), 1);
        QVERIFY(m_prompts->errors.first().contains(u"not saved"_s));
        QVERIFY(m_window->isVisible());
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

    void undoAndRedo_byShortcut()
    {
        test::populateSample(*m_window->document());
        const size_t claims = m_window->document()->project().claims.size();
        m_window->document()->removeClaims({m_window->document()->project().claims.front().id});
        QCOMPARE(m_window->document()->project().claims.size(), claims - 1);
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(m_window->document()->project().claims.size(), claims);
        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QCOMPARE(m_window->document()->project().claims.size(), claims - 1);
        // The Edit menu names the step it would undo.
        QVERIFY(findAction(m_window.get(), u"Undo Delete claim"_s));
    }

    void views_showTheProject()
    {
        test::populateSample(*m_window->document());
        auto *articles = m_window->findChild<QAbstractItemView *>(u"articleList"_s);
        auto *claims = m_window->findChild<QAbstractItemView *>(u"claimTable"_s);
        auto *codebook = m_window->findChild<QAbstractItemView *>(u"codebookTree"_s);
        QVERIFY(articles && claims && codebook);
        QCOMPARE(articles->model()->rowCount(), 4);
        QCOMPARE(claims->model()->rowCount(), 4);
        QCOMPARE(codebook->model()->rowCount(), 12); // the default codebook's ten, and the sample's two
        auto *counts = m_window->findChild<QLabel *>(u"projectCounts"_s);
        QVERIFY(counts);
        QCOMPARE(counts->text(), u"4 articles · 4 claims · 3 links · 2 propositions"_s);
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

    void metadataDialog_marksGuessesUntilEditedOrConfirmed()
    {
        Article article;
        article.id = 1;
        article.meta.title = u"Guessed title"_s;
        article.meta.published = QDate(2025, 5, 30);
        article.meta.outlet = u"Known outlet"_s;
        article.meta.inferred = quint32(ArticleField::Title) | quint32(ArticleField::Date);
        article.provenance = {u"story.html"_s, 2048, QByteArray(32, '\x01'), u"html"_s, u"UTF-8"_s, 1748800000000};
        ArticleMetadataDialog dialog(article);
        dialog.show();
        const auto visibleMarks = [&] {
            int n = 0;
            for (QLabel *label : dialog.findChildren<QLabel *>())
                n += label->text().contains(u"guessed"_s) && label->isVisibleTo(&dialog);
            return n;
        };
        QCOMPARE(visibleMarks(), 2);
        QVERIFY(dialog.findChild<QLabel *>() != nullptr);
        const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
        QLineEdit *title = edits.value(0);
        QCOMPARE(title->text(), u"Guessed title"_s);
        title->setFocus();
        QTest::keyClicks(title, u" (checked)"_s);
        QCOMPARE(visibleMarks(), 1);
        ArticleMetadata edited = dialog.metadata();
        QCOMPARE(edited.title, u"Guessed title (checked)"_s);
        QVERIFY(!edited.isInferred(ArticleField::Title));
        QVERIFY(edited.isInferred(ArticleField::Date));

        QLineEdit *published = edits.value(3);
        published->setText(u"30 May"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"dateHint"_s)->isVisibleTo(&dialog));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        published->setText(u"2025-05-31"_s);
        QVERIFY(ok->isEnabled());

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"confirmGuesses"_s), Qt::LeftButton);
        QCOMPARE(visibleMarks(), 0);
        edited = dialog.metadata();
        QCOMPARE(edited.inferred, quint32(0));
        QCOMPARE(edited.published, QDate(2025, 5, 31));
        QCOMPARE(edited.outlet, u"Known outlet"_s);
    }

    void articleProperties_editIsUndoable()
    {
        test::populateSample(*m_window->document());
        m_window->document()->undoStack()->clear();
        auto *articles = m_window->findChild<QAbstractItemView *>(u"articleList"_s);
        articles->setCurrentIndex(articles->model()->index(0, 0));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ArticleMetadataDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChildren<QLineEdit *>().value(1)->setText(u"Renamed outlet"_s);
            dialog->accept();
        });
        findAction(m_window.get(), u"Article Properties…"_s)->trigger();
        QCOMPARE(m_window->document()->project().articles[0].meta.outlet, u"Renamed outlet"_s);
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
        QVERIFY(!m_window->document()->project().articles[0].meta.isInferred(ArticleField::Outlet));
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->document()->project().articles[0].meta.outlet, u"Daily Example"_s);

        m_window->activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        articles->setFocus();
        QTRY_VERIFY(articles->hasFocus());
        QTest::keyClick(articles, Qt::Key_Delete);
        QCOMPARE(m_window->document()->project().articles.size(), size_t(3));
    }

    // Pictures of the window for people to look at, written only when
    // CROSSREAD_SCREENSHOTS names a folder: the demo in two and four panes,
    // in the light palette and a dark one.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("CROSSREAD_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("writes screenshots only when CROSSREAD_SCREENSHOTS names a folder");
        m_window->resize(1600, 1000);
        QVERIFY(m_window->grab().save(folder + u"/empty.png"_s));
        QVERIFY(m_window->files()->openDemo());
        {
            ExportDialog dialog(m_window->document(), m_prompts);
            QSignalSpy previewed(&dialog, &ExportDialog::previewUpdated);
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty(), 10000);
            QVERIFY(dialog.grab().save(folder + u"/export-dialog.png"_s));
        }
        const Project &p = m_window->document()->project();
        ComparisonArea *area = m_window->comparison();
        // A claim selected, as when reading.
        m_window->selection()->setCurrent(p.claims[2].id);
        area->showClaim(p.claims[2].id);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(folder + u"/demo-2-panes.png"_s));

        area->addPane(p.articles[2].id);
        area->addPane(p.articles[3].id);
        area->splitter()->setSizes({400, 400, 400, 400});
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(folder + u"/demo-4-panes.png"_s));

        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9e));
        QApplication::setPalette(dark);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(folder + u"/demo-4-panes-dark.png"_s));
        area->closePane(area->pane(3));
        area->closePane(area->pane(2));
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(folder + u"/demo-2-panes-dark.png"_s));
        QApplication::setPalette(QPalette());

        ImportedArticle imported;
        const QString shared = test::sharedDir();
        if (!shared.isEmpty()
            && importFile(shared + u"/corpus/istanbul-2025/004_08bc5f40395f04bc.txt"_s, {}, imported).ok()) {
            Article article{1, imported.meta, imported.text, imported.provenance, NoId};
            ArticleMetadataDialog dialog(article);
            dialog.show();
            QVERIFY(dialog.grab().save(folder + u"/article-properties.png"_s));
        }
    }

    void exportDialog_previewsAndWritesWhatIsChosen()
    {
        QVERIFY(m_window->files()->openDemo());
        const Project &p = m_window->document()->project();
        ExportDialog *dialog = openExportDialog();
        QVERIFY(dialog);
        QSignalSpy previewed(dialog, &ExportDialog::previewUpdated);
        // The HTML report, previewed: every source and a claim's words.
        QString shown = dialog->preview()->toPlainText();
        QVERIFY(shown.contains(p.info.title));
        QVERIFY(shown.contains(p.claims.front().anchor.quote));
        for (const Article &a : p.articles)
            QVERIFY(shown.contains(a.meta.outlet));

        // Leave one source out: the preview follows.
        const QString dropped = p.articles.back().meta.title; // notes of other claims name its outlet
        dialog->sourceList()->item(dialog->sourceList()->count() - 1)->setCheckState(Qt::Unchecked);
        previewed.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty(), 10000);
        QVERIFY(!dialog->preview()->toPlainText().contains(dropped));

        // Export as CSV into a folder chosen by the user.
        QTemporaryDir dir;
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(int(ExportFormat::Csv)));
        QVERIFY(!dialog->sectionList()->isEnabled()); // sections are for reports
        m_prompts->exportTarget = dir.filePath(u"csv"_s);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
        QVERIFY(exported.first().at(0).toBool());
        QCOMPARE(m_prompts->exportQuestions, 1);
        QFile claims(dir.filePath(u"csv/claims.csv"_s));
        QVERIFY(claims.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(claims.readAll());
        QVERIFY(csv.contains(p.claims.front().anchor.quote.left(20)));
        QVERIFY(!csv.contains(dropped));
        QVERIFY(csv.contains(p.articles.front().meta.title));
        QVERIFY(dialog->status().contains(u"Wrote"_s));

        // A place that cannot be written: said, nothing else happens.
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(int(ExportFormat::Json)));
        m_prompts->exportTarget = dir.filePath(u"no/such/folder/p.json"_s);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 10000);
        QVERIFY(!exported.last().at(0).toBool());
        QCOMPARE(m_prompts->errors.size(), 1);
        QVERIFY(m_prompts->errors.first().contains(u"cannot write"_s));

        // Cancelling the file question writes nothing.
        m_prompts->exportTarget.clear();
        QVERIFY(!dialog->exportNow());
        QCOMPARE(exported.size(), 2);
        dialog->close();
    }

    // Many sources: the preview shows the first few and says so; an export
    // shows its progress, and Cancel stops it with nothing written.
    void exportDialog_ofManySources_previewsAFew_andCancels()
    {
        m_window->document()->resetProject(
            test::synthesizeProject({.articles = 30, .claims = 600, .links = 100, .seed = 3}));
        const Project &p = m_window->document()->project();
        ExportDialog *dialog = openExportDialog();
        QVERIFY(dialog);
        QSignalSpy previewed(dialog, &ExportDialog::previewUpdated);
        const int few = ExportDialog::PreviewSources;
        QVERIFY2(dialog->previewNote().contains(u"first %1 of 30 sources"_s.arg(few)),
                 qPrintable(dialog->previewNote()));
        QString shown = dialog->preview()->toPlainText();
        QVERIFY(shown.contains(p.articles[0].displayTitle()));
        QVERIFY(shown.contains(p.articles[few - 1].displayTitle()));
        QVERIFY(!shown.contains(p.articles[few].displayTitle()));
        QVERIFY(!shown.contains(p.articles[29].displayTitle()));
        // As many sources as that, or fewer: all of them, and no note.
        for (int row = few; row < dialog->sourceList()->count(); ++row)
            dialog->sourceList()->item(row)->setCheckState(Qt::Unchecked);
        previewed.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty(), 10000);
        QVERIFY(!dialog->previewNote().contains(u"sources"_s));
        for (int row = few; row < dialog->sourceList()->count(); ++row)
            dialog->sourceList()->item(row)->setCheckState(Qt::Checked);

        // The export's worker is held until Cancel is clicked: its pool's
        // only thread is taken.
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        dialog->setThreadPool(&pool);
        QSemaphore release;
        pool.start([&release] { release.acquire(); });
        QSemaphoreReleaser unblock(release); // even when a check fails: the pool waits for its thread
        QTemporaryDir dir;
        m_prompts->exportTarget = dir.filePath(u"report.html"_s);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(dialog->progressBar()->isVisible());
        QVERIFY(dialog->cancelButton()->isVisible());
        QVERIFY(!dialog->exportButton()->isEnabled());
        if (const QString folder = qEnvironmentVariable("CROSSREAD_SCREENSHOTS"); !folder.isEmpty())
            QVERIFY(dialog->grab().save(folder + u"/export-running.png"_s)); // for people to look at
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QCOMPARE(dialog->status(), u"Cancelling…"_s);
        unblock.cancel();
        release.release();
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
        QVERIFY(!exported.first().at(0).toBool());
        QCOMPARE(dialog->status(), u"Export cancelled: nothing was written."_s);
        QVERIFY(!QFile::exists(m_prompts->exportTarget));
        QVERIFY(m_prompts->errors.isEmpty()); // a cancel is no error
        QVERIFY(!dialog->progressBar()->isVisible());
        QVERIFY(!dialog->cancelButton()->isVisible());

        // Not cancelled, it writes the whole report, every source in it.
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 20000);
        QVERIFY(exported.last().at(0).toBool());
        QFile report(m_prompts->exportTarget);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(report.readAll());
        QVERIFY(html.contains(p.articles[29].displayTitle().toHtmlEscaped()));
        dialog->setThreadPool(nullptr);
        dialog->close();
    }

private:
    /// File → Export by its shortcut, once its first preview is shown.
    ExportDialog *openExportDialog()
    {
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        ExportDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<ExportDialog *>()) != nullptr; }))
            return nullptr;
        QSignalSpy previewed(dialog, &ExportDialog::previewUpdated);
        return dialog->preview()->document()->isEmpty() && !previewed.wait(10000) ? nullptr : dialog;
    }

    std::unique_ptr<MainWindow> m_window;
    FakePrompts *m_prompts = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
