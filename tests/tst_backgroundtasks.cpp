// Long work on a worker while the window goes on (runInBackground): the
// event loop keeps running and input is held back, the progress dialog
// appears after its delay and shows the work's progress (TaskProgress), and
// its Cancel returns at once.

#include <app/mainwindow.h>
#include <support/fakeprompts.h>
#include <support/windowtest.h>
#include <widgets/backgroundtask.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace crossread;
using namespace Qt::StringLiterals;

class TestBackgroundTasks : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_MAIN(TestBackgroundTasks)
#include "tst_backgroundtasks.moc"
