#include "articlechoicemodel.h"

#include <models/document.h>
#include <models/rownotifier.h>

namespace crossread {

ArticleChoiceModel::ArticleChoiceModel(const Document *document, const QString &noneText, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_noneText(noneText)
{
    // Row r of the articles is row r + 1 here.
    const RowNotifier *rows = document->articleRows();
    connect(rows, &RowNotifier::rowsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first + 1, last + 1); });
    connect(rows, &RowNotifier::rowsInserted, this, [this] { endInsertRows(); });
    connect(rows, &RowNotifier::rowsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first + 1, last + 1); });
    connect(rows, &RowNotifier::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(rows, &RowNotifier::rowsChanged, this,
            [this](int first, int last) { Q_EMIT dataChanged(index(first + 1), index(last + 1)); });
    connect(document, &Document::aboutToResetProject, this, [this] { beginResetModel(); });
    connect(document, &Document::projectReset, this, [this] { endResetModel(); });
}

int ArticleChoiceModel::rowOf(ArticleId article) const
{
    return crossread::rowOf(m_document->project().articles, article) + 1; // -1, not found: the first row
}

int ArticleChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->project().articles.size()) + 1;
}

QVariant ArticleChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.row() == 0) {
        if (role == Qt::DisplayRole)
            return m_noneText;
        return role == Qt::UserRole ? QVariant(0u) : QVariant();
    }
    const Article &a = m_document->project().articles[size_t(index.row() - 1)];
    switch (role) {
    case Qt::DisplayRole:
        return a.meta.outlet.isEmpty() ? a.displayTitle() : a.meta.outlet + u" — " + a.displayTitle();
    case Qt::ToolTipRole:
        return a.displayTitle();
    case Qt::UserRole:
        return a.id;
    default:
        return {};
    }
}

} // namespace crossread
