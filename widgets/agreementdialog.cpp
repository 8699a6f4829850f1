#include "agreementdialog.h"

#include <models/agreement.h>
#include <models/document.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace crossread {
AgreementDialog::AgreementDialog(const Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_annotators(new QListWidget(this))
    , m_figures(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Annotator Agreement"));
    setObjectName(QStringLiteral("agreementDialog"));
    m_annotators->setAccessibleName(tr("Annotators compared"));
    for (const QString &name : annotatorsOf(document->project())) {
        auto *item = new QListWidgetItem(name, m_annotators);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_figures->setAccessibleName(tr("Agreement figures"));
    m_figures->setRootIsDecorated(false);
    m_figures->setHeaderLabels({tr("What"), tr("Alpha"), tr("Kappa"), tr("Agreed"), tr("Units")});
    m_figures->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    auto *note = new QLabel(
        tr("Alpha is Krippendorff's alpha (nominal), kappa Cohen's (two annotators only); 1 is full agreement, 0 "
           "what chance gives. Tags are compared per character of the articles two or more annotators tagged, "
           "characters no one tagged included; status on claims whose spans overlap by half or more; links on "
           "the pairs of such claims someone linked. Units: characters, claims, pairs."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_annotators, &QListWidget::itemChanged, this, &AgreementDialog::recompute);

    auto *top = new QHBoxLayout;
    top->addWidget(m_annotators, 1);
    top->addWidget(m_figures, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(top, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(860, 520);
    recompute();
}

void AgreementDialog::recompute()
{
    QStringList chosen;
    for (int i = 0; i < m_annotators->count(); ++i)
        if (m_annotators->item(i)->checkState() == Qt::Checked)
            chosen << m_annotators->item(i)->text();
    m_figures->clear();
    if (chosen.size() < 2) {
        m_summary->setText(tr("Agreement needs two annotators or more. Merge their copies of the project first "
                              "(Team → Merge Project…)."));
        return;
    }
    const AgreementReport r = measureAgreement(m_document->project(), chosen);
    m_summary->setText(
        tr("%1 annotators, %2 articles tagged by two or more of them.").arg(chosen.size()).arg(r.articles));
    const QList<AgreementFigure> figures = r.figures();
    for (qsizetype i = 0; i < figures.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_figures, figureCells(figures[i], QLocale()));
        for (int c = 1; c < 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        // Overall, status and links in bold; the tags between them plain.
        if (i == 0 || i >= figures.size() - 2) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
        }
    }
    for (int c = 1; c < 5; ++c)
        m_figures->resizeColumnToContents(c);
}

} // namespace crossread
