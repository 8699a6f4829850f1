#include "claimhighlighter.h"

#include "cuestyle.h"

#include <models/document.h>
#include <models/rownotifier.h>

#include <QFutureWatcher>
#include <QTextDocument>
#include <QtConcurrentRun>

namespace crossread {

ClaimHighlighter::ClaimHighlighter(const Document *document, QTextDocument *text)
    : QSyntaxHighlighter(text)
    , m_document(document)
{
    const RowNotifier *claims = document->claimRows();
    connect(claims, &RowNotifier::rowsInserted, this, &ClaimHighlighter::claimsAddedOrChanged);
    connect(claims, &RowNotifier::rowsChanged, this, &ClaimHighlighter::claimsAddedOrChanged);
    // Where a claim was, remembered before it goes.
    connect(claims, &RowNotifier::rowsAboutToBeRemoved, this, [this](int first, int last) {
        for (int row = first; row <= last; ++row) {
            const Claim &c = m_document->project().claims[size_t(row)];
            if (c.article == m_article)
                m_pendingRanges.emplace_back(c.anchor.start, c.anchor.end);
        }
    });
    connect(claims, &RowNotifier::rowsRemoved, this, [this] {
        if (m_pendingRanges.empty())
            return;
        rebuild();
        for (const auto &[start, end] : m_pendingRanges)
            rehighlightRange(start, end);
        m_pendingRanges.clear();
    });
    connect(document->tagRows(), &RowNotifier::rowsChanged, this, [this] {
        rebuild();
        rehighlight(); // a colour may have changed anywhere
    });
    connect(document, &Document::assistChanged, this, [this] {
        // Rejected suggestions change it too; only new loaded terms matter here.
        if (m_document->project().assist.loadedTerms == m_cueTerms)
            return;
        const QList<CueSpan> before = m_cues;
        rebuildCues();
        if (m_cues != before)
            rehighlight();
    });
}

void ClaimHighlighter::claimsAddedOrChanged(int first, int last)
{
    const auto &all = m_document->project().claims;
    bool mine = false;
    for (int row = first; row <= last; ++row)
        mine = mine || all[size_t(row)].article == m_article;
    if (!mine)
        return;
    rebuild();
    for (int row = first; row <= last; ++row) {
        const Claim &c = all[size_t(row)];
        if (c.article == m_article)
            rehighlightRange(c.anchor.start, c.anchor.end);
    }
}

void ClaimHighlighter::setArticle(ArticleId article)
{
    m_article = article;
    rebuild();
    setCues({});
    rebuildCues();
}

void ClaimHighlighter::setHiddenCues(quint8 hidden)
{
    if (hidden == m_hiddenCues)
        return;
    m_hiddenCues = hidden;
    rehighlight();
}

void ClaimHighlighter::rebuildCues()
{
    const quint64 generation = ++m_cueGeneration;
    const Project &p = m_document->project();
    m_cueTerms = p.assist.loadedTerms;
    const Article *article = findById(p.articles, m_article);
    if (!article || !document()) {
        setCues({});
        return;
    }
    if (article->text.size() <= MaxCueCharsInline) {
        setCues(CueDefinition::builtIn().find(article->text, p.assist.loadedTerms));
        return;
    }
    // A long text: the pane shows at once, its cues a moment later (until
    // then, those of the terms before).
    auto *watcher = new QFutureWatcher<QList<CueSpan>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_cueGeneration) // another article, or other terms, since
            return;
        setCues(watcher->result());
        rehighlight();
    });
    watcher->setFuture(QtConcurrent::run([text = article->text, terms = p.assist.loadedTerms] {
        return CueDefinition::builtIn().find(text, terms);
    }));
}

void ClaimHighlighter::setCues(QList<CueSpan> cues)
{
    m_cues = std::move(cues);
    m_cuesByBlock.clear();
    QTextDocument *text = document();
    for (qsizetype i = 0; text && i < m_cues.size(); ++i) {
        const int first = text->findBlock(m_cues[i].start).blockNumber();
        const int last = text->findBlock(std::max(m_cues[i].start, m_cues[i].end - 1)).blockNumber();
        for (int block = first; block <= last && block >= 0; ++block)
            m_cuesByBlock[block].push_back(int(i));
    }
    Q_EMIT cuesChanged();
}

void ClaimHighlighter::setBaseColor(const QColor &base)
{
    if (base == m_base)
        return;
    m_base = base;
    rehighlight();
}

void ClaimHighlighter::rebuild()
{
    m_spans.clear();
    m_byBlock.clear();
    const Project &p = m_document->project();
    for (int row : m_document->claimRowsOf(m_article)) {
        const Claim &claim = p.claims[size_t(row)];
        QColor color = QColor(0x88, 0x88, 0x88);
        if (!claim.attributes.tags.isEmpty()) {
            if (const Tag *tag = findById(p.tags, claim.attributes.tags.front()))
                color = QColor::fromRgba(tag->color);
        }
        m_spans.push_back({claim.id, claim.anchor.start, claim.anchor.end, color, 0});
    }
    std::sort(m_spans.begin(), m_spans.end(), [](const ClaimSpan &a, const ClaimSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end; // outer before inner
    });
    // Lanes: the first lane free at a claim's start (interval colouring).
    std::vector<int> laneEnds;
    for (ClaimSpan &span : m_spans) {
        auto free = std::find_if(laneEnds.begin(), laneEnds.end(), [&](int end) { return end <= span.start; });
        if (free == laneEnds.end()) {
            laneEnds.push_back(span.end);
            span.lane = int(laneEnds.size()) - 1;
        } else {
            *free = span.end;
            span.lane = int(free - laneEnds.begin());
        }
    }
    if (QTextDocument *text = document()) {
        for (size_t i = 0; i < m_spans.size(); ++i) {
            const int first = text->findBlock(m_spans[i].start).blockNumber();
            const int last = text->findBlock(std::max(m_spans[i].start, m_spans[i].end - 1)).blockNumber();
            for (int block = first; block <= last && block >= 0; ++block)
                m_byBlock[block].push_back(int(i));
        }
    }
    Q_EMIT spansChanged();
}

void ClaimHighlighter::rehighlightRange(int start, int end)
{
    QTextDocument *text = document();
    if (!text)
        return;
    for (QTextBlock block = text->findBlock(start); block.isValid() && block.position() < std::max(end, start + 1);
         block = block.next())
        rehighlightBlock(block);
}

QColor ClaimHighlighter::tint(const QList<QColor> &colors, const QColor &base)
{
    if (colors.isEmpty())
        return base;
    double r = 0, g = 0, b = 0;
    for (const QColor &c : colors) {
        r += c.redF();
        g += c.greenF();
        b += c.blueF();
    }
    const double n = double(colors.size());
    // One claim: a light tint; each overlapping claim deepens it.
    const double strength = std::min(0.30 + 0.14 * (n - 1), 0.65);
    const auto mix = [&](double color, double background) { return background + (color / n - background) * strength; };
    return QColor::fromRgbF(float(mix(r, base.redF())), float(mix(g, base.greenF())), float(mix(b, base.blueF())));
}

void ClaimHighlighter::highlightBlock(const QString &text)
{
    static const std::vector<int> none;
    const int number = currentBlock().blockNumber();
    const auto claimsFound = m_byBlock.constFind(number);
    const std::vector<int> &claims = claimsFound == m_byBlock.constEnd() ? none : *claimsFound;
    std::vector<const CueSpan *> cues;
    if (const auto found = m_cuesByBlock.constFind(number); found != m_cuesByBlock.constEnd()) {
        for (int index : *found) {
            if (!(m_hiddenCues & cueBit(m_cues[index].kind)))
                cues.push_back(&m_cues[index]);
        }
    }
    if (claims.empty() && cues.empty())
        return;
    const int position = currentBlock().position();
    const int length = int(text.size());
    // Boundaries where the set of covering claims or cues changes.
    std::vector<int> cuts{0, length};
    const auto cutAt = [&](int start, int end) {
        cuts.push_back(std::clamp(start - position, 0, length));
        cuts.push_back(std::clamp(end - position, 0, length));
    };
    for (int index : claims)
        cutAt(m_spans[size_t(index)].start, m_spans[size_t(index)].end);
    for (const CueSpan *cue : cues)
        cutAt(cue->start, cue->end);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts[i], to = cuts[i + 1];
        QList<QColor> colors;
        for (int index : claims) {
            const ClaimSpan &s = m_spans[size_t(index)];
            if (s.start - position <= from && s.end - position >= to)
                colors << s.color;
        }
        // A loaded term inside another cue shows as loaded.
        const CueSpan *cue = nullptr;
        for (const CueSpan *c : cues) {
            if (c->start - position <= from && c->end - position >= to && (!cue || c->kind == CueKind::Loaded))
                cue = c;
        }
        if (colors.isEmpty() && !cue)
            continue;
        QTextCharFormat format = cue ? cueFormat(cue->kind, m_base) : QTextCharFormat();
        if (!colors.isEmpty()) {
            format.setBackground(tint(colors, m_base));
            format.setProperty(QTextFormat::UserProperty, int(colors.size())); // how many claims cover it
        }
        if (cue)
            format.setProperty(CueKindProperty, int(cue->kind));
        setFormat(from, to - from, format);
    }
}

QList<ClaimId> ClaimHighlighter::claimsAt(int position) const
{
    std::vector<const ClaimSpan *> covering;
    for (const ClaimSpan &s : m_spans) {
        if (s.start > position)
            break;
        if (s.end > position)
            covering.push_back(&s);
    }
    std::sort(covering.begin(), covering.end(),
              [](const ClaimSpan *a, const ClaimSpan *b) { return a->end - a->start < b->end - b->start; });
    QList<ClaimId> ids;
    for (const ClaimSpan *s : covering)
        ids << s->id;
    return ids;
}

const ClaimSpan *ClaimHighlighter::span(ClaimId id) const
{
    const auto it = std::find_if(m_spans.begin(), m_spans.end(), [id](const ClaimSpan &s) { return s.id == id; });
    return it == m_spans.end() ? nullptr : &*it;
}

} // namespace crossread
