#include "claimspanel.h"

#include "articlechoicemodel.h"
#include "counttext.h"

#include <models/claimfiltermodel.h>
#include <models/claimselection.h>
#include <models/claimtablemodel.h>
#include <models/document.h>
#include <models/modelroles.h>
#include <models/rownotifier.h>
#include <models/vocabulary.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace crossread {

ClaimsPanel::ClaimsPanel(Document *document, ClaimSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_table(new ClaimTableModel(document, this))
    , m_filter(new ClaimFilterModel(document, m_table, this))
    , m_view(new QTableView(this))
    , m_text(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_article(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    m_text->setPlaceholderText(tr("Filter claims: words of the quote, note or speaker"));
    m_text->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("claimFilterText"));
    m_text->setAccessibleName(tr("Filter claims by text"));
    bar->addWidget(m_text, 3);
    for (QComboBox *box : {m_tag, m_article, m_kind, m_status}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        bar->addWidget(box, 1);
    }
    m_tag->setToolTip(tr("Only claims with this tag (or one below it)"));
    m_article->setToolTip(tr("Only claims of this article"));
    m_article->setModel(new ArticleChoiceModel(document, tr("Any article"), m_article));
    bar->addWidget(m_count);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_kind->addItem(tr("Any kind"), -1);
    for (ClaimKind kind : allValues<ClaimKind>())
        m_kind->addItem(labelOf(kind), int(kind));
    m_status->addItem(tr("Any status"), -1);
    for (VerificationStatus status : allValues<VerificationStatus>())
        m_status->addItem(labelOf(status), int(status));

    m_view->setObjectName(QStringLiteral("claimTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // creation order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // cheap at a million rows
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setColumnWidth(ClaimTableModel::ArticleColumn, 160);
    m_view->setColumnWidth(ClaimTableModel::QuoteColumn, 380);
    m_view->setColumnWidth(ClaimTableModel::TagsColumn, 160);
    m_view->installEventFilter(this);
    m_text->installEventFilter(this); // its focus: the texts are folded for searching ahead of the first key
    m_view->setAccessibleName(tr("Claims"));

    connect(m_text, &QLineEdit::textChanged, this, &ClaimsPanel::applyFilter);
    for (QComboBox *box : {m_tag, m_article, m_kind, m_status})
        connect(box, &QComboBox::activated, this, &ClaimsPanel::applyFilter);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT claimActivated(ClaimId(index.data(IdRole).toUInt())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selection->setCurrent(ClaimId(current.data(IdRole).toUInt()));
            });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        followSelection(m_selection->current());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ClaimsPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ClaimsPanel::updateCount);
    connect(selection, &ClaimSelection::currentChanged, this, &ClaimsPanel::followSelection);
    for (auto signal : {&RowNotifier::rowsInserted, &RowNotifier::rowsRemoved, &RowNotifier::rowsChanged})
        connect(document->tagRows(), signal, this, &ClaimsPanel::rebuildTagChoices);
    // The article chooser follows the articles through its model. An article
    // that goes is no longer a filter: "Any article" is chosen before it goes
    // (the box would move on to its neighbour).
    connect(document->articleRows(), &RowNotifier::rowsAboutToBeRemoved, this, [this](int first, int last) {
        if (m_article->currentIndex() > first && m_article->currentIndex() <= last + 1) {
            const QSignalBlocker block(m_article);
            m_article->setCurrentIndex(0);
        }
    });
    connect(document->articleRows(), &RowNotifier::rowsRemoved, this, &ClaimsPanel::applyFilter);
    connect(document, &Document::projectReset, this, [this] {
        const QSignalBlocker block(m_article);
        m_article->setCurrentIndex(0);
        rebuildTagChoices();
    });
    rebuildTagChoices();
    updateCount();
}

void ClaimsPanel::rebuildTagChoices()
{
    const auto &tags = m_document->project().tags;
    const Id current = Id(m_tag->currentData().toUInt());
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), 0u);
    for (const Tag &tag : tags) {
        int depth = 0;
        for (TagId up = tag.parent; up != NoId; up = findById(tags, up) ? findById(tags, up)->parent : NoId)
            ++depth;
        m_tag->addItem(QString(depth * 2, u' ') + tag.name, tag.id);
    }
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
    applyFilter(); // a choice that went is no longer a filter
}

void ClaimsPanel::applyFilter()
{
    ClaimFilter filter;
    filter.text = m_text->text();
    filter.tag = TagId(m_tag->currentData().toUInt());
    filter.article = ArticleId(m_article->currentData().toUInt());
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kind = ClaimKind(kind);
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = VerificationStatus(status);
    m_filter->setFilter(filter);
}

void ClaimsPanel::updateCount()
{
    const qsizetype all = qsizetype(m_document->project().claims.size());
    const int shown = m_filter->rowCount();
    m_count->setText(shown == all ? countText(all, tr("1 claim"), tr("%1 claims"))
                                  : tr("%1 of %2").arg(shown).arg(all));
}

void ClaimsPanel::followSelection(ClaimId claim)
{
    const int row = rowOf(m_document->project().claims, claim);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_table->index(row, 0));
    if (index == m_view->currentIndex())
        return;
    const QSignalBlocker block(m_view->selectionModel());
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
    }
}

QList<ClaimId> ClaimsPanel::selectedClaims() const
{
    QList<ClaimId> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << ClaimId(index.data(IdRole).toUInt());
    return ids;
}

void ClaimsPanel::removeSelected()
{
    const QList<ClaimId> ids = selectedClaims();
    if (!ids.isEmpty())
        m_document->removeClaims(ids);
}

bool ClaimsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusIn)
        m_filter->prepareTextSearch();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            Q_EMIT claimActivated(ClaimId(m_view->currentIndex().data(IdRole).toUInt()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace crossread
