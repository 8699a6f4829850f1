#pragma once

#include <models/rowtablemodel.h>

namespace crossread {

/// Every claim of the project, one row each, in the order they were made.
class ClaimTableModel : public RowTableModel
{
    Q_OBJECT
public:
    enum Column {
        ArticleColumn,
        QuoteColumn,
        TagsColumn,
        KindColumn,
        AttributedToColumn,
        StatusColumn,
        NoteColumn,
        ModifiedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ClaimTableModel(const Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int tableSize() const override;
};

} // namespace crossread
