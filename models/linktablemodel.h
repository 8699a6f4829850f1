#pragma once

#include <models/rowtablemodel.h>

namespace crossread {

/// Every link of the project, one row each, with the quotes and articles of
/// the two claims it joins.
class LinkTableModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column {
        RelationColumn,
        FromQuoteColumn,
        FromArticleColumn,
        ToQuoteColumn,
        ToArticleColumn,
        NoteColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit LinkTableModel(const Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int tableSize() const override;
};

} // namespace crossread
