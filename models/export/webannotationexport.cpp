#include "standardexports.h"

#include <models/textanchor.h>
#include <models/vocabulary.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

QString urn(EntityKind kind, Id id)
{
    static const char *const names[] = {"article", "tag", "claim", "link", "proposition"};
    return u"urn:crossread:"_s + QLatin1StringView(names[int(kind)]) + u':' + idToString(kind, id);
}

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return {{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, purpose}, {u"value"_s, value}};
}

/// What every annotation has: id, type, motivation, times and creator.
QJsonObject annotation(const ExportSelection &s, EntityKind kind, Id id, const QString &motivation,
                       const QString &author, qint64 createdMs, qint64 modifiedMs)
{
    QJsonObject a{{u"id"_s, urn(kind, id)}, {u"type"_s, u"Annotation"_s}, {u"motivation"_s, motivation}};
    if (createdMs)
        a.insert(u"created"_s, isoTime(createdMs));
    if (modifiedMs)
        a.insert(u"modified"_s, isoTime(modifiedMs));
    if (const QString name = s.annotator(author); !name.isEmpty())
        a.insert(u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, name}});
    return a;
}

QJsonObject claimAnnotation(const ExportSelection &s, const Claim &c)
{
    const ClaimAttributes &at = c.attributes;
    QJsonArray bodies;
    for (TagId t : at.tags)
        bodies.append(textualBody(u"tagging"_s, s.tagPath(t)));
    if (!at.note.isEmpty())
        bodies.append(textualBody(u"commenting"_s, at.note));
    // Kind, status and confidence sort the claim into classes: "classifying".
    if (at.kind != ClaimKind::Unspecified)
        bodies.append(textualBody(u"classifying"_s, u"kind:"_s + keyOf(at.kind)));
    bodies.append(textualBody(u"classifying"_s, u"status:"_s + keyOf(at.status)));
    if (at.confidence != Confidence::Unset)
        bodies.append(textualBody(u"classifying"_s, u"confidence:"_s + keyOf(at.confidence)));

    const Article *article = s.article(c.article);
    const QString text = article ? article->text : QString();
    QJsonObject quote{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, c.anchor.quote}};
    if (const QStringView prefix = anchorPrefix(text, c.anchor); !prefix.isEmpty())
        quote.insert(u"prefix"_s, prefix.toString());
    if (const QStringView suffix = anchorSuffix(text, c.anchor); !suffix.isEmpty())
        quote.insert(u"suffix"_s, suffix.toString());
    const QJsonObject position{{u"type"_s, u"TextPositionSelector"_s},
                               {u"start"_s, codePointOffset(text, c.anchor.start)},
                               {u"end"_s, codePointOffset(text, c.anchor.end)}};
    QJsonObject target{
        {u"source"_s,
         article && !article->meta.url.isEmpty() ? article->meta.url : urn(EntityKind::Article, c.article)},
        {u"selector"_s, QJsonArray{quote, position}}};
    if (article && !article->meta.language.isEmpty())
        target.insert(u"language"_s, article->meta.language);

    QJsonObject a = annotation(s, EntityKind::Claim, c.id, at.tags.isEmpty() ? u"classifying"_s : u"tagging"_s,
                               c.author, c.createdMs, c.modifiedMs);
    a.insert(u"body"_s, bodies);
    a.insert(u"target"_s, target);
    return a;
}

QJsonObject linkAnnotation(const ExportSelection &s, const Link &l)
{
    // The relation sorts the pair into a class of relations: "classifying".
    QJsonArray bodies{textualBody(u"classifying"_s, keyOf(l.relation))};
    if (!l.note.isEmpty())
        bodies.append(textualBody(u"commenting"_s, l.note));
    QJsonObject a = annotation(s, EntityKind::Link, l.id, u"linking"_s, l.author, l.createdMs, l.modifiedMs);
    a.insert(u"body"_s, bodies);
    a.insert(u"target"_s, QJsonArray{urn(EntityKind::Claim, l.from), urn(EntityKind::Claim, l.to)});
    return a;
}

} // namespace

QByteArray webAnnotationJson(const ExportSelection &s)
{
    QJsonArray items;
    for (const Claim *c : s.claims())
        items.append(claimAnnotation(s, *c));
    for (const Link *l : s.links())
        items.append(linkAnnotation(s, *l));
    QJsonObject collection{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
                           {u"id"_s, u"urn:crossread:annotations"_s},
                           {u"type"_s, u"AnnotationCollection"_s},
                           {u"total"_s, items.size()}};
    if (!s.project().info.title.isEmpty())
        collection.insert(u"label"_s, s.project().info.title);
    collection.insert(u"first"_s,
                      QJsonObject{{u"id"_s, u"urn:crossread:annotations:page1"_s},
                                  {u"type"_s, u"AnnotationPage"_s},
                                  {u"startIndex"_s, 0},
                                  {u"items"_s, items}});
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

} // namespace crossread
