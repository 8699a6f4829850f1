#include "claimtablemodel.h"

#include "document.h"
#include "modelroles.h"
#include "rownotifier.h"
#include "vocabulary.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace crossread {

ClaimTableModel::ClaimTableModel(const Document *document, QObject *parent)
    : RowTableModel(document, document->claimRows(), parent)
{
    connect(document->articleRows(), &RowNotifier::rowsChanged, this, [this] { refreshColumn(ArticleColumn); });
    connect(document->tagRows(), &RowNotifier::rowsChanged, this, [this] { refreshColumn(TagsColumn); });
}

int ClaimTableModel::tableSize() const
{
    return int(document()->project().claims.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &p = document()->project();
    const Claim &claim = p.claims[size_t(index.row())];
    if (role == IdRole)
        return claim.id;
    if (role == ArticleIdRole)
        return claim.article;

    const auto tagNames = [&] {
        QStringList names;
        for (TagId id : claim.attributes.tags) {
            if (const Tag *tag = findById(p.tags, id))
                names << tag->name;
        }
        return names.join(u", ");
    };

    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case ArticleColumn: {
            const Article *article = findById(p.articles, claim.article);
            return article ? article->sourceName() : QString();
        }
        case QuoteColumn:
            return claim.anchor.quote.simplified();
        case TagsColumn:
            return tagNames();
        case KindColumn:
            return labelOf(claim.attributes.kind);
        case AttributedToColumn:
            return claim.attributes.attributedTo;
        case StatusColumn:
            return labelOf(claim.attributes.status);
        case NoteColumn:
            return claim.attributes.note.simplified();
        case ModifiedColumn:
            if (role == SortRole)
                return claim.modifiedMs;
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(claim.modifiedMs), QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ArticleColumn) {
            const Article *article = findById(p.articles, claim.article);
            return article ? article->displayTitle() : QString();
        }
        if (index.column() == QuoteColumn)
            return claim.anchor.quote;
        if (index.column() == NoteColumn && !claim.attributes.note.isEmpty())
            return claim.attributes.note;
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == TagsColumn && !claim.attributes.tags.isEmpty()) {
        if (const Tag *tag = findById(p.tags, claim.attributes.tags.front()))
            return QColor::fromRgba(tag->color);
    }
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ArticleColumn:
        return tr("Source");
    case QuoteColumn:
        return tr("Quote");
    case TagsColumn:
        return tr("Tags");
    case KindColumn:
        return tr("Kind");
    case AttributedToColumn:
        return tr("Attributed to");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    case ModifiedColumn:
        return tr("Modified");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace crossread
