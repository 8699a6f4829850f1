#include "linktablemodel.h"

#include "document.h"
#include "modelroles.h"
#include "rownotifier.h"
#include "vocabulary.h"

namespace crossread {

LinkTableModel::LinkTableModel(const Document *document, QObject *parent)
    : RowTableModel(document, document->linkRows(), parent)
{
    connect(document->articleRows(), &RowNotifier::rowsChanged, this, [this] {
        refreshColumn(FromArticleColumn);
        refreshColumn(ToArticleColumn);
    });
}

int LinkTableModel::tableSize() const
{
    return int(document()->project().links.size());
}

int LinkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &p = document()->project();
    const Link &link = p.links[size_t(index.row())];
    if (role == IdRole)
        return link.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};

    const auto column = Column(index.column());
    if (column == RelationColumn)
        return labelOf(link.relation);
    if (column == NoteColumn)
        return role == Qt::ToolTipRole ? link.note : link.note.simplified();

    const bool from = column == FromQuoteColumn || column == FromArticleColumn;
    const Claim *claim = findById(p.claims, from ? link.from : link.to);
    if (!claim)
        return {};
    if (column == FromQuoteColumn || column == ToQuoteColumn)
        return role == Qt::ToolTipRole ? claim->anchor.quote : claim->anchor.quote.simplified();
    const Article *article = findById(p.articles, claim->article);
    if (!article)
        return {};
    return role == Qt::ToolTipRole ? article->displayTitle() : article->sourceName();
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RelationColumn:
        return tr("Relation");
    case FromQuoteColumn:
        return tr("Claim");
    case FromArticleColumn:
        return tr("In");
    case ToQuoteColumn:
        return tr("Linked claim");
    case ToArticleColumn:
        return tr("In");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace crossread
