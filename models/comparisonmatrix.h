#pragma once

#include <models/discrepancy.h>
#include <models/project.h>

#include <QHash>

#include <algorithm>
#include <functional>
#include <optional>
#include <span>

namespace crossread {

/// How a claim stands to the proposition it belongs to, seen from its first
/// claim (the one that names it): the relations along the shortest chain of
/// grouping links from there decide. An odd number of "contradicts" links
/// makes it contradict; otherwise a "differs in detail" on the way makes it
/// differ; otherwise it asserts the proposition.
enum class Stance : quint8 { Asserts, Differs, Contradicts };

/// A key for files and the command line ("asserts"), and a name for people.
QString stanceKey(Stance stance);
QString stanceLabel(Stance stance);

/// Which propositions and articles a comparison matrix shows.
struct MatrixFilter
{
    TagId tag = NoId; ///< only propositions with a claim carrying this tag or one below it
    std::optional<VerificationStatus> status; ///< only propositions with a claim of this status
    QList<ArticleId> hiddenArticles;

    bool operator==(const MatrixFilter &) const = default;
};

/// Who said what: a row per proposition, a column per article, and in each
/// cell the claims of that article in that proposition. An empty cell is an
/// omission: that article does not report the proposition.
struct ComparisonMatrix
{
    struct Cell
    {
        QList<ClaimId> claims; ///< by position in the article
        Stance stance = Stance::Asserts; ///< the strongest of its claims'

        bool isOmission() const { return claims.isEmpty(); }
        bool operator==(const Cell &) const = default;
    };
    /// A row's cells, one per column, stored sparsely: a proposition is
    /// reported by a few of thousands of articles, and the omissions are
    /// not kept (10,000 articles × 100,000 propositions would be 32 GB).
    class Cells
    {
    public:
        explicit Cells(size_t columns = 0)
            : m_columns(columns)
        {
        }
        /// The number of columns.
        size_t size() const { return m_columns; }
        /// The cell of a column: an omission when the article reports nothing.
        const Cell &operator[](size_t column) const;
        /// The cell of a column, made (empty) when it was an omission.
        Cell &at(size_t column);
        /// Shifts the cells from `column` on one to the right / left (the
        /// cell of a removed column goes).
        void insertColumn(size_t column);
        void removeColumn(size_t column);
        /// The cells that are not omissions, by column.
        const std::vector<std::pair<size_t, Cell>> &reported() const { return m_reported; }
        size_t reportedCount() const { return m_reported.size(); }

        bool operator==(const Cells &) const = default;

    private:
        size_t m_columns = 0;
        std::vector<std::pair<size_t, Cell>> m_reported;
    };
    struct Row
    {
        PropositionId proposition = NoId;
        Cells cells;

        bool operator==(const Row &) const = default;
    };

    /// By publication date (undated last), then outlet, then id.
    QList<ArticleId> columns;
    /// By proposition id: the order they were made in.
    std::vector<Row> rows;

    bool operator==(const ComparisonMatrix &) const = default;
};

/// What a comparison matrix is built from, copied out of a project under a
/// filter: ids, positions and the filter's verdict on each claim, no texts.
/// Taking it on the GUI thread costs a few milliseconds at 1,000,000
/// claims; building from it (most of a second) can then run on a worker
/// while the project goes on changing.
struct MatrixInput
{
    struct Column
    {
        ArticleId id = NoId;
        QDate published;
        QString outlet;
    };
    struct Entry
    {
        ClaimId id = NoId;
        ArticleId article = NoId;
        qint32 start = 0; ///< orders the claims of a cell
        bool tagged = false; ///< carries the filter's tag (or any tag when it has none)
        bool hasStatus = false; ///< has the filter's status (or any status when it has none)
    };
    struct Edge
    {
        ClaimId from = NoId;
        ClaimId to = NoId;
        Relation relation = Relation::Same;
    };
    struct Group
    {
        PropositionId id = NoId;
        QList<ClaimId> claims; ///< sorted
    };

    std::vector<Column> columns; ///< the articles not hidden, in project order
    std::vector<Entry> claims; ///< by id
    std::vector<Edge> links; ///< the grouping links
    std::vector<Group> propositions; ///< by id
};

/// The input of the whole matrix of `project` under `filter`.
MatrixInput matrixInput(const Project &project, const MatrixFilter &filter);
/// The input of the rows of `propositions` alone: their claims, and the
/// grouping links between them.
MatrixInput matrixInput(const Project &project, const MatrixFilter &filter,
                        const QList<const Proposition *> &propositions);

/// Told how many propositions of how many are done, now and then while a
/// matrix is built; returning false stops the build.
using MatrixProgress = std::function<bool(qsizetype done, qsizetype total)>;

/// The comparison matrix of `input`. One pass over links, claims and
/// propositions. Stopped by `progress`, it returns what it had.
ComparisonMatrix buildMatrix(const MatrixInput &input, const MatrixProgress &progress = {});
/// The comparison matrix of `project`.
ComparisonMatrix buildMatrix(const Project &project, const MatrixFilter &filter = {});

/// The rows of `propositions` alone (those the filter keeps, in the order
/// given), laid out on `columns`: for bringing a few rows up to date after
/// their claims changed, without a pass over every proposition. Equal to
/// the rows buildMatrix() makes for them, as long as `columns` are its
/// columns. Reads the links once.
std::vector<ComparisonMatrix::Row> buildMatrixRows(const Project &project, const MatrixFilter &filter,
                                                   const QList<ArticleId> &columns,
                                                   const QList<const Proposition *> &propositions);

/// The stance of each claim of `proposition`, in the order of its claims.
QList<Stance> stancesOf(const Project &project, const Proposition &proposition);
/// The same for several propositions, reading the links once.
std::vector<QList<Stance>> stancesOf(const Project &project, const QList<const Proposition *> &propositions);

/// The values (numbers, dates, people) on which the claims of `proposition`
/// differ. Dates without a year take the year of their article.
QList<Discrepancy> discrepanciesOf(const Project &project, const Proposition &proposition);

/// A value in an article's text that differs from what other claims of its
/// proposition say: for marking it where it is read.
struct DiscrepancyMark
{
    ClaimId claim = NoId;
    int start = 0; ///< in the article's text
    int end = 0;
    MentionKind kind = MentionKind::Number;
    QStringList elsewhere; ///< the other claims' values, each with its source: "€5 billion (Daily Example)"
    bool operator==(const DiscrepancyMark &) const = default;
};

/// The discrepancies of propositions, each found when first asked and
/// kept until the facts of its claims change: finding them reads every
/// claim's numbers, dates and names again, too slow to redo on every edit.
class DiscrepancyCache
{
public:
    const QList<Discrepancy> &of(const Project &project, const Proposition &proposition);
    /// The discrepancies kept for `proposition`, if they were found from these facts.
    const QList<Discrepancy> *find(PropositionId proposition, const QList<ClaimFacts> &facts) const;
    /// Keeps the discrepancies found from `facts`, and returns them.
    const QList<Discrepancy> &store(PropositionId proposition, QList<ClaimFacts> facts,
                                    QList<Discrepancy> discrepancies);
    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        QList<ClaimFacts> facts;
        QList<Discrepancy> discrepancies;
    };
    QHash<PropositionId, Entry> m_entries;
};

/// The differing values written in `article`, by position. (A speaker who
/// differs is not in the text, so not marked there.) With a cache, the
/// discrepancies of propositions whose claims have not changed are not
/// looked for again.
/// `claimRows`, when given, are the rows of the article's claims in
/// project.claims (Document::claimRowsOf()), sparing a pass over them all.
QList<DiscrepancyMark> discrepancyMarks(const Project &project, ArticleId article, DiscrepancyCache *cache = nullptr,
                                        std::optional<std::span<const int>> claimRows = std::nullopt);

/// discrepancyMarks() in three steps, so that the slow one can run on a
/// worker: gather on the document's thread (the facts are values, safe to
/// hand over), find anywhere, place on the document's thread while the
/// project is as it was gathered.
struct MarksWork
{
    ArticleId article = NoId;
    struct Item
    {
        PropositionId proposition = NoId;
        QList<ClaimFacts> facts;
        QList<Discrepancy> discrepancies;
        bool found = false; ///< the discrepancies are known (from the cache, or found)
        bool cached = false; ///< they came from the cache: placing them need not keep them again
    };
    QList<Item> items; ///< the propositions with a claim in the article
    /// Whether the finding step has anything to do.
    bool needsFinding() const
    {
        return std::any_of(items.begin(), items.end(), [](const Item &item) { return !item.found; });
    }
};
MarksWork gatherMarksWork(const Project &project, ArticleId article, const DiscrepancyCache *cache = nullptr,
                          std::optional<std::span<const int>> claimRows = std::nullopt);
void findMarksWork(MarksWork &work);
/// The marks, in text order; what was found goes into `cache`.
QList<DiscrepancyMark> placeMarks(const Project &project, const MarksWork &work, DiscrepancyCache *cache = nullptr);

/// What discrepancy finding reads of the claims of `proposition`.
QList<ClaimFacts> factsOf(const Project &project, const Proposition &proposition);

} // namespace crossread
