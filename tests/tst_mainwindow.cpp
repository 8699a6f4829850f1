// The main window offscreen: title and modified marker, the new project's
// codebook, the question before unsaved work is lost when the window closes,
// undo, the views of the project, the article properties dialog, and the
// screenshots for people to look at.
// (Opening and saving: tst_openandsave; import: tst_importgui; export:
// tst_exportdialog; work on a worker: tst_backgroundtasks.)

#include <app/mainwindow.h>
#include <models/claimselection.h>
#include <models/document.h>
#include <models/import/articleimporter.h>
#include <support/fakeprompts.h>
#include <support/sampleproject.h>
#include <support/testpaths.h>
#include <support/windowfixture.h>
#include <support/windowtest.h>
#include <widgets/articlemetadatadialog.h>
#include <widgets/comparisonarea.h>
#include <widgets/connectorgutter.h>
#include <widgets/exportdialog.h>
#include <widgets/preferences.h>
#include <widgets/projectfilecontroller.h>
#include <widgets/userprompts.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace crossread;
using namespace Qt::StringLiterals;

using test::findAction;

class TestMainWindow : public test::WindowTest
{
    Q_OBJECT

private Q_SLOTS:
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

        applyTheme(Theme::Dark);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(folder + u"/demo-4-panes-dark.png"_s));
        area->closePane(area->pane(3));
        area->closePane(area->pane(2));
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(folder + u"/demo-2-panes-dark.png"_s));
        applyTheme(Theme::System);

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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
