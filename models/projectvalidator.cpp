#include "projectvalidator.h"

#include "project.h"
#include "textanchor.h"
#include "vocabulary.h"

#include <QCoreApplication>

#include <limits>

namespace crossread {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::ProjectValidator)
};

ProjectError invalid(const QString &message)
{
    return ProjectError::make(ProjectError::Code::InvalidContent, message);
}

QString name(EntityKind kind, Id id)
{
    return idToString(kind, id);
}

/// The ids of each table, contiguous: lookups by binary search stay in
/// cache, where searching the tables themselves strides over large rows.
struct Ids
{
    std::vector<Id> articles, tags, claims, links, propositions;

    static int rowIn(const std::vector<Id> &ids, Id id)
    {
        const auto it = std::lower_bound(ids.begin(), ids.end(), id);
        return it != ids.end() && *it == id ? int(it - ids.begin()) : -1;
    }
    static bool has(const std::vector<Id> &ids, Id id) { return rowIn(ids, id) >= 0; }
};

template<class T>
ProjectError collectIds(const std::vector<T> &table, EntityKind kind, Id nextId, std::vector<Id> &ids)
{
    ids.reserve(table.size());
    Id previous = NoId;
    for (const T &item : table) {
        if (item.id == NoId)
            return invalid(Tr::tr("an object of the project has no id (0)"));
        if (item.id <= previous)
            return invalid(Tr::tr("%1 is out of order or appears twice").arg(name(kind, item.id)));
        if (item.id >= nextId)
            return invalid(Tr::tr("%1 is not below the next free id (%2)").arg(name(kind, item.id)).arg(nextId));
        previous = item.id;
        ids.push_back(item.id);
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

ProjectError checkIds(const Project &p, Ids &ids)
{
    for (auto error : {collectIds(p.articles, EntityKind::Article, p.nextId, ids.articles),
                       collectIds(p.tags, EntityKind::Tag, p.nextId, ids.tags),
                       collectIds(p.claims, EntityKind::Claim, p.nextId, ids.claims),
                       collectIds(p.links, EntityKind::Link, p.nextId, ids.links),
                       collectIds(p.propositions, EntityKind::Proposition, p.nextId, ids.propositions)}) {
        if (!error.ok())
            return error;
    }
    // Each table is sorted: merging them shows an id used in two tables.
    std::vector<Id> all;
    all.reserve(ids.articles.size() + ids.tags.size() + ids.claims.size() + ids.links.size() + ids.propositions.size());
    for (const auto *table : {&ids.articles, &ids.tags, &ids.claims, &ids.links, &ids.propositions}) {
        const auto middle = all.insert(all.end(), table->begin(), table->end());
        std::inplace_merge(all.begin(), middle, all.end());
    }
    const auto duplicate = std::adjacent_find(all.begin(), all.end());
    if (duplicate != all.end())
        return invalid(Tr::tr("the id %1 is used by two objects").arg(*duplicate));
    return {};
}

ProjectError checkArticles(const Project &p, const Ids &ids)
{
    for (const Article &article : p.articles) {
        if (article.previousVersion == NoId)
            continue;
        if (article.previousVersion >= article.id || !Ids::has(ids.articles, article.previousVersion))
            return invalid(
                Tr::tr("article %1 names %2 as its previous version, which is not an older article of the project")
                    .arg(name(EntityKind::Article, article.id), name(EntityKind::Article, article.previousVersion)));
    }
    return {};
}

ProjectError checkTags(const Project &p, const Ids &ids)
{
    // Every parent first: the walk up below then only meets tags that exist.
    for (const Tag &tag : p.tags) {
        if (tag.parent != NoId && !Ids::has(ids.tags, tag.parent))
            return invalid(Tr::tr("tag %1 has a parent %2 that is not in the codebook")
                               .arg(name(EntityKind::Tag, tag.id), name(EntityKind::Tag, tag.parent)));
    }
    // Walk up from each tag, marking the way: meeting a tag of this walk is a
    // cycle; meeting one an earlier walk cleared ends it. Each tag is walked
    // once, so a deep codebook costs no more than a flat one.
    enum : char { Unseen, OnWalk, Cleared };
    std::vector<char> state(p.tags.size(), Unseen);
    std::vector<size_t> walk;
    for (size_t start = 0; start < p.tags.size(); ++start) {
        walk.clear();
        size_t row = start;
        while (state[row] == Unseen) {
            state[row] = OnWalk;
            walk.push_back(row);
            if (p.tags[row].parent == NoId)
                break;
            row = size_t(Ids::rowIn(ids.tags, p.tags[row].parent));
        }
        if (state[row] == OnWalk && p.tags[row].parent != NoId)
            return invalid(Tr::tr("tag %1 is its own ancestor").arg(name(EntityKind::Tag, p.tags[row].id)));
        for (size_t r : walk)
            state[r] = Cleared;
    }
    return {};
}

ProjectError checkClaims(const Project &p, const Ids &ids, QuoteCheck quotes)
{
    const Article *article = nullptr;
    for (const Claim &claim : p.claims) {
        // Named only for a message: formatting a million names costs a tenth of a second.
        const auto claimName = [&claim] { return name(EntityKind::Claim, claim.id); };
        if (!article || article->id != claim.article) {
            const int row = Ids::rowIn(ids.articles, claim.article);
            if (row < 0)
                return invalid(Tr::tr("claim %1 refers to article %2, which is not in the project")
                                   .arg(claimName(), name(EntityKind::Article, claim.article)));
            article = &p.articles[size_t(row)];
        }
        const Anchor &a = claim.anchor;
        if (!isValidSpan(article->text, a.start, a.end))
            return invalid(Tr::tr("claim %1 spans %2–%3, which is not a valid span of its article's text "
                                  "(%4 characters)")
                               .arg(claimName())
                               .arg(a.start)
                               .arg(a.end)
                               .arg(article->text.size()));
        if (quotes == QuoteCheck::Compare && QStringView(article->text).sliced(a.start, a.length()) != a.quote)
            return invalid(Tr::tr("claim %1 quotes text that its article does not have at %2–%3")
                               .arg(claimName())
                               .arg(a.start)
                               .arg(a.end));
        if (!isSortedUnique(claim.attributes.tags))
            return invalid(Tr::tr("claim %1 lists a tag twice").arg(claimName()));
        for (TagId tag : claim.attributes.tags) {
            if (!Ids::has(ids.tags, tag))
                return invalid(Tr::tr("claim %1 has tag %2, which is not in the codebook")
                                   .arg(claimName(), name(EntityKind::Tag, tag)));
        }
        if (!isKnown(claim.attributes.kind) || !isKnown(claim.attributes.status)
            || !isKnown(claim.attributes.confidence))
            return invalid(Tr::tr("claim %1 has an unknown kind, status or confidence").arg(claimName()));
    }
    return {};
}

ProjectError checkLinks(const Project &p, const Ids &ids)
{
    for (const Link &link : p.links) {
        const auto linkName = [&link] { return name(EntityKind::Link, link.id); };
        for (ClaimId end : {link.from, link.to}) {
            if (!Ids::has(ids.claims, end))
                return invalid(Tr::tr("link %1 refers to claim %2, which is not in the project")
                                   .arg(linkName(), name(EntityKind::Claim, end)));
        }
        if (link.from == link.to)
            return invalid(
                Tr::tr("link %1 joins claim %2 to itself").arg(linkName(), name(EntityKind::Claim, link.from)));
        if (!isKnown(link.relation))
            return invalid(Tr::tr("link %1 has an unknown relation").arg(linkName()));
    }
    return {};
}

ProjectError checkPropositions(const Project &p, const Ids &ids)
{
    // The proposition each claim belongs to, by the claim's row.
    std::vector<PropositionId> owner(ids.claims.size(), NoId);
    for (const Proposition &prop : p.propositions) {
        const auto propName = [&prop] { return name(EntityKind::Proposition, prop.id); };
        if (!isSortedUnique(prop.claims))
            return invalid(Tr::tr("proposition %1 lists a claim twice").arg(propName()));
        for (ClaimId claim : prop.claims) {
            const int row = Ids::rowIn(ids.claims, claim);
            if (row < 0)
                return invalid(Tr::tr("proposition %1 refers to claim %2, which is not in the project")
                                   .arg(propName(), name(EntityKind::Claim, claim)));
            if (owner[size_t(row)] != NoId)
                return invalid(Tr::tr("claim %1 belongs to two propositions, %2 and %3")
                                   .arg(name(EntityKind::Claim, claim),
                                        name(EntityKind::Proposition, owner[size_t(row)]), propName()));
            owner[size_t(row)] = prop.id;
        }
    }
    return {};
}

} // namespace

ProjectError validateProject(const Project &project, QuoteCheck quotes)
{
    // Loading regroups the propositions, which may hand out an id per
    // claim: the counter must have room for them without wrapping to 0.
    if (project.nextId == NoId || quint64(project.nextId) + project.claims.size() > std::numeric_limits<Id>::max())
        return invalid(Tr::tr("the next free id (%1) leaves no room for new objects").arg(project.nextId));
    Ids ids;
    if (ProjectError error = checkIds(project, ids); !error.ok())
        return error;
    for (auto check : {checkArticles, checkTags}) {
        if (ProjectError error = check(project, ids); !error.ok())
            return error;
    }
    if (ProjectError error = checkClaims(project, ids, quotes); !error.ok())
        return error;
    for (auto check : {checkLinks, checkPropositions}) {
        if (ProjectError error = check(project, ids); !error.ok())
            return error;
    }
    return {};
}

} // namespace crossread
