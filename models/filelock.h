#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace crossread {

/// The lock of a file: `path.lock`, holding the process id, host and
/// program of its holder (QLockFile). A lock whose process is gone is stale
/// and taken over; its age never makes it stale.
struct FileLock
{
    std::unique_ptr<QLockFile> file; ///< held by this process; null when not locked
    QString holder; ///< who holds it ("process 12 on host"), when a live process does
};

/// Locks `path` for this process. Without the lock, `holder` says who has
/// it, or is empty when the lock cannot be made (a read-only folder).
FileLock lockFile(const QString &path);

} // namespace crossread
