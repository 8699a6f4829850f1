#include "adjudication.h"

#include "document.h"
#include "textanchor.h"

#include <QCoreApplication>
#include <QSet>

#include <map>

namespace crossread {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::Adjudication)
};

/// Two versions say the same: span and attributes, notes aside.
bool sameClaim(const Claim &a, const Claim &b)
{
    ClaimAttributes x = a.attributes, y = b.attributes;
    x.note.clear();
    y.note.clear();
    return a.anchor.start == b.anchor.start && a.anchor.end == b.anchor.end && x == y;
}

/// The state of a project for adjudication, worked out once.
struct State
{
    const Project &p;
    QStringList annotators;
    ClaimMatching matching;
    QHash<ArticleId, QList<const Claim *>> consensus; ///< settled claims, by article

    State(const Project &project, QStringList names)
        : p(project)
        , annotators(names.isEmpty() ? annotatorsOf(project) : std::move(names))
        , matching(matchClaims(project, annotators))
    {
        for (const Claim &c : p.claims)
            if (c.author == consensusAuthor())
                consensus[c.article] << &c;
    }

    /// The settled claim standing for `claim`, or NoId.
    ClaimId counterpart(const Claim &claim) const
    {
        ClaimId best = NoId;
        double bestOverlap = 0.5 - 1e-9;
        for (const Claim *c : consensus.value(claim.article)) {
            const double o = spanOverlap(c->anchor, claim.anchor);
            if (o > bestOverlap) {
                best = c->id;
                bestOverlap = o;
            }
        }
        return best;
    }

    /// Claim units: those matched across annotators, and each claim of an
    /// article only one of them tagged, alone.
    QList<ClaimUnit> units() const
    {
        QList<ClaimUnit> all = matching.units;
        for (const Claim &c : p.claims) {
            const int coder = int(annotators.indexOf(c.author));
            if (coder < 0 || matching.taggers(c.article) >= 2)
                continue;
            ClaimUnit unit{c.article, QList<ClaimId>(annotators.size(), NoId)};
            unit.claims[coder] = c.id;
            all << unit;
        }
        return all;
    }
};

/// The units of links: annotators' links grouped by the settled claims
/// their ends stand for.
struct LinkGroup
{
    ClaimId from = NoId, to = NoId;
    QList<LinkId> links; ///< by annotator
};

} // namespace

Adjudication adjudicate(const Project &project, QStringList annotators)
{
    const State s(project, std::move(annotators));
    Adjudication a;
    const int coders = int(s.annotators.size());
    for (const Claim &c : project.claims)
        a.settledClaims += c.author == consensusAuthor() ? 1 : 0;
    for (const Link &l : project.links)
        a.settledLinks += l.author == consensusAuthor() ? 1 : 0;

    for (const ClaimUnit &unit : s.units()) {
        Disagreement d;
        d.article = unit.article;
        bool settled = false, same = true;
        const Claim *first = nullptr;
        for (int coder = 0; coder < coders; ++coder) {
            const Claim *c = findById(project.claims, unit.claims.value(coder, NoId));
            if (!c) {
                if (s.matching.taggedBy(unit.article, coder))
                    d.without << s.annotators[coder];
                continue;
            }
            settled = settled || s.counterpart(*c) != NoId;
            if (!first)
                first = c;
            else if (!sameClaim(*first, *c))
                same = false;
            d.annotators << s.annotators[coder];
            d.versions << c->id;
        }
        if (settled || d.versions.isEmpty())
            continue;
        d.kind = d.versions.size() == 1 ? Disagreement::Kind::ClaimByOneOnly : Disagreement::Kind::ClaimVersions;
        (same && d.without.isEmpty() ? a.agreed : a.disagreements) << d;
    }

    // Links, by the settled claims their ends stand for.
    std::map<std::pair<ClaimId, ClaimId>, LinkGroup> groups;
    QSet<std::pair<ClaimId, ClaimId>> settledPairs;
    for (const Link &l : project.links) {
        const Claim *from = findById(project.claims, l.from), *to = findById(project.claims, l.to);
        if (!from || !to)
            continue;
        if (l.author == consensusAuthor()) {
            settledPairs.insert({std::min(l.from, l.to), std::max(l.from, l.to)});
            continue;
        }
        const int coder = int(s.annotators.indexOf(l.author));
        if (coder < 0)
            continue;
        const ClaimId cf = s.counterpart(*from), ct = s.counterpart(*to);
        if (cf == NoId || ct == NoId || cf == ct) {
            ++a.waitingLinks;
            continue;
        }
        LinkGroup &g = groups[{std::min(cf, ct), std::max(cf, ct)}];
        if (g.links.isEmpty())
            g = LinkGroup{cf, ct, QList<LinkId>(coders, NoId)};
        if (g.links[coder] == NoId)
            g.links[coder] = l.id;
    }
    for (const auto &[key, g] : groups) {
        if (settledPairs.contains(key))
            continue;
        const Claim *from = findById(project.claims, g.from), *to = findById(project.claims, g.to);
        Disagreement d;
        d.article = from->article;
        d.from = g.from;
        d.to = g.to;
        QSet<int> relations;
        for (int coder = 0; coder < coders; ++coder) {
            if (const Link *l = findById(project.links, g.links[coder])) {
                d.annotators << s.annotators[coder];
                d.versions << l->id;
                relations.insert(int(l->relation));
            } else if (s.matching.tagged.value(from->article).value(coder, false)
                       && s.matching.tagged.value(to->article).value(coder, false)) {
                d.without << s.annotators[coder]; // tagged both articles: could have linked
            }
        }
        d.kind = relations.size() > 1 ? Disagreement::Kind::LinkVersions : Disagreement::Kind::LinkByOneOnly;
        (relations.size() == 1 && d.without.isEmpty() ? a.agreed : a.disagreements) << d;
    }
    return a;
}

bool acceptVersion(Document &document, const Disagreement &d, int version)
{
    const Project &p = document.project();
    if (d.isLink()) {
        const Link *l = findById(p.links, d.versions.value(version, NoId));
        return l && document.addLink(d.from, d.to, l->relation, l->note, consensusAuthor()) != NoId;
    }
    const Claim *c = findById(p.claims, d.versions.value(version, NoId));
    return c && document.addClaim(c->article, c->anchor.start, c->anchor.end, c->attributes, consensusAuthor()) != NoId;
}

bool acceptAll(Document &document, const Disagreement &d)
{
    if (d.kind != Disagreement::Kind::ClaimVersions)
        return false;
    const Project &p = document.project();
    const Claim *first = findById(p.claims, d.versions.value(0, NoId));
    if (!first)
        return false;
    ClaimAttributes attributes = first->attributes;
    for (Id id : d.versions)
        if (const Claim *c = findById(p.claims, id))
            attributes.tags += c->attributes.tags;
    std::sort(attributes.tags.begin(), attributes.tags.end());
    attributes.tags.erase(std::unique(attributes.tags.begin(), attributes.tags.end()), attributes.tags.end());
    const Anchor span = first->anchor;
    return document.addClaim(first->article, span.start, span.end, attributes, consensusAuthor()) != NoId;
}

bool rejectVersions(Document &document, const Disagreement &d)
{
    return d.isLink() ? document.removeLinks(d.versions) : document.removeClaims(d.versions);
}

int acceptAgreements(Document &document, QStringList annotators)
{
    Document::EditGroup group(document, Tr::tr("Accept what the annotators agree on"));
    int settled = 0;
    // Claims first, then the links between the claims just settled.
    for (const bool links : {false, true}) {
        for (const Disagreement &d : adjudicate(document.project(), annotators).agreed)
            if (d.isLink() == links)
                settled += acceptVersion(document, d, 0) ? 1 : 0;
    }
    return settled;
}

bool finishAdjudication(Document &document)
{
    QList<ClaimId> claims;
    QList<LinkId> links;
    for (const Claim &c : document.project().claims)
        if (c.author != consensusAuthor())
            claims << c.id;
    QSet<ClaimId> going(claims.begin(), claims.end());
    for (const Link &l : document.project().links)
        if (l.author != consensusAuthor() && !going.contains(l.from) && !going.contains(l.to))
            links << l.id;
    if (claims.isEmpty() && links.isEmpty())
        return false;
    Document::EditGroup group(document, Tr::tr("Keep only the settled claims and links"));
    if (!links.isEmpty())
        document.removeLinks(links);
    if (!claims.isEmpty())
        document.removeClaims(claims);
    return true;
}

} // namespace crossread
