#include "exports.h"

#include <models/vocabulary.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

QJsonValue idValue(EntityKind kind, Id value)
{
    return value == NoId ? QJsonValue() : QJsonValue(idToString(kind, value));
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject articleJson(const Article &a)
{
    const ArticleMetadata &m = a.meta;
    const Provenance &p = a.provenance;
    return {{u"id"_s, idToString(EntityKind::Article, a.id)},
            {u"title"_s, m.title},
            {u"outlet"_s, text(m.outlet)},
            {u"author"_s, text(m.author)},
            {u"published"_s, m.published.isValid() ? QJsonValue(m.published.toString(Qt::ISODate)) : QJsonValue()},
            {u"url"_s, text(m.url)},
            {u"language"_s, text(m.language)},
            {u"labels"_s, QJsonArray::fromStringList(m.labels)},
            {u"notes"_s, text(m.notes)},
            {u"previous_version"_s, idValue(EntityKind::Article, a.previousVersion)},
            {u"text"_s, a.text},
            {u"provenance"_s,
             QJsonObject{
                 {u"file_name"_s, text(p.fileName)},
                 {u"file_size"_s, p.fileSize},
                 {u"sha256"_s, p.sha256.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(p.sha256.toHex()))},
                 {u"format"_s, text(p.format)},
                 {u"encoding"_s, text(p.encoding)},
                 {u"imported"_s, text(isoTime(p.importedAtMs))}}}};
}

} // namespace

QByteArray projectJson(const ExportSelection &s)
{
    const Project &p = s.project();
    QJsonArray articles, tags, claims, links, propositions;
    for (const Article *a : s.articles())
        articles.append(articleJson(*a));
    for (const Tag &t : p.tags)
        tags.append(QJsonObject{{u"id"_s, idToString(EntityKind::Tag, t.id)},
                                {u"parent"_s, idValue(EntityKind::Tag, t.parent)},
                                {u"name"_s, t.name},
                                {u"path"_s, s.tagPath(t.id)},
                                {u"color"_s, colorName(t.color)},
                                {u"description"_s, text(t.description)},
                                {u"shortcut"_s, text(t.shortcut)}});
    QSet<ClaimId> chosen;
    for (const Claim *c : s.claims()) {
        chosen.insert(c->id);
        const Article *a = s.article(c->article);
        QJsonArray tagIds;
        for (TagId t : c->attributes.tags)
            tagIds.append(idToString(EntityKind::Tag, t));
        claims.append(
            QJsonObject{{u"id"_s, idToString(EntityKind::Claim, c->id)},
                        {u"article"_s, idToString(EntityKind::Article, c->article)},
                        {u"start"_s, c->anchor.start},
                        {u"end"_s, c->anchor.end},
                        {u"start_code_point"_s, a ? codePointOffset(a->text, c->anchor.start) : c->anchor.start},
                        {u"end_code_point"_s, a ? codePointOffset(a->text, c->anchor.end) : c->anchor.end},
                        {u"quote"_s, c->anchor.quote},
                        {u"tags"_s, tagIds},
                        {u"kind"_s, keyOf(c->attributes.kind)},
                        {u"speaker"_s, text(c->attributes.attributedTo)},
                        {u"status"_s, keyOf(c->attributes.status)},
                        {u"confidence"_s, keyOf(c->attributes.confidence)},
                        {u"note"_s, text(c->attributes.note)},
                        {u"proposition"_s, idValue(EntityKind::Proposition, s.propositionOf(c->id))},
                        {u"annotator"_s, text(s.annotator(c->author))},
                        {u"created"_s, text(isoTime(c->createdMs))},
                        {u"modified"_s, text(isoTime(c->modifiedMs))}});
    }
    for (const Link *l : s.links())
        links.append(QJsonObject{{u"id"_s, idToString(EntityKind::Link, l->id)},
                                 {u"from"_s, idToString(EntityKind::Claim, l->from)},
                                 {u"to"_s, idToString(EntityKind::Claim, l->to)},
                                 {u"relation"_s, keyOf(l->relation)},
                                 {u"note"_s, text(l->note)},
                                 {u"annotator"_s, text(s.annotator(l->author))},
                                 {u"created"_s, text(isoTime(l->createdMs))},
                                 {u"modified"_s, text(isoTime(l->modifiedMs))}});
    for (const Proposition &prop : p.propositions) {
        QJsonArray members;
        for (ClaimId c : prop.claims) {
            if (chosen.contains(c))
                members.append(idToString(EntityKind::Claim, c));
        }
        if (members.size() < 2)
            continue; // not a proposition within what is exported
        propositions.append(QJsonObject{{u"id"_s, idToString(EntityKind::Proposition, prop.id)},
                                        {u"label"_s, text(prop.label)},
                                        {u"note"_s, text(prop.note)},
                                        {u"claims"_s, members}});
    }
    const QJsonObject root{
        {u"format"_s, u"crossread-project"_s},
        {u"format_version"_s, 1},
        {u"title"_s, p.info.title},
        {u"description"_s, text(p.info.description)},
        {u"notes"_s, text(p.info.notes)},
        {u"loaded_terms"_s, QJsonArray::fromStringList(p.assist.loadedTerms)},
        {u"articles"_s, articles},
        {u"tags"_s, tags},
        {u"claims"_s, claims},
        {u"links"_s, links},
        {u"propositions"_s, propositions},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace crossread
