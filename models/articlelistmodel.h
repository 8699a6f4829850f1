#pragma once

#include <models/rowtablemodel.h>

namespace crossread {

/// The project's articles, one row each, in the order they were added.
/// Display: outlet and date on a first line, the title on a second;
/// TitleRole: the title alone; tool tip: title, outlet, date, author, URL.
class ArticleListModel : public RowTableModel
{
    Q_OBJECT
public:
    /// Dragged articles carry their id (as decimal text) in this format.
    static constexpr const char *MimeType = "application/x-crossread-article-id";

    explicit ArticleListModel(const Document *document, QObject *parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int tableSize() const override;
};

} // namespace crossread
