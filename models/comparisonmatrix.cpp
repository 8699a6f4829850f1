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
/// links from those claims. Links are Link or MatrixInput::Edge.
template<class Links>
Adjacency groupingAdjacency(const Links &links, const QList<ClaimId> &only = {})
{
    Adjacency next;
    for (const auto &link : links) {
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
QList<Stance> stances(const QList<ClaimId> &claims, const Adjacency &next)
{
    struct State
    {
        bool contradicts = false;
        bool differs = false;
    };
    QHash<ClaimId, State> seen;
    if (claims.isEmpty())
        return {};
    QList<ClaimId> queue{claims.first()};
    seen.insert(claims.first(), {});
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
    result.reserve(claims.size());
    for (ClaimId claim : claims) {
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

/// Builds rows of a matrix input on given columns.
class RowBuilder
{
public:
    RowBuilder(const MatrixInput &input, const QList<ArticleId> &columns)
        : m_input(input)
        , m_columns(size_t(columns.size()))
    {
        m_columnOf.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            m_columnOf.insert(columns[i], i);
    }

    /// The row of `prop`, or nothing when the filter leaves it out.
    std::optional<ComparisonMatrix::Row> build(const MatrixInput::Group &prop, const Adjacency &next)
    {
        m_claims.clear();
        bool tagged = false, hasStatus = false;
        for (ClaimId id : prop.claims) {
            const auto it = std::lower_bound(m_input.claims.begin(), m_input.claims.end(), id,
                                             [](const MatrixInput::Entry &e, ClaimId v) { return e.id < v; });
            if (it == m_input.claims.end() || it->id != id)
                continue;
            m_claims.push_back(&*it);
            tagged = tagged || it->tagged;
            hasStatus = hasStatus || it->hasStatus;
        }
        if (!tagged || !hasStatus)
            return std::nullopt;

        ComparisonMatrix::Row row{prop.id, ComparisonMatrix::Cells(m_columns)};
        const QList<Stance> stance = stances(prop.claims, next);
        std::sort(m_claims.begin(), m_claims.end(),
                  [](const MatrixInput::Entry *a, const MatrixInput::Entry *b) { return a->start < b->start; });
        for (const MatrixInput::Entry *claim : m_claims) {
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
    const MatrixInput &m_input;
    size_t m_columns;
    QHash<ArticleId, int> m_columnOf;
    std::vector<const MatrixInput::Entry *> m_claims;
};

/// The input's claims of `claims` (sorted ids, or every claim when null).
void addEntries(MatrixInput &input, const Project &project, const MatrixFilter &filter,
                const std::vector<ClaimId> *claims)
{
    const bool byTag = filter.tag != NoId;
    const QSet<TagId> tags = byTag ? subtreeOf(project.tags, filter.tag) : QSet<TagId>();
    const auto add = [&](const Claim &claim) {
        const auto &carried = claim.attributes.tags;
        input.claims.push_back(
            {claim.id, claim.article, claim.anchor.start,
             !byTag || std::any_of(carried.begin(), carried.end(), [&](TagId tag) { return tags.contains(tag); }),
             !filter.status || claim.attributes.status == *filter.status});
    };
    if (!claims) {
        input.claims.reserve(project.claims.size());
        for (const Claim &claim : project.claims)
            add(claim);
        return;
    }
    input.claims.reserve(claims->size());
    for (ClaimId id : *claims) {
        if (const Claim *claim = findById(project.claims, id))
            add(*claim);
    }
}

void addColumns(MatrixInput &input, const Project &project, const MatrixFilter &filter)
{
    input.columns.reserve(project.articles.size());
    for (const Article &article : project.articles) {
        if (!filter.hiddenArticles.contains(article.id))
            input.columns.push_back({article.id, article.meta.published, article.meta.outlet});
    }
}

} // namespace

MatrixInput matrixInput(const Project &project, const MatrixFilter &filter)
{
    MatrixInput input;
    addColumns(input, project, filter);
    addEntries(input, project, filter, nullptr);
    for (const Link &link : project.links) {
        if (isGrouping(link.relation))
            input.links.push_back({link.from, link.to, link.relation});
    }
    input.propositions.reserve(project.propositions.size());
    for (const Proposition &prop : project.propositions)
        input.propositions.push_back({prop.id, prop.claims});
    return input;
}

MatrixInput matrixInput(const Project &project, const MatrixFilter &filter,
                        const QList<const Proposition *> &propositions)
{
    MatrixInput input;
    addColumns(input, project, filter);
    std::vector<ClaimId> claims;
    for (const Proposition *prop : propositions) {
        claims.insert(claims.end(), prop->claims.begin(), prop->claims.end());
        input.propositions.push_back({prop->id, prop->claims});
    }
    std::sort(claims.begin(), claims.end());
    claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
    addEntries(input, project, filter, &claims);
    for (const Link &link : project.links) {
        if (isGrouping(link.relation) && std::binary_search(claims.begin(), claims.end(), link.from))
            input.links.push_back({link.from, link.to, link.relation});
    }
    return input;
}

ComparisonMatrix buildMatrix(const MatrixInput &input, const MatrixProgress &progress)
{
    ComparisonMatrix matrix;
    std::vector<const MatrixInput::Column *> articles;
    articles.reserve(input.columns.size());
    for (const MatrixInput::Column &column : input.columns)
        articles.push_back(&column);
    std::sort(articles.begin(), articles.end(), [](const MatrixInput::Column *a, const MatrixInput::Column *b) {
        const QDate da = a->published, db = b->published;
        if (da.isValid() != db.isValid())
            return da.isValid();
        if (da != db)
            return da < db;
        if (const int c = a->outlet.compare(b->outlet, Qt::CaseInsensitive))
            return c < 0;
        return a->id < b->id;
    });
    for (const MatrixInput::Column *article : articles)
        matrix.columns.append(article->id);

    RowBuilder builder(input, matrix.columns);
    const Adjacency next = groupingAdjacency(input.links);
    const qsizetype total = qsizetype(input.propositions.size());
    matrix.rows.reserve(input.propositions.size());
    constexpr qsizetype Step = 4096; // propositions between two reports
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && i % Step == 0 && !progress(i, total))
            return matrix;
        if (auto row = builder.build(input.propositions[size_t(i)], next))
            matrix.rows.push_back(std::move(*row));
    }
    if (progress)
        progress(total, total);
    return matrix;
}

ComparisonMatrix buildMatrix(const Project &project, const MatrixFilter &filter)
{
    return buildMatrix(matrixInput(project, filter));
}

std::vector<ComparisonMatrix::Row> buildMatrixRows(const Project &project, const MatrixFilter &filter,
                                                   const QList<ArticleId> &columns,
                                                   const QList<const Proposition *> &propositions)
{
    const MatrixInput input = matrixInput(project, filter, propositions);
    std::vector<ComparisonMatrix::Row> rows;
    const Adjacency next = groupingAdjacency(input.links);
    RowBuilder builder(input, columns);
    for (const MatrixInput::Group &prop : input.propositions) {
        if (auto row = builder.build(prop, next))
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
    return stances(proposition.claims, groupingAdjacency(project.links, proposition.claims));
}

std::vector<QList<Stance>> stancesOf(const Project &project, const QList<const Proposition *> &propositions)
{
    const Adjacency next = groupingAdjacency(project.links);
    std::vector<QList<Stance>> out;
    out.reserve(size_t(propositions.size()));
    for (const Proposition *prop : propositions)
        out.push_back(stances(prop->claims, next));
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
