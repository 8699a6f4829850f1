#include "articlelistmodel.h"

#include "document.h"
#include "modelroles.h"

#include <QLocale>
#include <QMimeData>

namespace crossread {

ArticleListModel::ArticleListModel(const Document *document, QObject *parent)
    : RowTableModel(document, document->articleRows(), parent)
{
}

int ArticleListModel::tableSize() const
{
    return int(document()->project().articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = document()->project().articles[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        // Two lines: where and when, then the headline.
        QStringList source;
        if (!article.meta.outlet.isEmpty())
            source << article.meta.outlet;
        if (article.meta.published.isValid())
            source << QLocale().toString(article.meta.published, QLocale::ShortFormat);
        return source.isEmpty() ? article.displayTitle() : source.join(u" · ") + u'\n' + article.displayTitle();
    }
    case TitleRole:
        return article.displayTitle();
    case Qt::ToolTipRole: {
        QStringList lines;
        QStringList source;
        lines << article.displayTitle();
        if (!article.meta.outlet.isEmpty())
            source << article.meta.outlet;
        if (article.meta.published.isValid())
            source << QLocale().toString(article.meta.published, QLocale::LongFormat);
        if (!source.isEmpty())
            lines << source.join(u" · ");
        if (!article.meta.author.isEmpty())
            lines << tr("By %1").arg(article.meta.author);
        if (!article.meta.url.isEmpty())
            lines << article.meta.url;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case IdRole:
        return article.id;
    case ArticleIdRole:
        return article.id;
    case SortRole:
        return article.meta.published;
    default:
        return {};
    }
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex &index) const
{
    return RowTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList ArticleListModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *ArticleListModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (index.isValid()) {
            auto *data = new QMimeData;
            data->setData(QString::fromLatin1(MimeType), QByteArray::number(index.data(IdRole).toUInt()));
            data->setText(index.data(TitleRole).toString());
            return data;
        }
    }
    return nullptr;
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Article");
    return {};
}

} // namespace crossread
