#include "markdownimporter.h"

#include "metadatainference.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <md4c.h>

namespace crossread {
namespace {

using Code = ImportError::Code;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::MarkdownImporter)
};

QString decodeEntity(QStringView entity)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("&amp;"), QStringLiteral("&")},    {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},     {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},   {QStringLiteral("&nbsp;"), QStringLiteral("\u00a0")},
        {QStringLiteral("&mdash;"), QStringLiteral("—")},  {QStringLiteral("&ndash;"), QStringLiteral("–")},
        {QStringLiteral("&hellip;"), QStringLiteral("…")}, {QStringLiteral("&lsquo;"), QStringLiteral("‘")},
        {QStringLiteral("&rsquo;"), QStringLiteral("’")},  {QStringLiteral("&ldquo;"), QStringLiteral("“")},
        {QStringLiteral("&rdquo;"), QStringLiteral("”")},  {QStringLiteral("&laquo;"), QStringLiteral("«")},
        {QStringLiteral("&raquo;"), QStringLiteral("»")},  {QStringLiteral("&euro;"), QStringLiteral("€")},
        {QStringLiteral("&copy;"), QStringLiteral("©")},
    };
    if (entity.startsWith(u"&#")) {
        bool ok = false;
        const bool hex = entity.size() > 3 && (entity[2] == u'x' || entity[2] == u'X');
        const uint code = entity.sliced(hex ? 3 : 2).chopped(1).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return QStringLiteral("\uFFFD");
    }
    return named.value(entity.toString(), entity.toString());
}

/// Collects md4c's events into plain text.
struct Collector
{
    QString text;
    QString current;
    int images = 0;
    int cells = 0;

    void endParagraph()
    {
        const QString paragraph = current.trimmed();
        current.clear();
        if (paragraph.isEmpty())
            return;
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        text += paragraph;
    }

    static int enterBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        auto *c = static_cast<Collector *>(self);
        switch (type) {
        case MD_BLOCK_TR:
            if (!c->current.isEmpty())
                c->current += u'\n';
            c->cells = 0;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (c->cells++ > 0)
                c->current += u'\t';
            break;
        case MD_BLOCK_DOC:
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            break;
        default:
            c->endParagraph();
        }
        return 0;
    }

    static int leaveBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        auto *c = static_cast<Collector *>(self);
        switch (type) {
        case MD_BLOCK_P:
        case MD_BLOCK_H:
        case MD_BLOCK_LI:
        case MD_BLOCK_CODE:
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_TABLE:
        case MD_BLOCK_HTML:
            c->endParagraph();
            break;
        default:
            break;
        }
        return 0;
    }

    static int enterSpan(MD_SPANTYPE type, void *, void *self)
    {
        if (type == MD_SPAN_IMG)
            ++static_cast<Collector *>(self)->images;
        return 0;
    }

    static int leaveSpan(MD_SPANTYPE type, void *, void *self)
    {
        if (type == MD_SPAN_IMG)
            --static_cast<Collector *>(self)->images;
        return 0;
    }

    static int text_(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size, void *self)
    {
        auto *c = static_cast<Collector *>(self);
        if (c->images > 0)
            return 0;
        const QString piece = QString::fromUtf8(data, qsizetype(size));
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE:
        case MD_TEXT_LATEXMATH:
            c->current += piece;
            break;
        case MD_TEXT_NULLCHAR:
            c->current += QChar(0xFFFD);
            break;
        case MD_TEXT_BR:
            c->current += u'\n';
            break;
        case MD_TEXT_SOFTBR:
            c->current += u' ';
            break;
        case MD_TEXT_ENTITY:
            c->current += decodeEntity(piece);
            break;
        case MD_TEXT_HTML:
            break;
        }
        return 0;
    }
};

/// Takes a YAML front matter block off the start of `text` and reads the
/// fields that describe the article.
void takeFrontMatter(QString &text, ArticleMetadata &meta)
{
    static const QRegularExpression block(
        QStringLiteral(R"(\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\z))"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression field(QStringLiteral(R"(^([A-Za-z_]+)\s*:\s*["']?(.*?)["']?\s*$)"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = block.match(text);
    if (!match.hasMatch() || match.capturedLength() > 16384)
        return;
    for (auto it = field.globalMatch(match.captured(1)); it.hasNext();) {
        const auto f = it.next();
        const QString key = f.captured(1).toLower();
        const QString value = f.captured(2).trimmed();
        const auto fill = [&](QString &target, ArticleField which) {
            if (target.isEmpty() && !value.isEmpty()) {
                target = value;
                meta.inferred |= quint32(which);
            }
        };
        if (key == u"title")
            fill(meta.title, ArticleField::Title);
        else if (key == u"author" || key == u"authors")
            fill(meta.author, ArticleField::Author);
        else if (key == u"url" || key == u"link" || key == u"canonical" || key == u"source_url")
            fill(meta.url, ArticleField::Url);
        else if (key == u"publisher" || key == u"outlet" || key == u"source" || key == u"site")
            fill(meta.outlet, ArticleField::Outlet);
        else if (key == u"lang" || key == u"language")
            fill(meta.language, ArticleField::Language);
        else if ((key == u"date" || key == u"published") && !meta.published.isValid()) {
            meta.published = parseDate(value);
            if (meta.published.isValid())
                meta.inferred |= quint32(ArticleField::Date);
        }
    }
    text.remove(0, match.capturedLength());
}

} // namespace

ImportError importMarkdown(QByteArrayView bytes, const QString &encoding, ExtractedArticle &out)
{
    DecodedText decoded;
    if (ImportError error = decodeText(bytes, encoding, decoded); !error.ok())
        return error;
    QString source = decoded.text;
    takeFrontMatter(source, out.meta);

    const QByteArray utf8 = source.toUtf8();
    Collector collector;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB; // raw HTML comes as MD_TEXT_HTML, which is left out
    parser.enter_block = &Collector::enterBlock;
    parser.leave_block = &Collector::leaveBlock;
    parser.enter_span = &Collector::enterSpan;
    parser.leave_span = &Collector::leaveSpan;
    parser.text = &Collector::text_;
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &collector) != 0)
        return ImportError::make(Code::Malformed, Tr::tr("the Markdown cannot be read"));
    collector.endParagraph();
    out.text = collector.text;
    out.encoding = decoded.encoding;
    if (out.text.trimmed().isEmpty())
        return ImportError::make(Code::NoText, Tr::tr("the Markdown file has no text"));
    return {};
}

} // namespace crossread
