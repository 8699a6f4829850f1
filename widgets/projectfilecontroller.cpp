#include "projectfilecontroller.h"

#include "backgroundtask.h"
#include "preferences.h"
#include "userprompts.h"

#include <models/defaultcodebook.h>
#include <models/document.h>
#include <models/editjournal.h>
#include <models/filelock.h>
#include <models/projectdescription.h>
#include <models/projectfile.h>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace crossread {
namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kJournalSuffix = QStringLiteral(".journal");

} // namespace

ProjectFileController::ProjectFileController(Document *document, QWidget *window, UserPrompts *prompts, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_window(window)
    , m_prompts(prompts)
    , m_autosave(new QTimer(this))
    , m_journal(new EditJournal(document, this))
{
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (m_document && m_document->isModified() && !m_document->fileName().isEmpty()
            && !QApplication::activeModalWidget() && !QApplication::activePopupWidget())
            save();
    });
    // Reported once the edit that hit the failure is over.
    connect(
        m_journal, &EditJournal::failed, this,
        [this](const QString &message) {
            m_prompts->showError(m_window, tr("Edits Not Protected"),
                                 tr("Crossread cannot keep its record of your edits, so a crash now would lose "
                                    "them:\n%1\nSave the project to keep your work.")
                                     .arg(message));
        },
        Qt::QueuedConnection);
    startJournal();
}

ProjectFileController::~ProjectFileController()
{
    // Unsaved work that nobody discarded stays recoverable.
    const bool unsaved = m_document && m_document->isModified();
    m_journal->stop(!unsaved);
}

QString ProjectFileController::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString ProjectFileController::displayName() const
{
    const QString fileName = m_document->fileName();
    if (!fileName.isEmpty())
        return QFileInfo(fileName).completeBaseName();
    const QString title = m_document->project().info.title;
    return title.isEmpty() ? tr("Untitled") : title;
}

void ProjectFileController::startJournal()
{
    m_journalLock.reset();
    const QString file = m_document->fileName();
    if (!file.isEmpty() && m_lock && QFileInfo(QFileInfo(file).absolutePath()).isWritable()
        && m_journal->start(journalPathFor(file)))
        return;
    // Untitled, or not ours to write beside: kept in the recovery folder,
    // under a lock of its own so that no other Crossread offers it while
    // this one runs.
    const QString folder = recoveryFolder();
    QDir().mkpath(folder);
    const QString path = folder + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + kJournalSuffix;
    m_journalLock = lockFile(path).file;
    if (!m_journal->start(path))
        m_prompts->showError(m_window, tr("Edits Not Protected"),
                             tr("Crossread cannot keep a record of your edits, so a crash would lose them:\n%1")
                                 .arg(m_journal->errorString()));
}

void ProjectFileController::adopt(Project project, const QString &path, bool modified, std::unique_ptr<QLockFile> lock,
                                  ClaimRowIndex claimRows)
{
    // The work of the project that goes was saved or discarded (maybeSave).
    m_journal->stop(true);
    m_journalLock.reset();
    m_document->resetProject(std::move(project), std::move(claimRows), path, modified);
    m_lock = std::move(lock);
    startJournal();
}

QString ProjectFileController::describe(const JournalSummary &summary) const
{
    QString details = summary.edits == 1 ? tr("1 edit not saved") : tr("%1 edits not saved").arg(summary.edits);
    if (summary.lastEdit.isValid())
        details += tr(", the last on %1").arg(QLocale().toString(summary.lastEdit, QLocale::ShortFormat));
    details += u'.';
    if (!summary.projectPath.isEmpty())
        details += u'\n' + tr("Project file: %1").arg(QDir::toNativeSeparators(summary.projectPath));
    return details;
}

bool ProjectFileController::offerJournal(const QString &journalPath, Project &project, bool &recovered,
                                         JournalSummary *found)
{
    recovered = false;
    Project fromJournal;
    JournalSummary summary;
    const ProjectError error = recoverJournal(journalPath, fromJournal, &summary);
    if (found)
        *found = summary;
    if (!error.ok()) {
        // Kept aside, not thrown away: it may still be of use to someone.
        const QString aside = journalPath + QStringLiteral(".unrecovered");
        QFile::remove(aside);
        QFile::rename(journalPath, aside);
        m_prompts->showError(
            m_window, tr("Cannot Recover Unsaved Work"),
            tr("%1\nThe record of those edits is kept as “%2”.").arg(error.message, QDir::toNativeSeparators(aside)));
        return true;
    }
    if (summary.edits == 0) { // everything in it was saved
        QFile::remove(journalPath);
        return true;
    }
    const QString name = summary.projectPath.isEmpty() ? (summary.title.isEmpty() ? tr("Untitled") : summary.title)
                                                       : QFileInfo(summary.projectPath).completeBaseName();
    switch (m_prompts->askRecover(m_window, name, describe(summary))) {
    case UserPrompts::RecoveryChoice::Recover:
        project = std::move(fromJournal);
        recovered = true;
        return true;
    case UserPrompts::RecoveryChoice::Discard:
        QFile::remove(journalPath);
        return true;
    case UserPrompts::RecoveryChoice::NotNow:
        break;
    }
    return false;
}

bool ProjectFileController::newProject()
{
    if (!maybeSave())
        return false;
    adopt(freshProject(), {}, false, nullptr);
    return true;
}

Project ProjectFileController::freshProject()
{
    Project project = crossread::newProject();
    project.layout.hiddenCues = Preferences::load().hiddenCues;
    return project;
}

void ProjectFileController::setAutosaveMinutes(int minutes)
{
    if (minutes <= 0) {
        m_autosave->stop();
        return;
    }
    m_autosave->start(minutes * 60 * 1000);
}

int ProjectFileController::autosaveMinutes() const
{
    return m_autosave->isActive() ? m_autosave->interval() / 60000 : 0;
}

bool ProjectFileController::open()
{
    const QString current = m_document->fileName();
    const QString folder = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                             : QFileInfo(current).absolutePath();
    const QString path = m_prompts->chooseProjectToOpen(m_window, folder);
    return !path.isEmpty() && openFile(path);
}

bool ProjectFileController::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    // Read and checked on a worker: a project of 1,000,000 claims takes a
    // second, and the window goes on painting meanwhile.
    struct Loaded
    {
        ProjectError error;
        Project project;
        ClaimRowIndex claimRows; // built here too: a pass over every claim
    };
    auto loaded = std::make_shared<Loaded>();
    BackgroundTaskOptions task;
    task.label = tr("Opening “%1”…").arg(QFileInfo(path).fileName());
    task.cancellable = true;
    auto progress = std::make_shared<TaskProgress>();
    task.progress = progress;
    if (!runInBackground(m_window, task, [loaded, path, progress] {
            loaded->error = loadProject(path, loaded->project, [progress](int permille) { progress->set(permille); });
            if (loaded->error.ok())
                loaded->claimRows = ClaimRowIndex(loaded->project.claims);
        }))
        return false;
    const ProjectError error = loaded->error;
    Project project = std::move(loaded->project);
    if (!error.ok()) {
        m_prompts->showError(m_window, tr("Cannot Open Project"),
                             tr("Crossread cannot open “%1”:\n%2").arg(QDir::toNativeSeparators(path), error.message));
        if (error.code == ProjectError::Code::CannotRead)
            removeRecentFile(path);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    FileLock lock;
    bool modified = false;
    if (absolute == m_document->fileName() && m_lock) {
        lock.file = std::move(m_lock); // opened again: the lock and journal are this window's
    } else {
        lock = lockFile(absolute);
        if (!lock.holder.isEmpty()
            && !m_prompts->confirm(m_window, tr("Project Already Open"),
                                   tr("“%1” is open in another Crossread (%2). If both save it, one will overwrite "
                                      "the other's work.\n\nOpen it here anyway?")
                                       .arg(QFileInfo(absolute).fileName(), lock.holder)))
            return false;
        // With the lock, a journal beside the file is one a crash left.
        const QString journal = journalPathFor(absolute);
        if (lock.file && QFileInfo::exists(journal) && !offerJournal(journal, project, modified))
            return false;
    }
    // A journal's project replaced the file's: the index is not of it.
    adopt(std::move(project), absolute, modified, std::move(lock.file),
          modified ? ClaimRowIndex() : std::move(loaded->claimRows));
    addRecentFile(absolute);
    return true;
}

bool ProjectFileController::openDemo()
{
    if (!maybeSave())
        return false;
    Project project;
    const ProjectError error = loadProjectDescription(demoDescriptionPath(), project);
    if (!error.ok()) {
        m_prompts->showError(m_window, tr("Cannot Open the Demo"), error.message);
        return false;
    }
    adopt(std::move(project), {}, false, nullptr);
    return true;
}

bool ProjectFileController::save()
{
    return m_document->fileName().isEmpty() ? saveAs() : saveTo(m_document->fileName());
}

bool ProjectFileController::saveAs()
{
    QString suggested = m_document->fileName();
    if (suggested.isEmpty()) {
        const QString title = m_document->project().info.title;
        const QString base = title.isEmpty() ? tr("Untitled") : title;
        suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + base
            + QStringLiteral(".crossread");
    }
    const QString path = m_prompts->chooseProjectToSave(m_window, suggested);
    return !path.isEmpty() && saveTo(path);
}

bool ProjectFileController::saveTo(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool samePath = absolute == m_document->fileName();
    FileLock lock;
    if (!samePath) {
        lock = lockFile(absolute);
        if (!lock.holder.isEmpty()) {
            m_prompts->showError(m_window, tr("Cannot Save Project"),
                                 tr("“%1” is open in another Crossread (%2). Save under another name, or close it "
                                    "there first.")
                                     .arg(QDir::toNativeSeparators(absolute), lock.holder));
            return false;
        }
    }
    // Written on a worker while the window goes on painting (runInBackground
    // holds the user's input back, so the project cannot change meanwhile).
    auto options = std::make_shared<SaveOptions>();
    options->backups = BackupCount;
    auto progress = std::make_shared<TaskProgress>();
    options->progress = [progress](int permille) { progress->set(permille); };
    EditJournal *journal = m_journal;
    options->beforeReplace = [journal, absolute](QByteArrayView header) {
        const QByteArray copy = header.toByteArray();
        // The journal is the GUI thread's: it writes its record there.
        QMetaObject::invokeMethod(
            journal, [journal, absolute, copy] { journal->noteSaving(absolute, copy); }, Qt::BlockingQueuedConnection);
    };
    auto error = std::make_shared<ProjectError>();
    BackgroundTaskOptions task;
    task.label = tr("Saving “%1”…").arg(QFileInfo(absolute).fileName());
    task.progress = progress;
    const Project *project = &m_document->project();
    runInBackground(m_window, task,
                    [project, absolute, options, error] { *error = saveProject(*project, absolute, *options); });
    if (!error->ok()) {
        m_prompts->showError(m_window, tr("Cannot Save Project"),
                             tr("The project was not saved; the file on disk is unchanged.\n%1").arg(error->message));
        return false;
    }
    m_document->markSaved(absolute);
    // Everything journaled is in the file now: a fresh journal, beside it.
    m_journal->stop(true);
    if (!samePath)
        m_lock = std::move(lock.file);
    startJournal();
    addRecentFile(absolute);
    return true;
}

bool ProjectFileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts->askSaveChanges(m_window, displayName())) {
    case UserPrompts::SaveChoice::Save:
        return save();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

void ProjectFileController::closeProject()
{
    m_journal->stop(true);
    m_journalLock.reset();
    m_lock.reset();
}

bool ProjectFileController::recoverAfterCrash()
{
    struct Candidate
    {
        QString journal;
        std::unique_ptr<QLockFile> lock; ///< held while it is offered
        bool besideProject = false;
        QDateTime modified;
    };
    std::vector<Candidate> candidates;
    // Journals of untitled projects whose Crossread is gone.
    const QDir folder(recoveryFolder());
    // Locks a crash left of journals never written (a journal starts at
    // the first edit): taking one over and letting it go removes it.
    for (const QString &name : folder.entryList({u'*' + kJournalSuffix + QStringLiteral(".lock")}, QDir::Files)) {
        const QString journal = folder.filePath(name.chopped(5));
        if (!QFileInfo::exists(journal))
            lockFile(journal);
    }
    for (const QFileInfo &info : folder.entryInfoList({u'*' + kJournalSuffix}, QDir::Files)) {
        if (auto lock = lockFile(info.absoluteFilePath()).file)
            candidates.push_back({info.absoluteFilePath(), std::move(lock), false, info.lastModified()});
    }
    // Journals beside recent projects that no running Crossread holds.
    for (const QString &project : recentFiles()) {
        const QFileInfo info(journalPathFor(project));
        if (!info.exists())
            continue;
        FileLock lock = lockFile(project);
        if (lock.file)
            candidates.push_back({info.absoluteFilePath(), std::move(lock.file), true, info.lastModified()});
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.modified > b.modified; });

    for (Candidate &candidate : candidates) {
        Project project;
        JournalSummary summary;
        bool recovered = false;
        if (!offerJournal(candidate.journal, project, recovered, &summary) || !recovered)
            continue;
        if (!maybeSave())
            return false;
        std::unique_ptr<QLockFile> projectLock;
        if (candidate.besideProject)
            projectLock = std::move(candidate.lock);
        else if (!summary.projectPath.isEmpty())
            projectLock = lockFile(summary.projectPath).file;
        const QString oldJournal = candidate.journal;
        adopt(std::move(project), summary.projectPath, true, std::move(projectLock));
        // The new journal holds all of it now.
        if (m_journal->path() != oldJournal)
            QFile::remove(oldJournal);
        if (!summary.projectPath.isEmpty())
            addRecentFile(summary.projectPath);
        return true;
    }
    return false;
}

QStringList ProjectFileController::backups() const
{
    QStringList found;
    const QString file = m_document->fileName();
    for (int i = 1; !file.isEmpty() && i <= BackupCount; ++i) {
        if (QFileInfo::exists(backupPath(file, i)))
            found << backupPath(file, i);
    }
    return found;
}

bool ProjectFileController::restoreBackup()
{
    if (m_document->fileName().isEmpty()) {
        m_prompts->showError(m_window, tr("No Backups"), tr("This project was never saved, so it has no backups."));
        return false;
    }
    if (!maybeSave())
        return false;
    const QStringList paths = backups();
    if (paths.isEmpty()) {
        m_prompts->showError(m_window, tr("No Backups"),
                             tr("“%1” has no backups yet: one is kept each time it is saved over.").arg(displayName()));
        return false;
    }
    QStringList names;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        names << tr("%1 — saved %2 (%3 KB)")
                     .arg(info.fileName(), QLocale().toString(info.lastModified(), QLocale::ShortFormat))
                     .arg((info.size() + 1023) / 1024);
    }
    const int chosen = m_prompts->chooseItem(m_window, tr("Restore Backup"),
                                             tr("Replace the open project with an earlier version. It stays unsaved "
                                                "until you save; the current file is kept as a backup then."),
                                             names);
    if (chosen < 0 || chosen >= paths.size())
        return false;
    Project project;
    const ProjectError error = loadProject(paths.at(chosen), project);
    if (!error.ok()) {
        m_prompts->showError(m_window, tr("Cannot Restore Backup"),
                             tr("Crossread cannot open the backup “%1”:\n%2")
                                 .arg(QDir::toNativeSeparators(paths.at(chosen)), error.message));
        return false;
    }
    adopt(std::move(project), m_document->fileName(), true, std::move(m_lock));
    return true;
}

QStringList ProjectFileController::recentFiles() const
{
    return QSettings().value(kRecentFilesKey).toStringList();
}

void ProjectFileController::clearRecentFiles()
{
    QSettings().remove(kRecentFilesKey);
    Q_EMIT recentFilesChanged();
}

void ProjectFileController::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings settings;
    settings.setValue(kRecentFilesKey, files);
    // Written now: after a crash, the next start finds the journals of
    // unsaved work beside the recent projects.
    settings.sync();
    Q_EMIT recentFilesChanged();
}

void ProjectFileController::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        QSettings().setValue(kRecentFilesKey, files);
        Q_EMIT recentFilesChanged();
    }
}

} // namespace crossread
