#include "linksuggestionspanel.h"

#include "relationstyle.h"
#include "wrappingdelegate.h"

#include <models/claimselection.h>
#include <models/compare/linksuggestionmodel.h>
#include <models/compare/passageindex.h>
#include <models/document.h>
#include <models/longworkpool.h>
#include <models/modelroles.h>

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace crossread {

LinkSuggestionsPanel::LinkSuggestionsPanel(Document *document, ClaimSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_model(new LinkSuggestionModel(document, this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_run(new QPushButton(tr("&Suggest Links"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_view(new QTreeView(this))
    , m_relation(new QComboBox(this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
    , m_watcher(new QFutureWatcher<QList<LinkSuggestion>>(this))
{
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Suggest Links looks, for every claim, for passages of the other articles that may say "
                         "the same, and lists the pairs not linked yet."));
    m_run->setToolTip(tr("Rank the other articles' passages for every claim of the project"));
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_view->setObjectName(QStringLiteral("linkSuggestions"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    new WrappingDelegate(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(LinkSuggestionModel::ScoreColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LinkSuggestionModel::ClaimColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(LinkSuggestionModel::PassageColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Suggested links"));
    m_view->setToolTip(tr("Enter or double-click shows the pair; Accept links it, Reject drops it for good"));
    fillRelationBox(m_relation);
    m_relation->setAccessibleName(tr("Relation of accepted links"));
    m_accept->setToolTip(tr("Link the selected pairs with the relation chosen (the passage becomes a claim)"));
    m_reject->setToolTip(tr("Do not suggest the selected pairs again"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_run);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    top->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_relation, 1);
    bottom->addWidget(m_accept);
    bottom->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_run, &QPushButton::clicked, this, &LinkSuggestionsPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &LinkSuggestionsPanel::cancel);
    connect(m_accept, &QPushButton::clicked, this, &LinkSuggestionsPanel::acceptSelected);
    connect(m_reject, &QPushButton::clicked, this, &LinkSuggestionsPanel::rejectSelected);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const LinkSuggestion &s = m_model->suggestion(index.row());
        Q_EMIT pairActivated(s.claim, s.article, s.start, s.end);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LinkSuggestionsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        // Review goes on at the next row.
        if (!m_view->selectionModel()->hasSelection() && m_view->currentIndex().isValid())
            m_view->selectionModel()->select(m_view->currentIndex(),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        updateButtons();
    });
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_progress, &QProgressBar::setFormat);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_run->setEnabled(true);
        if (m_watcher->isCanceled() || m_watcher->future().resultCount() == 0) {
            m_status->setText(tr("Cancelled: the list is as it was."));
        } else {
            m_model->setSuggestions(m_watcher->result());
            m_status->setText(m_model->rowCount() == 0
                                  ? tr("No candidate links: every claim's likely matches are linked or rejected.")
                                  : tr("%n candidate link(s), best first.", nullptr, m_model->rowCount()));
            if (m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(0, 0));
        }
        updateButtons();
        Q_EMIT finished();
    });
    connect(document, &Document::aboutToResetProject, this, [this] {
        cancel();
        m_watcher->waitForFinished();
    });
    updateButtons();
}

LinkSuggestionsPanel::~LinkSuggestionsPanel()
{
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

bool LinkSuggestionsPanel::isRunning() const
{
    return m_watcher->isRunning();
}

void LinkSuggestionsPanel::start()
{
    if (m_watcher->isRunning()) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
    m_run->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_cancel->setVisible(true);
    m_status->setText(tr("Looking for candidate links…"));
    // A copy: the pass runs while the user goes on editing (texts are shared,
    // not copied). Its results are checked against the project as it is then.
    m_watcher->setFuture(
        QtConcurrent::run(longWorkPool(), [project = m_document->project()](QPromise<QList<LinkSuggestion>> &promise) {
            const int claims = int(project.claims.size());
            promise.setProgressRange(0, claims);
            promise.setProgressValueAndText(0, tr("Indexing the articles…"));
            PassageIndex index;
            index.build(project);
            if (promise.isCanceled())
                return;
            const QString ranking = tr("Ranking claims: %v of %m");
            QList<LinkSuggestion> found = suggestLinks(project, index, 3, [&](int done, int) {
                promise.setProgressValueAndText(done, ranking);
                return !promise.isCanceled();
            });
            promise.addResult(std::move(found));
        }));
}

void LinkSuggestionsPanel::cancel()
{
    m_watcher->cancel();
}

QList<int> LinkSuggestionsPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void LinkSuggestionsPanel::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_accept->setEnabled(any);
    m_reject->setEnabled(any);
}

int LinkSuggestionsPanel::acceptSelected()
{
    // Copies first: each link removes rows from the model.
    std::vector<LinkSuggestion> pairs;
    for (int row : selectedRows())
        pairs.push_back(m_model->suggestion(row));
    if (pairs.empty())
        return 0;
    const Relation relation = Relation(m_relation->currentData().toInt());
    int made = 0;
    LinkId last = NoId;
    {
        Document::EditGroup group(*m_document, tr("Accept %n suggested link(s)", nullptr, int(pairs.size())));
        for (const LinkSuggestion &s : pairs) {
            const Project &p = m_document->project();
            if (isSettled(p, s)) // an earlier pair of the selection linked it
                continue;
            ClaimId to = claimCovering(p, s.article, s.start, s.end);
            if (to == NoId)
                to = m_document->addClaim(s.article, s.start, s.end);
            const LinkId link = to == NoId ? NoId : m_document->addLink(s.claim, to, relation);
            if (link != NoId) {
                ++made;
                last = link;
            }
        }
    }
    if (last != NoId)
        m_selection->setCurrentLink(last);
    return made;
}

int LinkSuggestionsPanel::rejectSelected()
{
    QList<RejectedSuggestion> rejected;
    for (int row : selectedRows())
        rejected << rejectionOf(m_model->suggestion(row));
    if (rejected.isEmpty() || !m_document->rejectSuggestions(rejected))
        return 0;
    return int(rejected.size());
}

} // namespace crossread
