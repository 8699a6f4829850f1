#pragma once

#include <models/claimrowindex.h>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QLockFile;
class QTimer;
class QWidget;
QT_END_NAMESPACE

namespace crossread {

class Document;
class EditJournal;
struct JournalSummary;
struct Project;
class UserPrompts;

/// New, Open, Save, Save As and recent projects for one window's document.
/// It asks before unsaved work would be lost, opens a file only when it
/// loads and checks completely (so a damaged file never replaces the open
/// project), and reports every failure to the user with its reason.
///
/// It also keeps work safe from crashes and from other windows:
/// - every edit is journaled (EditJournal): beside the project as
///   `Name.crossread.journal`, or, for an untitled project (or one whose
///   folder cannot be written), in recoveryFolder(); the journal goes when
///   the project is saved or its changes are discarded;
/// - opening a project, or starting (recoverAfterCrash()), offers to bring
///   back the edits a crashed session left;
/// - the open project is locked (`Name.crossread.lock`: host and process
///   id); opening a project another running Crossread holds warns first,
///   and a lock left by a process that is gone is taken over;
/// - each save keeps the previous three versions as `Name.crossread.bak1`
///   to `.bak3`, which restoreBackup() brings back.
class ProjectFileController : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRecentFiles = 10;
    static constexpr int BackupCount = 3;

    ProjectFileController(Document *document, QWidget *window, UserPrompts *prompts, QObject *parent = nullptr);
    /// Leaves the journal when there is unsaved work (closeProject() was not
    /// called: the work is not lost), else removes it; releases the lock.
    ~ProjectFileController() override;

    /// Where journals of untitled projects are kept.
    static QString recoveryFolder();

    /// The project's file name without folder; for a project never saved,
    /// its title, or "Untitled".
    QString displayName() const;

    /// Each returns false when it did not happen (cancelled or failed).
    bool newProject();
    bool open();
    bool openFile(const QString &path);
    /// Opens a fresh copy of the demo project, not yet saved anywhere.
    bool openDemo();
    bool save();
    bool saveAs();
    /// Offers to save unsaved changes; false when the user cancels (or the
    /// save fails), so that what was about to happen must not.
    bool maybeSave();
    /// The window closes (after maybeSave()): the journal goes, the lock is released.
    void closeProject();

    /// Offers, one by one, the work that sessions which ended without
    /// saving left (journals in recoveryFolder() and beside recent
    /// projects), newest first; true when one was recovered into the document.
    bool recoverAfterCrash();
    /// Replaces the project with one of its backups, chosen by the user; the
    /// result is unsaved, so the current file stays until the next save.
    bool restoreBackup();
    /// The backups of the open project that exist, newest first.
    QStringList backups() const;
    /// The journal of the open project (its file appears at the first edit).
    EditJournal *journal() const { return m_journal; }

    QStringList recentFiles() const;
    void clearRecentFiles();

    /// Saves the project every `minutes` while it has a file and unsaved
    /// changes (not while a dialog is open: then at the next turn); 0: never.
    void setAutosaveMinutes(int minutes);
    int autosaveMinutes() const;
    /// A new, empty project: the default codebook, and the cues the settings ask for.
    static Project freshProject();

Q_SIGNALS:
    void recentFilesChanged();

private:
    bool saveTo(const QString &path);
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    /// Replaces the document with `project` (fileName `path`, `modified`),
    /// with `lock` as the lock of its file; ends the old journal, starts the new.
    /// `claimRows`, when given, is the index of `project`'s claims, built off the GUI thread.
    void adopt(Project project, const QString &path, bool modified, std::unique_ptr<QLockFile> lock,
               ClaimRowIndex claimRows = {});
    void startJournal();
    /// Offers the journal at `journalPath` that a crash left. On "recover",
    /// `project` becomes what it holds and `recovered` is set; false when
    /// the user said "not now" (what was to happen is called off).
    bool offerJournal(const QString &journalPath, Project &project, bool &recovered, JournalSummary *found = nullptr);
    QString describe(const JournalSummary &summary) const;

    QPointer<Document> m_document;
    QWidget *m_window;
    UserPrompts *m_prompts;
    QTimer *m_autosave;
    EditJournal *m_journal;
    std::unique_ptr<QLockFile> m_lock; ///< of the open project's file
    std::unique_ptr<QLockFile> m_journalLock; ///< of a journal in recoveryFolder()
};

} // namespace crossread
