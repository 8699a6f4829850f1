#include "projectvalidator.h"

#include "project.h"
#include "textanchor.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace crossread {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crossread::ProjectValidator", text);
}

ProjectError invalid(const QString &message)
{
    return ProjectError::make(ProjectError::Code::InvalidContent, message);
}

QString name(EntityKind kind, Id id)
{
    return idToString(kind, id);
}

template<class T>
ProjectError checkTableIds(const std::vector<T> &table, EntityKind kind, Id nextId, std::vector<Id> &allIds)
{
    Id previous = NoId;
    for (const T &item : table) {
        if (item.id == NoId)
            return invalid(tr("an object of the project has no id (0)"));
        if (item.id <= previous)
            return invalid(tr("%1 is out of order or appears twice").arg(name(kind, item.id)));
        if (item.id >= nextId)
            return invalid(tr("%1 is not below the next free id (%2)").arg(name(kind, item.id)).arg(nextId));
        previous = item.id;
        allIds.push_back(item.id);
    }
    return {};
}

bool isSortedUnique(const QList<Id> &ids)
{
    for (qsizetype i = 1; i < ids.size(); ++i) {
        if (ids[i - 1] >= ids[i])
            return false;
    }
    return true;
}

ProjectError checkIds(const Project &p)
{
    std::vector<Id> all;
    all.reserve(p.articles.size() + p.tags.size() + p.claims.size() + p.links.size() + p.propositions.size());
    for (auto error : {checkTableIds(p.articles, EntityKind::Article, p.nextId, all),
                       checkTableIds(p.tags, EntityKind::Tag, p.nextId, all),
                       checkTableIds(p.claims, EntityKind::Claim, p.nextId, all),
                       checkTableIds(p.links, EntityKind::Link, p.nextId, all),
                       checkTableIds(p.propositions, EntityKind::Proposition, p.nextId, all)}) {
        if (!error.ok())
            return error;
    }
    std::sort(all.begin(), all.end());
    const auto duplicate = std::adjacent_find(all.begin(), all.end());
    if (duplicate != all.end())
        return invalid(tr("the id %1 is used by two objects").arg(*duplicate));
    return {};
}

ProjectError checkTags(const Project &p)
{
    for (const Tag &tag : p.tags) {
        if (tag.parent == NoId)
            continue;
        if (!findById(p.tags, tag.parent))
            return invalid(tr("tag %1 has a parent %2 that is not in the codebook")
                               .arg(name(EntityKind::Tag, tag.id), name(EntityKind::Tag, tag.parent)));
        // Walking up more steps than there are tags means a cycle.
        TagId up = tag.parent;
        for (size_t steps = 0; up != NoId; ++steps) {
            if (up == tag.id || steps > p.tags.size())
                return invalid(tr("tag %1 is its own ancestor").arg(name(EntityKind::Tag, tag.id)));
            up = findById(p.tags, up)->parent;
        }
    }
    return {};
}

ProjectError checkClaims(const Project &p)
{
    for (const Claim &claim : p.claims) {
        const QString claimName = name(EntityKind::Claim, claim.id);
        const Article *article = findById(p.articles, claim.article);
        if (!article)
            return invalid(tr("claim %1 refers to article %2, which is not in the project")
                               .arg(claimName, name(EntityKind::Article, claim.article)));
        const Anchor &a = claim.anchor;
        if (!isValidSpan(article->text, a.start, a.end))
            return invalid(tr("claim %1 spans %2–%3, which is not a valid span of its article's text "
                              "(%4 characters)")
                               .arg(claimName)
                               .arg(a.start)
                               .arg(a.end)
                               .arg(article->text.size()));
        if (QStringView(article->text).sliced(a.start, a.length()) != a.quote)
            return invalid(tr("claim %1 quotes text that its article does not have at %2–%3")
                               .arg(claimName)
                               .arg(a.start)
                               .arg(a.end));
        if (!isSortedUnique(claim.attributes.tags))
            return invalid(tr("claim %1 lists a tag twice").arg(claimName));
        for (TagId tag : claim.attributes.tags) {
            if (!findById(p.tags, tag))
                return invalid(tr("claim %1 has tag %2, which is not in the codebook")
                                   .arg(claimName, name(EntityKind::Tag, tag)));
        }
        if (!isKnown(claim.attributes.kind) || !isKnown(claim.attributes.status)
            || !isKnown(claim.attributes.confidence))
            return invalid(tr("claim %1 has an unknown kind, status or confidence").arg(claimName));
    }
    return {};
}

ProjectError checkLinks(const Project &p)
{
    for (const Link &link : p.links) {
        const QString linkName = name(EntityKind::Link, link.id);
        for (ClaimId end : {link.from, link.to}) {
            if (!findById(p.claims, end))
                return invalid(tr("link %1 refers to claim %2, which is not in the project")
                                   .arg(linkName, name(EntityKind::Claim, end)));
        }
        if (link.from == link.to)
            return invalid(tr("link %1 joins claim %2 to itself").arg(linkName, name(EntityKind::Claim, link.from)));
        if (!isKnown(link.relation))
            return invalid(tr("link %1 has an unknown relation").arg(linkName));
    }
    return {};
}

ProjectError checkPropositions(const Project &p)
{
    QHash<ClaimId, PropositionId> owner;
    for (const Proposition &prop : p.propositions) {
        const QString propName = name(EntityKind::Proposition, prop.id);
        if (!isSortedUnique(prop.claims))
            return invalid(tr("proposition %1 lists a claim twice").arg(propName));
        for (ClaimId claim : prop.claims) {
            if (!findById(p.claims, claim))
                return invalid(tr("proposition %1 refers to claim %2, which is not in the project")
                                   .arg(propName, name(EntityKind::Claim, claim)));
            const auto other = owner.constFind(claim);
            if (other != owner.constEnd())
                return invalid(tr("claim %1 belongs to two propositions, %2 and %3")
                                   .arg(name(EntityKind::Claim, claim),
                                        name(EntityKind::Proposition, other.value()), propName));
            owner.insert(claim, prop.id);
        }
    }
    return {};
}

} // namespace

ProjectError validateProject(const Project &project)
{
    for (auto check : {checkIds, checkTags, checkClaims, checkLinks, checkPropositions}) {
        ProjectError error = check(project);
        if (!error.ok())
            return error;
    }
    return {};
}

} // namespace crossread
