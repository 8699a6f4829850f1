#include "docximporter.h"

#include "zipentry.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace crossread {
namespace {

using Code = ImportError::Code;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::DocxImporter)
};

QString paragraphsOf(const QByteArray &xml, bool &wellFormed, bool &hasDtd)
{
    QXmlStreamReader reader(xml);
    QStringList paragraphs;
    QString current;
    int skipDepth = 0; // inside deleted text or a field code
    hasDtd = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD) {
            hasDtd = true;
            return {};
        }
        const QStringView name = reader.name();
        if (reader.isStartElement()) {
            if (name == u"del" || name == u"instrText" || name == u"delText")
                ++skipDepth;
            else if (skipDepth > 0)
                continue;
            else if (name == u"t")
                current += reader.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (name == u"tab")
                current += u'\t';
            else if (name == u"br" || name == u"cr")
                current += u'\n';
            else if (name == u"noBreakHyphen")
                current += u'-';
        } else if (reader.isEndElement()) {
            if (name == u"del" || name == u"instrText" || name == u"delText")
                skipDepth = std::max(0, skipDepth - 1);
            else if (name == u"p" && skipDepth == 0) {
                if (!current.trimmed().isEmpty())
                    paragraphs << current;
                current.clear();
            }
        }
    }
    wellFormed = !reader.hasError();
    return paragraphs.join(QStringLiteral("\n\n"));
}

void readCoreProperties(const QByteArray &xml, ArticleMetadata &meta)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            return; // Word never writes one; its entities are not expanded
        if (token != QXmlStreamReader::StartElement)
            continue;
        QString *field = nullptr;
        ArticleField which = ArticleField::Title;
        if (reader.name() == u"title") {
            field = &meta.title;
        } else if (reader.name() == u"creator") {
            field = &meta.author;
            which = ArticleField::Author;
        } else if (reader.name() == u"language") {
            field = &meta.language;
            which = ArticleField::Language;
        }
        if (!field)
            continue;
        QString value = reader.readElementText().trimmed();
        if (which == ArticleField::Language)
            value = value.section(u'-', 0, 0).toLower();
        if (field->isEmpty() && !value.isEmpty()) {
            *field = value;
            meta.inferred |= quint32(which);
        }
    }
}

} // namespace

ImportError importDocx(QByteArrayView bytes, qint64 maxUnpackedSize, ExtractedArticle &out)
{
    QBuffer buffer;
    buffer.setData(bytes.toByteArray());
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return ImportError::make(Code::Malformed, Tr::tr("the Word document is damaged (not a readable ZIP archive)"));

    QByteArray document;
    switch (readZipEntry(zip, QStringLiteral("word/document.xml"), maxUnpackedSize, document)) {
    case ZipEntry::Read:
        break;
    case ZipEntry::Missing:
        return ImportError::make(Code::Malformed,
                                 Tr::tr("this ZIP archive is not a Word document (no word/document.xml)"));
    case ZipEntry::TooLarge:
        return ImportError::make(
            Code::TooLarge,
            Tr::tr("the Word document's text unpacks to more than %1 MB").arg(maxUnpackedSize / (1024 * 1024)));
    case ZipEntry::Damaged:
        return ImportError::make(Code::Malformed, Tr::tr("the Word document is damaged"));
    }
    bool wellFormed = false, hasDtd = false;
    out.text = paragraphsOf(document, wellFormed, hasDtd);
    if (hasDtd)
        // Entities could expand to gigabytes ("billion laughs") or name local files.
        return ImportError::make(
            Code::Malformed,
            Tr::tr("the Word document has a document type declaration (<!DOCTYPE>), which Word "
                   "never writes: it is not read, as its entities could expand without end or read "
                   "other files"));
    if (!wellFormed && out.text.isEmpty())
        return ImportError::make(Code::Malformed, Tr::tr("the Word document's text is damaged (invalid XML)"));
    if (out.text.trimmed().isEmpty())
        return ImportError::make(Code::NoText, Tr::tr("the Word document has no text"));

    QByteArray core;
    if (readZipEntry(zip, QStringLiteral("docProps/core.xml"), 1 << 20, core) == ZipEntry::Read)
        readCoreProperties(core, out.meta);
    out.encoding = QStringLiteral("UTF-8");
    return {};
}

} // namespace crossread
