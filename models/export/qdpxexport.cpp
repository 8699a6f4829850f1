#include "qdpx.h"

#include <models/vocabulary.h>

#include <QCoreApplication>
#include <QXmlStreamWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

const QUuid kNamespace = QUuid(u"3f6b3b0e-6a57-4f7e-9d1f-5c2b8f0c1a44"_s);

QString guidText(const QUuid &guid)
{
    return guid.toString(QUuid::WithoutBraces);
}

/// The metadata of an article as REFI-QDA variables.
struct VariableSpec
{
    const char *name;
    const char *type;
    QString (*value)(const Article &);
};

const VariableSpec kVariables[] = {
    {"Outlet", "Text", [](const Article &a) { return a.meta.outlet; }},
    {"Author", "Text", [](const Article &a) { return a.meta.author; }},
    {"Published", "Date",
     [](const Article &a) { return a.meta.published.isValid() ? a.meta.published.toString(Qt::ISODate) : QString(); }},
    {"URL", "Text", [](const Article &a) { return a.meta.url; }},
    {"Language", "Text", [](const Article &a) { return a.meta.language; }},
};

class QdeWriter
{
public:
    QdeWriter(const ExportSelection &s, QByteArray *out)
        : m_s(s)
        , m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void write(QList<std::pair<QString, QByteArray>> *sources)
    {
        const Project &p = m_s.project();
        m_xml.writeStartDocument();
        m_xml.writeStartElement(u"Project"_s);
        m_xml.writeDefaultNamespace(u"urn:QDA-XML:project:1.0"_s);
        m_xml.writeAttribute(u"name"_s, p.info.title.isEmpty() ? u"Crossread project"_s : p.info.title);
        m_xml.writeAttribute(u"origin"_s, u"Crossread"_s);
        writeUsers();
        writeCodeBook();
        writeVariables();
        writeSources(sources);
        writeLinks();
        if (!p.info.description.isEmpty())
            m_xml.writeTextElement(u"Description"_s, p.info.description);
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    QString guid(EntityKind kind, Id id) const { return guidText(exchangeGuid(m_s.project(), kind, id)); }
    QString userGuid(const QString &name) const { return guidText(QUuid::createUuidV5(kNamespace, u"user:"_s + name)); }
    QString selectionGuid(ClaimId claim) const { return guid(EntityKind::Claim, claim); }

    void writeUsers()
    {
        if (m_s.options().hideAnnotators)
            return;
        QStringList names;
        for (const Claim *c : m_s.claims())
            names << c->author;
        for (const Link *l : m_s.links())
            names << l->author;
        names.removeAll(QString());
        names.removeDuplicates();
        names.sort();
        if (names.isEmpty())
            return;
        m_xml.writeStartElement(u"Users"_s);
        for (const QString &name : std::as_const(names)) {
            m_xml.writeEmptyElement(u"User"_s);
            m_xml.writeAttribute(u"guid"_s, userGuid(name));
            m_xml.writeAttribute(u"name"_s, name);
        }
        m_xml.writeEndElement();
    }

    void writeCodes(TagId parent)
    {
        for (const Tag &t : m_s.project().tags) {
            if (t.parent != parent)
                continue;
            m_xml.writeStartElement(u"Code"_s);
            m_xml.writeAttribute(u"guid"_s, guid(EntityKind::Tag, t.id));
            m_xml.writeAttribute(u"name"_s, t.name);
            m_xml.writeAttribute(u"isCodable"_s, u"true"_s);
            m_xml.writeAttribute(u"color"_s, colorName(t.color));
            if (!t.description.isEmpty())
                m_xml.writeTextElement(u"Description"_s, t.description);
            writeCodes(t.id);
            m_xml.writeEndElement();
        }
    }

    void writeCodeBook()
    {
        if (m_s.project().tags.empty())
            return;
        m_xml.writeStartElement(u"CodeBook"_s);
        m_xml.writeStartElement(u"Codes"_s);
        writeCodes(NoId);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    QString variableGuid(const char *name) const
    {
        return guidText(QUuid::createUuidV5(kNamespace, u"variable:"_s + QLatin1StringView(name)));
    }

    void writeVariables()
    {
        m_xml.writeStartElement(u"Variables"_s);
        for (const VariableSpec &v : kVariables) {
            m_xml.writeEmptyElement(u"Variable"_s);
            m_xml.writeAttribute(u"guid"_s, variableGuid(v.name));
            m_xml.writeAttribute(u"name"_s, QLatin1StringView(v.name));
            m_xml.writeAttribute(u"typeOfVariable"_s, QLatin1StringView(v.type));
        }
        m_xml.writeEndElement();
    }

    void writeSelection(const Article &a, const Claim &c)
    {
        m_xml.writeStartElement(u"PlainTextSelection"_s);
        m_xml.writeAttribute(u"guid"_s, selectionGuid(c.id));
        m_xml.writeAttribute(u"name"_s, c.anchor.quote.left(60).simplified());
        m_xml.writeAttribute(u"startPosition"_s, QString::number(codePointOffset(a.text, c.anchor.start)));
        m_xml.writeAttribute(u"endPosition"_s, QString::number(codePointOffset(a.text, c.anchor.end)));
        const QString user = m_s.annotator(c.author);
        if (!user.isEmpty())
            m_xml.writeAttribute(u"creatingUser"_s, userGuid(user));
        if (c.createdMs)
            m_xml.writeAttribute(u"creationDateTime"_s, isoTime(c.createdMs));
        if (c.modifiedMs)
            m_xml.writeAttribute(u"modifiedDateTime"_s, isoTime(c.modifiedMs));
        if (!c.attributes.note.isEmpty())
            m_xml.writeTextElement(u"Description"_s, c.attributes.note);
        for (TagId t : c.attributes.tags) {
            m_xml.writeStartElement(u"Coding"_s);
            m_xml.writeAttribute(
                u"guid"_s, guidText(QUuid::createUuidV5(kNamespace, selectionGuid(c.id) + u":" + QString::number(t))));
            if (!user.isEmpty())
                m_xml.writeAttribute(u"creatingUser"_s, userGuid(user));
            m_xml.writeEmptyElement(u"CodeRef"_s);
            m_xml.writeAttribute(u"targetGUID"_s, guid(EntityKind::Tag, t));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeSources(QList<std::pair<QString, QByteArray>> *sources)
    {
        if (m_s.articles().isEmpty())
            return;
        QHash<ArticleId, QList<const Claim *>> claimsOf;
        for (const Claim *c : m_s.claims())
            claimsOf[c->article] << c;
        m_xml.writeStartElement(u"Sources"_s);
        for (const Article *a : m_s.articles()) {
            const QString id = guid(EntityKind::Article, a->id);
            m_xml.writeStartElement(u"TextSource"_s);
            m_xml.writeAttribute(u"guid"_s, id);
            m_xml.writeAttribute(u"name"_s, a->displayTitle());
            m_xml.writeAttribute(u"plainTextPath"_s, u"internal://"_s + id + u".txt"_s);
            if (a->provenance.importedAtMs)
                m_xml.writeAttribute(u"creationDateTime"_s, isoTime(a->provenance.importedAtMs));
            if (!a->meta.notes.isEmpty())
                m_xml.writeTextElement(u"Description"_s, a->meta.notes);
            for (const Claim *c : claimsOf.value(a->id))
                writeSelection(*a, *c);
            for (const VariableSpec &v : kVariables) {
                const QString value = v.value(*a);
                if (value.isEmpty())
                    continue;
                m_xml.writeStartElement(u"VariableValue"_s);
                m_xml.writeEmptyElement(u"VariableRef"_s);
                m_xml.writeAttribute(u"targetGUID"_s, variableGuid(v.name));
                m_xml.writeTextElement(qstrcmp(v.type, "Date") == 0 ? u"DateValue"_s : u"TextValue"_s, value);
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
            if (sources)
                sources->append({u"Sources/"_s + id + u".txt"_s, a->text.toUtf8()});
        }
        m_xml.writeEndElement();
    }

    void writeLinks()
    {
        if (m_s.links().isEmpty())
            return;
        m_xml.writeStartElement(u"Links"_s);
        for (const Link *l : m_s.links()) {
            m_xml.writeEmptyElement(u"Link"_s);
            m_xml.writeAttribute(u"guid"_s, guid(EntityKind::Link, l->id));
            m_xml.writeAttribute(u"name"_s, keyOf(l->relation));
            m_xml.writeAttribute(u"direction"_s, u"Associative"_s);
            m_xml.writeAttribute(u"originGUID"_s, selectionGuid(l->from));
            m_xml.writeAttribute(u"targetGUID"_s, selectionGuid(l->to));
        }
        m_xml.writeEndElement();
    }

    const ExportSelection &m_s;
    QXmlStreamWriter m_xml;
};

} // namespace

QUuid exchangeGuid(const Project &project, EntityKind kind, Id id)
{
    return QUuid::createUuidV5(kNamespace, project.info.title + u'\x1f' + idToString(kind, id));
}

QByteArray qdeXml(const ExportSelection &selection, QList<std::pair<QString, QByteArray>> *sources)
{
    QByteArray out;
    QdeWriter(selection, &out).write(sources);
    return out;
}

bool writeQdpx(const ExportSelection &selection, const QString &path, QString *error)
{
    QList<std::pair<QString, QByteArray>> files;
    const QByteArray qde = qdeXml(selection, &files);
    files.prepend({u"project.qde"_s, qde});
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = QCoreApplication::translate("crossread", "cannot write %1").arg(path);
        return false;
    }
    for (const auto &[name, bytes] : std::as_const(files)) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) != bytes.size()) {
            *error = QCoreApplication::translate("crossread", "cannot write %1 in %2").arg(name, path);
            return false;
        }
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error = QCoreApplication::translate("crossread", "cannot finish %1").arg(path);
        return false;
    }
    return true;
}

} // namespace crossread
