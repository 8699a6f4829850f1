#include "pdfimporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>

namespace crossread {
namespace {

using Code = ImportError::Code;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::PdfImporter)
};

/// PDFium's marker for a hyphen it saw at the end of a line.
constexpr char16_t kLineEndHyphen = 0xFFFE;

QString withoutLigatures(QString text)
{
    static const std::pair<char16_t, const char16_t *> ligatures[] = {
        {0xFB00, u"ff"},  {0xFB01, u"fi"}, {0xFB02, u"fl"}, {0xFB03, u"ffi"},
        {0xFB04, u"ffl"}, {0xFB05, u"st"}, {0xFB06, u"st"},
    };
    for (const auto &[ligature, letters] : ligatures)
        text.replace(QChar(ligature), QString::fromUtf16(letters));
    return text;
}

bool endsSentence(QStringView line)
{
    static const QString closers = QStringLiteral(".!?:;\"”»)’'…");
    return !line.isEmpty() && closers.contains(line.back());
}

bool startsListItem(QStringView line)
{
    static const QRegularExpression item(QStringLiteral(R"(^(?:[•▪‣◦\-–—*]\s|\d{1,3}[.)]\s))"));
    return item.match(line).hasMatch();
}

bool isPageNumber(QStringView line)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^(?:(?:page|p\.|seite|página)\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return number.match(line).hasMatch();
}

/// Length that the page's full lines reach: the 80th percentile.
qsizetype fullLineLength(const QStringList &lines)
{
    QList<qsizetype> lengths;
    for (const QString &line : lines)
        lengths << line.size();
    if (lengths.isEmpty())
        return 0;
    std::sort(lengths.begin(), lengths.end());
    return lengths[qsizetype(double(lengths.size() - 1) * 0.8)];
}

/// Appends `line` to `paragraph`, undoing hyphenation at the join.
void appendLine(QString &paragraph, QStringView line)
{
    if (paragraph.isEmpty()) {
        paragraph = line.toString();
        return;
    }
    const bool nextStartsLower = !line.isEmpty() && line.front().isLower();
    if (paragraph.endsWith(QChar(kLineEndHyphen)) || paragraph.endsWith(QChar(0x00AD))) {
        paragraph.chop(1);
    } else if (paragraph.size() >= 2 && paragraph.endsWith(u'-') && paragraph[paragraph.size() - 2].isLetter()
               && nextStartsLower) {
        paragraph.chop(1);
    } else {
        paragraph += u' ';
    }
    paragraph += line;
}

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// The object number of the "N G obj" whose "obj" starts at `at`, or -1
/// (for "endobj", or anything else).
qint64 objectNumberAt(QByteArrayView bytes, qsizetype at)
{
    qsizetype i = at;
    const auto back = [&](auto accepts) {
        const qsizetype from = i;
        while (i > 0 && accepts(bytes[i - 1]))
            --i;
        return i < from;
    };
    if (!back(isPdfSpace) || !back(isDigit) || !back(isPdfSpace))
        return -1;
    const qsizetype end = i;
    if (!back(isDigit) || end - i > 10)
        return -1;
    qint64 number = 0;
    for (qsizetype k = i; k < end; ++k)
        number = number * 10 + (bytes[k] - '0');
    return number;
}

/// Reads PDF tokens from a position of the bytes: blanks, unsigned numbers.
struct PdfCursor
{
    QByteArrayView bytes;
    qsizetype at = 0;

    void skipSpace()
    {
        while (at < bytes.size() && isPdfSpace(bytes[at]))
            ++at;
    }
    /// An unsigned number of at most 10 digits; false when there is none.
    bool number(qint64 &value)
    {
        const qsizetype from = at;
        value = 0;
        while (at < bytes.size() && isDigit(bytes[at]) && at - from < 10)
            value = value * 10 + (bytes[at++] - '0');
        return at > from;
    }
    /// Skips blanks, then `c` if it is there.
    bool take(char c)
    {
        skipSpace();
        if (at >= bytes.size() || bytes[at] != c)
            return false;
        ++at;
        return true;
    }
};

/// The object numbers of the references "N G R" in the array that follows `at`.
QList<qint64> referencesFrom(QByteArrayView bytes, qsizetype at)
{
    QList<qint64> refs;
    PdfCursor cursor{bytes, at};
    if (!cursor.take('['))
        return refs;
    qint64 object = 0;
    qint64 generation = 0;
    for (;;) {
        cursor.skipSpace();
        if (!cursor.number(object))
            return refs;
        cursor.skipSpace();
        if (!cursor.number(generation) || !cursor.take('R'))
            return refs;
        refs << object;
    }
}

/// Whether the page tree, as far as its nodes are written plainly (not
/// inside compressed object streams), loops back on itself: QtPdf 6.4 (its
/// PDFium) never returns from loading such a file. One pass over the bytes.
bool pageTreeLoops(QByteArrayView bytes)
{
    // Each object with /Kids → the objects it names there, in every
    // definition of that number: which one PDFium follows depends on the
    // cross-reference table (a damaged one it rebuilds), so a loop through
    // any of them is a loop.
    QHash<qint64, QList<qint64>> kids;
    qint64 current = -1;
    qsizetype nextObj = bytes.indexOf("obj");
    qsizetype nextKids = bytes.indexOf("/Kids");
    while (nextKids >= 0) {
        if (nextObj >= 0 && nextObj < nextKids) {
            current = objectNumberAt(bytes, nextObj);
            nextObj = bytes.indexOf("obj", nextObj + 3);
            continue;
        }
        if (current >= 0)
            kids[current] += referencesFrom(bytes, nextKids + 5);
        nextKids = bytes.indexOf("/Kids", nextKids + 5);
    }
    // Depth-first, without recursion: meeting a node of the current path is a loop.
    enum : char { OnPath = 1, Done = 2 };
    QHash<qint64, char> state;
    for (auto it = kids.cbegin(); it != kids.cend(); ++it) {
        if (state.value(it.key()))
            continue;
        QList<std::pair<qint64, qsizetype>> path{{it.key(), 0}}; // node, next kid to visit
        state.insert(it.key(), OnPath);
        while (!path.isEmpty()) {
            auto &[node, next] = path.last();
            const QList<qint64> &children = *kids.constFind(node);
            if (next == children.size()) {
                state.insert(node, Done);
                path.removeLast();
                continue;
            }
            const qint64 child = children[next++];
            const char seen = state.value(child);
            if (seen == OnPath)
                return true;
            if (!seen && kids.contains(child)) {
                state.insert(child, OnPath);
                path.append({child, 0});
            }
        }
    }
    return false;
}

} // namespace

QString joinPdfLines(const QStringList &pages)
{
    QStringList paragraphs;
    QString current;
    for (const QString &page : pages) {
        QString text = withoutLigatures(page);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
        // A hyphen PDFium saw at a line end, followed by the next line's text
        // on the same "line": join the word.
        text.replace(QString(QChar(kLineEndHyphen)) + u' ', QString(QChar(kLineEndHyphen)));
        QStringList lines;
        for (QStringView line : QStringView(text).tokenize(u'\n')) {
            line = line.trimmed();
            if (!line.isEmpty() && !isPageNumber(line))
                lines << line.toString();
        }
        const qsizetype full = std::max<qsizetype>(fullLineLength(lines), 40);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines[i];
            if (startsListItem(line) && !current.isEmpty()) {
                paragraphs << current;
                current.clear();
            }
            appendLine(current, line);
            const bool last = i + 1 == lines.size();
            const bool shortLine = line.size() < full * 8 / 10;
            const bool ends = (endsSentence(line) && shortLine) || (!last && startsListItem(lines[i + 1]))
                || (shortLine && !endsSentence(line) && line.size() < full / 2 && !last
                    && lines[i + 1].front().isUpper()); // a heading
            if (ends && !(last && !endsSentence(line))) {
                paragraphs << current;
                current.clear();
            }
        }
        // A paragraph that does not end a sentence runs on to the next page.
    }
    if (!current.isEmpty())
        paragraphs << current;
    for (QString &paragraph : paragraphs)
        paragraph.remove(QChar(kLineEndHyphen)).remove(QChar(0x00AD));
    return paragraphs.join(QStringLiteral("\n\n"));
}

/// Whether an entry of a classic cross-reference table ("xref", then
/// subsections of "first count" and 20-byte entries "oooooooooo ggggg n")
/// has something other than digits where its offset or generation goes:
/// QtPdf 6.4 (its PDFium) stops the process on a negative offset instead of
/// repairing the table. Tables it cannot follow are left to PDFium.
bool crossReferenceDamaged(QByteArrayView bytes)
{
    const QByteArrayView keyword("xref");
    for (qsizetype at = bytes.indexOf(keyword); at >= 0; at = bytes.indexOf(keyword, at + 4)) {
        if (at > 0 && !isPdfSpace(bytes[at - 1]))
            continue; // "startxref"
        PdfCursor cursor{bytes, at + 4};
        for (;;) { // subsections
            qint64 first = 0, count = 0;
            cursor.skipSpace();
            if (!cursor.number(first))
                break;
            cursor.skipSpace();
            if (!cursor.number(count))
                break;
            cursor.skipSpace();
            for (qint64 entry = 0; entry < count; ++entry) {
                if (bytes.size() - cursor.at < 18)
                    return false;
                const QByteArrayView e = bytes.sliced(cursor.at, 18);
                if (e[10] != ' ' || e[16] != ' ' || (e[17] != 'n' && e[17] != 'f'))
                    break; // not a table laid out as the standard says: PDFium repairs it
                for (qsizetype k = 0; k < 16; ++k) {
                    if (k != 10 && !isDigit(e[k]))
                        return true;
                }
                cursor.at += 18;
                cursor.skipSpace();
            }
        }
    }
    return false;
}

ImportError importPdf(QByteArrayView bytes, ExtractedArticle &out)
{
    if (crossReferenceDamaged(bytes))
        return ImportError::make(Code::Malformed,
                                 Tr::tr("the PDF is damaged (an entry of its cross-reference table is not a number)"));
    if (pageTreeLoops(bytes))
        return ImportError::make(Code::Malformed,
                                 Tr::tr("the PDF is damaged (its list of pages loops back on itself)"));
    QBuffer buffer;
    buffer.setData(bytes.toByteArray());
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    switch (document.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return ImportError::make(
            Code::PasswordProtected,
            Tr::tr("the PDF is protected by a password; remove the protection and import it again"));
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return ImportError::make(Code::PasswordProtected,
                                 Tr::tr("the PDF is protected in a way Crossread cannot open"));
    default:
        return ImportError::make(Code::Malformed, Tr::tr("the PDF is damaged or not a PDF"));
    }
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() <= 0)
        return ImportError::make(Code::Malformed, Tr::tr("the PDF is damaged or has no pages"));

    QStringList pages;
    for (int page = 0; page < document.pageCount(); ++page)
        pages << document.getAllText(page).text();
    out.text = joinPdfLines(pages);
    if (out.text.trimmed().isEmpty())
        return ImportError::make(Code::NoText,
                                 Tr::tr("the PDF has no text to import (is it a scan? run OCR on it first)"));

    static const QRegularExpression fileName(QStringLiteral(R"(^Microsoft Word - |\.(?:docx?|odt|pdf|txt|rtf)$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const auto fill = [&](QString &field, QPdfDocument::MetaDataField key, ArticleField which) {
        const QString value = document.metaData(key).toString().trimmed();
        // "Microsoft Word - draft.docx" names a file, not the article.
        if (field.isEmpty() && !value.isEmpty() && !fileName.match(value).hasMatch()) {
            field = value;
            out.meta.inferred |= quint32(which);
        }
    };
    fill(out.meta.title, QPdfDocument::MetaDataField::Title, ArticleField::Title);
    fill(out.meta.author, QPdfDocument::MetaDataField::Author, ArticleField::Author);
    return {};
}

} // namespace crossread
