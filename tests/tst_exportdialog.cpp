// The export dialog of the window (File → Export): its preview follows what
// is chosen, it writes the chosen format where the user says, and with many
// sources it previews a few and exports on a worker that Cancel stops.

#include <app/mainwindow.h>
#include <models/document.h>
#include <models/export/exportformat.h>
#include <support/fakeprompts.h>
#include <support/synthproject.h>
#include <support/windowtest.h>
#include <widgets/exportdialog.h>
#include <widgets/projectfilecontroller.h>

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>

using namespace crossread;
using namespace Qt::StringLiterals;

class TestExportDialog : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
