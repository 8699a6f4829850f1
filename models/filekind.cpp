#include "filekind.h"

#include <QFile>

#include <cerrno>
#include <sys/stat.h>

namespace crossread {

FileKind fileKind(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(name.constData(), &st) != 0) {
        if (errno == ELOOP)
            return FileKind::LinkLoop;
        struct stat link = {};
        if (::lstat(name.constData(), &link) == 0 && S_ISLNK(link.st_mode))
            return FileKind::DanglingLink;
        return FileKind::Missing;
    }
    if (S_ISDIR(st.st_mode))
        return FileKind::Folder;
    return S_ISREG(st.st_mode) ? FileKind::Regular : FileKind::Special;
}

} // namespace crossread
