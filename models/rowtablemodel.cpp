#include "rowtablemodel.h"

#include "document.h"
#include "rownotifier.h"

namespace crossread {

RowTableModel::RowTableModel(const Document *document, const RowNotifier *rows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(rows, &RowNotifier::rowsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(rows, &RowNotifier::rowsInserted, this, [this] { endInsertRows(); });
    connect(rows, &RowNotifier::rowsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(rows, &RowNotifier::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(rows, &RowNotifier::rowsChanged, this,
            [this](int first, int last) { Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1)); });
    connect(document, &Document::aboutToResetProject, this, [this] { beginResetModel(); });
    connect(document, &Document::projectReset, this, [this] { endResetModel(); });
}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : tableSize();
}

void RowTableModel::refreshColumn(int column)
{
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, column), index(rows - 1, column));
}

} // namespace crossread
