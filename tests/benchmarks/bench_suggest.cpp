// Passage ranking at scale: 2,000 articles of about 5,000 characters
// (10 MB of text), 10,000 claims.
// Issue 6 targets: the index built in under 1 s, one query answered in
// under 20 ms, a pass over 10,000 claims in under 10 s. Plain BM25 over
// words (the evaluation's baseline) is measured beside it.

#include <models/compare/linksuggester.h>
#include <models/compare/passageindex.h>
#include <models/project.h>

#include <benchmark/benchmark.h>

#include <random>

using namespace crossread;

namespace {

/// Text with the statistics of news: a Zipf-distributed vocabulary of
/// 30,000 made-up words (capitalised now and then, as names are), with
/// numbers and dates here and there. The synthetic project of the other
/// benchmarks has 36 words, which no retrieval meets in practice.
QString zipfText(std::mt19937 &rng, int chars)
{
    static const QStringList vocabulary = [] {
        QStringList words;
        std::mt19937 r(11);
        const QString letters = QStringLiteral("abcdefghijklmnoprstuvyz");
        for (int i = 0; i < 30000; ++i) {
            QString w;
            const int length = 2 + int(r() % 9);
            for (int k = 0; k < length; ++k)
                w += letters.at(qsizetype(r() % quint32(letters.size())));
            words << w;
        }
        return words;
    }();
    static const std::vector<double> weights = [] {
        std::vector<double> w(30000);
        for (size_t i = 0; i < w.size(); ++i)
            w[i] = 1.0 / double(i + 1);
        return w;
    }();
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    QString text;
    while (text.size() < chars) {
        const int words = 8 + int(rng() % 20);
        for (int i = 0; i < words; ++i) {
            QString w = vocabulary[pick(rng)];
            if (rng() % 12 == 0)
                w[0] = w[0].toUpper();
            if (rng() % 60 == 0)
                w = QString::number(rng() % 5000) + (rng() % 2 ? QStringLiteral(" million") : QString());
            if (rng() % 150 == 0)
                w = QStringLiteral("May %1").arg(1 + rng() % 28);
            text += w + u' ';
        }
        text.chop(1);
        text += rng() % 4 == 0 ? QStringLiteral(".\n") : QStringLiteral(". ");
    }
    return text;
}

const Project &largeProject()
{
    static const Project project = [] {
        Project p;
        std::mt19937 rng(5);
        Id next = 1;
        for (int a = 0; a < 2000; ++a) {
            Article article;
            article.id = next++;
            article.meta.language = QStringLiteral("en");
            article.text = zipfText(rng, 5000);
            p.articles.push_back(std::move(article));
        }
        for (int c = 0; c < 10000; ++c) {
            const Article &article = p.articles[size_t(c) % p.articles.size()];
            const int start = int(rng() % quint32(article.text.size() - 200));
            Claim claim;
            claim.id = next++;
            claim.article = article.id;
            claim.anchor.start = start;
            claim.anchor.end = start + 60 + int(rng() % 100);
            claim.anchor.quote = article.text.mid(start, claim.anchor.end - start);
            p.claims.push_back(std::move(claim));
        }
        p.nextId = next;
        return p;
    }();
    return project;
}

void buildIndex(benchmark::State &state, TextAnalyzer::Mode mode)
{
    const Project &p = largeProject();
    for (auto _ : state) {
        PassageIndex index(mode);
        index.build(p);
        benchmark::DoNotOptimize(index.passages().size());
        state.counters["passages"] = double(index.passages().size());
    }
}

void BM_BuildIndex(benchmark::State &state)
{
    buildIndex(state, TextAnalyzer::Mode::Full);
}
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond);

void BM_BuildIndex_PlainBaseline(benchmark::State &state)
{
    buildIndex(state, TextAnalyzer::Mode::Plain);
}
BENCHMARK(BM_BuildIndex_PlainBaseline)->Unit(benchmark::kMillisecond);

const PassageIndex &largeIndex()
{
    static const std::unique_ptr<PassageIndex> index = [] {
        auto i = std::make_unique<PassageIndex>();
        i->build(largeProject());
        return i;
    }();
    return *index;
}

// One claim's quote against every passage of the other articles.
void BM_Query(benchmark::State &state)
{
    const Project &p = largeProject();
    const PassageIndex &index = largeIndex();
    size_t next = 0;
    for (auto _ : state) {
        const Claim &claim = p.claims[(next++ * 7919) % p.claims.size()];
        benchmark::DoNotOptimize(index.search(claim.anchor.quote, QStringLiteral("en"), {}, {claim.article}, 10));
    }
}
BENCHMARK(BM_Query)->Unit(benchmark::kMillisecond);

// The project-wide suggestion pass (suggestLinks, in parallel over the
// claims): every claim's three best passages, less the settled pairs.
void BM_PassOverAllClaims(benchmark::State &state)
{
    const Project &p = largeProject();
    const PassageIndex &index = largeIndex();
    for (auto _ : state) {
        const QList<LinkSuggestion> found = suggestLinks(p, index, 3);
        state.counters["suggestions"] = double(found.size());
    }
    state.counters["claims"] = double(p.claims.size());
}
BENCHMARK(BM_PassOverAllClaims)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
