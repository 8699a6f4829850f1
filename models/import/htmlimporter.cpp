#include "htmlimporter.h"

#include "metadatainference.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cctype>
#include <gumbo.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

using Code = ImportError::Code;

/// Deeper nesting than this is not a page people read; its content is skipped.
constexpr int kMaxDepth = 256;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::HtmlImporter)
};

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

GumboTag tagOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

template<class Visit>
void forEachChild(const GumboNode *node, Visit visit)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return;
    const GumboVector &children
        = node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
    for (unsigned i = 0; i < children.length; ++i)
        visit(static_cast<const GumboNode *>(children.data[i]));
}

bool isSkippedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

/// Elements that are page furniture rather than the article, by their
/// class, id, role or visibility.
bool isBoilerplate(const GumboNode *node)
{
    static const QSet<QString> markers = {
        u"ad"_s,           u"ads"_s,         u"advert"_s,          u"advertisement"_s, u"advertising"_s,
        u"adslot"_s,       u"banner"_s,      u"promo"_s,           u"sponsor"_s,       u"sponsored"_s,
        u"related"_s,      u"recommended"_s, u"recommendations"_s, u"share"_s,         u"sharing"_s,
        u"social"_s,       u"comment"_s,     u"comments"_s,        u"newsletter"_s,    u"subscribe"_s,
        u"subscription"_s, u"cookie"_s,      u"cookies"_s,         u"consent"_s,       u"sidebar"_s,
        u"menu"_s,         u"breadcrumb"_s,  u"breadcrumbs"_s,     u"popup"_s,         u"modal"_s,
        u"outbrain"_s,     u"taboola"_s,     u"paywall"_s,         u"signup"_s,        u"trending"_s,
        u"navigation"_s,   u"nav"_s,         u"footer"_s,          u"masthead"_s,      u"toolbar"_s,
        u"more-stories"_s, u"read-more"_s,   u"readmore"_s,
    };
    static const QSet<QString> roles
        = {u"navigation"_s, u"banner"_s, u"complementary"_s, u"contentinfo"_s, u"search"_s, u"dialog"_s, u"alert"_s};
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    if (roles.contains(attribute(node, "role").toLower()) || attribute(node, "aria-hidden") == u"true"
        || gumbo_get_attribute(&node->v.element.attributes, "hidden")
        || attribute(node, "style").remove(u' ').contains(u"display:none"))
        return true;
    const QString names = (attribute(node, "class") + u' ' + attribute(node, "id")).toLower();
    for (const QString &word : names.split(u' ', Qt::SkipEmptyParts)) {
        if (markers.contains(word))
            return true;
        // "article-share-bar", "ad_slot": any part of a compound name.
        for (const QString &part : QString(word).replace(u'_', u'-').split(u'-', Qt::SkipEmptyParts)) {
            if (markers.contains(part))
                return true;
        }
    }
    return false;
}

bool isSkipped(const GumboNode *node)
{
    return isSkippedTag(tagOf(node)) || isBoilerplate(node);
}

/// Builds plain text from the page the way a browser shows it: white space
/// collapses, blocks become paragraphs, <br> breaks a line.
class TextBuilder
{
public:
    void walk(const GumboNode *node, int depth = 0)
    {
        if (depth > kMaxDepth)
            return;
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            addText(QString::fromUtf8(node->v.text.text));
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        default:
            return;
        }
        if (depth > 0 && isSkipped(node))
            return;
        const GumboTag tag = tagOf(node);
        if (tag == GUMBO_TAG_BR) {
            lineBreak();
            return;
        }
        const bool block = isBlockTag(tag);
        const bool pre = tag == GUMBO_TAG_PRE;
        if (block)
            endParagraph();
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
            if (!m_current.isEmpty() && !m_current.endsWith(u'\n'))
                m_current += u'\t';
        }
        m_pre += pre;
        forEachChild(node, [&](const GumboNode *child) { walk(child, depth + 1); });
        m_pre -= pre;
        if (block)
            endParagraph();
    }

    void addParagraph(const QString &text)
    {
        endParagraph();
        addText(text);
        endParagraph();
    }

    QString text()
    {
        endParagraph();
        return m_text;
    }

private:
    void addText(const QString &text)
    {
        if (m_pre > 0) {
            m_current += text;
            return;
        }
        for (QChar c : text) {
            if (c.isSpace()) {
                if (!m_current.isEmpty() && !m_current.back().isSpace())
                    m_current += u' ';
            } else {
                m_current += c;
            }
        }
    }

    void lineBreak()
    {
        while (m_current.endsWith(u' '))
            m_current.chop(1);
        m_current += u'\n';
    }

    void endParagraph()
    {
        const QString paragraph = m_current.trimmed();
        m_current.clear();
        if (paragraph.isEmpty())
            return;
        if (!m_text.isEmpty())
            m_text += u"\n\n";
        m_text += paragraph;
    }

    QString m_text;
    QString m_current;
    int m_pre = 0;
};

/// Length of the paragraph text under `node`, boilerplate left out.
qsizetype paragraphText(const GumboNode *node, int depth = 0)
{
    if (depth > kMaxDepth || (depth > 0 && isSkipped(node)))
        return 0;
    if (node->type == GUMBO_NODE_TEXT)
        return qsizetype(strlen(node->v.text.text));
    qsizetype total = 0;
    forEachChild(node, [&](const GumboNode *child) { total += paragraphText(child, depth + 1); });
    return total;
}

struct Page
{
    const GumboNode *html = nullptr;
    const GumboNode *body = nullptr;
    const GumboNode *firstH1 = nullptr;
    const GumboNode *articleBody = nullptr;
    const GumboNode *main = nullptr;
    QList<const GumboNode *> articles;
    QList<const GumboNode *> paragraphs;
    QString title;
    QHash<QString, QString> meta; ///< name or property (lower case) → content
    QString canonical;
    QList<QJsonDocument> jsonLd;
};

void collect(const GumboNode *node, Page &page, bool inBoilerplate, int depth = 0)
{
    if (depth > kMaxDepth || node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboTag tag = tagOf(node);
    switch (tag) {
    case GUMBO_TAG_HTML:
        page.html = node;
        break;
    case GUMBO_TAG_BODY:
        page.body = node;
        break;
    case GUMBO_TAG_TITLE:
        if (page.title.isEmpty()) {
            TextBuilder builder;
            forEachChild(node, [&](const GumboNode *child) { builder.walk(child, 1); });
            page.title = builder.text();
        }
        return;
    case GUMBO_TAG_META: {
        const QString key
            = (attribute(node, "property") + attribute(node, "name") + attribute(node, "itemprop")).toLower();
        if (!key.isEmpty() && !page.meta.contains(key))
            page.meta.insert(key, attribute(node, "content").trimmed());
        return;
    }
    case GUMBO_TAG_LINK:
        if (attribute(node, "rel").toLower() == u"canonical")
            page.canonical = attribute(node, "href");
        return;
    case GUMBO_TAG_SCRIPT:
        if (attribute(node, "type").toLower().contains(u"ld+json")) {
            forEachChild(node, [&](const GumboNode *child) {
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA)
                    page.jsonLd << QJsonDocument::fromJson(QByteArray(child->v.text.text));
            });
        }
        return;
    default:
        break;
    }
    inBoilerplate = inBoilerplate || (tag != GUMBO_TAG_HTML && tag != GUMBO_TAG_BODY && isSkipped(node));
    if (!inBoilerplate) {
        if (tag == GUMBO_TAG_H1 && !page.firstH1)
            page.firstH1 = node;
        if (tag == GUMBO_TAG_ARTICLE)
            page.articles << node;
        if (!page.articleBody && attribute(node, "itemprop") == u"articleBody")
            page.articleBody = node;
        if (!page.main && (tag == GUMBO_TAG_MAIN || attribute(node, "role") == u"main"))
            page.main = node;
        if (tag == GUMBO_TAG_P)
            page.paragraphs << node;
    }
    forEachChild(node, [&](const GumboNode *child) { collect(child, page, inBoilerplate, depth + 1); });
}

/// The element that holds the article's text.
const GumboNode *contentRoot(const Page &page)
{
    if (page.articleBody)
        return page.articleBody;
    if (!page.articles.isEmpty()) {
        return *std::max_element(
            page.articles.begin(), page.articles.end(),
            [](const GumboNode *a, const GumboNode *b) { return paragraphText(a) < paragraphText(b); });
    }
    if (page.main)
        return page.main;
    // As readability does: paragraphs vote for their parent, and by half
    // for their grandparent; the block with the most votes wins.
    QHash<const GumboNode *, qsizetype> score;
    for (const GumboNode *p : page.paragraphs) {
        const qsizetype length = paragraphText(p);
        if (length < 25)
            continue;
        if (const GumboNode *parent = p->parent) {
            score[parent] += length;
            if (parent->parent)
                score[parent->parent] += length / 2;
        }
    }
    const auto best = std::max_element(score.constBegin(), score.constEnd());
    return best != score.constEnd() ? best.key() : page.body;
}

bool contains(const GumboNode *ancestor, const GumboNode *node)
{
    for (const GumboNode *n = node; n; n = n->parent) {
        if (n == ancestor)
            return true;
    }
    return false;
}

// ---- metadata

bool isNewsType(const QJsonValue &type)
{
    static const QSet<QString> types = {u"NewsArticle"_s,          u"Article"_s,
                                        u"ReportageNewsArticle"_s, u"AnalysisNewsArticle"_s,
                                        u"OpinionNewsArticle"_s,   u"BackgroundNewsArticle"_s,
                                        u"ReviewNewsArticle"_s,    u"BlogPosting"_s,
                                        u"LiveBlogPosting"_s,      u"ScholarlyArticle"_s};
    if (type.isArray()) {
        const QJsonArray array = type.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &t) { return types.contains(t.toString()); });
    }
    return types.contains(type.toString());
}

/// The first news article object in a JSON-LD value, searching arrays and @graph.
QJsonObject findNewsArticle(const QJsonValue &value, int depth = 0)
{
    if (depth > 16)
        return {};
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (QJsonObject found = findNewsArticle(item, depth + 1); !found.isEmpty())
                return found;
        }
        return {};
    }
    const QJsonObject object = value.toObject();
    if (isNewsType(object.value(u"@type")))
        return object;
    return findNewsArticle(object.value(u"@graph"), depth + 1);
}

/// A name from a JSON-LD value: a string, an object with "name", or a list.
QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject())
        return value.toObject().value(u"name").toString().trimmed();
    QStringList names;
    for (const QJsonValue &item : value.toArray()) {
        if (const QString name = nameOf(item); !name.isEmpty())
            names << name;
    }
    return names.join(u", ");
}

QString urlOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(u"@id").toString() : value.toString();
}

QString firstOf(const QHash<QString, QString> &meta, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = meta.value(QString::fromLatin1(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

/// "Peace talks end | Al-Ahram Weekly" → "Peace talks end".
QString withoutSiteSuffix(const QString &title)
{
    for (QStringView separator : {u" | ", u" – ", u" — ", u" - "}) {
        const qsizetype at = title.lastIndexOf(separator);
        if (at > 0 && title.left(at).count(u' ') >= 2)
            return title.left(at).trimmed();
    }
    return title;
}

void fill(QString &field, const QString &value, ArticleMetadata &meta, ArticleField which)
{
    if (field.isEmpty() && !value.trimmed().isEmpty()) {
        field = value.trimmed();
        meta.inferred |= quint32(which);
    }
}

ArticleMetadata metadataOf(const Page &page)
{
    ArticleMetadata meta;
    QJsonObject news;
    for (const QJsonDocument &doc : page.jsonLd) {
        news = findNewsArticle(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        if (!news.isEmpty())
            break;
    }
    QString h1;
    if (page.firstH1) {
        TextBuilder builder;
        builder.walk(page.firstH1);
        h1 = builder.text();
    }
    const auto &m = page.meta;
    fill(meta.title, news.value(u"headline").toString(), meta, ArticleField::Title);
    fill(meta.title, firstOf(m, {"og:title", "twitter:title", "dc.title"}), meta, ArticleField::Title);
    fill(meta.title, h1, meta, ArticleField::Title);
    fill(meta.title, withoutSiteSuffix(page.title), meta, ArticleField::Title);

    fill(meta.author, nameOf(news.value(u"author")), meta, ArticleField::Author);
    QString metaAuthor = firstOf(m, {"author", "article:author", "dc.creator", "parsely-author", "sailthru.author"});
    if (metaAuthor.startsWith(u"http"))
        metaAuthor.clear(); // a profile page, not a name
    fill(meta.author, metaAuthor, meta, ArticleField::Author);

    fill(meta.url, urlOf(news.value(u"url")), meta, ArticleField::Url);
    fill(meta.url, urlOf(news.value(u"mainEntityOfPage")), meta, ArticleField::Url);
    fill(meta.url, page.canonical, meta, ArticleField::Url);
    fill(meta.url, firstOf(m, {"og:url", "twitter:url"}), meta, ArticleField::Url);

    fill(meta.outlet, nameOf(news.value(u"publisher")), meta, ArticleField::Outlet);
    fill(meta.outlet, firstOf(m, {"og:site_name", "application-name", "publisher", "dc.publisher"}), meta,
         ArticleField::Outlet);
    if (meta.url.startsWith(u"http"))
        fill(meta.outlet, outletFromUrl(meta.url), meta, ArticleField::Outlet);

    const QString date = news.value(u"datePublished").toString() + u' '
        + firstOf(m,
                  {"article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
                   "dc.date", "dc.date.issued", "dcterms.date", "parsely-pub-date", "sailthru.date"});
    meta.published = parseDate(date);
    if (meta.published.isValid())
        meta.inferred |= quint32(ArticleField::Date);

    QString language = news.value(u"inLanguage").toString();
    if (language.isEmpty() && page.html)
        language = attribute(page.html, "lang");
    fill(meta.language, language.section(u'-', 0, 0).section(u'_', 0, 0).toLower(), meta, ArticleField::Language);
    return meta;
}

/// How deeply the elements of `html` nest, roughly and from above: start tags
/// less end tags, leaving out void elements, elements whose end tag may be
/// left out, comments and the content of scripts and styles. Stops counting
/// past `limit`. Gumbo takes time that grows with the square of the depth
/// (minutes for 200,000 levels): the page is measured before it is parsed.
int nestingDepth(QByteArrayView html, int limit)
{
    static const QSet<QByteArray> uncounted{"area",   "base",     "br",    "col",   "embed",  "hr",    "img",
                                            "input",  "link",     "meta",  "param", "source", "track", "wbr",
                                            "keygen", "basefont", "frame", "p",     "li",     "dt",    "dd",
                                            "option", "optgroup", "tr",    "td",    "th",     "thead", "tbody",
                                            "tfoot",  "colgroup", "rt",    "rp",    "html",   "head",  "body"};
    static const QSet<QByteArray> rawText{"script", "style",  "textarea", "title",
                                          "xmp",    "iframe", "noembed",  "noframes"};
    const auto isNameChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':'; };
    int depth = 0;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while ((i = html.indexOf('<', i)) >= 0 && i + 1 < n) {
        ++i;
        if (html.sliced(i).startsWith("!--")) {
            const qsizetype end = html.indexOf("-->", i);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const bool closing = html[i] == '/';
        const qsizetype start = closing ? i + 1 : i;
        qsizetype j = start;
        while (j < n && isNameChar(html[j]))
            ++j;
        if (j == start)
            continue;
        const QByteArray name = html.sliced(start, j - start).toByteArray().toLower();
        i = j;
        if (uncounted.contains(name))
            continue;
        if (closing) {
            depth = std::max(0, depth - 1);
            continue;
        }
        const qsizetype close = html.indexOf('>', j);
        if (close < 0)
            break;
        i = close + 1;
        if (html[close - 1] == '/')
            continue; // <div/>
        if (rawText.contains(name)) {
            const qsizetype end = html.indexOf(QByteArray("</" + name), i);
            i = end < 0 ? n : end;
            continue;
        }
        if (++depth > limit)
            return depth;
    }
    return depth;
}

/// Deeper nesting than this is refused before parsing.
constexpr int kMaxNesting = 10'000;

} // namespace

ImportError importHtml(QByteArrayView bytes, const QString &encoding, ExtractedArticle &out)
{
    DecodedText decoded;
    ImportError error = decodeText(bytes, encoding, decoded);
    // A page that is not UTF-8 says what it is; detection comes last.
    if (encoding.isEmpty() && decoded.encoding != u"UTF-8" && !decoded.encoding.startsWith(u"UTF-")) {
        if (const QString declared = declaredHtmlEncoding(bytes); !declared.isEmpty()) {
            DecodedText asDeclared;
            if (decodeText(bytes, declared, asDeclared).ok()) {
                decoded = asDeclared;
                error = {};
            }
        }
    }
    if (!error.ok())
        return error;

    const QByteArray utf8 = decoded.text.toUtf8();
    if (nestingDepth(utf8, kMaxNesting) > kMaxNesting)
        return ImportError::make(Code::Malformed,
                                 Tr::tr("the page's elements are nested too deeply (more than %1 levels): "
                                        "no article page is, so it is not read")
                                     .arg(kMaxNesting));
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    if (!output)
        return ImportError::make(Code::Malformed, Tr::tr("the page cannot be parsed"));

    Page page;
    collect(output->root, page, false);
    const GumboNode *root = contentRoot(page);

    TextBuilder builder;
    if (page.firstH1 && root && !contains(root, page.firstH1)) {
        TextBuilder headline;
        headline.walk(page.firstH1);
        builder.addParagraph(headline.text());
    }
    if (root)
        builder.walk(root);
    out.text = builder.text();
    out.meta = metadataOf(page);
    out.encoding = decoded.encoding;
    if (out.text.trimmed().isEmpty())
        return ImportError::make(Code::NoText, Tr::tr("no article text was found in the page"));
    return {};
}

} // namespace crossread
