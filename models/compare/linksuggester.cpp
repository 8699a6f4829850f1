#include "linksuggester.h"

#include "passageindex.h"

#include <models/longworkpool.h>
#include <models/project.h>

#include <QHash>
#include <QSet>
#include <QtConcurrentMap>

#include <atomic>
#include <map>
#include <numeric>

namespace crossread {
namespace {

bool overlaps(int start, int end, int otherStart, int otherEnd)
{
    return start < otherEnd && otherStart < end;
}

int overlap(int start, int end, int otherStart, int otherEnd)
{
    return std::min(end, otherEnd) - std::max(start, otherStart);
}

quint64 pairKey(ClaimId a, ClaimId b)
{
    return (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
}

/// Of `claims` (of one article), the one that covers the most of
/// [start, end), if that is at least half of it; else NoId.
ClaimId mostCovering(const std::vector<const Claim *> &claims, int start, int end)
{
    ClaimId best = NoId;
    int bestOverlap = (end - start + 1) / 2 - 1;
    for (const Claim *c : claims) {
        const int o = overlap(start, end, c->anchor.start, c->anchor.end);
        if (o > bestOverlap) {
            bestOverlap = o;
            best = c->id;
        }
    }
    return best;
}

/// The oldest version of `article`: what all its versions share.
ArticleId versionRoot(const Project &project, ArticleId article)
{
    for (const Article *a = findById(project.articles, article); a && a->previousVersion != NoId;
         a = findById(project.articles, a->previousVersion))
        article = a->previousVersion;
    return article;
}

} // namespace

/// What the pass looks up for every hit, gathered once.
class SuggestionFacts
{
public:
    explicit SuggestionFacts(const Project &p)
        : m_project(p)
    {
        for (const Claim &c : p.claims)
            m_claimsOf[c.article].push_back(&c);
        for (const Link &l : p.links)
            m_linked.insert(pairKey(l.from, l.to));
        for (const Proposition &prop : p.propositions) {
            for (ClaimId c : prop.claims)
                m_proposition.insert(c, prop.id);
        }
        for (const RejectedSuggestion &r : p.assist.rejected)
            m_rejected[r.claim].push_back(&r);
        // Versions of one article share the oldest one as their root.
        for (const Article &a : p.articles) {
            const ArticleId root = versionRoot(p, a.id);
            m_family[root].append(a.id);
            m_root.insert(a.id, root);
        }
    }

    ClaimId covering(ArticleId article, int start, int end) const
    {
        return mostCovering(m_claimsOf.value(article), start, end);
    }

    /// The article and its other versions.
    QList<ArticleId> family(ArticleId article) const { return m_family.value(m_root.value(article, article)); }

    bool linked(ClaimId a, ClaimId b) const
    {
        if (m_linked.contains(pairKey(a, b)))
            return true;
        const PropositionId pa = m_proposition.value(a, NoId);
        return pa != NoId && pa == m_proposition.value(b, NoId);
    }

    bool rejected(ClaimId claim, ArticleId article, int start, int end) const
    {
        for (const RejectedSuggestion *r : m_rejected.value(claim)) {
            if (r->article == article && overlaps(r->start, r->end, start, end))
                return true;
        }
        return false;
    }

    bool settled(const LinkSuggestion &s) const
    {
        const Claim *claim = findById(m_project.claims, s.claim);
        if (!claim || (s.target != NoId && !findById(m_project.claims, s.target)))
            return true; // gone since
        if (rejected(s.claim, s.article, s.start, s.end))
            return true;
        // Any claim in the passage already linked with this one (or whose
        // rejection names this one) settles it: a passage holding a detail
        // linked already is no news.
        for (const Claim *c : m_claimsOf.value(s.article)) {
            if (c->id == s.target || (s.target == NoId && overlaps(c->anchor.start, c->anchor.end, s.start, s.end))) {
                if (linked(s.claim, c->id) || rejected(c->id, claim->article, claim->anchor.start, claim->anchor.end))
                    return true;
            }
        }
        return false;
    }

private:
    const Project &m_project;
    QHash<ArticleId, std::vector<const Claim *>> m_claimsOf;
    QSet<quint64> m_linked;
    QHash<ClaimId, PropositionId> m_proposition;
    QHash<ClaimId, std::vector<const RejectedSuggestion *>> m_rejected;
    QHash<ArticleId, QList<ArticleId>> m_family;
    QHash<ArticleId, ArticleId> m_root;
};

QList<ArticleId> articleFamily(const Project &project, ArticleId article)
{
    const ArticleId root = versionRoot(project, article);
    QList<ArticleId> family;
    for (const Article &a : project.articles) {
        if (a.id == article || versionRoot(project, a.id) == root)
            family << a.id;
    }
    return family;
}

ClaimId claimCovering(const Project &project, ArticleId article, int start, int end)
{
    std::vector<const Claim *> claims;
    for (const Claim &c : project.claims) {
        if (c.article == article)
            claims.push_back(&c);
    }
    return mostCovering(claims, start, end);
}

SettledCheck::SettledCheck(const Project &project)
    : m_facts(std::make_unique<SuggestionFacts>(project))
{
}

SettledCheck::~SettledCheck() = default;

bool SettledCheck::operator()(const LinkSuggestion &suggestion) const
{
    return m_facts->settled(suggestion);
}

bool isSettled(const Project &project, const LinkSuggestion &suggestion)
{
    return SuggestionFacts(project).settled(suggestion);
}

RejectedSuggestion rejectionOf(const LinkSuggestion &suggestion)
{
    return {suggestion.claim, suggestion.article, suggestion.start, suggestion.end};
}

QList<LinkSuggestion> suggestLinks(const Project &project, const PassageIndex &index, int perClaim,
                                   const std::function<bool(int, int)> &progress)
{
    const SuggestionFacts facts(project);
    const int total = int(project.claims.size());
    constexpr int ChunkSize = 32;
    std::vector<int> chunks((total + ChunkSize - 1) / ChunkSize);
    std::iota(chunks.begin(), chunks.end(), 0);
    std::vector<std::vector<LinkSuggestion>> found(chunks.size());
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};

    QtConcurrent::blockingMap(longWorkPool(), chunks, [&](int chunk) {
        if (stop.load(std::memory_order_relaxed))
            return;
        const int first = chunk * ChunkSize, last = std::min(total, first + ChunkSize);
        for (int row = first; row < last; ++row) {
            const Claim &claim = project.claims[size_t(row)];
            const Article *article = findById(project.articles, claim.article);
            if (!article || claim.anchor.quote.trimmed().isEmpty())
                continue;
            const QList<PassageHit> hits
                = index.search(claim.anchor.quote, article->meta.language, article->meta.published,
                               facts.family(article->id), perClaim * 3);
            int kept = 0;
            for (const PassageHit &hit : hits) {
                if (kept == perClaim)
                    break;
                LinkSuggestion s{claim.id, hit.article, hit.start, hit.end, NoId, hit.score};
                s.target = facts.covering(hit.article, hit.start, hit.end);
                if (s.target != NoId) {
                    const Claim *target = findById(project.claims, s.target);
                    s.start = target->anchor.start;
                    s.end = target->anchor.end;
                }
                if (facts.settled(s))
                    continue;
                found[size_t(chunk)].push_back(s);
                ++kept;
            }
        }
        const int now = done.fetch_add(last - first) + (last - first);
        if (progress && !progress(now, total))
            stop = true;
    });

    // Each pair once, with its better score.
    QHash<quint64, int> pairRow;
    std::map<std::tuple<ClaimId, ArticleId, int>, int> passageRow;
    QList<LinkSuggestion> result;
    for (const auto &chunk : found) {
        for (const LinkSuggestion &s : chunk) {
            int &row = s.target != NoId ? pairRow[pairKey(s.claim, s.target)]
                                        : passageRow[std::make_tuple(s.claim, s.article, s.start)];
            if (row == 0) {
                result.append(s);
                row = int(result.size()); // one past, so that 0 means none
            } else if (result[row - 1].score < s.score) {
                result[row - 1] = s;
            }
        }
    }
    std::sort(result.begin(), result.end(), [](const LinkSuggestion &a, const LinkSuggestion &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return std::tie(a.claim, a.article, a.start) < std::tie(b.claim, b.article, b.start);
    });
    return result;
}

} // namespace crossread
