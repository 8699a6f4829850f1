#include "linkdialog.h"

#include "relationstyle.h"

#include <models/document.h>
#include <models/propositiongrouping.h>
#include <models/vocabulary.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace crossread {

LinkDialog::LinkDialog(const Document &document, ClaimId from, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_relation(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Link Claim To"));
    const Project &p = document.project();
    const Claim *source = findById(p.claims, from);
    auto *quote = new QLabel(source ? u"“" + shortForm(source->anchor.quote, 160) + u"”" : QString(), this);
    quote->setWordWrap(true);

    m_search->setPlaceholderText(tr("Search the other claims: words of the quote or the outlet"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the other claims"));
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Claims"));

    QSet<ClaimId> linked;
    for (const Link &link : p.links) {
        if (link.involves(from))
            linked.insert(link.from == from ? link.to : link.from);
    }
    // Other articles first, then the claim's own; each in reading order.
    std::vector<const Claim *> claims;
    for (const Claim &claim : p.claims) {
        if (claim.id != from && !linked.contains(claim.id))
            claims.push_back(&claim);
    }
    const ArticleId own = source ? source->article : NoId;
    std::stable_sort(claims.begin(), claims.end(), [own](const Claim *a, const Claim *b) {
        if ((a->article == own) != (b->article == own))
            return b->article == own;
        if (a->article != b->article)
            return a->article < b->article;
        return a->anchor.start < b->anchor.start;
    });
    for (const Claim *claim : claims) {
        const Article *article = findById(p.articles, claim->article);
        const QString name = article ? article->sourceName() : QString();
        auto *item = new QListWidgetItem(name + u" — " + shortForm(claim->anchor.quote, 110), m_list);
        item->setData(Qt::UserRole, claim->id);
        item->setToolTip(claim->anchor.quote);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    fillRelationBox(m_relation);
    m_note->setPlaceholderText(tr("Optional"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_search, &QLineEdit::textChanged, this, &LinkDialog::filter);

    auto *form = new QFormLayout;
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quote);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 480);
    m_search->setFocus();
}

void LinkDialog::filter(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString haystack = item->text() + u' ' + item->toolTip();
        const bool shown = std::all_of(words.begin(), words.end(),
                                       [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); });
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

int LinkDialog::visibleCount() const
{
    int shown = 0;
    for (int i = 0; i < m_list->count(); ++i)
        shown += m_list->item(i)->isHidden() ? 0 : 1;
    return shown;
}

ClaimId LinkDialog::target() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? ClaimId(item->data(Qt::UserRole).toUInt()) : NoId;
}

Relation LinkDialog::relation() const
{
    return Relation(m_relation->currentData().toInt());
}

QString LinkDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace crossread
