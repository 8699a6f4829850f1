#include "comparisonmatrix.h"

#include "propositiongrouping.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace crossread {
namespace {

struct Edge
{
    ClaimId other;
    Relation relation;
};
using Adjacency = QHash<ClaimId, QList<Edge>>;

/// The grouping links at each claim; `only` (when not empty) limits it to
/// links between those claims.
Adjacency groupingAdjacency(const Project &project, const QList<ClaimId> &only = {})
{
    Adjacency next;
    for (const Link &link : project.links) {
        if (!isGrouping(link.relation))
            continue;
        if (!only.isEmpty() && !std::binary_search(only.begin(), only.end(), link.from))
            continue;
        next[link.from].append({link.to, link.relation});
        next[link.to].append({link.from, link.relation});
    }
    return next;
}

/// Breadth-first from the first claim, carrying whether the chain so far
/// contradicts (odd count) and whether it differs.
QList<Stance> stances(const Proposition &prop, const Adjacency &next)
{
    struct State
    {
        bool contradicts = false;
        bool differs = false;
    };
    QHash<ClaimId, State> seen;
    if (prop.claims.isEmpty())
        return {};
    QList<ClaimId> queue{prop.claims.first()};
    seen.insert(prop.claims.first(), {});
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const State here = seen.value(queue[i]);
        for (const Edge &edge : next.value(queue[i])) {
            if (seen.contains(edge.other))
                continue;
            State there = here;
            there.contradicts ^= edge.relation == Relation::Contradicts;
            there.differs |= edge.relation == Relation::Differs;
            seen.insert(edge.other, there);
            queue.append(edge.other);
        }
    }
    QList<Stance> result;
    result.reserve(prop.claims.size());
    for (ClaimId claim : prop.claims) {
        const State s = seen.value(claim);
        result.append(s.contradicts ? Stance::Contradicts : s.differs ? Stance::Differs : Stance::Asserts);
    }
    return result;
}

QSet<TagId> subtreeOf(const std::vector<Tag> &tags, TagId root)
{
    QSet<TagId> subtree;
    if (!findById(tags, root))
        return subtree;
    subtree.insert(root);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Tag &tag : tags) {
            if (tag.parent != NoId && subtree.contains(tag.parent) && !subtree.contains(tag.id)) {
                subtree.insert(tag.id);
                grew = true;
            }
        }
    }
    return subtree;
}

} // namespace

QString stanceKey(Stance stance)
{
    switch (stance) {
    case Stance::Asserts:
        return QStringLiteral("asserts");
    case Stance::Differs:
        return QStringLiteral("differs");
    case Stance::Contradicts:
        return QStringLiteral("contradicts");
    }
    return {};
}

QString stanceLabel(Stance stance)
{
    switch (stance) {
    case Stance::Asserts:
        return QCoreApplication::translate("crossread", "Asserts");
    case Stance::Differs:
        return QCoreApplication::translate("crossread", "Differs");
    case Stance::Contradicts:
        return QCoreApplication::translate("crossread", "Contradicts");
    }
    return {};
}

namespace {

/// Builds rows on given columns, under a filter.
class RowBuilder
{
public:
    RowBuilder(const Project &project, const MatrixFilter &filter, const QList<ArticleId> &columns)
        : m_project(project)
        , m_filter(filter)
        , m_columns(size_t(columns.size()))
        , m_byTag(filter.tag != NoId)
    {
        m_columnOf.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            m_columnOf.insert(columns[i], i);
        if (m_byTag)
            m_tags = subtreeOf(project.tags, filter.tag);
    }

    /// The row of `prop`, or nothing when the filter leaves it out.
    std::optional<ComparisonMatrix::Row> build(const Proposition &prop, const Adjacency &next)
    {
        m_claims.clear();
        bool tagged = !m_byTag, hasStatus = !m_filter.status;
        for (ClaimId id : prop.claims) {
            const Claim *claim = findById(m_project.claims, id);
            if (!claim)
                continue;
            m_claims.push_back(claim);
            if (!tagged)
                tagged = std::any_of(claim->attributes.tags.begin(), claim->attributes.tags.end(),
                                     [&](TagId tag) { return m_tags.contains(tag); });
            hasStatus = hasStatus || claim->attributes.status == *m_filter.status;
        }
        if (!tagged || !hasStatus)
            return std::nullopt;

        ComparisonMatrix::Row row{prop.id, ComparisonMatrix::Cells(m_columns)};
        const QList<Stance> stance = stances(prop, next);
        std::sort(m_claims.begin(), m_claims.end(),
                  [](const Claim *a, const Claim *b) { return a->anchor.start < b->anchor.start; });
        for (const Claim *claim : m_claims) {
            const auto column = m_columnOf.constFind(claim->article);
            if (column == m_columnOf.constEnd())
                continue;
            ComparisonMatrix::Cell &cell = row.cells.at(size_t(column.value()));
            cell.claims.append(claim->id);
            const auto index
                = std::lower_bound(prop.claims.begin(), prop.claims.end(), claim->id) - prop.claims.begin();
            cell.stance = std::max(cell.stance, stance.value(index));
        }
        return row;
    }

private:
    const Project &m_project;
    const MatrixFilter &m_filter;
    size_t m_columns;
    bool m_byTag;
    QSet<TagId> m_tags;
    QHash<ArticleId, int> m_columnOf;
    std::vector<const Claim *> m_claims;
};

} // namespace

ComparisonMatrix buildMatrix(const Project &project, const MatrixFilter &filter)
{
    ComparisonMatrix matrix;
    std::vector<const Article *> articles;
    for (const Article &article : project.articles) {
        if (!filter.hiddenArticles.contains(article.id))
            articles.push_back(&article);
    }
    std::sort(articles.begin(), articles.end(), [](const Article *a, const Article *b) {
        const QDate da = a->meta.published, db = b->meta.published;
        if (da.isValid() != db.isValid())
            return da.isValid();
        if (da != db)
            return da < db;
        if (const int c = a->meta.outlet.compare(b->meta.outlet, Qt::CaseInsensitive))
            return c < 0;
        return a->id < b->id;
    });
    for (const Article *article : articles)
        matrix.columns.append(article->id);

    RowBuilder builder(project, filter, matrix.columns);
    const Adjacency next = groupingAdjacency(project);
    matrix.rows.reserve(project.propositions.size());
    for (const Proposition &prop : project.propositions) {
        if (auto row = builder.build(prop, next))
            matrix.rows.push_back(std::move(*row));
    }
    return matrix;
}

std::vector<ComparisonMatrix::Row> buildMatrixRows(const Project &project, const MatrixFilter &filter,
                                                   const QList<ArticleId> &columns,
                                                   const QList<const Proposition *> &propositions)
{
    QList<ClaimId> only;
    for (const Proposition *prop : propositions)
        only += prop->claims;
    std::sort(only.begin(), only.end());
    std::vector<ComparisonMatrix::Row> rows;
    const Adjacency next = only.isEmpty() ? Adjacency() : groupingAdjacency(project, only); // empty `only` is "all"
    RowBuilder builder(project, filter, columns);
    for (const Proposition *prop : propositions) {
        if (auto row = builder.build(*prop, next))
            rows.push_back(std::move(*row));
    }
    return rows;
}

namespace {
bool columnBefore(const std::pair<size_t, ComparisonMatrix::Cell> &cell, size_t column)
{
    return cell.first < column;
}
} // namespace

const ComparisonMatrix::Cell &ComparisonMatrix::Cells::operator[](size_t column) const
{
    Q_ASSERT(column < m_columns);
    static const Cell omission;
    const auto it = std::lower_bound(m_reported.begin(), m_reported.end(), column, columnBefore);
    return it != m_reported.end() && it->first == column ? it->second : omission;
}

ComparisonMatrix::Cell &ComparisonMatrix::Cells::at(size_t column)
{
    Q_ASSERT(column < m_columns);
    auto it = std::lower_bound(m_reported.begin(), m_reported.end(), column, columnBefore);
    if (it == m_reported.end() || it->first != column)
        it = m_reported.insert(it, {column, Cell{}});
    return it->second;
}

void ComparisonMatrix::Cells::insertColumn(size_t column)
{
    Q_ASSERT(column <= m_columns);
    ++m_columns;
    for (auto it = std::lower_bound(m_reported.begin(), m_reported.end(), column, columnBefore); it != m_reported.end();
         ++it)
        ++it->first;
}

void ComparisonMatrix::Cells::removeColumn(size_t column)
{
    Q_ASSERT(column < m_columns);
    --m_columns;
    auto it = std::lower_bound(m_reported.begin(), m_reported.end(), column, columnBefore);
    if (it != m_reported.end() && it->first == column)
        it = m_reported.erase(it);
    for (; it != m_reported.end(); ++it)
        --it->first;
}

QList<Stance> stancesOf(const Project &project, const Proposition &proposition)
{
    return stances(proposition, groupingAdjacency(project, proposition.claims));
}

std::vector<QList<Stance>> stancesOf(const Project &project, const QList<const Proposition *> &propositions)
{
    const Adjacency next = groupingAdjacency(project);
    std::vector<QList<Stance>> out;
    out.reserve(size_t(propositions.size()));
    for (const Proposition *prop : propositions)
        out.push_back(stances(*prop, next));
    return out;
}

QList<ClaimFacts> factsOf(const Project &project, const Proposition &proposition)
{
    QList<ClaimFacts> facts;
    for (ClaimId id : proposition.claims) {
        const Claim *claim = findById(project.claims, id);
        if (!claim)
            continue;
        const Article *article = findById(project.articles, claim->article);
        facts.append(
            {id, claim->anchor.quote, claim->attributes.attributedTo, article ? article->meta.published : QDate()});
    }
    return facts;
}

QList<Discrepancy> discrepanciesOf(const Project &project, const Proposition &proposition)
{
    return findDiscrepancies(factsOf(project, proposition));
}

namespace {
bool sameFacts(const QList<ClaimFacts> &a, const QList<ClaimFacts> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const ClaimFacts &x, const ClaimFacts &y) {
        return x.claim == y.claim && x.quote == y.quote && x.speaker == y.speaker && x.articleDate == y.articleDate;
    });
}
} // namespace

const QList<Discrepancy> &DiscrepancyCache::of(const Project &project, const Proposition &proposition)
{
    QList<ClaimFacts> facts = factsOf(project, proposition);
    if (const QList<Discrepancy> *known = find(proposition.id, facts))
        return *known;
    QList<Discrepancy> found = findDiscrepancies(facts);
    return store(proposition.id, std::move(facts), std::move(found));
}

const QList<Discrepancy> *DiscrepancyCache::find(PropositionId proposition, const QList<ClaimFacts> &facts) const
{
    const auto it = m_entries.constFind(proposition);
    return it != m_entries.constEnd() && !it->facts.isEmpty() && sameFacts(it->facts, facts) ? &it->discrepancies
                                                                                             : nullptr;
}

const QList<Discrepancy> &DiscrepancyCache::store(PropositionId proposition, QList<ClaimFacts> facts,
                                                  QList<Discrepancy> discrepancies)
{
    Entry &entry = m_entries[proposition];
    entry = Entry{std::move(facts), std::move(discrepancies)};
    return entry.discrepancies;
}

MarksWork gatherMarksWork(const Project &project, ArticleId article, const DiscrepancyCache *cache,
                          std::optional<std::span<const int>> claimRows)
{
    MarksWork work;
    work.article = article;
    // The article's claims, in id order (one pass, or the rows given); then
    // the propositions with one of them. Looking each proposition's claims
    // up in the whole table instead made a pane on a project of 1,000,000
    // claims take 200 ms.
    std::vector<ClaimId> ours;
    if (claimRows) {
        ours.reserve(claimRows->size());
        for (int row : *claimRows)
            ours.push_back(project.claims[size_t(row)].id);
    } else {
        for (const Claim &claim : project.claims) {
            if (claim.article == article)
                ours.push_back(claim.id);
        }
    }
    if (ours.empty())
        return work;
    for (const Proposition &prop : project.propositions) {
        const bool here = std::any_of(prop.claims.begin(), prop.claims.end(),
                                      [&](ClaimId id) { return std::binary_search(ours.begin(), ours.end(), id); });
        if (!here)
            continue;
        MarksWork::Item item{prop.id, factsOf(project, prop), {}, false, false};
        if (const QList<Discrepancy> *known = cache ? cache->find(prop.id, item.facts) : nullptr) {
            item.discrepancies = *known;
            item.found = item.cached = true;
        }
        work.items.append(std::move(item));
    }
    return work;
}

void findMarksWork(MarksWork &work)
{
    for (MarksWork::Item &item : work.items) {
        if (!item.found) {
            item.discrepancies = findDiscrepancies(item.facts);
            item.found = true;
        }
    }
}

QList<DiscrepancyMark> placeMarks(const Project &project, const MarksWork &work, DiscrepancyCache *cache)
{
    QList<DiscrepancyMark> marks;
    for (const MarksWork::Item &item : work.items) {
        if (cache && !item.cached)
            cache->store(item.proposition, item.facts, item.discrepancies);
        for (const Discrepancy &d : item.discrepancies) {
            for (const auto &values : d.values) {
                const Claim *claim = findById(project.claims, values.claim);
                if (!claim || claim->article != work.article)
                    continue;
                QStringList elsewhere;
                for (const auto &other : d.values) {
                    const Claim *otherClaim = findById(project.claims, other.claim);
                    if (other.claim == values.claim || !otherClaim)
                        continue;
                    const Article *source = findById(project.articles, otherClaim->article);
                    elsewhere << distinctTexts(other.mentions).join(u", ") + u" ("
                            + (source ? source->sourceName() : QString()) + u')';
                }
                for (const Mention &m : values.mentions) {
                    if (m.start >= 0)
                        marks.append(
                            {claim->id, claim->anchor.start + m.start, claim->anchor.start + m.end, d.kind, elsewhere});
                }
            }
        }
    }
    std::sort(marks.begin(), marks.end(),
              [](const DiscrepancyMark &a, const DiscrepancyMark &b) { return a.start < b.start; });
    return marks;
}

QList<DiscrepancyMark> discrepancyMarks(const Project &project, ArticleId article, DiscrepancyCache *cache,
                                        std::optional<std::span<const int>> claimRows)
{
    MarksWork work = gatherMarksWork(project, article, cache, claimRows);
    findMarksWork(work);
    return placeMarks(project, work, cache);
}

} // namespace crossread
