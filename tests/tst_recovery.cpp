// Never losing work: the edit journal and recovery, atomic saves under
// faults (a full disk, a read-only folder, SIGKILL), backups, the lock of an
// open project. The kill tests run tests/crash/crashdriver as a process and
// SIGKILL it; CROSSREAD_KILL_ROUNDS and CROSSREAD_SAVE_KILL_ROUNDS set how
// many times (tests/crash/kill-loop.sh runs a thousand).

#include <support/editscript.h>
#include <support/fakeprompts.h>
#include <support/sampleproject.h>
#include <support/testpaths.h>

#include <models/defaultcodebook.h>
#include <models/document.h>
#include <models/editjournal.h>
#include <models/projectfile.h>
#include <widgets/projectfilecontroller.h>

#include <QProcess>
#include <QThread>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <optional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace crossread;
using test::FakePrompts;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The project after the scripted edits 0..last (none for -1) made to `base`.
Project scripted(const Project &base, int last)
{
    Document document;
    document.resetProject(base);
    for (int step = 0; step <= last; ++step)
        test::applyScriptedEdit(document, step);
    return test::withoutTimes(document.project());
}

/// Whether `got` is `base` after the scripted edits 0..last, or 0..last+1
/// (the edit under way when the process died may or may not have completed).
bool isScripted(const Project &got, const Project &base, int last)
{
    Document document;
    document.resetProject(base);
    for (int step = 0; step <= last; ++step)
        test::applyScriptedEdit(document, step);
    if (test::withoutTimes(document.project()) == got)
        return true;
    test::applyScriptedEdit(document, last + 1);
    return test::withoutTimes(document.project()) == got;
}

/// The last number printed after `tag` ("E 12" → 12), or -1.
int lastPrinted(const QByteArray &output, char tag)
{
    int last = -1;
    for (const QByteArray &line : output.split('\n')) {
        if (line.size() > 2 && line.at(0) == tag && line.at(1) == ' ')
            last = line.mid(2).toInt();
    }
    return last;
}

/// A project with one long article, so that saving it takes a while.
Project largeProject()
{
    Project project = newProject();
    QString text;
    for (int i = 0; text.size() < 1'500'000; ++i)
        text += QStringLiteral("Paragraph %1 of a long article, long enough that saving it takes a moment.\n").arg(i);
    project.articles.push_back(Article{project.nextId++, ArticleMetadata{}, text, Provenance{}, NoId});
    project.articles.back().meta.title = QStringLiteral("Long");
    return project;
}

/// The sample project saved in a folder of its own and open in a document
/// whose edits a journal beside it records.
struct JournaledSample
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("p.crossread"));
    Document document;
    std::unique_ptr<EditJournal> journal;

    [[nodiscard]] bool open()
    {
        Project loaded;
        if (!saveProject(test::sampleProjectAt(1'700'000'000'000), path).ok() || !loadProject(path, loaded).ok())
            return false;
        document.resetProject(loaded, path);
        journal = std::make_unique<EditJournal>(&document);
        return journal->start(journalPathFor(path));
    }
};

/// Opens `path` (empty: a new untitled project) in a window's file handling,
/// makes the first `edits` scripted edits, and goes away without saving, as
/// a crash would: the journal stays. The project as it was then.
Project leaveUnsavedWork(const QString &path, int edits)
{
    Document document;
    test::FakePrompts prompts;
    ProjectFileController files(&document, nullptr, &prompts);
    if (path.isEmpty() ? !files.newProject() : !files.openFile(path))
        qFatal("cannot open the project");
    for (int step = 0; step < edits; ++step)
        test::applyScriptedEdit(document, step);
    return document.project();
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private:
    QString m_driver;
    QTemporaryDir m_home; ///< XDG_CONFIG_HOME and XDG_DATA_HOME of the driver processes

    QProcessEnvironment driverEnvironment(const QString &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }
    /// Starts the driver again in `home`, as the application starts, and
    /// returns what it has then: what it recovered, or else the saved file
    /// `path` (nothing to recover: it holds every edit), or, untitled, nothing.
    std::optional<Project> restart(const QString &home, const QString &path, QByteArray *answer = nullptr)
    {
        const QString out = home + QStringLiteral("/recovered.crossread");
        QProcess process;
        process.setProcessEnvironment(driverEnvironment(home));
        process.start(m_driver, {QStringLiteral("recover"), out});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("recover: %s", process.readAllStandardError().constData());
            return std::nullopt;
        }
        const QByteArray said = process.readAllStandardOutput();
        if (answer)
            *answer = said.trimmed();
        Project project;
        if (said.startsWith("R yes"))
            return loadProject(out, project).ok() ? std::optional(project) : std::nullopt;
        if (!path.isEmpty())
            return loadProject(path, project).ok() ? std::optional(project) : std::nullopt;
        return Project{};
    }
    /// Starts `crashdriver edit …` and kills it after `delayMs` once it has
    /// opened its project; its standard output.
    QByteArray runAndKill(const QString &home, const QStringList &arguments, int delayMs, bool *finished = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(driverEnvironment(home));
        process.start(m_driver, QStringList{QStringLiteral("edit")} + arguments);
        if (!process.waitForStarted(10000))
            return {};
        QByteArray output;
        while (!output.contains("O ") && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            output += process.readAllStandardOutput();
        }
        QThread::msleep(ulong(delayMs));
        const bool running = process.state() == QProcess::Running;
        if (running)
            ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(10000);
        if (finished)
            *finished = !running;
        output += process.readAllStandardOutput();
        const QByteArray errors = process.readAllStandardError();
        if (!errors.isEmpty())
            qWarning("driver: %s", errors.constData());
        return output;
    }

private Q_SLOTS:
    void initTestCase()
    {
        std::signal(SIGXFSZ, SIG_IGN);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recovery"));
        QDir(ProjectFileController::recoveryFolder()).removeRecursively(); // what an earlier run left
        m_driver = QStringLiteral(CROSSREAD_CRASH_DRIVER);
        QVERIFY2(QFileInfo(m_driver).isExecutable(), qPrintable(m_driver));
    }
    void init() { QSettings().clear(); }

    // ------------------------------------------------------------ journal

    void journal_bringsBackEveryKindOfEdit()
    {
        JournaledSample sample;
        QVERIFY(sample.open());
        const QString journal = journalPathFor(sample.path);
        QVERIFY2(!QFileInfo::exists(journal), "written before the first edit");
        QSignalSpy steps(sample.document.undoStack(), &QUndoStack::indexChanged);
        QSignalSpy layouts(&sample.document, &Document::viewLayoutChanged);
        for (int step = 0; step < 300; ++step)
            test::applyScriptedEdit(sample.document, step);
        const int completed = int(steps.size() + layouts.size());
        QVERIFY(completed >= 290);
        QVERIFY(QFileInfo::exists(journal));
        // The journal is not stopped: as if the process died here.
        sample.journal.reset();

        Project recovered;
        JournalSummary summary;
        const ProjectError error = recoverJournal(journal, recovered, &summary);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(recovered, sample.document.project()); // times included: the rows as they were
        QCOMPARE(summary.projectPath, sample.path);
        QCOMPARE(summary.edits, completed);
        QVERIFY(!summary.damagedTail);
        QVERIFY(summary.lastEdit.isValid());
    }

    void journal_untitledStartsAtTheFirstEdit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("untitled.journal"));
        Document document;
        document.resetProject(newProject());
        EditJournal journal(&document);
        QVERIFY(journal.start(path));
        QVERIFY(!QFileInfo::exists(path));
        test::applyScriptedEdit(document, 0);
        QVERIFY(QFileInfo::exists(path));
        test::applyScriptedEdit(document, 1);
        Project recovered;
        JournalSummary summary;
        QVERIFY(recoverJournal(path, recovered, &summary).ok());
        QCOMPARE(recovered, document.project());
        QVERIFY(summary.projectPath.isEmpty());
        QCOMPARE(summary.edits, 2); // the copy made at the first edit, and the second

        journal.stop(true);
        QVERIFY(!QFileInfo::exists(path));
    }

    void journal_recordCutShortIsLeftOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.journal"));
        Document document;
        document.resetProject(test::sampleProjectAt(1'700'000'000'000));
        EditJournal journal(&document);
        QVERIFY(journal.start(path));
        for (int step = 0; step < 20; ++step)
            test::applyScriptedEdit(document, step);
        const Project before = document.project();
        const qint64 sizeBefore = QFileInfo(path).size();
        document.setProjectInfo({QStringLiteral("Last"), {}, {}});
        const qint64 sizeAfter = QFileInfo(path).size();
        QVERIFY(sizeAfter > sizeBefore);
        journal.stop(false);

        // Every length the last record could have been cut to.
        const QByteArray whole = readAll(path);
        for (qint64 cut = sizeBefore; cut < sizeAfter; cut += std::max<qint64>(1, (sizeAfter - sizeBefore) / 7)) {
            test::writeFile(QDir(dir.path()), QStringLiteral("cut.journal"), whole.left(cut));
            Project recovered;
            JournalSummary summary;
            QVERIFY(recoverJournal(path, recovered, &summary).ok());
            QCOMPARE(recovered, before);
            QCOMPARE(summary.damagedTail, cut > sizeBefore);
        }
        // A damaged byte inside the last record: left out the same way.
        QByteArray flipped = whole;
        flipped[sizeAfter - 3] = char(flipped[sizeAfter - 3] ^ 0x40);
        test::writeFile(QDir(dir.path()), QStringLiteral("cut.journal"), flipped);
        Project recovered;
        QVERIFY(recoverJournal(path, recovered).ok());
        QCOMPARE(recovered, before);
    }

    void journal_saveCutShortAfterTheRename()
    {
        JournaledSample sample;
        QVERIFY(sample.open());
        const QString &path = sample.path;
        const Document &document = sample.document;
        EditJournal &journal = *sample.journal;
        for (int step = 0; step < 10; ++step)
            test::applyScriptedEdit(sample.document, step);
        SaveOptions options;
        options.beforeReplace = [&](QByteArrayView header) { journal.noteSaving(path, header); };
        QVERIFY(saveProject(document.project(), path, options).ok());
        // The process dies before the journal restarts: the file holds it all.
        journal.stop(false);
        Project recovered;
        JournalSummary summary;
        const ProjectError error = recoverJournal(journalPathFor(path), recovered, &summary);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(summary.edits, 0);
        QCOMPARE(recovered, document.project());
    }

    void journal_refusesAFileChangedElsewhere()
    {
        JournaledSample sample;
        QVERIFY(sample.open());
        const QString &path = sample.path;
        const QTemporaryDir &dir = sample.dir;
        test::applyScriptedEdit(sample.document, 1);
        sample.journal->stop(false);
        QVERIFY(saveProject(newProject(), path).ok()); // another program replaced it
        Project recovered = newProject();
        const Project untouched = recovered;
        const ProjectError error = recoverJournal(journalPathFor(path), recovered);
        QVERIFY(!error.ok());
        QVERIFY2(error.message.contains(QStringLiteral("changed since")), qPrintable(error.message));
        QCOMPARE(recovered, untouched);

        test::writeFile(QDir(dir.path()), QStringLiteral("junk.journal"), QByteArray(100, 'x'));
        const ProjectError junk = recoverJournal(dir.filePath(QStringLiteral("junk.journal")), recovered);
        QVERIFY2(junk.message.contains(QStringLiteral("not a Crossread journal")), qPrintable(junk.message));
    }

    void journal_writeFailureIsReported()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("gone"));
        QVERIFY(QDir().mkpath(folder));
        Document document;
        document.resetProject(newProject());
        EditJournal journal(&document);
        QSignalSpy failed(&journal, &EditJournal::failed);
        QVERIFY(journal.start(folder + QStringLiteral("/x.journal")));
        QVERIFY(QDir(folder).removeRecursively());
        test::applyScriptedEdit(document, 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("cannot write the recovery journal")),
                 qPrintable(failed.at(0).at(0).toString()));
        test::applyScriptedEdit(document, 1); // once per journal
        QCOMPARE(failed.size(), 1);
    }

    // ------------------------------------------------------------ saving

    void save_keepsTheLastThreeVersions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.crossread"));
        SaveOptions options;
        options.backups = 3;
        for (int i = 1; i <= 5; ++i) {
            Project project = newProject();
            project.info.title = QStringLiteral("Version %1").arg(i);
            QVERIFY(saveProject(project, path, options).ok());
        }
        for (int i = 1; i <= 3; ++i) {
            Project backup;
            QVERIFY(loadProject(backupPath(path, i), backup).ok());
            QCOMPARE(backup.info.title, QStringLiteral("Version %1").arg(5 - i));
        }
        QVERIFY(!QFileInfo::exists(backupPath(path, 4)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 4); // nothing else left behind
    }

    void save_throughASymbolicLinkKeepsTheLink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.crossread"));
        const QString link = dir.filePath(QStringLiteral("link.crossread"));
        QVERIFY(saveProject(newProject(), real).ok());
        QVERIFY(QFile::link(real, link));
        Project project = newProject();
        project.info.title = QStringLiteral("Through the link");
        QVERIFY(saveProject(project, link).ok());
        QVERIFY(QFileInfo(link).isSymLink());
        Project loaded;
        QVERIFY(loadProject(real, loaded).ok());
        QCOMPARE(loaded.info.title, project.info.title);
    }

    void save_fullDiskLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.crossread"));
        QVERIFY(saveProject(test::sampleProjectAt(1'700'000'000'000), path).ok());
        const QByteArray before = readAll(path);
        QVERIFY(before.size() < 512 * 1024);

        // The file size limit stands in for a full disk: writes past it fail.
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit small = old;
        small.rlim_cur = 512 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        SaveOptions options;
        options.backups = 3;
        const ProjectError error = saveProject(largeProject(), path, options);
        setrlimit(RLIMIT_FSIZE, &old);

        QVERIFY(!error.ok());
        QCOMPARE(error.code, ProjectError::Code::CannotWrite);
        QVERIFY2(error.message.contains(QStringLiteral("larger than the system allows")), qPrintable(error.message));
        QCOMPARE(readAll(path), before); // byte for byte
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.crossread")});
    }

    void save_fullDiskIsToldToTheUser()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.crossread"));
        QVERIFY(saveProject(newProject(), path).ok());
        const QByteArray before = readAll(path);
        Document document;
        FakePrompts prompts;
        ProjectFileController files(&document, nullptr, &prompts);
        QVERIFY(files.openFile(path));
        Project large = largeProject();
        document.addArticle(large.articles.front().meta, large.articles.front().text, {});
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit small = old;
        small.rlim_cur = 256 * 1024;
        setrlimit(RLIMIT_FSIZE, &small);
        const bool saved = files.save();
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY(!saved);
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY2(prompts.errors.first().contains(QStringLiteral("the file on disk is unchanged")),
                 qPrintable(prompts.errors.first()));
        QVERIFY(document.isModified());
        QCOMPARE(readAll(path), before);
        files.closeProject();
    }

    /// Saving where the user may not write: a folder without write
    /// permission, a read-only file. As root (who may write anywhere) the
    /// save runs in a child process that has become "nobody".
    void save_readOnlyPlaceSaysSo_data()
    {
        QTest::addColumn<bool>("folderWritable");
        QTest::addColumn<bool>("fileWritable");
        QTest::addColumn<QString>("expected"); // empty: saved
        QTest::newRow("writable") << true << true << QString();
        QTest::newRow("read-only folder") << false << true << QStringLiteral("is read-only (permission denied)");
        QTest::newRow("read-only file") << true << false << QStringLiteral("the file is read-only");
    }
    void save_readOnlyPlaceSaysSo()
    {
        QFETCH(bool, folderWritable);
        QFETCH(bool, fileWritable);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                                                      | QFile::ExeGroup));
        const QString folder = dir.filePath(QStringLiteral("place"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/p.crossread");
        QVERIFY(saveProject(newProject(), path).ok());
        const QByteArray before = readAll(path);
        const bool root = geteuid() == 0;
        const uid_t nobody = 65534;
        if (root) {
            QCOMPARE(::chown(QFile::encodeName(folder).constData(), nobody, nobody), 0);
            QCOMPARE(::chown(QFile::encodeName(path).constData(), nobody, nobody), 0);
        }
        ::chmod(QFile::encodeName(path).constData(), fileWritable ? 0644 : 0444);
        ::chmod(QFile::encodeName(folder).constData(), folderWritable ? 0755 : 0555);

        Project project = newProject();
        project.info.title = QStringLiteral("New");
        QString message;
        if (root) {
            int pipeEnds[2];
            QCOMPARE(::pipe(pipeEnds), 0);
            const pid_t child = ::fork();
            if (child == 0) {
                ::close(pipeEnds[0]);
                if (::setgid(nobody) != 0 || ::setuid(nobody) != 0)
                    ::_exit(3);
                const QByteArray text = saveProject(project, path).message.toUtf8();
                const ssize_t written = ::write(pipeEnds[1], text.constData(), size_t(text.size()));
                ::_exit(written == text.size() ? 0 : 4);
            }
            ::close(pipeEnds[1]);
            QByteArray text;
            char buffer[512];
            for (ssize_t n; (n = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0;)
                text.append(buffer, n);
            ::close(pipeEnds[0]);
            int status = 0;
            ::waitpid(child, &status, 0);
            QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the child could not save as nobody");
            message = QString::fromUtf8(text);
        } else {
            message = saveProject(project, path).message;
        }
        ::chmod(QFile::encodeName(folder).constData(), 0755);
        if (expected.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            Project loaded;
            QVERIFY(loadProject(path, loaded).ok());
            QCOMPARE(loaded.info.title, project.info.title);
        } else {
            QVERIFY2(message.contains(expected), qPrintable(message));
            QCOMPARE(readAll(path), before);
            QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
        }
    }

    // ------------------------------------------------------------ the window's files

    void controller_opensWithTheOfferToRecover()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.crossread"));
        QVERIFY(saveProject(test::sampleProjectAt(1'700'000'000'000), path).ok());
        const Project edited = leaveUnsavedWork(path, 30);
        QVERIFY(QFileInfo::exists(journalPathFor(path)));
        QVERIFY2(!QFileInfo::exists(path + QStringLiteral(".lock")), "a window that is gone holds no lock");

        // "Not now": the project is not opened, the journal stays.
        Document document;
        FakePrompts prompts;
        ProjectFileController files(&document, nullptr, &prompts);
        prompts.recovery = UserPrompts::RecoveryChoice::NotNow;
        QVERIFY(!files.openFile(path));
        QCOMPARE(prompts.recoveryQuestions.size(), 1);
        QVERIFY2(prompts.recoveryQuestions.first().contains(QStringLiteral("not saved")),
                 qPrintable(prompts.recoveryQuestions.first()));
        QVERIFY(QFileInfo::exists(journalPathFor(path)));

        prompts.recovery = UserPrompts::RecoveryChoice::Recover;
        QVERIFY(files.openFile(path));
        QCOMPARE(document.project(), edited);
        QVERIFY(document.isModified());
        QCOMPARE(document.fileName(), path);
        // Still protected: a crash now would bring it back again.
        Project again;
        QVERIFY(recoverJournal(journalPathFor(path), again).ok());
        QCOMPARE(again, edited);

        // Saving removes the journal; the first edit after starts a new one.
        QVERIFY(files.save());
        QVERIFY(!QFileInfo::exists(journalPathFor(path)));
        test::applyScriptedEdit(document, 31);
        QVERIFY(QFileInfo::exists(journalPathFor(path)));
        files.closeProject();
        QVERIFY(!QFileInfo::exists(journalPathFor(path)));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    }

    void controller_discardRemovesTheJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.crossread"));
        QVERIFY(saveProject(test::sampleProjectAt(1'700'000'000'000), path).ok());
        leaveUnsavedWork(path, 2);
        Document document;
        FakePrompts prompts;
        prompts.recovery = UserPrompts::RecoveryChoice::Discard;
        ProjectFileController files(&document, nullptr, &prompts);
        QVERIFY(files.openFile(path));
        QVERIFY(!document.isModified());
        QCOMPARE(document.project(), test::sampleProjectAt(1'700'000'000'000));
        QVERIFY(!QFileInfo::exists(journalPathFor(path)));
        files.closeProject();
    }

    void controller_recoversAnUntitledProjectAtStart()
    {
        const Project edited = leaveUnsavedWork({}, 12);
        Document document;
        FakePrompts prompts;
        prompts.recovery = UserPrompts::RecoveryChoice::Recover;
        ProjectFileController files(&document, nullptr, &prompts);
        QVERIFY(files.recoverAfterCrash());
        QCOMPARE(prompts.recoveryQuestions.size(), 1);
        QCOMPARE(document.project(), edited);
        QVERIFY(document.isModified());
        QVERIFY(document.fileName().isEmpty());
        // Offered once: the old journal went when the new one took over.
        Document other;
        FakePrompts otherPrompts;
        otherPrompts.recovery = UserPrompts::RecoveryChoice::Recover;
        ProjectFileController otherFiles(&other, nullptr, &otherPrompts);
        QVERIFY(!otherFiles.recoverAfterCrash()); // the live one is locked by its window
        QVERIFY(otherPrompts.recoveryQuestions.isEmpty());
        files.closeProject();
        QVERIFY(QDir(ProjectFileController::recoveryFolder()).entryList({QStringLiteral("*.journal")}).isEmpty());

        // A lock that a crash left of a journal never written goes at the next start.
        const QString stale = ProjectFileController::recoveryFolder() + QStringLiteral("/gone.journal.lock");
        test::writeFile(QDir(ProjectFileController::recoveryFolder()), QStringLiteral("gone.journal.lock"),
                        "999999999\ncrashdriver\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        QVERIFY(!otherFiles.recoverAfterCrash());
        QVERIFY(!QFileInfo::exists(stale));
    }

    void controller_restoresABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.crossread"));
        Document document;
        FakePrompts prompts;
        prompts.savePath = path;
        ProjectFileController files(&document, nullptr, &prompts);
        for (int i = 1; i <= 4; ++i) {
            ProjectInfo info;
            info.title = QStringLiteral("Version %1").arg(i);
            document.setProjectInfo(info);
            QVERIFY(files.save());
        }
        QCOMPARE(files.backups().size(), 3);
        prompts.item = 1; // the second newest backup: version 2
        QVERIFY(files.restoreBackup());
        QCOMPARE(prompts.itemChoices.size(), 3);
        QVERIFY(prompts.itemChoices.at(1).contains(QStringLiteral("p.crossread.bak2")));
        QCOMPARE(document.project().info.title, QStringLiteral("Version 2"));
        QVERIFY(document.isModified());
        QCOMPARE(document.fileName(), path);
        // The file is untouched until the next save, which keeps it as backup 1.
        Project onDisk;
        QVERIFY(loadProject(path, onDisk).ok());
        QCOMPARE(onDisk.info.title, QStringLiteral("Version 4"));
        QVERIFY(files.save());
        QVERIFY(loadProject(backupPath(path, 1), onDisk).ok());
        QCOMPARE(onDisk.info.title, QStringLiteral("Version 4"));
        files.closeProject();
    }

    void controller_warnsWhenAnotherCrossreadHasTheProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.crossread"));
        QVERIFY(saveProject(test::sampleProjectAt(1'700'000'000'000), path).ok());
        QTemporaryDir home;
        QProcess holder;
        holder.setProcessEnvironment(driverEnvironment(home.path()));
        holder.start(m_driver, {QStringLiteral("edit"), path, QStringLiteral("0"), QStringLiteral("100000000")});
        QVERIFY(holder.waitForReadyRead(20000));

        Document document;
        FakePrompts prompts;
        ProjectFileController files(&document, nullptr, &prompts);
        prompts.confirmation = false;
        QVERIFY(!files.openFile(path));
        QCOMPARE(prompts.confirmations.size(), 1);
        QVERIFY2(prompts.confirmations.first().contains(QStringLiteral("process %1").arg(holder.processId())),
                 qPrintable(prompts.confirmations.first()));
        QVERIFY(document.fileName().isEmpty());

        // The holder dies: its lock is stale, taken over without a question,
        // and the edits it made are offered.
        QByteArray said;
        QTRY_VERIFY((said += holder.readAllStandardOutput()).contains("E 3")); // it has made edits
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(10000));
        prompts.recovery = UserPrompts::RecoveryChoice::Recover;
        QVERIFY(files.openFile(path));
        QCOMPARE(prompts.confirmations.size(), 1);
        QVERIFY2(prompts.errors.isEmpty(), qPrintable(prompts.errors.join(u'\n')));
        QCOMPARE(prompts.recoveryQuestions.size(), 1);
        QVERIFY(document.isModified());
        files.closeProject();
    }

    // ------------------------------------------------------------ SIGKILL

    void kill_everyCompletedEditSurvives()
    {
        const int rounds = qEnvironmentVariableIsSet("CROSSREAD_KILL_ROUNDS")
            ? qEnvironmentVariableIntValue("CROSSREAD_KILL_ROUNDS")
            : 50;
        const quint32 seed = qEnvironmentVariableIsSet("CROSSREAD_KILL_SEED")
            ? quint32(qEnvironmentVariableIntValue("CROSSREAD_KILL_SEED"))
            : 20261124;
        QRandomGenerator random(seed);
        const Project base = test::sampleProjectAt(1'700'000'000'000);
        int editsChecked = 0;
        for (int round = 0; round < rounds; ++round) {
            QTemporaryDir home;
            const bool untitled = round % 3 == 2;
            const QString path = home.filePath(QStringLiteral("p.crossread"));
            if (!untitled)
                QVERIFY(saveProject(base, path).ok());
            const int delay = int(random.bounded(1, 400));
            const QByteArray output = runAndKill(
                home.path(),
                {untitled ? QStringLiteral("-") : path, QStringLiteral("0"), QStringLiteral("1000000"),
                 QStringLiteral("53")},
                delay);
            const int last = lastPrinted(output, 'E');
            QByteArray answer;
            const std::optional<Project> recovered = restart(home.path(), untitled ? QString() : path, &answer);
            QVERIFY2(recovered, qPrintable(QStringLiteral("round %1: nothing loads after the restart").arg(round)));
            const Project start = untitled ? newProject() : base;
            const Project got = test::withoutTimes(*recovered);
            // Edits 0..last completed; the one under way may or may not be in.
            // Untitled and nothing recovered: no edit may have completed.
            const bool match = isScripted(got, start, last)
                || (untitled && last == -1 && answer.startsWith("R no"));
            QVERIFY2(match, qPrintable(QStringLiteral("round %1 (seed %2, %3, killed after %4 ms): edit %5 was the "
                                                      "last completed; the restart said %6")
                                           .arg(round)
                                           .arg(seed)
                                           .arg(untitled ? QStringLiteral("untitled") : QStringLiteral("saved project"))
                                           .arg(delay)
                                           .arg(last)
                                           .arg(QString::fromUtf8(answer))));
            if (!untitled) {
                Project onDisk;
                QVERIFY(loadProject(path, onDisk).ok());
            }
            editsChecked += last + 1;
        }
        qInfo("%d rounds, %d completed edits checked", rounds, editsChecked);
    }

    void kill_duringSaveLeavesTheOldOrTheNewFile()
    {
        const int rounds = qEnvironmentVariableIsSet("CROSSREAD_SAVE_KILL_ROUNDS")
            ? qEnvironmentVariableIntValue("CROSSREAD_SAVE_KILL_ROUNDS")
            : 200;
        QRandomGenerator random(20261125);
        const Project base = largeProject();
        int duringSave = 0;
        for (int round = 0; round < rounds; ++round) {
            QTemporaryDir home;
            const QString path = home.filePath(QStringLiteral("p.crossread"));
            QVERIFY(saveProject(base, path).ok());
            const int delay = int(random.bounded(0, 120));
            const QByteArray output = runAndKill(
                home.path(), {path, QStringLiteral("0"), QStringLiteral("1000000"), QStringLiteral("1")}, delay);
            const int saved = lastPrinted(output, 'S');
            const int saving = lastPrinted(output, 's');
            if (saving > saved)
                ++duringSave;

            // The file: whole, and the last save completed or the one under way.
            Project onDisk;
            const ProjectError error = loadProject(path, onDisk);
            QVERIFY2(error.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error.message)));
            const Project got = test::withoutTimes(onDisk);
            QVERIFY2(got == scripted(base, saved) || (saving > saved && got == scripted(base, saving)),
                     qPrintable(QStringLiteral("round %1: the file is neither save %2 nor save %3")
                                    .arg(round)
                                    .arg(saved)
                                    .arg(saving)));
            // And every completed edit comes back.
            const int last = lastPrinted(output, 'E');
            const std::optional<Project> recovered = restart(home.path(), path);
            QVERIFY(recovered);
            const Project all = test::withoutTimes(*recovered);
            QVERIFY2(isScripted(all, base, last),
                     qPrintable(QStringLiteral("round %1: edit %2 was the last completed").arg(round).arg(last)));
            // A save cut short leaves at most its temporary file, which the next save replaces.
            const QStringList left = QDir(home.path()).entryList({QStringLiteral("p.crossread*")}, QDir::Files);
            for (const QString &name : left)
                QVERIFY2(name == u"p.crossread" || name.endsWith(u".saving") || name.contains(u".bak")
                             || name.endsWith(u".journal") || name.endsWith(u".lock") || name.endsWith(u".new"),
                         qPrintable(name));
        }
        qInfo("%d rounds, %d of them killed during a save", rounds, duringSave);
        QVERIFY2(duringSave >= rounds / 4, "too few kills landed inside a save to test it");
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
