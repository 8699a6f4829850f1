#include "passageindex.h"

#include <models/project.h>

#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>
#include <QThread>
#include <QtConcurrentMap>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

constexpr int kLongSentenceWords = 40;
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

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

/// A term of one article: where it occurs there, by the article's passages.
struct ArticleTerm
{
    QString key;
    size_t shard = 0;
    std::vector<std::pair<int, float>> postings; ///< passage in the article, summed weight
};

/// What a worker makes of one article: its passages, their lengths, and
/// its terms, so that merging touches each term once per article.
struct IndexedArticle
{
    QList<Passage> passages;
    std::vector<float> lengths;
    std::vector<ArticleTerm> terms;
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
    IndexedArticle result;
    result.passages = splitPassages(source.text, source.article);
    result.lengths.assign(size_t(result.passages.size()), 0.0f);
    QHash<QString, int> slot;
    for (qsizetype i = 0; i < result.passages.size(); ++i) {
        const Passage &p = result.passages[i];
        const QStringView text = QStringView(source.text).mid(p.start, p.end - p.start);
        // Datelines, bylines and headings of a word or three say nothing to match.
        if (wordCount(text) < 4)
            continue;
        for (const Term &term : analyzer.terms(text, source.language, source.published)) {
            auto it = slot.find(term.key);
            if (it == slot.end()) {
                it = slot.insert(term.key, int(result.terms.size()));
                result.terms.push_back({term.key, size_t(qHash(term.key, 0)) % shards, {}});
            }
            auto &postings = result.terms[size_t(it.value())].postings;
            if (!postings.empty() && postings.back().first == int(i))
                postings.back().second += term.weight;
            else
                postings.emplace_back(int(i), term.weight);
            result.lengths[size_t(i)] += term.weight;
        }
    }
    return result;
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
    : m_mode(mode)
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
    const size_t shards = size_t(std::max(2, QThread::idealThreadCount()));
    m_shards.assign(shards, {});
    const TextAnalyzer::Mode mode = m_mode;
    const QList<IndexedArticle> indexed = QtConcurrent::blockingMapped(
        sources, [mode, shards](const Source &source) { return indexArticle(source, mode, shards); });

    // Passages in article order; each article's first passage number.
    std::vector<int> base;
    base.reserve(size_t(indexed.size()));
    double totalLength = 0;
    for (const IndexedArticle &article : indexed) {
        base.push_back(int(m_passages.size()));
        if (!article.passages.isEmpty())
            m_articleRange.insert(article.passages.first().article,
                                  {int(m_passages.size()), int(article.passages.size())});
        m_passages.insert(m_passages.end(), article.passages.begin(), article.passages.end());
        m_lengths.insert(m_lengths.end(), article.lengths.begin(), article.lengths.end());
        for (float length : article.lengths)
            totalLength += length;
    }
    m_averageLength = m_passages.empty() ? 1.0f : float(totalLength / double(m_passages.size()));

    // The postings, merged shard by shard in parallel: each shard owns its
    // terms, and takes the articles in order, so postings stay sorted.
    std::vector<size_t> shardNumbers(shards);
    std::iota(shardNumbers.begin(), shardNumbers.end(), size_t(0));
    QtConcurrent::blockingMap(shardNumbers, [&](size_t shard) {
        QHash<QString, Entry> &entries = m_shards[shard];
        for (qsizetype a = 0; a < indexed.size(); ++a) {
            for (const ArticleTerm &term : indexed[a].terms) {
                if (term.shard != shard)
                    continue;
                Entry &entry = entries[term.key];
                ++entry.articles;
                for (const auto &[passage, weight] : term.postings)
                    entry.postings.push_back({base[size_t(a)] + passage, weight});
            }
        }
    });
}

const PassageIndex::Entry *PassageIndex::entry(const QString &term) const
{
    if (m_shards.empty())
        return nullptr;
    const QHash<QString, Entry> &entries = m_shards[size_t(qHash(term, 0)) % m_shards.size()];
    const auto it = entries.constFind(term);
    return it == entries.constEnd() ? nullptr : &it.value();
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

QList<PassageHit> PassageIndex::search(QStringView text, const QString &language, const QDate &reference,
                                       const QList<ArticleId> &exclude, int top) const
{
    // Each query term once, with its weight (the highest it was given).
    QHash<QString, float> query;
    for (const Term &term : analyzerFor(m_mode).terms(text, language, reference))
        query[term.key] = std::max(query.value(term.key), term.weight);

    const double n = double(m_passages.size());
    const double articles = double(std::max<qsizetype>(1, m_articleRange.size()));
    std::vector<double> scores(m_passages.size(), 0.0);
    std::vector<int> touched;
    for (auto q = query.cbegin(); q != query.cend(); ++q) {
        const Entry *found = entry(q.key());
        if (!found)
            continue;
        const std::vector<Posting> *postings = &found->postings;
        const double df = double(postings->size());
        // Words every article uses (the event's own: the city, the parties)
        // tell little about which passage says the same thing: the fewer
        // articles a term is in, the more it counts.
        const double spread = m_mode == TextAnalyzer::Mode::Full
            ? std::log(1.0 + articles / std::max(1, found->articles)) / std::log(1.0 + articles)
            : 1.0;
        const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5)) * q.value() * spread;
        for (const Posting &p : *postings) {
            const double tf = p.frequency;
            const double norm = kK1 * (1 - kB + kB * m_lengths[size_t(p.passage)] / m_averageLength);
            if (scores[size_t(p.passage)] == 0)
                touched.push_back(p.passage);
            scores[size_t(p.passage)] += idf * tf * (kK1 + 1) / (tf + norm);
        }
    }
    QList<PassageHit> hits;
    for (int passage : touched) {
        const Passage &p = m_passages[size_t(passage)];
        if (!exclude.contains(p.article))
            hits.append({passage, p.article, p.start, p.end, scores[size_t(passage)]});
    }
    const auto better = [](const PassageHit &a, const PassageHit &b) {
        return a.score != b.score ? a.score > b.score : a.passage < b.passage;
    };
    const qsizetype keep = std::min<qsizetype>(top, hits.size());
    std::partial_sort(hits.begin(), hits.begin() + keep, hits.end(), better);
    hits.resize(keep);
    return hits;
}

} // namespace crossread
