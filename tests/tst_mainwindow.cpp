// The main window offscreen: title and modified marker, the question before
// unsaved work is lost, save, open (also of damaged files), recent projects,
// undo, and the demo project.

#include <app/mainwindow.h>
#include <models/document.h>
#include <models/projectfile.h>
#include <support/sampleproject.h>
#include <widgets/projectfilecontroller.h>
#include <widgets/userprompts.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

/// Answers the window's questions as scripted, and remembers what was asked.
class FakePrompts : public UserPrompts
{
public:
    QString openPath;
    QString savePath;
    SaveChoice choice = SaveChoice::Cancel;
    int saveQuestions = 0;
    QStringList errors;

    QString chooseProjectToOpen(QWidget *, const QString &) override { return openPath; }
    QString chooseProjectToSave(QWidget *, const QString &) override { return savePath; }
    SaveChoice askSaveChanges(QWidget *, const QString &) override
    {
        ++saveQuestions;
        return choice;
    }
    void showError(QWidget *, const QString &, const QString &message) override { errors << message; }
};

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
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CrossreadTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    }

    void init()
    {
        QSettings().clear();
        auto prompts = std::make_unique<FakePrompts>();
        m_prompts = prompts.get();
        m_window = std::make_unique<MainWindow>(std::move(prompts));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_prompts->choice = UserPrompts::SaveChoice::Discard;
        m_window.reset();
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
        QCOMPARE(codebook->model()->rowCount(), 2);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"4 claims"_s));
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

    // Pictures of the window for people to look at, written only when
    // CROSSREAD_SCREENSHOTS names a folder.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("CROSSREAD_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("writes screenshots only when CROSSREAD_SCREENSHOTS names a folder");
        m_window->resize(1400, 860);
        QVERIFY(m_window->grab().save(folder + u"/empty.png"_s));
        QVERIFY(m_window->files()->openDemo());
        QVERIFY(m_window->grab().save(folder + u"/demo-claims.png"_s));
        auto *tabs = m_window->findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        QVERIFY(m_window->grab().save(folder + u"/demo-links.png"_s));
    }

private:
    std::unique_ptr<MainWindow> m_window;
    FakePrompts *m_prompts = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
