#include "passageindex.h"

#include <models/project.h>

#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>
#include <QtConcurrentMap>

#include <cmath>

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

struct IndexedArticle
{
    QList<Passage> passages;
    std::vector<QList<Term>> terms; ///< per passage, as the analyzer gave them (a term may repeat)
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

IndexedArticle indexArticle(const PassageIndex::Source &source, TextAnalyzer::Mode mode)
{
    const TextAnalyzer &analyzer = analyzerFor(mode);
    IndexedArticle result;
    result.passages = splitPassages(source.text, source.article);
    result.terms.reserve(size_t(result.passages.size()));
    for (const Passage &p : std::as_const(result.passages))
        result.terms.push_back(
            analyzer.terms(QStringView(source.text).mid(p.start, p.end - p.start), source.language, source.published));
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
    m_postings.clear();
    m_termWeight.clear();
    m_articleRange.clear();
    const TextAnalyzer::Mode mode = m_mode;
    const QList<IndexedArticle> indexed
        = QtConcurrent::blockingMapped(sources, [mode](const Source &source) { return indexArticle(source, mode); });

    double totalLength = 0;
    m_articleFrequency.clear();
    for (qsizetype i0 = 0; i0 < indexed.size(); ++i0) {
        const IndexedArticle &article = indexed[i0];
        QSet<QString> seen;
        for (const QList<Term> &terms : article.terms) {
            for (const Term &term : terms)
                seen.insert(term.key);
        }
        for (const QString &term : std::as_const(seen))
            ++m_articleFrequency[term];
        if (!article.passages.isEmpty())
            m_articleRange.insert(article.passages.first().article,
                                  {int(m_passages.size()), int(article.passages.size())});
        for (qsizetype i = 0; i < article.passages.size(); ++i) {
            const int passage = int(m_passages.size());
            m_passages.push_back(article.passages[i]);
            float length = 0;
            // Datelines, bylines and headings of a word or three say nothing to match.
            const Passage &p = article.passages[i];
            const bool tooShort = wordCount(QStringView(sources[i0].text).mid(p.start, p.end - p.start)) < 4;
            for (const Term &term : tooShort ? QList<Term>() : article.terms[size_t(i)]) {
                // A term repeated in the passage adds to its posting (they come in passage order).
                std::vector<Posting> &postings = m_postings[term.key];
                if (!postings.empty() && postings.back().passage == passage)
                    postings.back().frequency += term.weight;
                else
                    postings.push_back({passage, term.weight});
                length += term.weight;
            }
            m_lengths.push_back(length);
            totalLength += length;
        }
    }
    m_averageLength = m_passages.empty() ? 1.0f : float(totalLength / double(m_passages.size()));
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
        const auto postings = m_postings.constFind(q.key());
        if (postings == m_postings.constEnd())
            continue;
        const double df = double(postings->size());
        // Words every article uses (the event's own: the city, the parties)
        // tell little about which passage says the same thing: the fewer
        // articles a term is in, the more it counts.
        const double spread = m_mode == TextAnalyzer::Mode::Full
            ? std::log(1.0 + articles / std::max(1, m_articleFrequency.value(q.key()))) / std::log(1.0 + articles)
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
