#pragma once

#include <models/comparisonmatrix.h>

#include <QAbstractTableModel>
#include <QSet>

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

    /// Brings the matrix up to date now instead of after the event loop.
    void updateNow();

    /// While inactive (no view shows it), edits only mark the matrix out of
    /// date, and a new project leaves it empty: building it costs a pass
    /// over the project (60 ms at 100,000 claims), too much for every edit
    /// of a matrix nobody looks at. Made active, it catches up at once.
    void setActive(bool active);
    bool isActive() const { return m_active; }

private:
    /// Past this many changed claims, an update rebuilds the whole matrix.
    static constexpr int MaxChangedClaims = 256;

    void scheduleUpdate();
    MatrixFilter effectiveFilter() const;
    /// Brings the rows of the propositions of m_changedClaims up to date.
    void updateChangedClaims();
    void apply(ComparisonMatrix next);
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
};

} // namespace crossread
