#include "projectfile.h"

#include "filekind.h"
#include "longworkpool.h"
#include "posixfile_p.h"
#include "projectarchive_p.h"
#include "projectvalidator.h"
#include "propositiongrouping.h"
#include "textanchor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrentRun>
#include <QtEndian>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/basic_archive.hpp>

#include <zlib.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "archive kind 1 is a little-endian binary archive");

namespace crossread {
namespace {

using Code = ProjectError::Code;

constexpr char kMagic[8] = {'\x89', 'C', 'R', 'D', '\r', '\n', '\x1a', '\n'};
constexpr unsigned kArchiveFlags = boost::archive::no_header | boost::archive::no_codecvt;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::ProjectFile)
};

quint32 crc32Of(const char *data, size_t size)
{
    return quint32(crc32_z(0, reinterpret_cast<const Bytef *>(data), size));
}

quint16 boostLibraryVersion()
{
    return quint16(boost::archive::BOOST_ARCHIVE_VERSION());
}

struct Header
{
    quint32 formatVersion = 0;
    quint16 archiveKind = 0;
    quint16 libraryVersion = 0;
    quint64 payloadLength = 0;
    quint32 payloadCrc = 0;
};

QByteArray encodeHeader(const Header &h)
{
    QByteArray bytes(ProjectHeaderSize, '\0');
    char *p = bytes.data();
    memcpy(p, kMagic, sizeof kMagic);
    qToLittleEndian(h.formatVersion, p + 8);
    qToLittleEndian(h.archiveKind, p + 12);
    qToLittleEndian(h.libraryVersion, p + 14);
    qToLittleEndian(h.payloadLength, p + 16);
    qToLittleEndian(h.payloadCrc, p + 24);
    qToLittleEndian(crc32Of(p, 28), p + 28);
    return bytes;
}

ProjectError error(Code code, const QString &message)
{
    return ProjectError::make(code, message);
}

/// Checks the header, `bytes` being the file's first bytes and `fileSize`
/// its length; on success `header` holds it.
ProjectError decodeHeader(QByteArrayView bytes, qint64 fileSize, Header &header)
{
    if (bytes.isEmpty())
        return error(Code::NotAProject, Tr::tr("not a Crossread project: the file is empty"));
    const bool hasMagic = bytes.size() >= qsizetype(sizeof kMagic) && memcmp(bytes.data(), kMagic, sizeof kMagic) == 0;
    if (!hasMagic)
        return error(Code::NotAProject,
                     Tr::tr("not a Crossread project: the file does not start with a Crossread signature"));
    if (bytes.size() < ProjectHeaderSize)
        return error(Code::Truncated,
                     Tr::tr("truncated: the file ends inside its header (%n bytes)", nullptr, int(bytes.size())));
    const char *p = bytes.data();
    if (qFromLittleEndian<quint32>(p + 28) != crc32Of(p, 28))
        return error(Code::HeaderDamaged, Tr::tr("the file's header is damaged (its checksum does not match)"));
    header.formatVersion = qFromLittleEndian<quint32>(p + 8);
    header.archiveKind = qFromLittleEndian<quint16>(p + 12);
    header.libraryVersion = qFromLittleEndian<quint16>(p + 14);
    header.payloadLength = qFromLittleEndian<quint64>(p + 16);
    header.payloadCrc = qFromLittleEndian<quint32>(p + 24);

    if (header.formatVersion == 0)
        return error(Code::HeaderDamaged, Tr::tr("the file's header is damaged (format version 0)"));
    if (header.formatVersion > ProjectFormatVersion)
        return error(Code::NewerFormat,
                     Tr::tr("made by a newer Crossread (format %1); this version reads up to %2")
                         .arg(header.formatVersion)
                         .arg(ProjectFormatVersion));
    if (header.archiveKind != quint16(ArchiveKind::Binary))
        return error(Code::UnsupportedArchive,
                     Tr::tr("the project is stored in a way this version cannot read (archive kind %1)")
                         .arg(header.archiveKind));
    if (header.libraryVersion > boostLibraryVersion())
        return error(
            Code::UnsupportedArchive,
            Tr::tr("written with a newer serialization library (archive version %1; this build reads up to %2)")
                .arg(header.libraryVersion)
                .arg(boostLibraryVersion()));
    const quint64 available = quint64(fileSize - ProjectHeaderSize);
    if (header.payloadLength > available)
        return error(Code::Truncated,
                     Tr::tr("truncated: the project data should be %1 bytes long, but only %2 are there")
                         .arg(header.payloadLength)
                         .arg(available));
    if (header.payloadLength < available)
        return error(
            Code::TrailingData,
            Tr::tr("damaged: %1 unexpected bytes follow the project data").arg(available - header.payloadLength));
    return {};
}

/// Checks the header of a file held whole in `bytes`.
ProjectError decodeHeader(QByteArrayView bytes, Header &header)
{
    return decodeHeader(bytes, bytes.size(), header);
}

QString describe(const boost::archive::archive_exception &e)
{
    switch (e.code) {
    case boost::archive::archive_exception::input_stream_error:
        return Tr::tr("the data ends early");
    case boost::archive::archive_exception::unsupported_class_version:
        return Tr::tr("it holds data in a newer form than this version knows");
    default:
        return QString::fromUtf8(e.what());
    }
}

} // namespace

void archive::restoreAnchors(Project &project)
{
    // Three strings a claim: at a million claims, the allocations take a
    // quarter of a second. Runs of claims are independent: a second thread
    // takes the second half. (No more than two: the GUI thread needs a
    // core to keep painting while a project loads on a machine of two.)
    const auto restore = [&project](size_t first, size_t end) {
        const Article *article = nullptr;
        for (size_t row = first; row < end; ++row) {
            Claim &claim = project.claims[row];
            if (!article || article->id != claim.article)
                article = findById(project.articles, claim.article);
            if (article && isValidSpan(article->text, claim.anchor.start, claim.anchor.end))
                claim.anchor = makeAnchor(article->text, claim.anchor.start, claim.anchor.end);
        }
    };
    const size_t count = project.claims.size();
    if (count < 65536) {
        restore(0, count);
        return;
    }
    QFuture<void> second = QtConcurrent::run(longWorkPool(), restore, count / 2, count);
    restore(0, count / 2);
    second.waitForFinished();
}

namespace {

struct Encoded
{
    QByteArray header;
    std::string payload;
};

/// StringOutBuf telling `progress`, when set, how much of `expected` bytes
/// is written (0 to `share` thousandths), a few hundred times at most.
class ProgressOutBuf final : public archive::StringOutBuf
{
public:
    ProgressOutBuf(std::string &out, size_t expected, int share, const FileProgress &progress)
        : StringOutBuf(out)
        , m_expected(std::max<size_t>(expected, 1))
        , m_step(std::max<size_t>(expected / 256, 1))
        , m_next(m_step)
        , m_share(share)
        , m_progress(progress)
    {
    }

protected:
    std::streamsize xsputn(const char *s, std::streamsize n) override
    {
        StringOutBuf::xsputn(s, n);
        if (m_progress && written() >= m_next) {
            m_next = written() + m_step;
            m_progress(int(m_share * std::min(written(), m_expected) / m_expected));
        }
        return n;
    }

private:
    size_t m_expected, m_step, m_next;
    int m_share;
    const FileProgress &m_progress;
};

/// Encodes `project`; `progress`, when set, is told up to `share`.
Encoded encode(const Project &project, const FileProgress &progress = {}, int share = 1000)
{
    Encoded encoded;
    // Room for the texts and a little per row, so the buffer rarely regrows.
    size_t estimate = 4096 + 64 * (project.claims.size() + project.links.size() + project.tags.size());
    for (const Article &article : project.articles)
        estimate += 256 + size_t(article.text.size()) * sizeof(QChar);
    encoded.payload.reserve(estimate);
    {
        ProgressOutBuf buffer(encoded.payload, estimate, share, progress);
        boost::archive::binary_oarchive ar(buffer, kArchiveFlags);
        ar << project;
    }
    Header header;
    header.formatVersion = ProjectFormatVersion;
    header.archiveKind = quint16(ArchiveKind::Binary);
    header.libraryVersion = boostLibraryVersion();
    header.payloadLength = encoded.payload.size();
    header.payloadCrc = crc32Of(encoded.payload.data(), encoded.payload.size());
    encoded.header = encodeHeader(header);
    return encoded;
}

} // namespace

QByteArray encodeProject(const Project &project)
{
    const Encoded encoded = encode(project);
    return encoded.header + QByteArrayView(encoded.payload.data(), qsizetype(encoded.payload.size()));
}

namespace {

ProjectError decodePayload(const Header &header, archive::LimitedInBuf &buffer, Project &decoded);

ProjectError damaged()
{
    return error(Code::ChecksumMismatch, Tr::tr("checksum mismatch: the file is damaged"));
}

/// Reads a project file's payload a piece at a time as it is decoded, and
/// its checksum with it: the file is read once, never held whole.
class FileInBuf final : public archive::LimitedInBuf
{
public:
    FileInBuf(QFile &file, quint64 length, const FileProgress &progress)
        : m_file(file)
        , m_length(length)
        , m_left(length)
        , m_progress(progress)
        , m_chunk(qsizetype(256) << 10, Qt::Uninitialized) // stays in the cache while decoded
        , m_crc(crc32_z(0, nullptr, 0))
    {
    }
    size_t remaining() const override { return size_t(m_left) + size_t(egptr() - gptr()); }
    /// Reads what decoding left unread, so that the checksum covers it all.
    void drain()
    {
        while (underflow() != traits_type::eof())
            setg(egptr(), egptr(), egptr());
    }
    /// Whether the file ended before the payload did, or a read failed.
    bool cutShort() const { return m_left > 0; }
    quint32 checksum() const { return quint32(m_crc); }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        if (m_left == 0)
            return traits_type::eof();
        const qint64 n = m_file.read(m_chunk.data(), qint64(std::min<quint64>(m_left, quint64(m_chunk.size()))));
        if (n <= 0)
            return traits_type::eof(); // cutShort() tells
        m_left -= quint64(n);
        m_crc = crc32_z(m_crc, reinterpret_cast<const Bytef *>(m_chunk.constData()), size_t(n));
        setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + n);
        if (m_progress) // the read and decoded part: nine tenths
            m_progress(int(900 * (m_length - m_left) / std::max<quint64>(m_length, 1)));
        return traits_type::to_int_type(*gptr());
    }

private:
    QFile &m_file;
    quint64 m_length;
    quint64 m_left;
    const FileProgress &m_progress;
    QByteArray m_chunk;
    uLong m_crc;
};

ProjectError decodePayload(const Header &header, archive::LimitedInBuf &buffer, Project &decoded)
{
    try {
        boost::archive::binary_iarchive ar(buffer, kArchiveFlags);
        ar.set_library_version(boost::serialization::library_version_type(header.libraryVersion));
        const archive::LoadLimits limits(buffer);
        ar >> decoded;
        archive::restoreAnchors(decoded);
        if (buffer.remaining() != 0)
            return error(Code::MalformedData,
                         Tr::tr("the project data is malformed: %n bytes are left over", nullptr,
                                int(std::min<size_t>(buffer.remaining(), INT_MAX))));
    } catch (const boost::archive::archive_exception &e) {
        if (e.code == boost::archive::archive_exception::unsupported_class_version)
            return error(Code::NewerFormat, Tr::tr("made by a newer Crossread: %1").arg(describe(e)));
        return error(Code::MalformedData, Tr::tr("the project data is malformed: %1").arg(describe(e)));
    } catch (const std::bad_alloc &) {
        return error(Code::MalformedData,
                     Tr::tr("the project data is malformed: it asks for more memory than there is"));
    } catch (const std::exception &e) {
        return error(Code::MalformedData, Tr::tr("the project data is malformed: %1").arg(QString::fromUtf8(e.what())));
    }
    // Whether the propositions already follow the links is a question of
    // its own: asked on a second thread while the project is validated.
    QFuture<bool> grouped = QtConcurrent::run(longWorkPool(), isGroupedByLinks, std::cref(decoded));
    const ProjectError invalid = validateProject(decoded, QuoteCheck::QuotesFromText);
    const bool alreadyGrouped = grouped.result();
    if (!invalid.ok())
        return invalid;
    // The layout only names what to show: a pane of an unknown article shows none.
    for (ArticleId &pane : decoded.layout.panes) {
        if (!findById(decoded.articles, pane))
            pane = NoId;
    }
    pruneAssistState(decoded);
    // Propositions are the groups of claims that grouping links join. Files
    // of Crossread 0.1 stored them as the user made them: regrouping keeps
    // their labels and makes them follow the links.
    if (!alreadyGrouped)
        regroupAll(decoded);
    return {};
}

} // namespace

ProjectError decodeProject(QByteArrayView bytes, Project &project)
{
    Header header;
    if (ProjectError e = decodeHeader(bytes, header); !e.ok())
        return e;
    const char *payload = bytes.data() + ProjectHeaderSize;
    const size_t length = size_t(header.payloadLength);
    // A large payload is checked on a second thread while it decodes (the
    // decoder is made for any bytes): a damaged file is still refused as
    // damaged, whatever its decoding gave, and a sound one opens sooner.
    constexpr size_t CheckAsideFrom = size_t(4) << 20;
    QFuture<quint32> checksum;
    if (length >= CheckAsideFrom)
        checksum = QtConcurrent::run(longWorkPool(), crc32Of, payload, length);
    else if (crc32Of(payload, length) != header.payloadCrc)
        return damaged();
    Project decoded;
    archive::MemoryInBuf buffer(payload, length);
    ProjectError result = decodePayload(header, buffer, decoded);
    if (checksum.isValid() && checksum.result() != header.payloadCrc)
        return damaged();
    if (result.ok())
        project = std::move(decoded);
    return result;
}

void pruneAssistState(Project &project)
{
    AssistState &assist = project.assist;
    QStringList terms;
    for (const QString &term : std::as_const(assist.loadedTerms)) {
        const QString t = term.simplified();
        if (!t.isEmpty() && !terms.contains(t, Qt::CaseInsensitive))
            terms << t;
    }
    assist.loadedTerms = terms;
    std::erase_if(assist.rejected, [&](const RejectedSuggestion &r) {
        const Article *article = findById(project.articles, r.article);
        return !findById(project.claims, r.claim) || !article || r.start < 0 || r.start >= r.end
            || r.end > article->text.size();
    });
}

QString backupPath(const QString &projectPath, int n)
{
    return projectPath + QStringLiteral(".bak%1").arg(n);
}

namespace {

/// Keeps the file at `target` as backup 1, after moving backup i to i + 1
/// (the oldest drops out). A hard link where the file system allows one
/// (the old file's data is not copied), else a copy. Best effort: a backup
/// that cannot be made does not stop the save.
void rotateBackups(const QString &target, int backups)
{
    if (backups <= 0 || !QFileInfo::exists(target))
        return;
    for (int i = backups - 1; i >= 1; --i) {
        const QByteArray from = QFile::encodeName(backupPath(target, i));
        const QByteArray to = QFile::encodeName(backupPath(target, i + 1));
        ::rename(from.constData(), to.constData());
    }
    const QByteArray first = QFile::encodeName(backupPath(target, 1));
    ::unlink(first.constData());
    if (::link(QFile::encodeName(target).constData(), first.constData()) != 0)
        QFile::copy(target, backupPath(target, 1));
}

ProjectError writeFailure(const QString &path, const QString &why)
{
    return error(Code::CannotWrite, Tr::tr("cannot write %1: %2").arg(path, why));
}

} // namespace

ProjectError saveProject(const Project &project, const QString &path, const SaveOptions &options)
{
    // Through a symbolic link, the file it names is replaced, not the link.
    QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target).isSymLink()) {
        const QString resolved = QFileInfo(target).canonicalFilePath();
        if (resolved.isEmpty())
            return writeFailure(path, Tr::tr("it is a symbolic link to a file that cannot be reached"));
        target = resolved;
    }
    const QFileInfo targetInfo(target);
    const QString folder = targetInfo.absolutePath();
    if (targetInfo.isDir())
        return writeFailure(path, Tr::tr("it is a folder"));
    if (!QFileInfo(folder).isDir())
        return writeFailure(path, Tr::tr("the folder %1 does not exist").arg(folder));
    mode_t mode = 0666;
    if (targetInfo.exists()) {
        struct stat st;
        if (::stat(QFile::encodeName(target).constData(), &st) == 0)
            mode = st.st_mode & 07777;
        if (::access(QFile::encodeName(target).constData(), W_OK) != 0)
            return writeFailure(path, Tr::tr("the file is read-only"));
    }

    // Encoding takes about half the time at a million claims, writing and
    // syncing the rest.
    constexpr int Encoding = 500, Writing = 950;
    const Encoded encoded = encode(project, options.progress, Encoding);
    const QByteArray temporary = QFile::encodeName(target + QStringLiteral(".saving"));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) {
        const int e = errno;
        if (e == EACCES || e == EPERM || e == EROFS)
            return writeFailure(path, Tr::tr("the folder %1 is read-only (%2)").arg(folder, posix::describeError(e)));
        return writeFailure(path, posix::describeError(e));
    }
    int e = 0;
    const auto writePayload = [&] {
        constexpr size_t Piece = size_t(8) << 20;
        const size_t size = encoded.payload.size();
        for (size_t at = 0; at < size; at += Piece) {
            if (!posix::writeAll(fd, encoded.payload.data() + at, std::min(Piece, size - at), e))
                return false;
            if (options.progress)
                options.progress(Encoding + int((Writing - Encoding) * (at + std::min(Piece, size - at)) / size));
        }
        return true;
    };
    const bool written = posix::writeAll(fd, encoded.header.constData(), size_t(encoded.header.size()), e)
        && writePayload() && (::fsync(fd) == 0 || (e = errno, false));
    if (::close(fd) != 0 && written)
        e = errno;
    if (!written || e) {
        ::unlink(temporary.constData());
        return writeFailure(path, posix::describeError(e));
    }
    if (mode != 0666)
        ::fchmodat(AT_FDCWD, temporary.constData(), mode, 0); // the umask may have narrowed it

    rotateBackups(target, options.backups);
    if (options.beforeReplace)
        options.beforeReplace(QByteArrayView(encoded.header));
    if (::rename(temporary.constData(), QFile::encodeName(target).constData()) != 0) {
        e = errno;
        ::unlink(temporary.constData());
        return writeFailure(path, posix::describeError(e));
    }
    // The rename is in the folder: without syncing it a power cut could
    // bring back the old name.
    if (!posix::syncFolder(folder, e))
        return writeFailure(path, Tr::tr("saved, but the folder could not be synced: %1").arg(posix::describeError(e)));
    if (options.progress)
        options.progress(1000);
    return {};
}

ProjectError loadProject(const QString &path, Project &project, const FileProgress &progress)
{
    switch (fileKind(path)) {
    case FileKind::Regular:
        break;
    case FileKind::Missing:
        return error(Code::CannotRead, Tr::tr("%1 does not exist").arg(path));
    case FileKind::DanglingLink:
        return error(Code::CannotRead, Tr::tr("%1 is a link to a file that does not exist").arg(path));
    case FileKind::LinkLoop:
        return error(Code::CannotRead, Tr::tr("%1 is a loop of symbolic links that never leads to a file").arg(path));
    case FileKind::Folder:
        return error(Code::CannotRead, Tr::tr("%1 is a folder, not a project file").arg(path));
    case FileKind::Special:
        // Opening a FIFO waits for a writer; a device may never end.
        return error(Code::CannotRead,
                     Tr::tr("%1 is not a regular file (a device, pipe or socket), not a project file").arg(path));
    }
    const QFileInfo info(path);
    if (info.size() > MaxProjectFileSize)
        return error(Code::TooLarge,
                     Tr::tr("%1 is too large to be a Crossread project (%2 bytes; the limit is %3)")
                         .arg(path)
                         .arg(info.size())
                         .arg(MaxProjectFileSize));
    // Read, not mapped: a file truncated by another program while mapped
    // would kill the process with SIGBUS. Unbuffered: the pieces go straight
    // to the decoder's buffer.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return error(Code::CannotRead, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    const auto cannotRead
        = [&] { return error(Code::CannotRead, Tr::tr("cannot read %1: %2").arg(path, file.errorString())); };

    // The header first: a possibly large file that is not ours is never read.
    const QByteArray head = file.read(ProjectHeaderSize);
    if (file.error() != QFileDevice::NoError)
        return cannotRead();
    Header header;
    if (ProjectError e = decodeHeader(head, std::max(file.size(), qint64(head.size())), header); !e.ok())
        return e;
    // Then the payload, decoded as it is read, its checksum computed on the
    // way: a damaged file is refused as damaged whatever its decoding gave.
    FileInBuf payload(file, header.payloadLength, progress);
    Project decoded;
    const ProjectError result = decodePayload(header, payload, decoded);
    payload.drain();
    if (file.error() != QFileDevice::NoError)
        return cannotRead();
    if (payload.cutShort())
        return error(Code::Truncated, Tr::tr("truncated: %1 became shorter while it was read").arg(path));
    if (payload.checksum() != header.payloadCrc)
        return damaged();
    if (result.ok()) {
        project = std::move(decoded);
        if (progress)
            progress(1000);
    }
    return result;
}

} // namespace crossread
