// Filtering the claims table on every keystroke: ClaimFilterModel beside the
// stock QSortFilterProxyModel (the baseline), both on 100,000 claims, typing
// "ceasefire" and deleting it again. Issue 4 target: under 16 ms a keystroke.

#include "benchsupport.h"

#include <models/claimfiltermodel.h>
#include <models/claimtablemodel.h>
#include <models/document.h>
#include <support/synthproject.h>

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <benchmark/benchmark.h>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

Document &documentWith(int claims)
{
    static std::map<int, std::unique_ptr<Document>> documents;
    auto &doc = documents[claims];
    if (!doc) {
        doc = std::make_unique<Document>();
        doc->resetProject(test::synthesizeProject(
            {.articles = std::max(20, claims / 50), .claims = claims, .links = 0, .propositions = 0, .tags = 40}));
    }
    return *doc;
}

/// The edit between searches, not timed.
void editBetweenSearches(benchmark::State &state, Document &doc)
{
    state.PauseTiming();
    bench::editFirstClaim(doc);
    state.ResumeTiming();
}

void report(benchmark::State &state, qsizetype keystrokes)
{
    state.counters["keystroke"] = benchmark::Counter(
        double(keystrokes), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_Filter_ClaimFilterModel(benchmark::State &state)
{
    Document &doc = documentWith(int(state.range(0)));
    ClaimTableModel table(&doc);
    ClaimFilterModel model(&doc, &table);
    const QStringList texts = bench::keystrokes();
    model.setFilterText(u"x"_s); // the first search folds the texts once; not a keystroke
    model.setFilterText({});
    for (auto _ : state) {
        editBetweenSearches(state, doc);
        for (const QString &text : texts)
            model.setFilterText(text);
    }
    report(state, texts.size());
}

void BM_Filter_ClaimFilterModel_InTableView(benchmark::State &state)
{
    Document &doc = documentWith(int(state.range(0)));
    ClaimTableModel table(&doc);
    ClaimFilterModel model(&doc, &table);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(900, 600);
    view.show();
    const QStringList texts = bench::keystrokes();
    model.setFilterText(u"x"_s);
    model.setFilterText({});
    for (auto _ : state) {
        editBetweenSearches(state, doc);
        for (const QString &text : texts) {
            model.setFilterText(text);
            view.viewport()->repaint(); // what the user sees, drawn
        }
    }
    report(state, texts.size());
}

void BM_Filter_QSortFilterProxyModel_Baseline(benchmark::State &state)
{
    Document &doc = documentWith(int(state.range(0)));
    ClaimTableModel table(&doc);
    QSortFilterProxyModel model;
    model.setSourceModel(&table);
    model.setFilterKeyColumn(ClaimTableModel::QuoteColumn);
    model.setFilterCaseSensitivity(Qt::CaseInsensitive);
    const QStringList texts = bench::keystrokes();
    for (auto _ : state) {
        editBetweenSearches(state, doc);
        for (const QString &text : texts)
            model.setFilterFixedString(text);
    }
    report(state, texts.size());
}

} // namespace

/// The worst keystroke: the first letter, which matches most claims and
/// cannot narrow anything.
void BM_Filter_ClaimFilterModel_FirstKeystroke(benchmark::State &state)
{
    Document &doc = documentWith(int(state.range(0)));
    ClaimTableModel table(&doc);
    ClaimFilterModel model(&doc, &table);
    model.setFilterText(u"x"_s);
    for (auto _ : state) {
        state.PauseTiming();
        model.setFilterText({});
        state.ResumeTiming();
        editBetweenSearches(state, doc);
        model.setFilterText(u"c"_s);
    }
}

BENCHMARK(BM_Filter_ClaimFilterModel)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Filter_ClaimFilterModel_FirstKeystroke)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Filter_ClaimFilterModel_InTableView)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Filter_QSortFilterProxyModel_Baseline)->Arg(100000)->Unit(benchmark::kMillisecond);
