#include "zipentry.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace crossread {

ZipEntry readZipEntry(QuaZip &zip, const QString &name, qint64 limit, QByteArray &out)
{
    if (!zip.setCurrentFile(name))
        return ZipEntry::Missing;
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return ZipEntry::Damaged;
    if (qint64(info.uncompressedSize) > limit)
        return ZipEntry::TooLarge;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return ZipEntry::Damaged;
    // The recorded size may lie: read at most one byte past the limit.
    out = file.read(limit + 1);
    const bool failed = file.getZipError() != UNZ_OK;
    file.close();
    if (out.size() > limit)
        return ZipEntry::TooLarge;
    return failed || file.getZipError() != UNZ_OK ? ZipEntry::Damaged : ZipEntry::Read;
}

} // namespace crossread
