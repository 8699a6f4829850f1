#pragma once

// How a fuzz input becomes the argument of Crossread's entry point. Shared by
// the fuzz targets and by tst_fuzzregressions, so that an input kept under
// tests/fuzz/regressions/<target>/ replays exactly as the fuzzer ran it.

#include <QBuffer>
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtEndian>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

#include <array>

namespace crossread::fuzz {

/// The encodings a text input may force: the first byte of the input picks
/// one (modulo their number); "" detects. The last name is not an encoding.
inline constexpr std::array<const char *, 16> kEncodings = {
    "",          "UTF-8",       "windows-1251", "KOI8-R",           "UTF-16LE", "UTF-16BE",
    "Shift_JIS", "ISO-8859-1",  "windows-1252", "GB18030",          "EUC-KR",   "Big5",
    "UTF-32",    "ISO-2022-JP", "ISO-8859-7",   "no-such-encoding",
};

struct EncodedInput
{
    QString encoding;
    QByteArrayView bytes;
};

/// The first byte chooses the forced encoding; the rest is the file.
inline EncodedInput splitEncoding(QByteArrayView input)
{
    if (input.isEmpty())
        return {};
    return {QString::fromLatin1(kEncodings[uchar(input.front()) % kEncodings.size()]), input.sliced(1)};
}

/// The input with the payload length and both CRC-32s of a .crossread header
/// made right, so that mutations reach the archive instead of stopping at a
/// checksum (tst_projectfile covers wrong checksums). Shorter inputs as they are.
inline QByteArray withProjectChecksums(QByteArrayView input)
{
    QByteArray bytes = input.toByteArray();
    constexpr qsizetype header = 32;
    if (bytes.size() < header)
        return bytes;
    auto *p = reinterpret_cast<uchar *>(bytes.data());
    const qsizetype payload = bytes.size() - header;
    qToLittleEndian(quint64(payload), p + 16);
    qToLittleEndian(quint32(crc32_z(0, p + header, size_t(payload))), p + 24);
    qToLittleEndian(quint32(crc32_z(0, p, 28)), p + 28);
    return bytes;
}

/// A zip archive (what .docx and .qdpx files are) as it is when the input is
/// one; otherwise a fresh archive holding the input as `entry`, so that
/// mutations of the XML reach its reader past the zip's own checksums.
inline QByteArray asZip(QByteArrayView input, const QString &entry)
{
    if (input.startsWith("PK\x03\x04"))
        return input.toByteArray();
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry)))
            return {};
        file.write(input.data(), input.size());
        file.close();
        zip.close();
    }
    return buffer.data();
}

} // namespace crossread::fuzz
