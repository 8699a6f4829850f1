#include "comparisonarea.h"

#include "articlepane.h"
#include "articletextview.h"
#include "connectorgutter.h"
#include "relationstyle.h"

#include <models/document.h>

#include <QHBoxLayout>
#include <QScrollBar>
#include <QSplitter>

namespace crossread {

ComparisonArea::ComparisonArea(Document *document, ClaimSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_splitter(new ComparisonSplitter(document, selection, this))
    , m_style(ReadingStyle::load())
{
    setObjectName(QStringLiteral("comparisonArea"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(GutterWidth);
    layout->addWidget(m_splitter);
    connect(m_splitter, &QSplitter::splitterMoved, this, &ComparisonArea::storeLayout);
    connect(document, &Document::projectReset, this, &ComparisonArea::restoreLayout);
    connect(m_splitter, &ComparisonSplitter::hoveredLinkChanged, this, &ComparisonArea::highlightLink);
    restoreLayout();
}

ArticlePane *ComparisonArea::addPane(ArticleId article)
{
    if (m_panes.size() >= MaxPanes)
        return nullptr;
    auto *pane = new ArticlePane(m_document, m_selection, m_splitter);
    pane->view()->setReadingStyle(m_style);
    m_splitter->addWidget(pane);
    m_panes << pane;
    pane->setArticle(article);
    connect(pane, &ArticlePane::articleChanged, this, &ComparisonArea::storeLayout);
    connect(pane, &ArticlePane::articleChanged, this, [this] { m_splitter->updateGutters(true); });
    connect(pane->view(), &ArticleTextView::claimDropped, this,
            [this, pane](ClaimId claim, int position) { Q_EMIT claimDropped(pane->view(), claim, position); });
    connect(pane, &ArticlePane::closeRequested, this, [this, pane] { closePane(pane); });
    connect(pane, &ArticlePane::activated, this, [this, pane] { setCurrentPane(pane); });
    connect(pane->view()->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, pane] {
        syncFrom(pane);
        m_splitter->updateGutters();
    });
    // New panes share the width equally.
    m_splitter->setSizes(QList<int>(m_panes.size(), std::max(1, m_splitter->width() / int(m_panes.size()))));
    updateClosable();
    if (!m_current)
        setCurrentPane(pane);
    storeLayout();
    m_splitter->updateGutters(true);
    return pane;
}

void ComparisonArea::closePane(ArticlePane *pane)
{
    if (m_panes.size() <= 1 || !m_panes.contains(pane))
        return;
    m_panes.removeOne(pane);
    if (m_current == pane)
        setCurrentPane(m_panes.first());
    pane->hide();
    pane->setParent(nullptr); // out of the splitter now, so the gutters see their new neighbours
    pane->deleteLater();
    updateClosable();
    storeLayout();
    m_splitter->updateGutters(true);
}

void ComparisonArea::closeCurrentPane()
{
    closePane(m_current);
}

void ComparisonArea::focusPane(int index)
{
    if (ArticlePane *pane = m_panes.value(index)) {
        setCurrentPane(pane);
        pane->view()->setFocus(Qt::ShortcutFocusReason);
    }
}

void ComparisonArea::setCurrentPane(ArticlePane *pane)
{
    if (pane == m_current)
        return;
    m_current = pane;
    for (ArticlePane *p : std::as_const(m_panes))
        p->setCurrent(p == pane && m_panes.size() > 1);
    Q_EMIT currentPaneChanged(pane);
}

void ComparisonArea::setSyncScroll(bool on)
{
    m_sync = on;
    if (on && m_current)
        syncFrom(m_current);
    storeLayout();
}

void ComparisonArea::setSyncByLinks(bool on)
{
    m_byLinks = on;
    if (on)
        m_sync = true;
    if (m_sync && m_current)
        syncFrom(m_current);
    storeLayout();
}

/// The lines of the claims linked between the articles of `leader` and
/// `follower`: (line in the leader, line in the follower).
static QList<std::pair<int, int>> linkedLines(const Project &p, const ArticleTextView *leader,
                                              const ArticleTextView *follower)
{
    QList<std::pair<int, int>> pairs;
    const ArticleId a = leader->article(), b = follower->article();
    for (const Link &link : p.links) {
        const Claim *from = findById(p.claims, link.from);
        const Claim *to = findById(p.claims, link.to);
        if (!from || !to)
            continue;
        if (from->article != a || to->article != b)
            std::swap(from, to);
        if (from->article == a && to->article == b)
            pairs.append({leader->lineOf(from->anchor.start), follower->lineOf(to->anchor.start)});
    }
    return pairs;
}

void ComparisonArea::syncFrom(ArticlePane *pane)
{
    if (!m_sync || m_syncing)
        return;
    const QScrollBar *source = pane->view()->verticalScrollBar();
    const double ratio = source->maximum() > 0 ? double(source->value()) / source->maximum() : 0.0;
    // By links: the line a third of the way down stays level with its
    // linked counterpart (interpolated between links) in the other panes.
    const int half = pane->view()->visibleLines() / 3;
    const qreal anchor = source->value() + half;
    m_syncing = true;
    for (ArticlePane *other : std::as_const(m_panes)) {
        if (other == pane)
            continue;
        QScrollBar *bar = other->view()->verticalScrollBar();
        const qreal line
            = m_byLinks ? followerLine(linkedLines(m_document->project(), pane->view(), other->view()), anchor) : -1;
        if (line >= 0)
            bar->setValue(int(std::lround(line - half)));
        else
            bar->setValue(int(std::lround(ratio * bar->maximum())));
    }
    m_syncing = false;
}

void ComparisonArea::highlightLink(LinkId link)
{
    const Project &p = m_document->project();
    const Link *l = findById(p.links, link);
    const QList<ClaimId> claims = l ? QList<ClaimId>{l->from, l->to} : QList<ClaimId>{};
    const QColor color = l ? relationColor(l->relation) : QColor();
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->setHighlightedClaims(claims, color);
}

void ComparisonArea::setReadingStyle(const ReadingStyle &style)
{
    m_style = style;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->setReadingStyle(style);
}

ArticlePane *ComparisonArea::showArticle(ArticleId article)
{
    for (ArticlePane *pane : std::as_const(m_panes)) {
        if (pane->article() == article)
            return pane;
    }
    ArticlePane *target = nullptr;
    for (ArticlePane *pane : std::as_const(m_panes)) {
        if (pane->article() == NoId) {
            target = pane;
            break;
        }
    }
    if (!target)
        target = m_current ? m_current : m_panes.value(0);
    if (target)
        target->setArticle(article);
    return target;
}

void ComparisonArea::showClaim(ClaimId claim)
{
    const Claim *c = findById(m_document->project().claims, claim);
    if (!c)
        return;
    if (ArticlePane *pane = showArticle(c->article)) {
        setCurrentPane(pane);
        pane->view()->revealClaim(claim, true);
    }
}

void ComparisonArea::updateClosable()
{
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->setClosable(m_panes.size() > 1);
}

void ComparisonArea::restoreLayout()
{
    m_restoring = true;
    qDeleteAll(m_panes);
    m_panes.clear();
    m_current = nullptr;
    const Project &p = m_document->project();
    QList<ArticleId> articles = p.layout.panes.mid(0, MaxPanes);
    if (articles.isEmpty()) {
        // A fresh project: the first two articles side by side.
        for (size_t i = 0; i < 2; ++i)
            articles << (i < p.articles.size() ? p.articles[i].id : NoId);
    }
    for (ArticleId article : std::as_const(articles))
        addPane(article);
    if (p.layout.sizes.size() == articles.size()) {
        QList<int> sizes;
        for (quint32 size : p.layout.sizes)
            sizes << int(size);
        m_splitter->setSizes(sizes);
    }
    m_sync = p.layout.syncScroll;
    m_byLinks = p.layout.syncByLinks;
    m_restoring = false;
    storeLayout();
    Q_EMIT currentPaneChanged(m_current);
}

void ComparisonArea::storeLayout()
{
    if (m_restoring)
        return;
    ViewLayout layout;
    for (ArticlePane *pane : std::as_const(m_panes))
        layout.panes << pane->article();
    for (int size : m_splitter->sizes())
        layout.sizes << quint32(std::max(0, size));
    layout.syncScroll = m_sync;
    layout.syncByLinks = m_byLinks;
    m_document->setViewLayout(layout);
}

} // namespace crossread
