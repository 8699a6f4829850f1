// The comparison matrix of a large project: 5,000 propositions of six claims
// each over 50 articles. Issue 5 target: it builds in under 100 ms.

#include <models/comparisonmatrix.h>
#include <models/comparisonmatrixmodel.h>
#include <models/document.h>
#include <support/synthproject.h>

#include <benchmark/benchmark.h>

using namespace crossread;

namespace {

Document &largeDocument()
{
    static std::unique_ptr<Document> doc;
    if (!doc) {
        doc = std::make_unique<Document>();
        doc->resetProject(test::synthesizeProject(
            {.articles = 50, .claims = 30000, .links = 0, .propositions = 5000, .propositionSize = 6, .tags = 40}));
    }
    return *doc;
}

void checkSize(benchmark::State &state, const ComparisonMatrix &m)
{
    if (m.rows.size() != 5000 || m.columns.size() != 50)
        state.SkipWithError("the project does not have 5,000 propositions over 50 articles");
}

void BM_BuildMatrix(benchmark::State &state)
{
    const Project &p = largeDocument().project();
    for (auto _ : state) {
        ComparisonMatrix m = buildMatrix(p);
        benchmark::DoNotOptimize(m);
    }
    checkSize(state, buildMatrix(p));
}
BENCHMARK(BM_BuildMatrix)->Unit(benchmark::kMillisecond);

// What opening the matrix dock costs: the model builds and a view asks for
// the first screenful of cells (20 rows of 50 columns, discrepancies included).
void BM_ModelOpenFirstScreen(benchmark::State &state)
{
    Document &doc = largeDocument();
    for (auto _ : state) {
        ComparisonMatrixModel model(&doc);
        for (int row = 0; row < 20; ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                benchmark::DoNotOptimize(model.index(row, column).data());
            benchmark::DoNotOptimize(model.discrepancies(row));
        }
    }
}
BENCHMARK(BM_ModelOpenFirstScreen)->Unit(benchmark::kMillisecond);

// One link added: the model rebuilds and announces the difference.
void BM_ModelUpdateAfterLink(benchmark::State &state)
{
    Document &doc = largeDocument();
    ComparisonMatrixModel model(&doc);
    const Project &p = doc.project();
    const ClaimId a = p.claims[1].id, b = p.claims[p.claims.size() / 2 + 1].id;
    for (auto _ : state) {
        state.PauseTiming();
        const LinkId link = doc.addLink(a, b, Relation::Same);
        state.ResumeTiming();
        model.updateNow();
        state.PauseTiming();
        doc.removeLinks({link});
        model.updateNow();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ModelUpdateAfterLink)->Unit(benchmark::kMillisecond);

// Adding a link and removing it again, propositions regrouped each time
// (two edits per iteration) in the project of 30,000 claims.
void BM_LinkEditsWithRegrouping(benchmark::State &state)
{
    Document &doc = largeDocument();
    const Project &p = doc.project();
    const ClaimId a = p.claims[1].id, b = p.claims[p.claims.size() / 2 + 1].id;
    for (auto _ : state) {
        const LinkId link = doc.addLink(a, b, Relation::Same);
        doc.removeLinks({link});
    }
}
BENCHMARK(BM_LinkEditsWithRegrouping)->Unit(benchmark::kMillisecond);

// Every proposition's discrepancies (the CLI's matrix and reports need all).
void BM_AllDiscrepancies(benchmark::State &state)
{
    const Project &p = largeDocument().project();
    for (auto _ : state) {
        int found = 0;
        for (const Proposition &prop : p.propositions)
            found += int(discrepanciesOf(p, prop).size());
        benchmark::DoNotOptimize(found);
    }
}
BENCHMARK(BM_AllDiscrepancies)->Unit(benchmark::kMillisecond);

} // namespace
