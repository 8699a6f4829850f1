// Exports of a large project: 2,000 articles, 100,000 claims, 50,000 links.
// Issue 7 targets: the HTML report and the .qdpx export in under 2 s each. CSV and JSON are measured beside it.

#include <models/export/exports.h>
#include <models/export/qdpx.h>
#include <models/export/report.h>
#include <support/synthproject.h>

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

const Project &largeProject()
{
    static const Project project = [] {
        test::SynthOptions o;
        o.articles = 2000;
        o.claims = 100000;
        o.links = 50000;
        o.propositions = 5000;
        return test::synthesizeProject(o);
    }();
    return project;
}

void BM_QdpxExport(benchmark::State &state)
{
    const ExportSelection all(largeProject(), {});
    QTemporaryDir dir;
    QString error;
    for (auto _ : state) {
        if (!writeQdpx(all, dir.filePath(u"large.qdpx"_s), &error))
            state.SkipWithError(error.toStdString().c_str());
    }
    state.counters["claims"] = double(all.claims().size());
}
BENCHMARK(BM_QdpxExport)->Unit(benchmark::kMillisecond);

void BM_HtmlReport(benchmark::State &state)
{
    const ExportSelection all(largeProject(), {});
    for (auto _ : state)
        benchmark::DoNotOptimize(htmlReport(all, {}).size());
    state.counters["claims"] = double(all.claims().size());
}
BENCHMARK(BM_HtmlReport)->Unit(benchmark::kMillisecond);

// Each section alone, to see where the report's time goes.
void BM_HtmlReportSection(benchmark::State &state)
{
    const ExportSelection all(largeProject(), {});
    ReportOptions options;
    options.sections = {allReportSections().at(state.range(0))};
    for (auto _ : state)
        benchmark::DoNotOptimize(htmlReport(all, options).size());
    state.SetLabel(reportSectionKey(options.sections.front()).toStdString());
}
BENCHMARK(BM_HtmlReportSection)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);

void BM_ClaimsCsv(benchmark::State &state)
{
    const ExportSelection all(largeProject(), {});
    for (auto _ : state)
        benchmark::DoNotOptimize(claimsCsv(all).size());
}
BENCHMARK(BM_ClaimsCsv)->Unit(benchmark::kMillisecond);

void BM_ProjectJson(benchmark::State &state)
{
    const ExportSelection all(largeProject(), {});
    for (auto _ : state)
        benchmark::DoNotOptimize(projectJson(all).size());
}
BENCHMARK(BM_ProjectJson)->Unit(benchmark::kMillisecond);

} // namespace
