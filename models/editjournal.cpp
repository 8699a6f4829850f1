#include "editjournal.h"

#include "document.h"
#include "posixfile_p.h"
#include "projectarchive_p.h"
#include "projectfile.h"
#include "projectvalidator.h"
#include "rownotifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimer>
#include <QUndoStack>
#include <QtEndian>

#include <boost/archive/archive_exception.hpp>

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace crossread {

/// One completed edit: the final value of every row it touched (or its
/// removal), and the parts of the project outside the tables it changed.
struct JournalBatch
{
    // Bits of `parts`. (Constants, not an enum with a fixed underlying type,
    // which lupdate 6.4 misreads: it loses the scope of the rest of the file.)
    static constexpr quint8 Info = 1, Assist = 2, Layout = 4;

    qint64 timeMs = 0;
    Id nextId = 1;
    std::vector<Article> articles;
    std::vector<Tag> tags;
    std::vector<Claim> claims;
    std::vector<Link> links;
    std::vector<Proposition> propositions;
    QList<quint32> removedArticles, removedTags, removedClaims, removedLinks, removedPropositions;
    quint8 parts = 0;
    ProjectInfo info;
    AssistState assist;
    ViewLayout layout;
};

} // namespace crossread

namespace boost::serialization {

template<class Archive>
void save(Archive &ar, const crossread::JournalBatch &b, unsigned)
{
    using crossread::archive::saveItems;
    ar << b.timeMs << b.nextId;
    saveItems(ar, b.articles);
    saveItems(ar, b.tags);
    saveItems(ar, b.claims);
    saveItems(ar, b.links);
    saveItems(ar, b.propositions);
    ar << b.removedArticles << b.removedTags << b.removedClaims << b.removedLinks << b.removedPropositions;
    ar << b.parts;
    if (b.parts & crossread::JournalBatch::Info)
        ar << b.info;
    if (b.parts & crossread::JournalBatch::Assist)
        ar << b.assist;
    if (b.parts & crossread::JournalBatch::Layout)
        ar << b.layout;
}

template<class Archive>
void load(Archive &ar, crossread::JournalBatch &b, unsigned)
{
    using crossread::archive::loadItems;
    ar >> b.timeMs >> b.nextId;
    loadItems(ar, b.articles, "articles");
    loadItems(ar, b.tags, "tags");
    loadItems(ar, b.claims, "claims");
    loadItems(ar, b.links, "links");
    loadItems(ar, b.propositions, "propositions");
    ar >> b.removedArticles >> b.removedTags >> b.removedClaims >> b.removedLinks >> b.removedPropositions;
    ar >> b.parts;
    if (b.parts & crossread::JournalBatch::Info)
        ar >> b.info;
    if (b.parts & crossread::JournalBatch::Assist)
        ar >> b.assist;
    if (b.parts & crossread::JournalBatch::Layout)
        ar >> b.layout;
}

template<class Archive>
void serialize(Archive &ar, crossread::JournalBatch &b, const unsigned version)
{
    split_free(ar, b, version);
}

} // namespace boost::serialization

BOOST_CLASS_IMPLEMENTATION(crossread::JournalBatch, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(crossread::JournalBatch, boost::serialization::track_never)

namespace crossread {
namespace {

using Code = ProjectError::Code;

constexpr char kMagic[8] = {'\x89', 'C', 'R', 'J', '\r', '\n', '\x1a', '\n'};
constexpr quint32 kVersion = 1;
constexpr int kFileHeaderSize = 12; // magic, version
constexpr int kRecordHeaderSize = 8; // body length, CRC-32 of the body
constexpr unsigned kArchiveFlags = boost::archive::no_header | boost::archive::no_codecvt;
constexpr int kSyncDelayMs = 300;

enum class RecordType : quint8 {
    BaseFile = 1, ///< the journal continues a saved file: its path and header
    BaseCopy = 2, ///< the journal starts from this copy of the project (its path, its .crossread bytes)
    Batch = 3, ///< one completed edit
    Saving = 4, ///< a save is replacing a file: its path and new header
};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::EditJournal)
};

quint32 crc32Of(const char *data, size_t size)
{
    return quint32(crc32_z(0, reinterpret_cast<const Bytef *>(data), size));
}

/// The body of a record: its type and the values, in a Boost binary archive.
template<class... Values>
std::string makeBody(RecordType type, const Values &...values)
{
    std::string body(1, char(type));
    archive::StringOutBuf buffer(body);
    boost::archive::binary_oarchive ar(buffer, kArchiveFlags);
    (ar << ... << values);
    return body;
}

QByteArray frame(const std::string &body)
{
    QByteArray record(kRecordHeaderSize, '\0');
    qToLittleEndian(quint32(body.size()), record.data());
    qToLittleEndian(crc32Of(body.data(), body.size()), record.data() + 4);
    record.append(body.data(), qsizetype(body.size()));
    return record;
}

/// The first ProjectHeaderSize bytes of the file at `path`, or empty.
QByteArray headerOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray header = file.read(ProjectHeaderSize);
    return header.size() == ProjectHeaderSize ? header : QByteArray();
}

template<class T>
void markRows(QSet<Id> &dirty, const std::vector<T> &table, int first, int last)
{
    for (int row = first; row <= last && row < int(table.size()); ++row)
        dirty.insert(table[size_t(row)].id);
}

/// Splits the ids of `dirty` into the rows as they are now and the ids gone.
template<class T>
void collect(const QSet<Id> &dirty, const std::vector<T> &table, std::vector<T> &puts, QList<quint32> &removed)
{
    QList<Id> ids(dirty.begin(), dirty.end());
    std::sort(ids.begin(), ids.end());
    for (Id id : ids) {
        if (const T *row = findById(table, id))
            puts.push_back(*row);
        else
            removed.push_back(id);
    }
}

template<class T>
void apply(std::vector<T> &table, const std::vector<T> &puts, const QList<quint32> &removed)
{
    for (Id id : removed) {
        const int row = rowOf(table, id);
        if (row >= 0)
            table.erase(table.begin() + row);
    }
    for (const T &value : puts) {
        const auto it
            = std::lower_bound(table.begin(), table.end(), value.id, [](const T &item, Id id) { return item.id < id; });
        if (it != table.end() && it->id == value.id)
            *it = value;
        else
            table.insert(it, value);
    }
}

void apply(Project &project, const JournalBatch &b)
{
    apply(project.articles, b.articles, b.removedArticles);
    apply(project.tags, b.tags, b.removedTags);
    apply(project.claims, b.claims, b.removedClaims);
    apply(project.links, b.links, b.removedLinks);
    apply(project.propositions, b.propositions, b.removedPropositions);
    if (b.parts & JournalBatch::Info)
        project.info = b.info;
    if (b.parts & JournalBatch::Assist)
        project.assist = b.assist;
    if (b.parts & JournalBatch::Layout)
        project.layout = b.layout;
    project.nextId = std::max(project.nextId, b.nextId);
}

} // namespace

QString journalPathFor(const QString &projectPath)
{
    return projectPath + QStringLiteral(".journal");
}

class EditJournalPrivate
{
public:
    Document *document;
    QString path;
    QString error;
    int fd = -1;
    bool armed = false; ///< started: the file is made at the first edit (or at once for a modified project)
    std::string base; ///< the first record; empty: a copy of the project as it is at the first edit
    bool failedOnce = false;
    QTimer syncTimer;
    QSet<Id> articles, tags, claims, links, propositions;
    quint8 parts = 0;

    bool dirty() const
    {
        return parts || !articles.isEmpty() || !tags.isEmpty() || !claims.isEmpty() || !links.isEmpty()
            || !propositions.isEmpty();
    }
    void clearDirty()
    {
        articles.clear();
        tags.clear();
        claims.clear();
        links.clear();
        propositions.clear();
        parts = 0;
    }
    void close()
    {
        armed = false;
        base.clear();
        if (fd >= 0) {
            ::fdatasync(fd);
            ::close(fd);
            fd = -1;
        }
        syncTimer.stop();
        clearDirty();
    }
    bool append(const QByteArray &record, EditJournal *q)
    {
        if (fd < 0)
            return false;
        int errorCode = 0;
        if (posix::writeAll(fd, record.constData(), size_t(record.size()), errorCode)) {
            if (!syncTimer.isActive())
                syncTimer.start();
            return true;
        }
        fail(Tr::tr("cannot write the recovery journal %1: %2").arg(path, posix::describeError(errorCode)), q);
        return false;
    }
    void fail(const QString &message, EditJournal *q)
    {
        error = message;
        armed = false;
        if (fd >= 0) {
            ::close(fd);
            fd = -1;
        }
        syncTimer.stop();
        clearDirty();
        if (!failedOnce) {
            failedOnce = true;
            Q_EMIT q->failed(message);
        }
    }
    /// Creates the file with its first record; false (and failed()) when it cannot.
    bool open(EditJournal *q)
    {
        if (base.empty()) {
            // The copy holds the edits pending now.
            base = makeBody(RecordType::BaseCopy, document->fileName(), encodeProject(document->project()));
            clearDirty();
        }
        QByteArray bytes(kFileHeaderSize, '\0');
        memcpy(bytes.data(), kMagic, sizeof kMagic);
        qToLittleEndian(kVersion, bytes.data() + 8);
        bytes += frame(base);
        base.clear();

        // Written beside and renamed over, so that an older journal at
        // `path` stays whole until the new one is on disk.
        const QByteArray target = QFile::encodeName(path);
        const QByteArray temporary = target + ".new";
        const int file = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        int errorCode = file < 0 ? errno : 0;
        if (file >= 0
            && (!posix::writeAll(file, bytes.constData(), size_t(bytes.size()), errorCode) || ::fdatasync(file) != 0
                || ::rename(temporary.constData(), target.constData()) != 0)) {
            if (!errorCode)
                errorCode = errno;
            ::close(file);
            ::unlink(temporary.constData());
        }
        if (errorCode) {
            armed = false;
            fail(Tr::tr("cannot write the recovery journal %1: %2").arg(path, posix::describeError(errorCode)), q);
            return false;
        }
        fd = file;
        return true;
    }
    /// Writes the pending changes as one record.
    void commit(EditJournal *q)
    {
        if (!armed || !document || !dirty())
            return;
        if (fd < 0 && (!open(q) || !dirty()))
            return;
        const Project &project = document->project();
        JournalBatch batch;
        batch.timeMs = QDateTime::currentMSecsSinceEpoch();
        batch.nextId = project.nextId;
        collect(articles, project.articles, batch.articles, batch.removedArticles);
        collect(tags, project.tags, batch.tags, batch.removedTags);
        collect(claims, project.claims, batch.claims, batch.removedClaims);
        collect(links, project.links, batch.links, batch.removedLinks);
        collect(propositions, project.propositions, batch.propositions, batch.removedPropositions);
        batch.parts = parts;
        batch.info = project.info;
        batch.assist = project.assist;
        batch.layout = project.layout;
        clearDirty();
        append(frame(makeBody(RecordType::Batch, batch)), q);
    }
};

EditJournal::EditJournal(Document *document, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<EditJournalPrivate>())
{
    d->document = document;
    d->syncTimer.setSingleShot(true);
    d->syncTimer.setInterval(kSyncDelayMs);
    connect(&d->syncTimer, &QTimer::timeout, this, &EditJournal::sync);

    auto follow = [this](const RowNotifier *rows, QSet<Id> EditJournalPrivate::*dirty, auto table) {
        auto mark = [this, dirty, table](int first, int last) {
            if (d->armed)
                markRows(d.get()->*dirty, d->document->project().*table, first, last);
        };
        connect(rows, &RowNotifier::rowsInserted, this, mark);
        connect(rows, &RowNotifier::rowsAboutToBeRemoved, this, mark);
        connect(rows, &RowNotifier::rowsChanged, this, mark);
    };
    follow(document->articleRows(), &EditJournalPrivate::articles, &Project::articles);
    follow(document->tagRows(), &EditJournalPrivate::tags, &Project::tags);
    follow(document->claimRows(), &EditJournalPrivate::claims, &Project::claims);
    follow(document->linkRows(), &EditJournalPrivate::links, &Project::links);
    follow(document->propositionRows(), &EditJournalPrivate::propositions, &Project::propositions);
    connect(document, &Document::projectInfoChanged, this, [this] { d->parts |= JournalBatch::Info; });
    connect(document, &Document::assistChanged, this, [this] { d->parts |= JournalBatch::Assist; });
    // A change of layout is never part of an undo step: it completes at once.
    connect(document, &Document::viewLayoutChanged, this, [this] {
        d->parts |= JournalBatch::Layout;
        d->commit(this);
    });
    // Every undo step, undo and redo ends with the stack's index changing
    // (an edit group pushes its one command when the outermost group ends).
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] { d->commit(this); });
    // A new project is not this journal's: the owner starts the next one.
    connect(document, &Document::aboutToResetProject, this, [this] { d->close(); });
    connect(document, &QObject::destroyed, this, [this] {
        d->close();
        d->document = nullptr;
    });
}

EditJournal::~EditJournal()
{
    d->commit(this);
    d->close();
}

bool EditJournal::start(const QString &path)
{
    d->close();
    d->path = path;
    d->error.clear();
    d->failedOnce = false;
    d->armed = true;

    const Document &document = *d->document;
    const QString projectPath = document.fileName();
    if (document.isModified()) {
        // Not saved as it stands (recovered, restored): copied now, so that
        // it survives a crash before the next edit.
        d->base = makeBody(RecordType::BaseCopy, projectPath, encodeProject(document.project()));
        return d->open(this);
    }
    const QByteArray fileHeader = projectPath.isEmpty() ? QByteArray() : headerOfFile(projectPath);
    if (!fileHeader.isEmpty())
        d->base = makeBody(RecordType::BaseFile, projectPath, fileHeader);
    // Nothing is written until the first edit: an unedited project needs no journal.
    return true;
}

void EditJournal::stop(bool remove)
{
    if (!remove)
        d->commit(this);
    const bool written = d->fd >= 0;
    d->close();
    if (remove && written)
        QFile::remove(d->path);
    d->path.clear();
}

bool EditJournal::isActive() const
{
    return d->armed;
}

QString EditJournal::path() const
{
    return d->path;
}

QString EditJournal::errorString() const
{
    return d->error;
}

void EditJournal::noteSaving(const QString &projectPath, QByteArrayView header)
{
    d->commit(this);
    // A journal not yet written holds nothing the save could lose.
    if (d->fd >= 0 && d->append(frame(makeBody(RecordType::Saving, projectPath, header.toByteArray())), this))
        sync();
}

void EditJournal::sync()
{
    d->syncTimer.stop();
    if (d->fd >= 0 && ::fdatasync(d->fd) != 0)
        d->fail(Tr::tr("cannot write the recovery journal %1: %2").arg(d->path, posix::describeError(errno)), this);
}

// ---------------------------------------------------------------- recovery

namespace {

struct Record
{
    RecordType type;
    const char *data; ///< after the type byte
    size_t size;
};

/// Decodes `values` from a record's body; false when it does not decode.
template<class... Values>
bool decodeBody(const Record &record, Values &...values)
{
    try {
        archive::MemoryInBuf buffer(record.data, record.size);
        boost::archive::binary_iarchive ar(buffer, kArchiveFlags);
        const archive::LoadLimits limits(buffer);
        (ar >> ... >> values);
        return buffer.remaining() == 0;
    } catch (const std::exception &) {
        return false;
    }
}

ProjectError journalError(const QString &path, const QString &why)
{
    return ProjectError::make(Code::MalformedData, Tr::tr("the recovery journal %1 cannot be read: %2").arg(path, why));
}

/// The project in the file at `path` if its header is `header`.
ProjectError loadIfUnchanged(const QString &path, const QByteArray &header, Project &project, bool &unchanged)
{
    unchanged = headerOfFile(path) == header;
    if (!unchanged)
        return {};
    return loadProject(path, project);
}

} // namespace

ProjectError recoverJournal(const QString &path, Project &project, JournalSummary *summary)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ProjectError::make(Code::CannotRead, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > 2 * MaxProjectFileSize)
        return ProjectError::make(Code::TooLarge, Tr::tr("the recovery journal %1 is too large").arg(path));
    const QByteArray bytes = file.readAll();
    if (bytes.size() < kFileHeaderSize || memcmp(bytes.constData(), kMagic, sizeof kMagic) != 0)
        return journalError(path, Tr::tr("it is not a Crossread journal"));
    if (qFromLittleEndian<quint32>(bytes.constData() + 8) > kVersion)
        return journalError(path, Tr::tr("it was written by a newer Crossread"));

    // The complete records; the scan stops at the first one cut short or damaged.
    std::vector<Record> records;
    qsizetype at = kFileHeaderSize;
    while (bytes.size() - at >= kRecordHeaderSize) {
        const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + at);
        const quint32 crc = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const char *body = bytes.constData() + at + kRecordHeaderSize;
        if (length < 1 || length > quint64(bytes.size() - at - kRecordHeaderSize) || crc32Of(body, length) != crc)
            break;
        records.push_back({RecordType(quint8(body[0])), body + 1, size_t(length - 1)});
        at += kRecordHeaderSize + qsizetype(length);
    }
    JournalSummary found;
    found.damagedTail = at != bytes.size();
    if (records.empty()
        || (records.front().type != RecordType::BaseFile && records.front().type != RecordType::BaseCopy))
        return journalError(path, Tr::tr("it does not say what project it belongs to"));

    // Where to start: the newest save it records that the file on disk still
    // is; else the file it continues, if unchanged; else its own copy.
    Project state;
    size_t first = 0; // the first record to apply
    for (size_t i = records.size(); i-- > 1 && first == 0;) {
        if (records[i].type != RecordType::Saving)
            continue;
        QString savedPath;
        QByteArray header;
        if (!decodeBody(records[i], savedPath, header))
            continue;
        bool unchanged = false;
        if (ProjectError e = loadIfUnchanged(savedPath, header, state, unchanged); !e.ok())
            return e;
        if (unchanged) {
            found.projectPath = savedPath;
            first = i + 1;
        }
    }
    if (first == 0 && records.front().type == RecordType::BaseFile) {
        QString basePath;
        QByteArray header;
        if (!decodeBody(records.front(), basePath, header))
            return journalError(path, Tr::tr("its first record is damaged"));
        bool unchanged = false;
        if (ProjectError e = loadIfUnchanged(basePath, header, state, unchanged); !e.ok())
            return e;
        if (!unchanged)
            return ProjectError::make(
                Code::InvalidContent,
                Tr::tr("the edits in %1 were made to a version of %2 that is no longer there: the "
                       "file was changed since by something else")
                    .arg(path, basePath));
        found.projectPath = basePath;
        first = 1;
    } else if (first == 0) {
        QString basePath;
        QByteArray copy;
        if (!decodeBody(records.front(), basePath, copy))
            return journalError(path, Tr::tr("its first record is damaged"));
        if (ProjectError e = decodeProject(copy, state); !e.ok())
            return journalError(path, e.message);
        found.projectPath = basePath;
        found.edits = 1; // the copy is itself unsaved work
        first = 1;
    }

    for (size_t i = first; i < records.size(); ++i) {
        if (records[i].type != RecordType::Batch)
            continue;
        JournalBatch batch;
        if (!decodeBody(records[i], batch))
            return journalError(path, Tr::tr("edit %1 is damaged").arg(found.edits + 1));
        apply(state, batch);
        ++found.edits;
        found.lastEdit = QDateTime::fromMSecsSinceEpoch(batch.timeMs);
    }
    archive::restoreAnchors(state);
    if (ProjectError e = validateProject(state, QuoteCheck::QuotesFromText); !e.ok())
        return journalError(path, e.message);
    found.title = state.info.title;
    project = std::move(state);
    if (summary)
        *summary = found;
    return {};
}

} // namespace crossread
