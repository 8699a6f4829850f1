#pragma once

#include <models/compare/linksuggester.h>

#include <QAbstractTableModel>

#include <vector>

namespace crossread {

class Document;

/// The candidate links of a project-wide pass, for review: one row per
/// suggestion still open. It follows the document: a suggestion whose claims
/// get linked, or which is rejected, leaves the list, and comes back when that
/// is undone. Columns: score, claim (outlet and quote), passage (outlet and
/// text). IdRole is the claim, ArticleIdRole the passage's article, SpanRole
/// its span.
class LinkSuggestionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ScoreColumn, ClaimColumn, PassageColumn, ColumnCount };

    explicit LinkSuggestionModel(const Document *document, QObject *parent = nullptr);

    /// Replaces the candidates (the result of a pass).
    void setSuggestions(const QList<LinkSuggestion> &suggestions);
    /// The suggestion of a row, as found (`target` may have become a claim since:
    /// see claimCovering()).
    const LinkSuggestion &suggestion(int row) const;
    /// Candidates of the last pass, open or not.
    int candidateCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    const Document *m_document;
    std::vector<LinkSuggestion> m_all;
    std::vector<int> m_rows; ///< indexes into m_all of the open ones, in order
};

} // namespace crossread
