#include "linkspanel.h"

#include "relationstyle.h"
#include "userprompts.h"

#include <models/claimselection.h>
#include <models/document.h>
#include <models/linktablemodel.h>
#include <models/modelroles.h>
#include <models/vocabulary.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crossread {

/// Links whose row mentions every word typed (in any column), of one relation or any.
class LinkFilterModel : public QSortFilterProxyModel
{
public:
    LinkFilterModel(const Document *document, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_document(document)
    {
    }

    void setWords(const QString &text)
    {
        m_words = text.split(u' ', Qt::SkipEmptyParts);
        invalidateRowsFilter();
    }
    void setRelation(int relation)
    {
        m_relation = relation;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        // Unfiltered, every row: at 500,000 links, asking each would cost a
        // tenth of a second whenever a project opens.
        if (m_relation < 0 && m_words.isEmpty())
            return true;
        const auto &links = m_document->project().links; // the source's row r is links[r]
        if (row < 0 || size_t(row) >= links.size())
            return false;
        if (m_relation >= 0 && int(links[size_t(row)].relation) != m_relation)
            return false;
        if (m_words.isEmpty())
            return true;
        const QAbstractItemModel *model = sourceModel();
        QString text;
        for (int column = 0; column < model->columnCount(parent); ++column)
            text += model->index(row, column, parent).data(Qt::ToolTipRole).toString() + u' '
                + model->index(row, column, parent).data().toString() + u' ';
        return std::all_of(m_words.begin(), m_words.end(),
                           [&](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
    }

private:
    const Document *m_document;
    QStringList m_words;
    int m_relation = -1;
};

LinksPanel::LinksPanel(Document *document, ClaimSelection *selection, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_prompts(prompts)
    , m_filter(new QLineEdit(this))
    , m_relation(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_proxy(new LinkFilterModel(document, this))
{
    m_filter->setPlaceholderText(tr("Filter links: words of the quotes, articles or note"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter links"));
    m_relation->addItem(tr("Any relation"), -1);
    for (Relation r : allValues<Relation>())
        m_relation->addItem(labelOf(r), int(r));
    m_relation->setAccessibleName(tr("Relation filter"));

    m_source = new LinkTableModel(document, this);
    m_proxy->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("linkTable"));
    m_table->setAccessibleName(tr("Links"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(LinkTableModel::RelationColumn, 130);
    m_table->setColumnWidth(LinkTableModel::FromQuoteColumn, 300);
    m_table->setColumnWidth(LinkTableModel::FromArticleColumn, 150);
    m_table->setColumnWidth(LinkTableModel::ToQuoteColumn, 300);
    m_table->setColumnWidth(LinkTableModel::ToArticleColumn, 150);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setToolTip(tr("Enter or double-click shows both claims; Delete removes the link"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 3);
    bar->addWidget(m_relation, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LinkFilterModel::setWords);
    connect(m_relation, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRelation(m_relation->currentData().toInt()); });
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT linkActivated(LinkId(index.data(IdRole).toUInt())); });
    // Only the user's picks: a removed row also moves the view's current row.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid() && m_table->hasFocus())
            m_selection->setCurrentLink(LinkId(index.data(IdRole).toUInt()));
    });
    connect(selection, &ClaimSelection::currentLinkChanged, this, &LinksPanel::showCurrentLink);

    auto *remove = new QAction(tr("Delete Link"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &LinksPanel::removeSelected);
    m_table->addAction(remove);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, remove](const QPoint &pos) {
        if (selectedLinks().isEmpty())
            return;
        QMenu menu;
        QMenu *relations = menu.addMenu(tr("Relation"));
        for (Relation r : allValues<Relation>())
            relations->addAction(relationIcon(r), labelOf(r), this, [this, r] { changeRelation(int(r)); });
        menu.addAction(tr("Edit Note…"), this, &LinksPanel::editNote);
        menu.addAction(remove);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

QList<LinkId> LinksPanel::selectedLinks() const
{
    QList<LinkId> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << LinkId(index.data(IdRole).toUInt());
    return ids;
}

void LinksPanel::removeSelected()
{
    const QList<LinkId> ids = selectedLinks();
    if (!ids.isEmpty())
        m_document->removeLinks(ids);
}

void LinksPanel::editNote()
{
    const QList<LinkId> ids = selectedLinks();
    const Link *link = ids.isEmpty() ? nullptr : findById(m_document->project().links, ids.first());
    if (!link)
        return;
    const std::optional<QString> note = m_prompts->askText(this, tr("Link Note"), tr("Note:"), link->note);
    if (note)
        m_document->setLink(link->id, link->relation, note->trimmed());
}

void LinksPanel::changeRelation(int relation)
{
    Document::EditGroup group(*m_document, tr("Change relation"));
    for (LinkId id : selectedLinks()) {
        if (const Link *link = findById(m_document->project().links, id))
            m_document->setLink(id, Relation(relation), link->note);
    }
}

void LinksPanel::setActive(bool active)
{
    if (active == isActive())
        return;
    m_proxy->setSourceModel(active ? m_source : nullptr);
    if (active)
        showCurrentLink(m_selection->currentLink());
}

bool LinksPanel::isActive() const
{
    return m_proxy->sourceModel() == m_source;
}

void LinksPanel::showCurrentLink(LinkId link)
{
    const int row = rowOf(m_document->project().links, link);
    if (row < 0 || !isActive())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    if (index.isValid() && m_table->currentIndex().row() != index.row()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

} // namespace crossread
