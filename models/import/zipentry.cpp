#include "zipentry.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>

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
    // The recorded size may lie: read at most one byte past the limit, in
    // pieces. QIODevice::read(limit + 1) would allocate the whole limit
    // (512 MB for a .qdpx entry) for every entry, however small.
    out.clear();
    QByteArray piece(64 * 1024, Qt::Uninitialized);
    while (out.size() <= limit) {
        const qint64 n = file.read(piece.data(), std::min<qint64>(piece.size(), limit + 1 - out.size()));
        if (n <= 0)
            break;
        out.append(piece.constData(), qsizetype(n));
    }
    const bool failed = file.getZipError() != UNZ_OK;
    file.close();
    if (out.size() > limit)
        return ZipEntry::TooLarge;
    return failed || file.getZipError() != UNZ_OK ? ZipEntry::Damaged : ZipEntry::Read;
}

} // namespace crossread
