#include "propositiongrouping.h"

#include <QHash>
#include <QSet>

#include <map>
#include <numeric>

namespace crossread {
namespace {

/// Union-find over claim ids, for the few claims an edit touches.
class Components
{
public:
    void add(ClaimId claim) { m_parent.insert(claim, claim); }
    bool contains(ClaimId claim) const { return m_parent.contains(claim); }

    ClaimId find(ClaimId claim)
    {
        ClaimId root = claim;
        while (m_parent.value(root) != root)
            root = m_parent.value(root);
        while (claim != root) { // path compression
            const ClaimId next = m_parent.value(claim);
            m_parent[claim] = root;
            claim = next;
        }
        return root;
    }

    void unite(ClaimId a, ClaimId b)
    {
        const ClaimId ra = find(a);
        const ClaimId rb = find(b);
        if (ra != rb)
            m_parent[std::max(ra, rb)] = std::min(ra, rb);
    }

    /// The groups of two claims or more, each sorted, ordered by first claim.
    std::vector<QList<ClaimId>> groups()
    {
        std::map<ClaimId, QList<ClaimId>> byRoot;
        const QList<ClaimId> claims = m_parent.keys();
        for (ClaimId claim : claims)
            byRoot[find(claim)].append(claim);
        std::vector<QList<ClaimId>> result;
        for (auto &[root, members] : byRoot) {
            if (members.size() < 2)
                continue;
            std::sort(members.begin(), members.end());
            result.push_back(std::move(members));
        }
        std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.first() < b.first(); });
        return result;
    }

private:
    QHash<ClaimId, ClaimId> m_parent;
};

bool sharesClaim(const Proposition &prop, const QList<ClaimId> &sortedClaims)
{
    for (ClaimId claim : sortedClaims) {
        if (std::binary_search(prop.claims.begin(), prop.claims.end(), claim))
            return true;
    }
    return false;
}

} // namespace

bool isGrouping(Relation relation)
{
    switch (relation) {
    case Relation::Same:
    case Relation::Corroborates:
    case Relation::Differs:
    case Relation::Contradicts:
        return true;
    case Relation::Elaborates:
    case Relation::Related:
        break;
    }
    return false;
}

PropositionEdits regroup(const std::vector<Proposition> &propositions, const std::vector<ClaimPair> &edges,
                         const QList<ClaimId> &touched, Id &nextId)
{
    QList<ClaimId> seeds = touched;
    std::sort(seeds.begin(), seeds.end());
    seeds.erase(std::unique(seeds.begin(), seeds.end()), seeds.end());

    // The propositions the touched claims were in, and all their claims.
    std::vector<const Proposition *> affected;
    Components components;
    for (ClaimId claim : seeds)
        components.add(claim);
    for (const Proposition &prop : propositions) {
        if (!sharesClaim(prop, seeds))
            continue;
        affected.push_back(&prop);
        for (ClaimId claim : prop.claims)
            components.add(claim);
    }
    // Every component that now holds one of these claims lies within them:
    // edges only changed at touched claims, and the old components were the
    // propositions.
    for (const auto &[a, b] : edges) {
        if (components.contains(a) && components.contains(b))
            components.unite(a, b);
    }
    const std::vector<QList<ClaimId>> groups = components.groups();

    QHash<ClaimId, int> groupOf;
    for (int g = 0; g < int(groups.size()); ++g) {
        for (ClaimId claim : groups[size_t(g)])
            groupOf.insert(claim, g);
    }

    // Each old proposition goes with the group that keeps most of its claims.
    std::vector<std::vector<const Proposition *>> heirs(groups.size());
    PropositionEdits edits;
    for (const Proposition *prop : affected) { // in id order
        QHash<int, int> overlap;
        for (ClaimId claim : prop->claims) {
            const auto g = groupOf.constFind(claim);
            if (g != groupOf.constEnd())
                ++overlap[g.value()];
        }
        int best = -1;
        for (auto it = overlap.cbegin(); it != overlap.cend(); ++it) {
            if (best < 0 || it.value() > overlap.value(best) || (it.value() == overlap.value(best) && it.key() < best))
                best = it.key();
        }
        if (best < 0)
            edits.removed.push_back(*prop);
        else
            heirs[size_t(best)].push_back(prop);
    }

    for (size_t g = 0; g < groups.size(); ++g) {
        const auto &candidates = heirs[g];
        if (candidates.empty()) {
            edits.added.push_back(Proposition{nextId++, {}, groups[g], {}});
            continue;
        }
        Proposition after = *candidates.front();
        after.claims = groups[g];
        QStringList notes;
        for (const Proposition *prop : candidates) {
            if (after.label.isEmpty())
                after.label = prop->label;
            if (!prop->note.isEmpty() && !notes.contains(prop->note))
                notes.append(prop->note);
        }
        after.note = notes.join(u"\n\n");
        for (size_t i = 1; i < candidates.size(); ++i)
            edits.removed.push_back(*candidates[i]);
        if (!(after == *candidates.front()))
            edits.changed.emplace_back(*candidates.front(), std::move(after));
    }
    std::sort(edits.removed.begin(), edits.removed.end(),
              [](const Proposition &a, const Proposition &b) { return a.id < b.id; });
    return edits;
}

std::vector<ClaimPair> groupingEdges(const std::vector<Link> &links)
{
    std::vector<ClaimPair> edges;
    edges.reserve(links.size());
    for (const Link &link : links) {
        if (isGrouping(link.relation))
            edges.emplace_back(link.from, link.to);
    }
    return edges;
}

/// True when the propositions are already the components of the grouping
/// links (the case for every file this version writes), found with a
/// union-find over claim rows: no hashing, so that loading stays fast.
bool isGroupedByLinks(const Project &project)
{
    const auto &claims = project.claims;
    // Claim ids alone, packed: searching them stays in the cache.
    std::vector<ClaimId> ids(claims.size());
    for (size_t row = 0; row < claims.size(); ++row)
        ids[row] = claims[row].id;
    const auto rowOf = [&ids](ClaimId id) {
        const auto it = std::lower_bound(ids.begin(), ids.end(), id);
        return it != ids.end() && *it == id ? int(it - ids.begin()) : -1;
    };
    std::vector<int> parent(claims.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](int row) {
        while (parent[size_t(row)] != row) {
            parent[size_t(row)] = parent[size_t(parent[size_t(row)])];
            row = parent[size_t(row)];
        }
        return row;
    };
    for (const Link &link : project.links) {
        if (!isGrouping(link.relation))
            continue;
        const int a = rowOf(link.from), b = rowOf(link.to);
        if (a < 0 || b < 0)
            return false;
        const int ra = find(a), rb = find(b);
        if (ra != rb)
            parent[size_t(std::max(ra, rb))] = std::min(ra, rb);
    }
    std::vector<int> size(claims.size(), 0);
    for (size_t row = 0; row < claims.size(); ++row)
        ++size[size_t(find(int(row)))];
    size_t components = 0;
    for (size_t row = 0; row < claims.size(); ++row)
        components += size[row] >= 2 ? 1 : 0;
    if (components != project.propositions.size())
        return false;
    // Each proposition must be one whole component: all its claims share a
    // root, and it has as many claims as that component.
    std::vector<char> seen(claims.size(), 0);
    for (const Proposition &prop : project.propositions) {
        if (prop.claims.size() < 2)
            return false;
        const int first = rowOf(prop.claims.first());
        if (first < 0)
            return false;
        const int root = find(first);
        if (seen[size_t(root)] || size[size_t(root)] != prop.claims.size())
            return false;
        seen[size_t(root)] = 1;
        for (ClaimId id : prop.claims) {
            const int row = rowOf(id);
            if (row < 0 || find(row) != root)
                return false;
        }
    }
    return true;
}

bool regroupAll(Project &project)
{
    if (isGroupedByLinks(project))
        return false;
    const std::vector<ClaimPair> edges = groupingEdges(project.links);
    QList<ClaimId> touched;
    touched.reserve(qsizetype(edges.size() * 2));
    for (const auto &[a, b] : edges)
        touched << a << b;
    for (const Proposition &prop : project.propositions)
        touched << prop.claims;
    const PropositionEdits edits = regroup(project.propositions, edges, touched, project.nextId);
    if (edits.isEmpty())
        return false;

    QSet<PropositionId> gone;
    for (const Proposition &prop : edits.removed)
        gone.insert(prop.id);
    auto &props = project.propositions;
    props.erase(std::remove_if(props.begin(), props.end(), [&](const Proposition &p) { return gone.contains(p.id); }),
                props.end());
    for (const auto &[before, after] : edits.changed)
        props[size_t(rowOf(props, after.id))] = after;
    props.insert(props.end(), edits.added.begin(), edits.added.end()); // new ids are the highest
    return true;
}

QString propositionLabel(const Project &project, const Proposition &proposition)
{
    if (!proposition.label.isEmpty() || proposition.claims.isEmpty())
        return proposition.label;
    const Claim *first = findById(project.claims, proposition.claims.first());
    return first ? shortForm(first->anchor.quote) : QString();
}

QString shortForm(const QString &text, int maxChars)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxChars)
        return simple;
    int cut = int(simple.lastIndexOf(u' ', maxChars));
    if (cut < maxChars / 2)
        cut = maxChars;
    if (cut > 0 && simple.at(cut - 1).isHighSurrogate())
        --cut;
    QString result = simple.left(cut);
    while (!result.isEmpty() && (result.back().isSpace() || result.back().isPunct()))
        result.chop(1);
    return result + u'…';
}

const Proposition *propositionOf(const Project &project, ClaimId claim)
{
    for (const Proposition &prop : project.propositions) {
        if (std::binary_search(prop.claims.begin(), prop.claims.end(), claim))
            return &prop;
    }
    return nullptr;
}

} // namespace crossread
