#include "tagtreemodel.h"

#include "document.h"
#include "modelroles.h"
#include "rownotifier.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace crossread {
namespace {

qsizetype sortedPosition(const QList<TagId> &ids, TagId id)
{
    return std::lower_bound(ids.begin(), ids.end(), id) - ids.begin();
}

} // namespace

TagTreeModel::TagTreeModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    const RowNotifier *rows = document->tagRows();
    connect(rows, &RowNotifier::rowsInserted, this, &TagTreeModel::onRowsInserted);
    connect(rows, &RowNotifier::rowsAboutToBeRemoved, this, &TagTreeModel::onRowsAboutToBeRemoved);
    connect(rows, &RowNotifier::rowsChanged, this, &TagTreeModel::onRowsChanged);
    connect(document, &Document::aboutToResetProject, this, [this] { beginResetModel(); });
    connect(document, &Document::projectReset, this, [this] {
        rebuild();
        endResetModel();
    });
    rebuild();
}

void TagTreeModel::rebuild()
{
    m_parentOf.clear();
    m_children.clear();
    for (const Tag &tag : m_document->project().tags) { // sorted by id: children come out sorted
        m_parentOf.insert(tag.id, tag.parent);
        m_children[tag.parent].append(tag.id);
    }
}

void TagTreeModel::onRowsInserted(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const Tag &tag = m_document->project().tags[size_t(row)];
        QList<TagId> &siblings = m_children[tag.parent];
        const auto pos = sortedPosition(siblings, tag.id);
        beginInsertRows(indexOf(tag.parent), int(pos), int(pos));
        siblings.insert(pos, tag.id);
        m_parentOf.insert(tag.id, tag.parent);
        endInsertRows();
    }
}

void TagTreeModel::onRowsAboutToBeRemoved(int first, int last)
{
    for (int row = last; row >= first; --row) {
        const TagId id = m_document->project().tags[size_t(row)].id;
        const TagId parent = m_parentOf.value(id);
        const int pos = position(id);
        beginRemoveRows(indexOf(parent), pos, pos);
        m_children[parent].removeAt(pos);
        m_children.remove(id);
        m_parentOf.remove(id);
        endRemoveRows();
    }
}

void TagTreeModel::onRowsChanged(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const Tag &tag = m_document->project().tags[size_t(row)];
        const TagId oldParent = m_parentOf.value(tag.id);
        if (oldParent != tag.parent) {
            const int from = position(tag.id);
            QList<TagId> &target = m_children[tag.parent];
            const auto to = sortedPosition(target, tag.id);
            beginMoveRows(indexOf(oldParent), from, from, indexOf(tag.parent), int(to));
            m_children[oldParent].removeAt(from);
            target.insert(to, tag.id);
            m_parentOf.insert(tag.id, tag.parent);
            endMoveRows();
        }
        const QModelIndex changed = indexOf(tag.id);
        Q_EMIT dataChanged(changed, changed);
    }
}

int TagTreeModel::position(TagId id) const
{
    const QList<TagId> siblings = m_children.value(m_parentOf.value(id));
    return int(sortedPosition(siblings, id));
}

QModelIndex TagTreeModel::indexOf(TagId id) const
{
    if (id == NoId || !m_parentOf.contains(id))
        return {};
    return createIndex(position(id), 0, quintptr(id));
}

TagId TagTreeModel::tagAt(const QModelIndex &index) const
{
    return index.isValid() ? TagId(index.internalId()) : NoId;
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(m_children.value(tagAt(parent)).at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOf(m_parentOf.value(tagAt(child))) : QModelIndex();
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_children.value(tagAt(parent)).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Tag *tag = findById(m_document->project().tags, tagAt(index));
    if (!tag)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        return tag->name;
    case Qt::DecorationRole:
        return QColor::fromRgba(tag->color);
    case Qt::ToolTipRole:
        return tag->description.isEmpty() ? QVariant() : QVariant(tag->description);
    case IdRole:
        return tag->id;
    default:
        return {};
    }
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Tag *tag = findById(m_document->project().tags, tagAt(index));
    if (!tag)
        return false;
    Tag renamed = *tag;
    renamed.name = value.toString().trimmed();
    return m_document->setTag(renamed);
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Tag");
    return {};
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
        | Qt::ItemIsDropEnabled;
}

Qt::DropActions TagTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TagTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.column() == 0)
            stream << quint32(tagAt(index));
    }
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), bytes);
    return data;
}

QList<TagId> TagTreeModel::droppedTags(const QMimeData *data, const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return {};
    QList<TagId> ids;
    QDataStream stream(data->data(QString::fromLatin1(MimeType)));
    const auto &tags = m_document->project().tags;
    const TagId target = tagAt(parent);
    while (!stream.atEnd()) {
        quint32 id = 0;
        stream >> id;
        if (stream.status() != QDataStream::Ok || !findById(tags, id))
            return {};
        // A tag cannot go into itself or its own subtree.
        for (TagId up = target; up != NoId; up = m_parentOf.value(up)) {
            if (up == id)
                return {};
        }
        ids.append(id);
    }
    return ids;
}

bool TagTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &parent) const
{
    return action == Qt::MoveAction && !droppedTags(data, parent).isEmpty();
}

bool TagTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    const QList<TagId> ids = droppedTags(data, parent);
    if (action != Qt::MoveAction || ids.isEmpty())
        return false;
    Document::EditGroup group(*m_document,
                              ids.size() == 1 ? tr("Move tag") : tr("Move %n tags", nullptr, int(ids.size())));
    bool moved = false;
    for (TagId id : ids)
        moved = m_document->moveTag(id, tagAt(parent)) || moved;
    // A view that sees a successful move asks the source to remove the rows;
    // this model has no removeRows(), so that request does nothing.
    return moved;
}

} // namespace crossread
