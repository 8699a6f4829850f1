#include "exports.h"

#include <models/vocabulary.h>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

/// Rows of RFC 4180 CSV, built up in UTF-8.
class CsvWriter
{
public:
    explicit CsvWriter(bool byteOrderMark)
    {
        if (byteOrderMark)
            m_out = QByteArray("\xEF\xBB\xBF");
    }
    void row(const QStringList &fields)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_out += ',';
            const QString &f = fields[i];
            if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
                m_out += '"';
                m_out += QString(f).replace(u'"', u"\"\""_s).toUtf8();
                m_out += '"';
            } else {
                m_out += f.toUtf8();
            }
        }
        m_out += "\r\n";
    }
    QByteArray result() const { return m_out; }

private:
    QByteArray m_out;
};

QString id(EntityKind kind, Id value)
{
    return value == NoId ? QString() : idToString(kind, value);
}

} // namespace

QByteArray claimsCsv(const ExportSelection &s)
{
    CsvWriter csv(s.options().byteOrderMark);
    csv.row({u"id"_s, u"article_id"_s, u"outlet"_s, u"article_title"_s, u"start"_s, u"end"_s, u"quote"_s, u"tags"_s,
             u"kind"_s, u"speaker"_s, u"status"_s, u"confidence"_s, u"note"_s, u"proposition_id"_s, u"annotator"_s,
             u"created"_s, u"modified"_s});
    for (const Claim *c : s.claims()) {
        const Article *a = s.article(c->article);
        QStringList tags;
        for (TagId t : c->attributes.tags)
            tags << s.tagPath(t);
        csv.row({id(EntityKind::Claim, c->id), id(EntityKind::Article, c->article), a ? a->meta.outlet : QString(),
                 a ? a->meta.title : QString(), QString::number(c->anchor.start), QString::number(c->anchor.end),
                 c->anchor.quote, tags.join(u"; "), keyOf(c->attributes.kind), c->attributes.attributedTo,
                 keyOf(c->attributes.status), keyOf(c->attributes.confidence), c->attributes.note,
                 id(EntityKind::Proposition, s.propositionOf(c->id)), s.annotator(c->author), isoTime(c->createdMs),
                 isoTime(c->modifiedMs)});
    }
    return csv.result();
}

QByteArray linksCsv(const ExportSelection &s)
{
    CsvWriter csv(s.options().byteOrderMark);
    csv.row({u"id"_s, u"from_claim"_s, u"to_claim"_s, u"relation"_s, u"from_article"_s, u"to_article"_s,
             u"from_quote"_s, u"to_quote"_s, u"note"_s, u"annotator"_s, u"created"_s, u"modified"_s});
    for (const Link *l : s.links()) {
        const Claim *from = s.claim(l->from);
        const Claim *to = s.claim(l->to);
        csv.row({id(EntityKind::Link, l->id), id(EntityKind::Claim, l->from), id(EntityKind::Claim, l->to),
                 keyOf(l->relation), from ? id(EntityKind::Article, from->article) : QString(),
                 to ? id(EntityKind::Article, to->article) : QString(), from ? from->anchor.quote : QString(),
                 to ? to->anchor.quote : QString(), l->note, s.annotator(l->author), isoTime(l->createdMs),
                 isoTime(l->modifiedMs)});
    }
    return csv.result();
}

} // namespace crossread
