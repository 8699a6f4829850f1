#include "filelock.h"

#include <QCoreApplication>

namespace crossread {

FileLock lockFile(const QString &path)
{
    FileLock lock;
    auto file = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    file->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (file->tryLock(0)) {
        lock.file = std::move(file);
    } else if (file->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        file->getLockInfo(&pid, &host, &application);
        lock.holder = QCoreApplication::translate("crossread::FileLock", "process %1 on %2")
                          .arg(pid)
                          .arg(host.isEmpty() ? QCoreApplication::translate("crossread::FileLock", "this computer")
                                              : host);
    }
    return lock;
}

} // namespace crossread
