#include "posixfile_p.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace crossread::posix {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::ProjectFile)
};

} // namespace

QString describeError(int error)
{
    switch (error) {
    case ENOSPC:
        return Tr::tr("the disk is full");
    case EDQUOT:
        return Tr::tr("the disk quota is used up");
    case EFBIG:
        return Tr::tr("the file would be larger than the system allows");
    case EROFS:
        return Tr::tr("the disk is read-only");
    case EACCES:
    case EPERM:
        return Tr::tr("permission denied");
    case EIO:
        return Tr::tr("the disk reported an input/output error");
    case ENOENT:
        return Tr::tr("the folder does not exist");
    default:
        return QString::fromLocal8Bit(strerror(error));
    }
}

bool writeAll(int fd, const char *data, size_t size, int &error)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            return false;
        }
        data += n;
        size -= size_t(n);
    }
    return true;
}

bool syncFolder(const QString &path, int &error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        error = errno;
        return false;
    }
    const bool synced = ::fsync(fd) == 0 || errno == EINVAL; // some file systems cannot sync folders
    if (!synced)
        error = errno;
    ::close(fd);
    return synced;
}

} // namespace crossread::posix
