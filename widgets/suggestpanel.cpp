#include "suggestpanel.h"

#include "relationstyle.h"
#include "wrappingdelegate.h"

#include <models/claimselection.h>
#include <models/compare/linksuggester.h>
#include <models/compare/passageindex.h>
#include <models/document.h>
#include <models/longworkpool.h>
#include <models/propositiongrouping.h>
#include <models/rownotifier.h>
#include <models/vocabulary.h>

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace crossread {
namespace {

enum Column { ScoreColumn, ArticleColumn, PassageColumn };
enum Role { ArticleRole = Qt::UserRole + 1, StartRole, EndRole };

} // namespace

SuggestPanel::SuggestPanel(Document *document, ClaimSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_source(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_relation(new QComboBox(this))
    , m_link(new QPushButton(tr("&Link"), this))
    , m_watcher(new QFutureWatcher<std::shared_ptr<PassageIndex>>(this))
{
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_source->setText(tr("Select a claim, then Find in Other Sources (Ctrl+Shift+O)."));
    m_results->setObjectName(QStringLiteral("suggestResults"));
    m_results->setHeaderLabels({tr("Score"), tr("Article"), tr("Passage")});
    m_results->setRootIsDecorated(false);
    m_results->setAlternatingRowColors(true);
    m_results->header()->setStretchLastSection(true);
    // A narrow dock: one column of wrapped text, "Outlet · score" over the
    // passage; the score and article columns stay for sorting and reading out.
    m_results->setHeaderHidden(true);
    m_results->setColumnHidden(ScoreColumn, true);
    m_results->setColumnHidden(ArticleColumn, true);
    new WrappingDelegate(m_results);
    m_results->setAccessibleName(tr("Passages that may say the same"));
    m_results->setToolTip(tr("Enter or double-click shows the passage; Link links it with the claim"));
    fillRelationBox(m_relation);
    m_relation->setAccessibleName(tr("Relation of the link"));
    m_link->setEnabled(false);
    m_link->setToolTip(tr("Make the passage a claim and link it with the relation chosen"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_relation, 1);
    bar->addWidget(m_link);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_source);
    layout->addWidget(m_results, 1);
    layout->addLayout(bar);

    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT passageActivated(ArticleId(item->data(0, ArticleRole).toUInt()), item->data(0, StartRole).toInt(),
                                item->data(0, EndRole).toInt());
    });
    connect(m_results, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_link->setEnabled(item != nullptr); });
    connect(m_link, &QPushButton::clicked, this, &SuggestPanel::linkCurrent);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_index = m_watcher->result();
        if (m_stale) { // articles changed while it was built
            rebuildIndex();
            return;
        }
        Q_EMIT ready();
        run();
    });
    for (auto signal : {&RowNotifier::rowsInserted, &RowNotifier::rowsRemoved, &RowNotifier::rowsChanged})
        connect(document->articleRows(), signal, this, [this] { m_stale = true; });
    connect(document, &Document::projectReset, this, [this] {
        m_stale = true;
        m_results->clear();
        m_claim = NoId;
        m_text.clear();
    });
}

SuggestPanel::~SuggestPanel()
{
    m_watcher->waitForFinished();
}

bool SuggestPanel::isReady() const
{
    return m_index && !m_stale && !m_watcher->isRunning();
}

void SuggestPanel::rebuildIndex()
{
    if (m_watcher->isRunning())
        return; // finished() sees m_stale and builds again
    m_stale = false;
    m_source->setText(tr("Indexing the articles…"));
    // A copy of the texts: the build runs while the user goes on editing.
    QList<PassageIndex::Source> sources;
    for (const Article &a : m_document->project().articles)
        sources.append({a.id, a.text, a.meta.language, a.meta.published});
    m_watcher->setFuture(QtConcurrent::run(longWorkPool(), [sources] {
        auto index = std::make_shared<PassageIndex>();
        index->build(sources);
        return index;
    }));
}

void SuggestPanel::findForCurrentClaim()
{
    const Claim *claim = findById(m_document->project().claims, m_selection->current());
    if (!claim)
        return;
    m_claim = claim->id;
    m_text = claim->anchor.quote;
    m_article = claim->article;
    m_start = claim->anchor.start;
    m_end = claim->anchor.end;
    run();
}

void SuggestPanel::findForText(const QString &text, ArticleId article, int start, int end)
{
    if (text.trimmed().isEmpty())
        return;
    m_claim = NoId;
    m_text = text;
    m_article = article;
    m_start = start;
    m_end = end;
    run();
}

void SuggestPanel::run()
{
    if (m_text.isEmpty())
        return;
    if (!isReady()) {
        rebuildIndex();
        return; // run() again when built
    }
    const Project &p = m_document->project();
    const Article *source = findById(p.articles, m_article);
    m_source->setText(tr("Passages that may say the same as “%1”").arg(shortForm(m_text, 120)));
    m_results->clear();
    const QList<PassageHit> hits
        = m_index->search(m_text, source ? source->meta.language : QString(), source ? source->meta.published : QDate(),
                          source ? articleFamily(p, source->id) : QList<ArticleId>{}, 20);
    for (const PassageHit &hit : hits) {
        const Article *a = findById(p.articles, hit.article);
        if (!a)
            continue;
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(ScoreColumn, QString::number(hit.score, 'f', 1));
        item->setText(ArticleColumn, a->sourceName());
        item->setToolTip(ArticleColumn, a->displayTitle());
        const QString passage = a->text.mid(hit.start, hit.end - hit.start);
        item->setText(PassageColumn,
                      a->sourceName() + u" · " + QString::number(hit.score, 'f', 1) + u'\n' + shortForm(passage, 280));
        item->setToolTip(PassageColumn, passage);
        item->setData(0, ArticleRole, hit.article);
        item->setData(0, StartRole, hit.start);
        item->setData(0, EndRole, hit.end);
    }
    if (m_results->topLevelItemCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0));
}

LinkId SuggestPanel::linkCurrent()
{
    const QTreeWidgetItem *item = m_results->currentItem();
    if (!item || m_text.isEmpty())
        return NoId;
    const ArticleId article = ArticleId(item->data(0, ArticleRole).toUInt());
    const int start = item->data(0, StartRole).toInt(), end = item->data(0, EndRole).toInt();
    const auto claimAt = [this](ArticleId a, int s, int e) {
        for (const Claim &c : m_document->project().claims) {
            if (c.article == a && c.anchor.start == s && c.anchor.end == e)
                return c.id;
        }
        return NoId;
    };
    Document::EditGroup group(*m_document, tr("Link claims"));
    ClaimId from = m_claim != NoId ? m_claim : claimAt(m_article, m_start, m_end);
    if (from == NoId)
        from = m_document->addClaim(m_article, m_start, m_end);
    ClaimId to = claimAt(article, start, end);
    if (to == NoId)
        to = m_document->addClaim(article, start, end);
    if (from == NoId || to == NoId)
        return NoId;
    m_claim = from;
    const LinkId link = m_document->addLink(from, to, Relation(m_relation->currentData().toInt()));
    if (link != NoId)
        m_selection->setCurrentLink(link);
    return link;
}

} // namespace crossread
