#include "comparisonarea.h"

#include "articlepane.h"
#include "articletextview.h"
#include "claimhighlighter.h"
#include "connectorgutter.h"
#include "relationstyle.h"

#include <models/document.h>
#include <models/rownotifier.h>

#include <QHBoxLayout>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>

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
    for (const RowNotifier *rows : {document->linkRows(), document->claimRows()}) {
        for (auto signal : {&RowNotifier::rowsInserted, &RowNotifier::rowsRemoved, &RowNotifier::rowsChanged})
            connect(rows, signal, this, [this] { m_linkedPositions.clear(); });
    }
    connect(document, &Document::projectReset, this, [this] { m_linkedPositions.clear(); });
    restoreLayout();
}

ArticlePane *ComparisonArea::addPane(ArticleId article)
{
    if (m_panes.size() >= MaxPanes)
        return nullptr;
    auto *pane = new ArticlePane(m_document, m_selection, m_splitter);
    pane->view()->setReadingStyle(m_style);
    pane->view()->highlighter()->setHiddenCues(m_hiddenCues);
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

void ComparisonArea::setHiddenCues(quint8 hidden)
{
    m_hiddenCues = hidden;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->highlighter()->setHiddenCues(hidden);
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

const QList<std::pair<int, int>> &ComparisonArea::linkedPositions(ArticleId leader, ArticleId follower) const
{
    const auto key = std::pair(leader, follower);
    auto it = m_linkedPositions.find(key);
    if (it != m_linkedPositions.end())
        return it->second;
    QList<std::pair<int, int>> pairs;
    const Project &p = m_document->project();
    for (const Link &link : p.links) {
        const Claim *from = findById(p.claims, link.from);
        const Claim *to = findById(p.claims, link.to);
        if (!from || !to)
            continue;
        if (from->article != leader || to->article != follower)
            std::swap(from, to);
        if (from->article == leader && to->article == follower)
            pairs.append({from->anchor.start, to->anchor.start});
    }
    std::sort(pairs.begin(), pairs.end());
    return m_linkedPositions.emplace(key, std::move(pairs)).first->second;
}

qreal ComparisonArea::linkedLine(const ArticleTextView *leader, const ArticleTextView *follower, qreal line) const
{
    // Only the links just before and after the line decide: turn those two
    // into lines, not every link.
    const QList<std::pair<int, int>> &pairs = linkedPositions(leader->article(), follower->article());
    if (pairs.isEmpty())
        return -1;
    const QTextBlock block = leader->document()->findBlockByLineNumber(int(line));
    const QTextLine textLine = block.isValid() && block.layout()
        ? block.layout()->lineAt(std::max(0, int(line) - block.firstLineNumber()))
        : QTextLine();
    const int position = block.position() + (textLine.isValid() ? textLine.textStart() : 0);
    const auto after = std::upper_bound(pairs.begin(), pairs.end(), std::pair(position, INT_MAX));
    QList<std::pair<int, int>> around;
    for (auto it : {after - 1, after}) {
        if (it >= pairs.begin() && it < pairs.end())
            around.append({leader->lineOf(it->first), follower->lineOf(it->second)});
    }
    return followerLine(around, line);
}

void ComparisonArea::syncFrom(ArticlePane *pane)
{
    if (!m_sync || m_syncing)
        return;
    const QScrollBar *source = pane->view()->verticalScrollBar();
    const double ratio = source->maximum() > 0 ? double(source->value()) / source->maximum() : 0.0;
    // By links: the line a third of the way down stays level with its
    // linked counterpart (interpolated between links) in the other panes.
    const int third = pane->view()->visibleLines() / 3;
    const qreal anchor = source->value() + third;
    m_syncing = true;
    for (ArticlePane *other : std::as_const(m_panes)) {
        if (other == pane)
            continue;
        QScrollBar *bar = other->view()->verticalScrollBar();
        const qreal line = m_byLinks ? linkedLine(pane->view(), other->view(), anchor) : -1;
        if (line >= 0)
            bar->setValue(int(std::lround(line - third)));
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
    m_hiddenCues = p.layout.hiddenCues;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->highlighter()->setHiddenCues(m_hiddenCues);
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
    layout.hiddenCues = m_hiddenCues;
    m_document->setViewLayout(layout);
}

} // namespace crossread
