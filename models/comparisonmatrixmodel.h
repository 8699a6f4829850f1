#pragma once

#include <models/comparisonmatrix.h>

#include <QAbstractTableModel>
#include <QSet>

QT_BEGIN_NAMESPACE
class QThreadPool;
template<typename T>
class QFutureWatcher;
QT_END_NAMESPACE

namespace crossread {

class Document;

/// The comparison matrix of a document as a table: a row per proposition, a
/// column per article. A cell's DisplayRole is the quote of its claims
/// (views elide it), ToolTipRole the full quotes with the stance and the
/// differing values; StanceRole, OmissionRole, ClaimIdsRole and
/// DiscrepancyRole (modelroles.h) say the rest. Headers give IdRole
/// (proposition or article).
///
/// Edits are gathered: the model rebuilds the matrix once, after the event
/// loop has run, and announces the difference as inserted, removed and
/// changed rows and columns, never as a reset (only a new project resets).
/// When only claims' values changed (the common edit), it rebuilds just the
/// rows of their propositions.
/// Until then it shows the matrix as it was, and a deleted claim's cell
/// shows nothing.
class ComparisonMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ComparisonMatrixModel(const Document *document, QObject *parent = nullptr);
    ~ComparisonMatrixModel() override;

    MatrixFilter filter() const { return m_filter; }
    void setFilter(const MatrixFilter &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    PropositionId propositionAt(int row) const;
    ArticleId articleAt(int column) const;
    int rowOfProposition(PropositionId id) const;
    int columnOfArticle(ArticleId id) const;
    const ComparisonMatrix &matrix() const { return m_matrix; }

    /// The discrepancies of the proposition of `row`, found when first asked
    /// and kept until its claims' facts change.
    QList<Discrepancy> discrepancies(int row) const;

    /// Brings the matrix up to date now instead of after the event loop,
    /// on this thread.
    void updateNow();

    /// From this many claims on, the whole matrix is built on a worker
    /// (about 4 ms of work at 10,000 claims, 700 ms at 1,000,000): the GUI
    /// thread only copies what the build reads (matrixInput()), and shows
    /// the matrix as it was until the new one is in. Edits made meanwhile
    /// are caught up by another build when it is done; a new filter or
    /// project cancels it.
    static constexpr qsizetype DefaultBackgroundFrom = 10000;
    void setBackgroundFrom(qsizetype claims) { m_backgroundFrom = claims; }
    /// The pool the builds run in: longWorkPool() unless set.
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    /// Whether a build runs on a worker.
    bool isBuilding() const { return m_building; }

    /// While inactive (no view shows it), edits only mark the matrix out of
    /// date, and a new project leaves it empty: building it costs a pass
    /// over the project (60 ms at 100,000 claims), too much for every edit
    /// of a matrix nobody looks at. Made active, it catches up at once.
    void setActive(bool active);
    bool isActive() const { return m_active; }

Q_SIGNALS:
    /// A build on a worker started or ended (applied, or cancelled).
    void buildingChanged(bool building);
    /// How many propositions of how many it has done.
    void buildProgress(int done, int total);

private:
    /// Past this many changed claims, an update rebuilds the whole matrix.
    static constexpr int MaxChangedClaims = 256;

    void scheduleUpdate();
    /// Rebuilds the whole matrix: now, or on a worker for a large project.
    void rebuild();
    void cancelBuild();
    void buildFinished();
    MatrixFilter effectiveFilter() const;
    /// Brings the rows of the propositions of m_changedClaims up to date.
    void updateChangedClaims();
    void apply(ComparisonMatrix next);
    /// Rows are in proposition id order on both sides: merges `next` into
    /// the rows shown, announcing what goes and comes. Returns the first
    /// and last row whose cells changed (-1 for none).
    std::pair<int, int> mergeRows(std::vector<ComparisonMatrix::Row> next);
    void syncColumns(const QList<ArticleId> &next);
    QString cellText(const ComparisonMatrix::Cell &cell) const;
    QString cellToolTip(int row, const ComparisonMatrix::Cell &cell) const;
    QStringList cellDiscrepancies(int row, const ComparisonMatrix::Cell &cell) const;

    const Document *m_document;
    MatrixFilter m_filter;
    ComparisonMatrix m_matrix;
    mutable DiscrepancyCache m_discrepancies;
    bool m_pending = false;
    bool m_active = true;
    bool m_stale = false; ///< edits came while inactive
    bool m_rebuild = false; ///< an edit other than claims' values came: the next update rebuilds all
    QSet<ClaimId> m_changedClaims; ///< whose values changed since the last update
    qsizetype m_backgroundFrom = DefaultBackgroundFrom;
    QFutureWatcher<ComparisonMatrix> *m_build; ///< of the build on a worker
    QThreadPool *m_pool = nullptr;
    bool m_building = false; ///< from the start of a build on a worker until its result is applied
};

} // namespace crossread
