#include "textdecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <memory>
#include <optional>
#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

namespace crossread {
namespace {

using Code = ImportError::Code;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::TextDecoder)
};

struct Bom
{
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
    const char *name;
};

// UTF-32 LE before UTF-16 LE: its mark starts with the same two bytes.
const Bom kBoms[] = {
    {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, "UTF-8"},
    {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, "UTF-32LE"},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, "UTF-32BE"},
    {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, "UTF-16LE"},
    {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, "UTF-16BE"},
};

/// Decodes with Qt's Unicode decoders; false on any invalid sequence.
bool decodeUnicode(QByteArrayView bytes, QStringConverter::Encoding encoding, QString &out)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    out = decoder(bytes);
    return !decoder.hasError();
}

/// UTF-16 without a byte order mark, told by its zero bytes: text has
/// spaces, digits and punctuation, whose high byte is zero, and 8-bit text
/// has no zero bytes at all. Returns LE, BE, or nullopt.
std::optional<QStringConverter::Encoding> sniffUtf16(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype zerosEven = 0, zerosOdd = 0;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 1 << 16);
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes[i] == 0)
            (i % 2 == 0 ? zerosEven : zerosOdd)++;
    }
    const qsizetype units = sample / 2;
    if (zerosOdd >= units / 20 && zerosEven * 20 <= zerosOdd)
        return QStringConverter::Utf16LE;
    if (zerosEven >= units / 20 && zerosOdd * 20 <= zerosEven)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

/// The charset uchardet sees in the bytes, or an empty string.
QString detectCharset(QByteArrayView bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                                            &uchardet_delete);
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 1 << 20);
    if (uchardet_handle_data(detector.get(), bytes.data(), size_t(sample)) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

/// Converts with ICU. Returns false when ICU does not know `charset`.
bool convertWithIcu(QByteArrayView bytes, const QString &charset, QString &out, QString &canonicalName)
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = charset.toLatin1();
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(name.constData(), &status), &ucnv_close);
    if (U_FAILURE(status) || !converter)
        return false;
    // The MIME name where there is one ("ISO-8859-2"), else IANA's
    // ("ISO_8859-2:1987" is IANA's name for the same).
    UErrorCode nameStatus = U_ZERO_ERROR;
    const char *internal = ucnv_getName(converter.get(), &nameStatus);
    const char *standard = nullptr;
    for (const char *scheme : {"MIME", "IANA"}) {
        UErrorCode s = U_ZERO_ERROR;
        standard = U_SUCCESS(nameStatus) ? ucnv_getStandardName(internal, scheme, &s) : nullptr;
        if (standard && U_SUCCESS(s))
            break;
        standard = nullptr;
    }
    canonicalName = standard ? QString::fromLatin1(standard) : charset;

    out.resize(bytes.size() + 16);
    status = U_ZERO_ERROR;
    int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                                   bytes.data(), int32_t(bytes.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(length);
        status = U_ZERO_ERROR;
        ucnv_resetToUnicode(converter.get());
        length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                               bytes.data(), int32_t(bytes.size()), &status);
    }
    out.resize(U_SUCCESS(status) || status == U_STRING_NOT_TERMINATED_WARNING ? length : 0);
    return true;
}

bool hasC1Controls(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) >= 0x80 && uchar(c) <= 0x9F; });
}

/// Latin-9 (ISO-8859-15) differs from Latin-1 in eight bytes; where Latin-1
/// has rare signs (¤ ¦ ¨ ´ ¸ ¼ ½ ¾), Latin-9 has € Š š Ž ž Œ œ Ÿ. Those
/// bytes between letters (c½ur → cœur), or ¤ as a currency after a space
/// or digit, mean Latin-9.
bool looksLikeLatin9(QByteArrayView bytes)
{
    const auto isLetter = [](uchar c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        const bool differs = c == 0xA4 || c == 0xA6 || c == 0xA8 || c == 0xB4 || c == 0xB8 || (c >= 0xBC && c <= 0xBE);
        if (!differs)
            continue;
        const uchar before = i > 0 ? uchar(bytes[i - 1]) : ' ';
        const uchar after = i + 1 < bytes.size() ? uchar(bytes[i + 1]) : ' ';
        if (c == 0xA4 ? (before == ' ' || (before >= '0' && before <= '9') || before == '\'')
                      : (isLetter(before) || isLetter(after)))
            return true;
    }
    return false;
}

/// True when decoded text looks like text: no NUL, and control characters
/// (other than tab, line feed, form feed and carriage return) are rare.
bool looksLikeText(const QString &text)
{
    qsizetype controls = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return false;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            ++controls;
    }
    return controls * 100 <= text.size();
}

} // namespace

QString describeBinary(QByteArrayView bytes)
{
    const auto starts = [&](QByteArrayView magic, qsizetype at = 0) {
        return bytes.size() >= at + magic.size() && bytes.sliced(at, magic.size()) == magic;
    };
    if (starts("\x89PNG"))
        return Tr::tr("a PNG image");
    if (starts("\xFF\xD8\xFF"))
        return Tr::tr("a JPEG image");
    if (starts("GIF87a") || starts("GIF89a"))
        return Tr::tr("a GIF image");
    if (starts("RIFF") && starts("WEBP", 8))
        return Tr::tr("a WebP image");
    if (starts("%PDF-"))
        return Tr::tr("a PDF document");
    if (starts("PK\x03\x04"))
        return Tr::tr("a ZIP archive");
    if (starts("\x1F\x8B"))
        return Tr::tr("a gzip archive");
    if (starts("\x7F"
               "ELF"))
        return Tr::tr("a program (ELF executable)");
    if (starts("MZ"))
        return Tr::tr("a Windows program");
    if (starts("ftyp", 4))
        return Tr::tr("a video or audio file");
    if (starts("ID3"))
        return Tr::tr("an MP3 audio file");
    return {};
}

QString declaredHtmlEncoding(QByteArrayView bytes)
{
    static const QRegularExpression charset(QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 2048)));
    const QRegularExpressionMatch match = charset.match(head);
    return match.hasMatch() ? match.captured(1) : QString();
}

ImportError decodeText(QByteArrayView bytes, const QString &encoding, DecodedText &out)
{
    QString text;
    QString used;
    if (!encoding.isEmpty()) {
        if (!convertWithIcu(bytes, encoding, text, used))
            return ImportError::make(Code::UnknownEncoding,
                                     Tr::tr("“%1” is not an encoding Crossread knows").arg(encoding));
    } else if (const auto bom = std::find_if(std::begin(kBoms), std::end(kBoms),
                                             [&](const Bom &b) { return bytes.startsWith(b.bytes); });
               bom != std::end(kBoms)) {
        used = QString::fromLatin1(bom->name);
        if (!decodeUnicode(bytes.sliced(bom->bytes.size()), bom->encoding, text))
            return ImportError::make(Code::Malformed,
                                     Tr::tr("the file starts with a %1 byte order mark but is not valid %1").arg(used));
    } else if (const auto utf16 = bytes.contains('\0') ? sniffUtf16(bytes) : std::nullopt;
               utf16 && decodeUnicode(bytes, *utf16, text) && looksLikeText(text)) {
        // Before UTF-8: UTF-16 of Cyrillic or Greek is often valid UTF-8 too,
        // and real text never has NUL bytes.
        used = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else if (bytes.contains('\0')) {
        return ImportError::make(Code::Binary, Tr::tr("this is not a text file: it contains NUL bytes"));
    } else if (decodeUnicode(bytes, QStringConverter::Utf8, text)) {
        used = QStringLiteral("UTF-8");
    } else {
        QString charset = detectCharset(bytes);
        if (charset.isEmpty() || charset.compare(QLatin1StringView("ASCII"), Qt::CaseInsensitive) == 0)
            charset = QStringLiteral("windows-1252");
        const bool latin1 = charset.compare(QLatin1StringView("ISO-8859-1"), Qt::CaseInsensitive) == 0
            || charset.compare(QLatin1StringView("windows-1252"), Qt::CaseInsensitive) == 0
            || charset.compare(QLatin1StringView("ISO-8859-15"), Qt::CaseInsensitive) == 0;
        if (latin1)
            charset = hasC1Controls(bytes) ? QStringLiteral("windows-1252")
                : looksLikeLatin9(bytes)   ? QStringLiteral("ISO-8859-15")
                                           : QStringLiteral("ISO-8859-1");
        if (!convertWithIcu(bytes, charset, text, used))
            return ImportError::make(Code::UnknownEncoding,
                                     Tr::tr("the text's encoding (%1) cannot be converted").arg(charset));
    }
    if (!looksLikeText(text))
        return ImportError::make(Code::Binary, Tr::tr("this is not a text file: it contains control characters"));
    out.text = std::move(text);
    out.encoding = used;
    return {};
}

} // namespace crossread
