#pragma once

#include <models/projecterror.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace crossread {

struct Project;

/// The newest format of .crossread files this version writes and reads.
inline constexpr quint32 ProjectFormatVersion = 1;

/// A .crossread file is a 32-byte header followed by a Boost.Serialization
/// binary archive of the Project (the payload). The header, little-endian:
///
///   0  8  magic: 89 'C' 'R' 'D' 0D 0A 1A 0A (PNG-style: catches text-mode damage)
///   8  4  format version
///  12  2  archive kind (1: Boost binary archive, little-endian, UTF-16 strings)
///  14  2  Boost archive library version the payload was written with
///  16  8  payload length in bytes
///  24  4  CRC-32 of the payload
///  28  4  CRC-32 of header bytes 0–27
///
/// Every later format keeps this header, so that any version can tell a
/// newer file from a damaged one.
inline constexpr int ProjectHeaderSize = 32;

enum class ArchiveKind : quint16 { Binary = 1 };

/// The bytes of a .crossread file for `project`.
QByteArray encodeProject(const Project &project);

/// Decodes the bytes of a .crossread file and checks the project fully
/// (validateProject). `project` is assigned only when everything holds.
ProjectError decodeProject(QByteArrayView bytes, Project &project);

/// How far a load or save has come, in thousandths, called from the thread
/// doing it (a few hundred times for a large file, never backwards).
using FileProgress = std::function<void(int permille)>;

struct SaveOptions
{
    /// How many earlier versions to keep beside the file, as backupPath(path, 1…n).
    int backups = 0;
    /// Called with the new file's header once the new file is complete on
    /// disk, just before it replaces the old one.
    std::function<void(QByteArrayView header)> beforeReplace;
    /// Told how far the save has come: encoding, then writing, then syncing.
    FileProgress progress;
};

/// Writes `project` to `path` atomically: the new file is written beside
/// the old one and synced to the disk, the earlier versions are rotated
/// (with `options.backups`), then the new file is renamed over the old one
/// and the folder synced. A process killed at any moment leaves the old
/// file or the new one, each whole. On failure (disk full, write error,
/// read-only folder or file) the old file is untouched, nothing is left
/// behind, and the message says what went wrong. A symbolic link is
/// followed: the file it points to is replaced, the link stays.
ProjectError saveProject(const Project &project, const QString &path, const SaveOptions &options = {});

/// Earlier versions of a project are kept as `Name.crossread.bak1` (the
/// newest) to `.bak<n>`.
QString backupPath(const QString &projectPath, int n);

/// Tidies what the comparison aids keep (done on load): loaded terms
/// simplified, without blanks or duplicates (case aside); rejected
/// suggestions whose claim or article is gone, or whose span does not fit
/// the article, dropped.
void pruneAssistState(Project &project);

/// Reads, decodes and checks the project at `path`; `project` is assigned
/// only on success. `progress` is told how much is read and decoded (the
/// checks after take the last tenth).
ProjectError loadProject(const QString &path, Project &project, const FileProgress &progress = {});

/// Files larger than this are refused before they are read.
inline constexpr qint64 MaxProjectFileSize = qint64(2) << 30;

} // namespace crossread
