#include "linksuggestionmodel.h"

#include <models/document.h>
#include <models/modelroles.h>
#include <models/propositiongrouping.h>
#include <models/rownotifier.h>

#include <QPoint>

namespace crossread {

LinkSuggestionModel::LinkSuggestionModel(const Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    // Rows leave and come back as their pairs get settled and unsettled.
    for (const RowNotifier *rows : {document->claimRows(), document->linkRows(), document->articleRows()}) {
        for (auto signal : {&RowNotifier::rowsInserted, &RowNotifier::rowsRemoved, &RowNotifier::rowsChanged})
            connect(rows, signal, this, &LinkSuggestionModel::refilter);
    }
    connect(document, &Document::assistChanged, this, &LinkSuggestionModel::refilter);
    connect(document, &Document::aboutToResetProject, this, [this] {
        beginResetModel();
        m_all.clear();
        m_rows.clear();
        endResetModel();
    });
}

void LinkSuggestionModel::setSuggestions(const QList<LinkSuggestion> &suggestions)
{
    beginResetModel();
    m_all.assign(suggestions.begin(), suggestions.end());
    m_rows.clear();
    const SettledCheck settled(m_document->project());
    for (int i = 0; i < int(m_all.size()); ++i) {
        if (!settled(m_all[size_t(i)]))
            m_rows.push_back(i);
    }
    endResetModel();
}

const LinkSuggestion &LinkSuggestionModel::suggestion(int row) const
{
    return m_all[size_t(m_rows[size_t(row)])];
}

void LinkSuggestionModel::refilter()
{
    if (m_all.empty())
        return;
    const SettledCheck settled(m_document->project());
    // One walk over the candidates, in the order of the rows: a row that
    // became settled goes, one that stopped being comes back in its place.
    size_t row = 0;
    for (int i = 0; i < int(m_all.size()); ++i) {
        const bool shown = row < m_rows.size() && m_rows[row] == i;
        const bool open = !settled(m_all[size_t(i)]);
        if (shown && !open) {
            beginRemoveRows({}, int(row), int(row));
            m_rows.erase(m_rows.begin() + qsizetype(row));
            endRemoveRows();
        } else if (!shown && open) {
            beginInsertRows({}, int(row), int(row));
            m_rows.insert(m_rows.begin() + qsizetype(row), i);
            endInsertRows();
            ++row;
        } else if (shown) {
            ++row;
        }
    }
    if (!m_rows.empty()) // a claim's text or tags may show differently
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int LinkSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LinkSuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LinkSuggestion &s = suggestion(index.row());
    const Project &p = m_document->project();
    const Claim *claim = findById(p.claims, s.claim);
    const Article *from = claim ? findById(p.articles, claim->article) : nullptr;
    const Article *to = findById(p.articles, s.article);
    if (!claim || !from || !to)
        return {};
    const QString passage = to->text.mid(s.start, s.end - s.start);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScoreColumn:
            return QString::number(s.score, 'f', 1);
        case ClaimColumn:
            return QString(from->sourceName() + u'\n' + shortForm(claim->anchor.quote, 200));
        case PassageColumn:
            return QString(to->sourceName() + (s.target != NoId ? tr(" · claim") : QString()) + u'\n'
                           + shortForm(passage, 200));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ClaimColumn)
            return claim->anchor.quote;
        if (index.column() == PassageColumn)
            return passage;
        break;
    case SortRole:
        return s.score;
    case IdRole:
        return s.claim;
    case ArticleIdRole:
        return s.article;
    case SpanRole:
        return QPoint(s.start, s.end);
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return int(Qt::AlignRight | Qt::AlignTop);
        return int(Qt::AlignLeft | Qt::AlignTop);
    }
    return {};
}

QVariant LinkSuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ScoreColumn:
        return tr("Score");
    case ClaimColumn:
        return tr("Claim");
    case PassageColumn:
        return tr("May say the same");
    }
    return {};
}

} // namespace crossread
