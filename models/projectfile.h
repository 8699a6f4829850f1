#pragma once

#include <models/projecterror.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

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

/// Writes `project` to `path` atomically: the old file stays whole until the
/// new one is complete on disk.
ProjectError saveProject(const Project &project, const QString &path);

/// Tidies what the comparison aids keep (done on load): loaded terms
/// simplified, without blanks or duplicates (case aside); rejected
/// suggestions whose claim or article is gone, or whose span does not fit
/// the article, dropped.
void pruneAssistState(Project &project);

/// Reads, decodes and checks the project at `path`; `project` is assigned
/// only on success.
ProjectError loadProject(const QString &path, Project &project);

/// Files larger than this are refused before they are read.
inline constexpr qint64 MaxProjectFileSize = qint64(2) << 30;

} // namespace crossread
