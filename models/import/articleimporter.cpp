#include "articleimporter.h"

#include "docximporter.h"
#include "htmlimporter.h"
#include "markdownimporter.h"
#include "metadatainference.h"
#include "pdfimporter.h"
#include "textdecoder.h"

#include <models/filekind.h>
#include <models/textnormalizer.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace crossread {
namespace {

using Code = ImportError::Code;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::ArticleImporter)
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

/// The format of a file, by its content where that is certain and by its
/// name otherwise; an error for what Crossread does not import.
ImportError detectFormat(QByteArrayView bytes, const QString &fileName, FileFormat &format)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool isZip = bytes.startsWith("PK\x03\x04");
    if (bytes.startsWith("%PDF-")) {
        format = FileFormat::Pdf;
        return {};
    }
    if (suffix == u"pdf")
        return ImportError::make(Code::Malformed, Tr::tr("it is named .pdf but is not a PDF"));
    if (suffix == u"docx") {
        if (!isZip)
            return ImportError::make(Code::Malformed, Tr::tr("it is named .docx but is not a Word document"));
        format = FileFormat::Docx;
        return {};
    }
    if (suffix == u"doc" || suffix == u"odt" || suffix == u"rtf" || suffix == u"pages" || suffix == u"epub")
        return ImportError::make(
            Code::UnsupportedFormat,
            Tr::tr(".%1 files are not supported; save the document as .docx, PDF or text").arg(suffix));
    if (const QString binary = describeBinary(bytes); !binary.isEmpty())
        return ImportError::make(Code::Binary, Tr::tr("this is %1, not an article").arg(binary));
    if (suffix == u"md" || suffix == u"markdown")
        format = FileFormat::Markdown;
    else if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml")
        format = FileFormat::Html;
    else {
        // Plain text, unless it is a web page by another name.
        const QByteArray start = bytes.first(std::min<qsizetype>(bytes.size(), 512)).toByteArray().trimmed().toLower();
        format
            = (start.startsWith("<!doctype html") || start.startsWith("<html")) ? FileFormat::Html : FileFormat::Text;
    }
    return {};
}

} // namespace

QString formatKey(FileFormat format)
{
    switch (format) {
    case FileFormat::Text:
        return QStringLiteral("txt");
    case FileFormat::Markdown:
        return QStringLiteral("md");
    case FileFormat::Html:
        return QStringLiteral("html");
    case FileFormat::Pdf:
        return QStringLiteral("pdf");
    case FileFormat::Docx:
        return QStringLiteral("docx");
    }
    return {};
}

QStringList importNameFilters()
{
    return {Tr::tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx)"),
            Tr::tr("Text (*.txt *.text)"),
            Tr::tr("Markdown (*.md *.markdown)"),
            Tr::tr("Web pages (*.html *.htm *.xhtml)"),
            Tr::tr("PDF (*.pdf)"),
            Tr::tr("Word documents (*.docx)"),
            Tr::tr("All files (*)")};
}

ImportError importBytes(QByteArrayView bytes, const QString &fileName, const ImportOptions &options,
                        ImportedArticle &out)
{
    if (bytes.isEmpty())
        return ImportError::make(Code::Empty, Tr::tr("the file is empty"));
    if (bytes.size() > options.maxFileSize)
        return ImportError::make(Code::TooLarge,
                                 Tr::tr("the file is %1 MB; the limit is %2 MB")
                                     .arg(megabytes(bytes.size()), megabytes(options.maxFileSize)));
    FileFormat format = FileFormat::Text;
    if (ImportError e = detectFormat(bytes, fileName, format); !e.ok())
        return e;

    ExtractedArticle extracted;
    ImportError error;
    switch (format) {
    case FileFormat::Text: {
        DecodedText decoded;
        error = decodeText(bytes, options.encoding, decoded);
        extracted.text = decoded.text;
        extracted.encoding = decoded.encoding;
        break;
    }
    case FileFormat::Markdown:
        error = importMarkdown(bytes, options.encoding, extracted);
        break;
    case FileFormat::Html:
        error = importHtml(bytes, options.encoding, extracted);
        break;
    case FileFormat::Pdf:
        error = importPdf(bytes, extracted);
        break;
    case FileFormat::Docx:
        error = importDocx(bytes, options.maxFileSize, extracted);
        break;
    }
    if (!error.ok())
        return error;

    QString text = normalizeText(extracted.text);
    if (text.isEmpty())
        return ImportError::make(Code::NoText, Tr::tr("the file has no text"));
    ArticleMetadata meta = extracted.meta;
    if (!options.outlet.isEmpty()) {
        meta.outlet = options.outlet;
        meta.inferred &= ~quint32(ArticleField::Outlet);
    }
    inferMetadata(text, meta);

    out.meta = std::move(meta);
    out.text = std::move(text);
    out.provenance.fileName = QFileInfo(fileName).fileName();
    out.provenance.fileSize = bytes.size();
    out.provenance.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    out.provenance.format = formatKey(format);
    out.provenance.encoding = extracted.encoding;
    out.provenance.importedAtMs = QDateTime::currentMSecsSinceEpoch();
    return {};
}

ImportError importFile(const QString &path, const ImportOptions &options, ImportedArticle &out)
{
    switch (fileKind(path)) {
    case FileKind::Regular:
        break;
    case FileKind::Missing:
        return ImportError::make(Code::NotFound, Tr::tr("there is no such file"));
    case FileKind::DanglingLink:
        return ImportError::make(Code::NotFound, Tr::tr("it is a link to a file that does not exist"));
    case FileKind::LinkLoop:
        return ImportError::make(Code::NotFound, Tr::tr("it is a loop of symbolic links that never leads to a file"));
    case FileKind::Folder:
        return ImportError::make(Code::IsFolder, Tr::tr("it is a folder, not a file"));
    case FileKind::Special:
        return ImportError::make(Code::Unreadable, Tr::tr("it is not a regular file (a device, pipe or socket)"));
    }
    const QFileInfo info(path);
    if (info.size() > options.maxFileSize)
        return ImportError::make(Code::TooLarge,
                                 Tr::tr("the file is %1 MB; the limit is %2 MB")
                                     .arg(megabytes(info.size()), megabytes(options.maxFileSize)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportError::make(Code::Unreadable, Tr::tr("it cannot be read: %1").arg(file.errorString()));
    // Never more than the limit, even if the file grows meanwhile.
    const QByteArray bytes = file.read(options.maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return ImportError::make(Code::Unreadable, Tr::tr("it cannot be read: %1").arg(file.errorString()));
    return importBytes(bytes, info.fileName(), options, out);
}

} // namespace crossread
