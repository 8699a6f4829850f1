#pragma once

#include <models/projecterror.h>

#include <QDateTime>
#include <QObject>

#include <memory>

namespace crossread {

class Document;
class EditJournalPrivate;
struct Project;

/// The journal of `Name.crossread` lies beside it as `Name.crossread.journal`.
QString journalPathFor(const QString &projectPath);

/// Keeps, in a file, every edit made to a document since it was last saved,
/// so that a crash loses nothing: after each completed edit (an undo step,
/// an undo, a redo, a change of layout) the rows it changed are appended to
/// the file before the edit returns (the kernel has them: a killed process
/// loses nothing), and the file is synced to the disk within a second.
///
/// A journal starts from the saved file it continues (identified by the
/// file's header, which holds the checksum of its content), or, for a
/// project that is not saved as it stands (untitled, recovered, restored),
/// from a copy of the whole project written at the start. Saving restarts
/// the journal from the new file; see noteSaving() for a save cut short.
///
/// The file is a list of records, each with its length and CRC-32: reading
/// stops at the first incomplete or damaged one, which only the edit under
/// way when the process died can be.
class EditJournal : public QObject
{
    Q_OBJECT
public:
    explicit EditJournal(Document *document, QObject *parent = nullptr);
    /// Closes the file and leaves it where it is (stop() removes it).
    ~EditJournal() override;

    /// Starts a new journal at `path` for the document's project as it is
    /// now. The file (which replaces any file at `path`) is written at the
    /// first edit; for a modified project (recovered, restored) at once.
    /// False, with errorString(), when it cannot be written; the document
    /// is then not journaled. A reset of the document's project ends the
    /// journal, leaving its file: whoever resets starts the next.
    bool start(const QString &path);
    /// Ends the journal; `remove`: the file goes (the work is saved or was
    /// discarded).
    void stop(bool remove);
    bool isActive() const;
    QString path() const;
    QString errorString() const;

    /// To be called when a save of the project to `projectPath` is about to
    /// replace the file, with the new file's header: if the process dies
    /// before the journal restarts, recovery knows that the file holds every
    /// edit journaled before.
    void noteSaving(const QString &projectPath, QByteArrayView header);

    /// Syncs what is written to the disk now (otherwise done within a second).
    void sync();

Q_SIGNALS:
    /// Writing the journal failed (disk full, removed folder...): the edits
    /// from now on are not protected. Emitted once per journal.
    void failed(const QString &message);

private:
    std::unique_ptr<EditJournalPrivate> d;
};

/// What a journal left by an earlier session holds.
struct JournalSummary
{
    QString projectPath; ///< the saved file it continues; empty for an untitled project
    QString title; ///< the project's title at the last edit
    int edits = 0; ///< edits recorded after the last save (a copy of an unsaved project counts as one)
    QDateTime lastEdit; ///< when the last of them was made
    bool damagedTail = false; ///< the file ends in an incomplete record (cut off by the crash)
};

/// Reads the journal at `path` and rebuilds the project it ends with: the
/// saved file (or the copy in the journal) with every recorded edit applied.
/// The result is checked like a loaded project. Fails, without touching
/// `project`, when the journal is unreadable or when the file it continues
/// has been replaced since by something other than a save it recorded.
ProjectError recoverJournal(const QString &path, Project &project, JournalSummary *summary = nullptr);

} // namespace crossread
