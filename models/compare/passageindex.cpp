#include "passageindex.h"

#include <models/longworkpool.h>
#include <models/project.h>

#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QThread>
#include <QtConcurrentMap>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

constexpr int kLongSentenceWords = 40;

int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        words += letter && !inWord ? 1 : 0;
        inWord = letter;
    }
    return words;
}

void appendTrimmed(QList<Passage> &out, const QString &text, ArticleId article, int start, int end)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end > start && wordCount(QStringView(text).mid(start, end - start)) > 0)
        out.append({article, start, end});
}

/// A long sentence cut at its clause boundaries, each clause at least a few words.
void appendClauses(QList<Passage> &out, const QString &text, ArticleId article, int start, int end)
{
    static const QRegularExpression boundary(
        u"(?:;|:|\\s[—–]\\s|,\\s(?=(?:and|but|while|which|whereas|after|as|although|et|mais|alors|und|aber|"
        u"während|и|но|а|однако)\\b))"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const QStringView sentence = QStringView(text).mid(start, end - start);
    int from = start;
    auto it = boundary.globalMatch(sentence);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int cut = start + int(m.capturedEnd());
        if (wordCount(QStringView(text).mid(from, cut - from)) >= 6
            && wordCount(QStringView(text).mid(cut, end - cut)) >= 6) {
            appendTrimmed(out, text, article, from, cut);
            from = cut;
        }
    }
    appendTrimmed(out, text, article, from, end);
}

/// What a worker makes of one article: its passages, their lengths, and
/// its terms with their weights in each passage, so that merging touches
/// each term's key once per article.
struct IndexedArticle
{
    QList<Passage> passages;
    std::vector<float> lengths;
    std::vector<QString> keys; ///< the article's terms
    std::vector<size_t> shards; ///< of each term, by its hash
    std::vector<std::pair<int, float>> items; ///< passage by passage: term (in keys), summed weight
    std::vector<int> ends; ///< where each passage's items end
    std::vector<int> ids; ///< of each term in the index, when merged
};

/// One analyzer of each mode per thread (they keep state).
TextAnalyzer &analyzerFor(TextAnalyzer::Mode mode)
{
    thread_local std::unique_ptr<TextAnalyzer> full, plain;
    std::unique_ptr<TextAnalyzer> &analyzer = mode == TextAnalyzer::Mode::Full ? full : plain;
    if (!analyzer)
        analyzer = std::make_unique<TextAnalyzer>(mode);
    return *analyzer;
}

IndexedArticle indexArticle(const PassageIndex::Source &source, TextAnalyzer::Mode mode, size_t shards)
{
    const TextAnalyzer &analyzer = analyzerFor(mode);
    analyzer.trimCaches(); // ids stay valid until the next call
    // By the analyzer's term id: its number among the article's terms, and
    // the article it was numbered in (the scratch is the thread's).
    thread_local std::vector<std::pair<int, int>> slotOf; // article, slot
    thread_local int articleSerial = 0;
    ++articleSerial;

    IndexedArticle result;
    result.passages = splitPassages(source.text, source.article);
    const size_t count = size_t(result.passages.size());
    result.lengths.assign(count, 0.0f);
    result.ends.reserve(count);
    std::vector<TextAnalyzer::TermId> ids;
    std::vector<int> itemOf, lastPassage; // by the article's term
    for (size_t i = 0; i < count; ++i) {
        const Passage &p = result.passages[qsizetype(i)];
        const QStringView text = QStringView(source.text).mid(p.start, p.end - p.start);
        // Datelines, bylines and headings of a word or three say nothing to match.
        if (wordCount(text) >= 4) {
            ids.clear();
            analyzer.termIds(text, source.language, source.published, ids);
            int lastWord = -1;
            for (const TextAnalyzer::TermId &t : ids) {
                if (t.word != lastWord)
                    result.lengths[i] += 1;
                lastWord = t.word;
                if (size_t(t.id) >= slotOf.size())
                    slotOf.resize(size_t(t.id) + 1024, {0, 0});
                auto &[article, number] = slotOf[size_t(t.id)];
                if (article != articleSerial) {
                    article = articleSerial;
                    number = int(result.keys.size());
                    result.keys.push_back(analyzer.key(t.id));
                    result.shards.push_back(size_t(qHash(result.keys.back(), 0)) % shards);
                    itemOf.push_back(-1);
                    lastPassage.push_back(-1);
                }
                const int slot = number;
                if (lastPassage[size_t(slot)] == int(i)) {
                    result.items[size_t(itemOf[size_t(slot)])].second += t.weight;
                } else {
                    lastPassage[size_t(slot)] = int(i);
                    itemOf[size_t(slot)] = int(result.items.size());
                    result.items.emplace_back(slot, t.weight);
                }
            }
        }
        result.ends.push_back(int(result.items.size()));
    }
    return result;
}

double inverseFrequency(double passages, double withTerm)
{
    return std::log(1.0 + (passages - withTerm + 0.5) / (withTerm + 0.5));
}

} // namespace

QList<Passage> splitPassages(const QString &text, ArticleId article)
{
    QList<Passage> out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    int start = 0;
    while (start < text.size()) {
        finder.setPosition(start);
        int end = int(finder.toNextBoundary());
        if (end <= start)
            end = int(text.size());
        // A line break ends a passage too (headlines, bylines, list items).
        const int newline = int(text.indexOf(u'\n', start));
        if (newline >= 0 && newline < end)
            end = newline + 1;
        if (wordCount(QStringView(text).mid(start, end - start)) > kLongSentenceWords)
            appendClauses(out, text, article, start, end);
        else
            appendTrimmed(out, text, article, start, end);
        start = end;
    }
    return out;
}

PassageIndex::PassageIndex(TextAnalyzer::Mode mode)
    : PassageIndex(mode, Options())
{
}

PassageIndex::PassageIndex(TextAnalyzer::Mode mode, const Options &options)
    : m_mode(mode)
    , m_options(options)
{
}

void PassageIndex::build(const Project &project)
{
    QList<Source> sources;
    sources.reserve(qsizetype(project.articles.size()));
    for (const Article &a : project.articles)
        sources.append({a.id, a.text, a.meta.language, a.meta.published});
    build(sources);
}

void PassageIndex::build(const QList<Source> &sources)
{
    m_passages.clear();
    m_lengths.clear();
    m_articleRange.clear();
    m_terms.clear();
    m_entries.clear();
    m_postings.clear();
    const size_t shards = size_t(std::max(2, QThread::idealThreadCount()));
    const TextAnalyzer::Mode mode = m_mode;
    std::vector<IndexedArticle> indexed(size_t(sources.size()));
    std::vector<size_t> articleNumbers(indexed.size());
    std::iota(articleNumbers.begin(), articleNumbers.end(), size_t(0));
    QtConcurrent::blockingMap(longWorkPool(), articleNumbers,
                              [&](size_t a) { indexed[a] = indexArticle(sources[qsizetype(a)], mode, shards); });

    // Passages in article order; each article's first passage number.
    std::vector<int> base;
    base.reserve(size_t(indexed.size()));
    double totalLength = 0;
    for (const IndexedArticle &article : std::as_const(indexed)) {
        base.push_back(int(m_passages.size()));
        if (!article.passages.isEmpty())
            m_articleRange.insert(article.passages.first().article,
                                  {int(m_passages.size()), int(article.passages.size())});
        m_passages.insert(m_passages.end(), article.passages.begin(), article.passages.end());
        m_lengths.insert(m_lengths.end(), article.lengths.begin(), article.lengths.end());
        for (float length : article.lengths)
            totalLength += length;
    }
    m_averageLength = m_passages.empty() ? 1.0f : float(std::max(1.0, totalLength / double(m_passages.size())));

    // Each term its number, shard by shard in parallel (a shard owns the
    // terms of its hashes), in the order the articles first have them.
    std::vector<QHash<QString, int>> numbers(shards);
    std::vector<size_t> shardNumbers(shards);
    std::iota(shardNumbers.begin(), shardNumbers.end(), size_t(0));
    for (IndexedArticle &article : indexed)
        article.ids.resize(article.keys.size());
    QtConcurrent::blockingMap(longWorkPool(), shardNumbers, [&](size_t shard) {
        QHash<QString, int> &own = numbers[shard];
        for (IndexedArticle &article : indexed) {
            for (size_t k = 0; k < article.keys.size(); ++k) {
                if (article.shards[k] != shard)
                    continue;
                auto it = own.find(article.keys[k]);
                if (it == own.end())
                    it = own.insert(article.keys[k], int(own.size()));
                article.ids[k] = it.value();
            }
        }
    });
    std::vector<int> shardBase(shards + 1, 0);
    for (size_t s = 0; s < shards; ++s)
        shardBase[s + 1] = shardBase[s] + int(numbers[s].size());
    m_terms.reserve(shardBase[shards]);
    for (size_t s = 0; s < shards; ++s) {
        for (auto it = numbers[s].cbegin(); it != numbers[s].cend(); ++it)
            m_terms.insert(it.key(), shardBase[s] + it.value());
    }
    for (IndexedArticle &article : indexed) {
        for (size_t k = 0; k < article.ids.size(); ++k)
            article.ids[k] += shardBase[article.shards[k]];
    }

    // The postings, term by term, each term's by passage: count, then fill.
    m_entries.assign(size_t(shardBase[shards]), {});
    std::vector<int> lastArticle(m_entries.size(), -1);
    for (size_t a = 0; a < indexed.size(); ++a) {
        for (const auto &[slot, weight] : indexed[a].items) {
            const int id = indexed[a].ids[size_t(slot)];
            Entry &e = m_entries[size_t(id)];
            ++e.count;
            if (lastArticle[size_t(id)] != int(a)) {
                lastArticle[size_t(id)] = int(a);
                ++e.articles;
            }
        }
    }
    size_t total = 0;
    for (Entry &e : m_entries) {
        e.first = total;
        total += size_t(e.count);
    }
    m_postings.resize(total);
    std::vector<size_t> next(m_entries.size());
    for (size_t id = 0; id < m_entries.size(); ++id)
        next[id] = m_entries[id].first;
    for (size_t a = 0; a < indexed.size(); ++a) {
        const IndexedArticle &article = indexed[a];
        size_t item = 0;
        for (size_t p = 0; p < article.ends.size(); ++p) {
            for (; item < size_t(article.ends[p]); ++item) {
                const auto &[slot, weight] = article.items[item];
                const int id = article.ids[size_t(slot)];
                m_postings[next[size_t(id)]++] = {base[a] + int(p), weight};
            }
        }
    }
}

int PassageIndex::passageAt(ArticleId article, int position) const
{
    const auto range = m_articleRange.value(article, {0, 0});
    for (int i = range.first; i < range.first + range.second; ++i) {
        const Passage &p = m_passages[size_t(i)];
        if (position >= p.start && position < p.end)
            return i;
    }
    return -1;
}

std::vector<PassageIndex::QueryTerm> PassageIndex::query(QStringView text, const QString &language,
                                                         const QDate &reference) const
{
    // Each term once, in the first word that has it, with the highest weight
    // it is given.
    std::vector<QueryTerm> terms;
    QHash<int, size_t> seen;
    for (const Term &term : analyzerFor(m_mode).terms(text, language, reference)) {
        const auto found = m_terms.constFind(term.key);
        if (found == m_terms.constEnd())
            continue;
        const auto it = seen.constFind(found.value());
        if (it != seen.constEnd()) {
            terms[it.value()].weight = std::max(terms[it.value()].weight, term.weight);
            continue;
        }
        seen.insert(found.value(), terms.size());
        terms.push_back(
            {found.value(), term.weight, term.word, term.fallback && m_mode == TextAnalyzer::Mode::Full, term.key});
    }
    // A word's fallbacks after its other terms, which they give way to.
    std::stable_sort(terms.begin(), terms.end(), [](const QueryTerm &a, const QueryTerm &b) {
        return a.word != b.word ? a.word < b.word : a.fallback < b.fallback;
    });
    return terms;
}

void PassageIndex::score(const std::vector<QueryTerm> &terms, std::vector<double> &scores,
                         std::vector<int> &touched) const
{
    const double n = double(m_passages.size());
    const double articles = double(std::max<qsizetype>(1, m_articleRange.size()));
    const double k1 = m_options.k1, b = m_options.b;
    // By passage: the last word whose terms (other than fallbacks) matched it.
    std::vector<int> matchedWord;
    if (std::any_of(terms.begin(), terms.end(), [](const QueryTerm &t) { return t.fallback; }))
        matchedWord.assign(m_passages.size(), -1);
    for (const QueryTerm &q : terms) {
        const Entry &e = m_entries[size_t(q.entry)];
        // Words every article uses (the event's own: the city, the parties)
        // tell little about which passage says the same thing: the fewer
        // articles a term is in, the more it counts.
        const double spread = m_mode == TextAnalyzer::Mode::Full
            ? std::pow(std::log(1.0 + articles / std::max(1, e.articles)) / std::log(1.0 + articles), m_options.spread)
            : 1.0;
        const double idf = inverseFrequency(n, e.count) * q.weight * spread;
        for (size_t i = e.first; i < e.first + size_t(e.count); ++i) {
            const Posting &p = m_postings[i];
            const size_t at = size_t(p.passage);
            if (!matchedWord.empty()) {
                if (q.fallback && matchedWord[at] == q.word)
                    continue;
                if (!q.fallback)
                    matchedWord[at] = q.word;
            }
            const double tf = p.frequency;
            const double norm = k1 * (1 - b + b * m_lengths[at] / m_averageLength);
            if (scores[at] == 0)
                touched.push_back(p.passage);
            scores[at] += idf * tf * (k1 + 1) / (tf + norm);
        }
    }
}

QList<std::pair<QString, double>> PassageIndex::explain(QStringView text, const QString &language,
                                                        const QDate &reference, int passage) const
{
    QList<std::pair<QString, double>> out;
    if (passage < 0 || size_t(passage) >= m_passages.size())
        return out;
    const std::vector<QueryTerm> terms = query(text, language, reference);
    // Each term's share: the score of the terms up to it, less of those before it.
    std::vector<double> scores(m_passages.size(), 0.0);
    std::vector<int> touched;
    double before = 0;
    for (size_t i = 0; i < terms.size(); ++i) {
        std::fill(scores.begin(), scores.end(), 0.0);
        score({terms.begin(), terms.begin() + qsizetype(i + 1)}, scores, touched);
        const double part = scores[size_t(passage)] - before;
        before = scores[size_t(passage)];
        if (part > 0)
            out.append({terms[i].key, part});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return out;
}

QList<PassageHit> PassageIndex::search(QStringView text, const QString &language, const QDate &reference,
                                       const QList<ArticleId> &exclude, int top) const
{
    std::vector<double> scores(m_passages.size(), 0.0);
    std::vector<int> touched;
    score(query(text, language, reference), scores, touched);

    QList<PassageHit> hits;
    hits.reserve(qsizetype(touched.size()));
    for (int passage : touched) {
        const Passage &p = m_passages[size_t(passage)];
        if (!exclude.contains(p.article))
            hits.append({passage, p.article, p.start, p.end, scores[size_t(passage)]});
    }
    const auto better = [](const PassageHit &a, const PassageHit &b) {
        return a.score != b.score ? a.score > b.score : a.passage < b.passage;
    };
    const qsizetype keep = std::min<qsizetype>(std::max(0, top), hits.size());
    const double diversity = m_mode == TextAnalyzer::Mode::Full ? std::clamp(m_options.diversity, 0.0, 1.0) : 0.0;
    if (diversity <= 0) {
        std::partial_sort(hits.begin(), hits.begin() + keep, hits.end(), better);
        hits.resize(keep);
        return hits;
    }

    // Greedily, the best hit once each is discounted for its article's hits
    // already listed. Hits come off a heap best first; those taken off but
    // not listed wait, their discount growing as their article is listed.
    const auto worse = [&](const PassageHit &a, const PassageHit &b) { return better(b, a); };
    std::make_heap(hits.begin(), hits.end(), worse);
    qsizetype heapSize = hits.size();
    QHash<ArticleId, int> listed;
    QList<PassageHit> waiting, out;
    const auto discounted
        = [&](const PassageHit &h) { return h.score * std::pow(1.0 - diversity, listed.value(h.article)); };
    while (out.size() < keep) {
        qsizetype pick = -1;
        double pickScore = 0;
        const auto consider = [&](qsizetype i) {
            const double s = discounted(waiting[i]);
            if (pick < 0 || s > pickScore || (s == pickScore && waiting[i].passage < waiting[pick].passage)) {
                pick = i;
                pickScore = s;
            }
        };
        for (qsizetype i = 0; i < waiting.size(); ++i)
            consider(i);
        // A hit still on the heap scores at most its undiscounted score.
        while (heapSize > 0 && (pick < 0 || hits.front().score >= pickScore)) {
            std::pop_heap(hits.begin(), hits.begin() + heapSize, worse);
            --heapSize;
            waiting.append(hits[heapSize]);
            consider(waiting.size() - 1);
        }
        PassageHit hit = waiting.takeAt(pick);
        hit.score = pickScore;
        ++listed[hit.article];
        out.append(hit);
    }
    return out;
}

} // namespace crossread
