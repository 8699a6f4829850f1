#include "adjudicationpanel.h"

#include "userprompts.h"

#include <models/document.h>
#include <models/rownotifier.h>
#include <models/vocabulary.h>

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crossread {
namespace {

enum Role { DisagreementRole = Qt::UserRole + 1, VersionRole };

QString kindLabel(Disagreement::Kind kind)
{
    switch (kind) {
    case Disagreement::Kind::ClaimVersions:
        return QCoreApplication::translate("crossread::AdjudicationPanel", "Claim: versions differ");
    case Disagreement::Kind::ClaimByOneOnly:
        return QCoreApplication::translate("crossread::AdjudicationPanel", "Claim: by one only");
    case Disagreement::Kind::LinkVersions:
        return QCoreApplication::translate("crossread::AdjudicationPanel", "Link: relations differ");
    case Disagreement::Kind::LinkByOneOnly:
        break;
    }
    return QCoreApplication::translate("crossread::AdjudicationPanel", "Link: by some only");
}

/// A claim as a version: its quote, tags and status.
QString describeClaim(const Project &p, const Claim &c)
{
    QStringList tags;
    for (TagId t : c.attributes.tags)
        if (const Tag *tag = findById(p.tags, t))
            tags << tag->name;
    return QStringLiteral("“%1” — %2; %3")
        .arg(c.anchor.quote.left(120), tags.join(QStringLiteral(", ")), labelOf(c.attributes.status));
}

} // namespace

AdjudicationPanel::AdjudicationPanel(Document *document, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_accept(new QPushButton(tr("&Accept Version"), this))
    , m_acceptAll(new QPushButton(tr("Accept &Both"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
    , m_agreed(new QPushButton(tr("Accept A&greed"), this))
    , m_finish(new QPushButton(tr("&Finish…"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("adjudicationSummary"));
    m_list->setObjectName(QStringLiteral("disagreements"));
    m_list->setAccessibleName(tr("Disagreements"));
    m_list->setHeaderLabels({tr("Disagreement"), tr("Source"), tr("Version")});
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->installEventFilter(this);
    m_accept->setToolTip(tr("Keep the selected version (Enter)"));
    m_acceptAll->setToolTip(tr("Keep one claim with the tags of every version"));
    m_reject->setToolTip(tr("Keep none of the versions (Delete)"));
    m_agreed->setToolTip(tr("Keep at once every claim and link all annotators agree on"));
    m_finish->setToolTip(tr("Remove the annotators' versions, keeping only what was settled"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_accept, m_acceptAll, m_reject})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_agreed);
    buttons->addWidget(m_finish);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &AdjudicationPanel::acceptSelectedVersion);
    connect(m_acceptAll, &QPushButton::clicked, this, &AdjudicationPanel::acceptAllVersions);
    connect(m_reject, &QPushButton::clicked, this, &AdjudicationPanel::rejectSelected);
    connect(m_agreed, &QPushButton::clicked, this, &AdjudicationPanel::acceptAgreed);
    connect(m_finish, &QPushButton::clicked, this, &AdjudicationPanel::finish);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AdjudicationPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int d = item->data(0, DisagreementRole).toInt();
        if (d < 0 || d >= m_state.disagreements.size())
            return;
        const Disagreement &dis = m_state.disagreements[d];
        const int v = item->data(0, VersionRole).toInt();
        if (dis.isLink())
            Q_EMIT claimActivated(dis.from);
        else
            Q_EMIT claimActivated(dis.versions.value(std::max(v, 0), NoId));
    });
    for (const RowNotifier *rows : {document->claimRows(), document->linkRows(), document->tagRows()}) {
        connect(rows, &RowNotifier::rowsInserted, this, &AdjudicationPanel::scheduleRefresh);
        connect(rows, &RowNotifier::rowsRemoved, this, &AdjudicationPanel::scheduleRefresh);
        connect(rows, &RowNotifier::rowsChanged, this, &AdjudicationPanel::scheduleRefresh);
    }
    connect(document, &Document::projectReset, this, &AdjudicationPanel::scheduleRefresh);
    updateButtons();
}

void AdjudicationPanel::setActive(bool active)
{
    m_active = active;
    if (active)
        refresh();
}

void AdjudicationPanel::scheduleRefresh()
{
    if (!m_active || m_pending)
        return;
    m_pending = true; // once after a burst of changes (an edit group)
    QTimer::singleShot(0, this, &AdjudicationPanel::refresh);
}

void AdjudicationPanel::refresh()
{
    m_pending = false;
    const int keep = std::max(0, selectedDisagreement());
    m_state = adjudicate(m_document->project());
    const Project &p = m_document->project();
    m_list->clear();
    for (int i = 0; i < m_state.disagreements.size(); ++i) {
        const Disagreement &d = m_state.disagreements[i];
        const Article *article = findById(p.articles, d.article);
        auto *top = new QTreeWidgetItem(m_list, {kindLabel(d.kind), article ? article->sourceName() : QString()});
        top->setData(0, DisagreementRole, i);
        top->setData(0, VersionRole, -1);
        if (d.isLink()) {
            const Claim *from = findById(p.claims, d.from), *to = findById(p.claims, d.to);
            top->setText(
                2,
                QStringLiteral("“%1” ↔ “%2”")
                    .arg(from ? from->anchor.quote.left(60) : QString(), to ? to->anchor.quote.left(60) : QString()));
        }
        for (int v = 0; v < d.versions.size(); ++v) {
            QString text;
            if (d.isLink()) {
                if (const Link *l = findById(p.links, d.versions[v]))
                    text = labelOf(l->relation);
            } else if (const Claim *c = findById(p.claims, d.versions[v])) {
                text = describeClaim(p, *c);
            }
            auto *version = new QTreeWidgetItem(top, {d.annotators.value(v), QString(), text});
            version->setData(0, DisagreementRole, i);
            version->setData(0, VersionRole, v);
        }
        for (const QString &who : d.without) {
            auto *none = new QTreeWidgetItem(top, {who, QString(), d.isLink() ? tr("(no link)") : tr("(no claim)")});
            none->setData(0, DisagreementRole, i);
            none->setData(0, VersionRole, -1);
            none->setForeground(2, palette().color(QPalette::PlaceholderText));
        }
        top->setExpanded(true);
    }
    m_summary->setText(
        tr("To settle: %1. Agreed, to accept: claims %2, links %3. Waiting until their claims are settled: links %4. "
           "Settled: claims %5, links %6.")
            .arg(m_state.disagreements.size())
            .arg(m_state.agreedClaims())
            .arg(m_state.agreedLinks())
            .arg(m_state.waitingLinks)
            .arg(m_state.settledClaims)
            .arg(m_state.settledLinks));
    if (QTreeWidgetItem *item = m_list->topLevelItem(std::min(keep, m_list->topLevelItemCount() - 1))) {
        m_list->setCurrentItem(item->childCount() ? item->child(0) : item);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    updateButtons();
}

int AdjudicationPanel::selectedDisagreement() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, DisagreementRole).toInt() : -1;
}

void AdjudicationPanel::updateButtons()
{
    const int d = selectedDisagreement();
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool valid = d >= 0 && d < m_state.disagreements.size();
    m_accept->setEnabled(valid && item && item->data(0, VersionRole).toInt() >= 0);
    m_acceptAll->setEnabled(valid && m_state.disagreements[d].kind == Disagreement::Kind::ClaimVersions);
    m_reject->setEnabled(valid);
    m_agreed->setEnabled(!m_state.agreed.isEmpty());
    m_finish->setEnabled(m_state.settledClaims + m_state.settledLinks > 0);
}

void AdjudicationPanel::acceptSelectedVersion()
{
    const int d = selectedDisagreement();
    const QTreeWidgetItem *item = m_list->currentItem();
    if (d < 0 || d >= m_state.disagreements.size() || !item || item->data(0, VersionRole).toInt() < 0)
        return;
    acceptVersion(*m_document, m_state.disagreements[d], item->data(0, VersionRole).toInt());
    refresh();
}

void AdjudicationPanel::acceptAllVersions()
{
    const int d = selectedDisagreement();
    if (d >= 0 && d < m_state.disagreements.size())
        acceptAll(*m_document, m_state.disagreements[d]);
    refresh();
}

void AdjudicationPanel::rejectSelected()
{
    const int d = selectedDisagreement();
    if (d >= 0 && d < m_state.disagreements.size())
        rejectVersions(*m_document, m_state.disagreements[d]);
    refresh();
}

void AdjudicationPanel::acceptAgreed()
{
    acceptAgreements(*m_document);
    refresh();
}

void AdjudicationPanel::finish()
{
    const QString question = m_state.disagreements.isEmpty()
        ? tr("Remove the annotators' claims and links, keeping the %1 settled claims and %2 settled links?")
              .arg(m_state.settledClaims)
              .arg(m_state.settledLinks)
        : tr("%1 disagreements are not settled yet: finishing drops their versions. Remove the annotators' claims "
             "and links, keeping the %2 settled claims and %3 settled links?")
              .arg(m_state.disagreements.size())
              .arg(m_state.settledClaims)
              .arg(m_state.settledLinks);
    if (!m_prompts->confirm(this, tr("Finish Adjudication"), question))
        return;
    finishAdjudication(*m_document);
    refresh();
}

bool AdjudicationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            acceptSelectedVersion();
            return true;
        }
        if (key == Qt::Key_Delete) {
            rejectSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace crossread
