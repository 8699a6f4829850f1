#include "projectdescription.h"

#include "document.h"
#include "propositiongrouping.h"
#include "textanchor.h"
#include "textnormalizer.h"
#include "vocabulary.h"

#include <QColor>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crossread {
namespace {

using Code = ProjectError::Code;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::ProjectDescription)
};

ProjectError fail(const QString &message)
{
    return ProjectError::make(Code::InvalidContent, message);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

template<class E>
bool readEnum(const QJsonObject &object, const char *field, E &value)
{
    const QString key = object.value(QLatin1StringView(field)).toString();
    if (key.isEmpty())
        return true;
    const auto parsed = fromKey<E>(key);
    if (parsed)
        value = *parsed;
    return parsed.has_value();
}

class Builder
{
public:
    Builder(const QString &jsonPath)
        : m_folder(QFileInfo(jsonPath).absolutePath())
    {
        m_document.setAnnotator(QStringLiteral("Crossread"));
    }

    ProjectError build(const QJsonObject &root)
    {
        m_document.setProjectInfo({root.value(u"title").toString(), root.value(u"description").toString(), {}});
        m_document.setLoadedTerms(stringList(root.value(u"loadedTerms")));
        for (auto step : {&Builder::addArticles, &Builder::addTags, &Builder::addClaims, &Builder::addLinks,
                          &Builder::addPropositions}) {
            if (ProjectError e = (this->*step)(root); !e.ok())
                return e;
        }
        return {};
    }

    const Project &project() const { return m_document.project(); }

private:
    ProjectError addArticles(const QJsonObject &root)
    {
        for (const QJsonValue &value : root.value(u"articles").toArray()) {
            const QJsonObject a = value.toObject();
            const QString fileName = a.value(u"file").toString();
            QFile file(m_folder + u'/' + fileName);
            if (fileName.isEmpty() || !file.open(QIODevice::ReadOnly))
                return ProjectError::make(Code::CannotRead, Tr::tr("cannot read the article file “%1”").arg(fileName));
            const QByteArray bytes = file.readAll();

            ArticleMetadata meta;
            meta.title = a.value(u"title").toString();
            meta.outlet = a.value(u"outlet").toString();
            meta.author = a.value(u"author").toString();
            meta.published = QDate::fromString(a.value(u"published").toString(), Qt::ISODate);
            meta.url = a.value(u"url").toString();
            meta.language = a.value(u"language").toString();
            meta.labels = stringList(a.value(u"labels"));
            Provenance provenance{QFileInfo(fileName).fileName(),
                                  bytes.size(),
                                  QCryptographicHash::hash(bytes, QCryptographicHash::Sha256),
                                  QStringLiteral("txt"),
                                  QStringLiteral("UTF-8"),
                                  QDateTime::currentMSecsSinceEpoch()};
            m_articles << m_document.addArticle(meta, normalizeText(QString::fromUtf8(bytes)), provenance);
        }
        return {};
    }

    ProjectError addTags(const QJsonObject &root)
    {
        for (const QJsonValue &value : root.value(u"tags").toArray()) {
            const QJsonObject t = value.toObject();
            Tag tag;
            tag.name = t.value(u"name").toString();
            tag.color = QColor(t.value(u"color").toString()).rgba();
            tag.description = t.value(u"description").toString();
            tag.shortcut = t.value(u"shortcut").toString();
            const QString parent = t.value(u"parent").toString();
            tag.parent = parent.isEmpty() ? NoId : m_tags.value(parent, NoId);
            const TagId id = (parent.isEmpty() || tag.parent != NoId) ? m_document.addTag(tag) : NoId;
            if (id == NoId)
                return fail(
                    Tr::tr("tag “%1” cannot be added (empty name or unknown parent “%2”)").arg(tag.name, parent));
            m_tags.insert(tag.name, id);
        }
        return {};
    }

    ProjectError addClaims(const QJsonObject &root)
    {
        for (const QJsonValue &value : root.value(u"claims").toArray()) {
            const QJsonObject c = value.toObject();
            const QString key = c.value(u"key").toString();
            const int index = c.value(u"article").toInt(-1);
            if (index < 0 || index >= m_articles.size())
                return fail(Tr::tr("claim “%1” names article %2, which is not described").arg(key).arg(index));
            const ArticleId article = m_articles[index];
            const QString &text = findById(project().articles, article)->text;
            const QString quote = c.value(u"quote").toString();
            const qsizetype start = findQuote(text, quote, c.value(u"occurrence").toInt(1));
            if (start < 0)
                return fail(Tr::tr("claim “%1”: the quote “%2” is not in article %3").arg(key, quote).arg(index));

            ClaimAttributes attributes;
            for (const QString &name : stringList(c.value(u"tags"))) {
                if (!m_tags.contains(name))
                    return fail(Tr::tr("claim “%1” has the tag “%2”, which is not in the codebook").arg(key, name));
                attributes.tags << m_tags.value(name);
            }
            attributes.attributedTo = c.value(u"attributedTo").toString();
            attributes.note = c.value(u"note").toString();
            if (!readEnum(c, "kind", attributes.kind) || !readEnum(c, "status", attributes.status)
                || !readEnum(c, "confidence", attributes.confidence))
                return fail(Tr::tr("claim “%1” has an unknown kind, status or confidence").arg(key));
            const ClaimId id = m_document.addClaim(article, int(start), int(start + quote.size()), attributes);
            if (id == NoId)
                return fail(Tr::tr("claim “%1” cannot be anchored").arg(key));
            m_claims.insert(key, id);
        }
        return {};
    }

    ProjectError addLinks(const QJsonObject &root)
    {
        for (const QJsonValue &value : root.value(u"links").toArray()) {
            const QJsonObject l = value.toObject();
            const QString from = l.value(u"from").toString(), to = l.value(u"to").toString();
            Relation relation = Relation::Same;
            if (!readEnum(l, "relation", relation))
                return fail(Tr::tr("the link %1–%2 has an unknown relation").arg(from, to));
            if (m_document.addLink(m_claims.value(from), m_claims.value(to), relation, l.value(u"note").toString())
                == NoId)
                return fail(Tr::tr("the link %1–%2 joins unknown or already linked claims").arg(from, to));
        }
        return {};
    }

    /// Propositions follow from the links; the description names each one
    /// by its claims to give it a label and a note.
    ProjectError addPropositions(const QJsonObject &root)
    {
        for (const QJsonValue &value : root.value(u"propositions").toArray()) {
            const QJsonObject p = value.toObject();
            QList<ClaimId> claims;
            for (const QString &key : stringList(p.value(u"claims")))
                claims << m_claims.value(key, NoId);
            std::sort(claims.begin(), claims.end());
            const QString label = p.value(u"label").toString();
            const Proposition *prop = claims.isEmpty() ? nullptr : propositionOf(m_document.project(), claims.first());
            if (!prop || prop->claims != claims)
                return fail(Tr::tr("the proposition “%1” does not name exactly the claims its links join").arg(label));
            m_document.setProposition(prop->id, label, p.value(u"note").toString());
        }
        return {};
    }

    QString m_folder;
    Document m_document;
    QList<ArticleId> m_articles;
    QHash<QString, TagId> m_tags;
    QHash<QString, ClaimId> m_claims;
};

} // namespace

ProjectError loadProjectDescription(const QString &jsonPath, Project &project)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return ProjectError::make(Code::CannotRead, Tr::tr("cannot read %1: %2").arg(jsonPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return ProjectError::make(Code::MalformedData,
                                  Tr::tr("%1 is not a project description: %2 at offset %3")
                                      .arg(jsonPath, parseError.errorString())
                                      .arg(parseError.offset));
    Builder builder(jsonPath);
    if (ProjectError e = builder.build(json.object()); !e.ok())
        return e;
    project = builder.project();
    return {};
}

} // namespace crossread
