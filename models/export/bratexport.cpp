#include "standardexports.h"

#include <models/vocabulary.h>

#include <QHash>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029);
}

/// A name brat takes as a type: no spaces nor the characters its
/// configuration syntax uses.
QString typeName(const QString &name)
{
    QString type = name.trimmed();
    for (QChar &c : type) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    return type.isEmpty() ? u"Claim"_s : type;
}

/// "START END" of each line of [start, end) in `text`, in code points; the
/// line breaks between are left out.
QString fragments(const QString &text, int start, int end)
{
    QStringList parts;
    for (int i = start; i < end;) {
        int j = i;
        while (j < end && !isLineBreak(text.at(j)))
            ++j;
        if (j > i)
            parts << QString::number(codePointOffset(text, i)) + u' ' + QString::number(codePointOffset(text, j));
        i = j + 1;
    }
    if (parts.isEmpty()) // only line breaks: keep the span as it is
        parts << QString::number(codePointOffset(text, start)) + u' ' + QString::number(codePointOffset(text, end));
    return parts.join(u';');
}

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (isLineBreak(c) || c == u'\t')
            c = u' ';
    }
    return text;
}

/// What annotation.conf declares: types and the values each attribute takes.
struct Used
{
    QSet<QString> entities;
    QSet<QString> relations;
    QMap<QString, QSet<QString>> attributes;
};

QByteArray config(const Used &used)
{
    const auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.begin(), set.end());
        list.sort();
        return list;
    };
    const QString entities = sorted(used.entities).join(u'|');
    QString conf = u"# Crossread's claims: an entity type per tag, relations of linked claims.\n[entities]\n"_s;
    for (const QString &e : sorted(used.entities))
        conf += e + u'\n';
    conf += u"\n[relations]\n"_s;
    for (const QString &r : sorted(used.relations))
        conf += r + u"\tArg1:"_s + entities + u", Arg2:"_s + entities + u'\n';
    // Claims may overlap.
    conf += u"<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n"_s;
    for (auto it = used.attributes.begin(); it != used.attributes.end(); ++it)
        conf += it.key() + u"\tArg:"_s + entities + u", Value:"_s + sorted(it.value()).join(u'|') + u'\n';
    return conf.toUtf8();
}

} // namespace

BratExport bratStandoff(const ExportSelection &s)
{
    BratExport result;
    Used used;
    for (const Article *article : s.articles()) {
        const QString &text = article->text;
        QString ann;
        QHash<ClaimId, QString> entityOf;
        int attributes = 0, notes = 0, relations = 0;
        const auto attribute = [&](const QString &name, const QString &entity, const QString &value) {
            ann += u'A' + QString::number(++attributes) + u'\t' + name + u' ' + entity + u' ' + value + u'\n';
            used.attributes[name].insert(value);
        };
        for (const Claim *c : s.claims()) {
            if (c->article != article->id)
                continue;
            const ClaimAttributes &at = c->attributes;
            const QString entity = u'T' + QString::number(entityOf.size() + 1);
            entityOf.insert(c->id, entity);
            const QString type
                = at.tags.isEmpty() ? u"Claim"_s : typeName(findById(s.project().tags, at.tags.first())->name);
            used.entities.insert(type);
            const int start = std::clamp(c->anchor.start, 0, int(text.size()));
            const int end = std::clamp(c->anchor.end, start, int(text.size()));
            ann += entity + u'\t' + type + u' ' + fragments(text, start, end) + u'\t'
                + oneLine(text.mid(start, end - start)) + u'\n';
            if (at.kind != ClaimKind::Unspecified)
                attribute(u"Kind"_s, entity, keyOf(at.kind));
            attribute(u"Status"_s, entity, keyOf(at.status));
            if (at.confidence != Confidence::Unset)
                attribute(u"Confidence"_s, entity, keyOf(at.confidence));
            if (!at.note.isEmpty())
                ann += u'#' + QString::number(++notes) + u"\tAnnotatorNotes "_s + entity + u'\t' + oneLine(at.note)
                    + u'\n';
        }
        for (const Link *l : s.links()) {
            if (!entityOf.contains(l->from) || !entityOf.contains(l->to))
                continue; // across articles
            used.relations.insert(keyOf(l->relation));
            ann += u'R' + QString::number(++relations) + u'\t' + keyOf(l->relation) + u" Arg1:"_s
                + entityOf.value(l->from) + u" Arg2:"_s + entityOf.value(l->to) + u'\n';
        }
        result.documents.append({idToString(EntityKind::Article, article->id), text.toUtf8(), ann.toUtf8()});
    }
    result.config = config(used);
    return result;
}

} // namespace crossread
