#pragma once

#include <models/claim.h>

#include <QAbstractProxyModel>
#include <QHash>

#include <optional>
#include <vector>

namespace crossread {

class ClaimTableModel;
class Document;

/// What a claim must be to be shown.
struct ClaimFilter
{
    QString text; ///< in the quote, the note or the speaker, ignoring case
    TagId tag = NoId; ///< the claim has this tag or one below it
    ArticleId article = NoId;
    std::optional<ClaimKind> kind;
    std::optional<VerificationStatus> status;

    bool isEmpty() const { return text.isEmpty() && tag == NoId && article == NoId && !kind && !status; }
    bool operator==(const ClaimFilter &) const = default;
};

/// Filters and sorts a ClaimTableModel, fast enough to filter on every
/// keystroke in a project of a million claims.
///
/// Text is searched in case-folded copies of the article texts (made once,
/// when the first text filter is set), each claim within its own span and
/// only up to the first hit. While the user types on (the new text contains
/// the old), only the claims shown are checked again; going back to a
/// filter of the last few (a backspace) reuses its result. Edits of the
/// document arrive row by row and are placed row by row; only a change of
/// filter or sort order resets the view.
class ClaimFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    ClaimFilterModel(const Document *document, ClaimTableModel *source, QObject *parent = nullptr);
    ~ClaimFilterModel() override;

    const ClaimFilter &filter() const { return m_filter; }
    void setFilter(const ClaimFilter &filter);
    void setFilterText(const QString &text);

    /// True when the claim in source row `row` passes the filter.
    bool accepts(int sourceRow) const;
    /// Folds the articles' texts for searching on a worker, ahead of the
    /// first search of words (the claims panel asks when its filter field
    /// takes the focus): at 10,000 articles, folding them at the first
    /// keystroke made it take a third of a second. A search before they are
    /// ready folds what it needs itself.
    void prepareTextSearch();
    /// True while texts are being folded ahead (for tests).
    bool isPreparingTextSearch() const { return m_preparing; }
    /// From this many claims, a full scan (or narrowing as many shown rows
    /// down, as typing on does) is shared by two threads: at 100,000 claims a
    /// keystroke took 10 to 18 ms on one.
    static constexpr int ParallelScanFrom = 16384;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void rebuild();
    void refilter(bool narrowing);
    std::vector<int> scanAll() const;
    /// Those of `rows` whose text still matches, in their order.
    std::vector<int> narrow(const std::vector<int> &rows) const;
    void foldAllTexts() const;
    bool matchesText(int sourceRow) const;
    bool matchesOther(int sourceRow) const;
    /// The article's text, case-folded character by character (offsets kept).
    const QString &foldedText(ArticleId article) const;
    void sortRows(std::vector<int> &rows) const;
    bool lessThan(int a, int b) const;
    void renumber(size_t from);
    qsizetype insertionPoint(int sourceRow) const;

    void onRowsInserted(const QModelIndex &, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &, int first, int last);
    void onRowsRemoved(const QModelIndex &, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    const Document *m_document;
    ClaimFilter m_filter;
    QString m_foldedText;
    QList<TagId> m_tags; ///< the filter's tag and its subtree, sorted
    std::vector<int> m_rows; ///< source rows shown, in display order
    std::vector<int> m_proxyRowOf; ///< for each source row, its row here or -1
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    struct Recent
    {
        ClaimFilter filter;
        std::vector<int> rows;
    };
    static constexpr size_t kRecentResults = 32;
    std::vector<Recent> m_recent; ///< the last filters' rows, until anything changes

    mutable QHash<ArticleId, QString> m_texts; ///< folded article texts, by article
    quint64 m_textsGeneration = 0; ///< counts clearings of m_texts: a worker's folds of before are dropped
    bool m_preparing = false;
    void clearTexts();
};

} // namespace crossread
