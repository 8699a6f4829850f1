#pragma once

#include <QByteArray>
#include <QString>

class QuaZip;

namespace crossread {

enum class ZipEntry { Read, Missing, TooLarge, Damaged };

/// Reads the entry `name` of an open archive into `out`, refusing to unpack
/// more than `limit` bytes (whatever size the archive claims).
ZipEntry readZipEntry(QuaZip &zip, const QString &name, qint64 limit, QByteArray &out);

} // namespace crossread
