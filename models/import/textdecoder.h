#pragma once

#include <models/import/importerror.h>

#include <QByteArrayView>
#include <QString>

namespace crossread {

struct DecodedText
{
    QString text;
    QString encoding; ///< IANA name of what was used, e.g. "UTF-8", "windows-1251"
};

/// Decodes the bytes of a text file.
///
/// With `encoding` empty: a byte order mark decides (UTF-8, UTF-16 LE/BE,
/// UTF-32 LE/BE); otherwise bytes that are valid UTF-8 (strictly) are UTF-8;
/// otherwise UTF-16 without a mark is recognised by its zero bytes;
/// otherwise the encoding is detected with uchardet and converted with ICU
/// (ISO-8859-1 with bytes 0x80–0x9F is read as windows-1252, as browsers do).
/// With `encoding` set, that encoding (any name ICU knows) is used as given.
///
/// Fails for an encoding ICU does not know, and for bytes that are not text
/// (NUL bytes or many control characters once decoded).
ImportError decodeText(QByteArrayView bytes, const QString &encoding, DecodedText &out);

/// What the bytes are when they are a well-known binary format ("a PNG
/// image"), or an empty string.
QString describeBinary(QByteArrayView bytes);

/// The encoding an HTML page declares near its start (<meta charset=…> or
/// http-equiv Content-Type), or an empty string.
QString declaredHtmlEncoding(QByteArrayView bytes);

} // namespace crossread
