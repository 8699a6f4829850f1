#pragma once

// Private: small POSIX file helpers shared by the project file and the edit
// journal, which need more than QSaveFile gives (the folder synced after a
// rename, hard-linked backups, the errno behind a failure).

#include <QString>

#include <cstddef>

namespace crossread::posix {

/// A user's words for an errno value ("the disk is full").
QString describeError(int error);

/// Writes all `size` bytes to `fd`, retrying after signals; false with
/// `error` set (an errno value) when the system refuses.
bool writeAll(int fd, const char *data, size_t size, int &error);

/// Syncs the folder `path` so that a rename in it survives a power cut.
/// False with `error` set when the folder cannot be opened or synced.
bool syncFolder(const QString &path, int &error);

} // namespace crossread::posix
