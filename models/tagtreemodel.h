#pragma once

#include <models/ids.h>

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace crossread {

class Document;

/// The codebook as a tree: one column, a tag's name with its colour. Names
/// are editable; dragging tags onto another tag (or the empty area, for the
/// top level) moves them there through the document, so it can be undone.
/// Siblings are kept in the order the tags were made.
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    static constexpr const char *MimeType = "application/x-crossread-tag-ids";

    explicit TagTreeModel(Document *document, QObject *parent = nullptr);

    QModelIndex indexOf(TagId id) const;
    TagId tagAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    // The tree as the model last announced it. Structure questions are
    // answered from here, so that the model stays consistent while the
    // document's table has already changed and the model catches up.
    void rebuild();
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsChanged(int first, int last);
    int position(TagId id) const;
    QList<TagId> droppedTags(const QMimeData *data, const QModelIndex &parent) const;

    Document *m_document;
    QHash<TagId, TagId> m_parentOf;
    QHash<TagId, QList<TagId>> m_children; ///< sorted; key NoId holds the top level
};

} // namespace crossread
