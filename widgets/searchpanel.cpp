#include "searchpanel.h"

#include "counttext.h"

#include <models/document.h>
#include <models/textsearch.h>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crossread {
namespace {

enum Roles { ArticleRole = Qt::UserRole, StartRole, EndRole };

} // namespace

SearchPanel::SearchPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_edit->setPlaceholderText(tr("Find in all articles"));
    m_edit->setAccessibleName(tr("Find in all articles"));
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_edit);
    layout->addWidget(m_count);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(true);
    m_results->setUniformRowHeights(true);
    m_results->setAccessibleName(tr("Search results"));
    layout->addWidget(m_results, 1);

    // Search when typing pauses, not on every key.
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(200);
    connect(m_edit, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_edit, &QLineEdit::returnPressed, this, [this, delay] {
        delay->stop();
        search();
        if (m_results->topLevelItemCount() > 0) {
            m_results->setFocus();
            m_results->setCurrentItem(m_results->topLevelItem(0)->child(0));
        }
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->parent())
            Q_EMIT hitActivated(ArticleId(item->data(0, ArticleRole).toUInt()), item->data(0, StartRole).toInt(),
                                item->data(0, EndRole).toInt());
    });
}

void SearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::search()
{
    m_results->clear();
    const QString needle = m_edit->text();
    if (needle.isEmpty()) {
        m_count->clear();
        return;
    }
    constexpr int limit = 2000;
    const QList<SearchHit> hits = searchArticles(m_document->project(), needle, limit);
    QTreeWidgetItem *group = nullptr;
    int articles = 0;
    for (const SearchHit &hit : hits) {
        if (!group || group->data(0, ArticleRole).toUInt() != hit.article) {
            const Article *article = findById(m_document->project().articles, hit.article);
            group = new QTreeWidgetItem(
                m_results, {article ? article->sourceName() + u" — " + article->displayTitle() : QString()});
            group->setData(0, ArticleRole, hit.article);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setExpanded(true);
            ++articles;
        }
        auto *item = new QTreeWidgetItem(group, {hit.context});
        item->setToolTip(0, hit.context);
        item->setData(0, ArticleRole, hit.article);
        item->setData(0, StartRole, int(hit.start));
        item->setData(0, EndRole, int(hit.end));
    }
    QString count = countText(hits.size(), tr("1 match"), tr("%1 matches"));
    if (!hits.isEmpty())
        count += u' ' + countText(articles, tr("in 1 article"), tr("in %1 articles"));
    if (hits.size() >= limit)
        count += u' ' + tr("(the first %1)").arg(limit);
    m_count->setText(hits.isEmpty() ? tr("No match") : count);
}

} // namespace crossread
