// Import of many text files: read, hash, decode, normalize, infer metadata
// and language, plan against the project, and add to the document as one
// undo step. Issue 3 target: 1,000 text files of 8 KB in under 2 s.

#include <models/document.h>
#include <models/import/importbatch.h>

#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>

#include <benchmark/benchmark.h>

#include <random>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

/// `count` different articles of about 8 KB: a headline, a date line, a
/// byline and paragraphs of English news prose.
QStringList makeFiles(QTemporaryDir &dir, int count)
{
    static const QStringList words = {
        u"the"_s,       u"delegation"_s, u"said"_s,      u"talks"_s,    u"in"_s,       u"Istanbul"_s,  u"on"_s,
        u"Monday"_s,    u"ceasefire"_s,  u"prisoners"_s, u"exchange"_s, u"minister"_s, u"according"_s, u"to"_s,
        u"officials"_s, u"memorandum"_s, u"proposal"_s,  u"Russia"_s,   u"Ukraine"_s,  u"agreed"_s,    u"hour"_s,
        u"1,200"_s,     u"reported"_s,   u"security"_s,  u"council"_s,  u"and"_s,      u"a"_s,         u"of"_s,
    };
    std::mt19937 rng(42);
    std::uniform_int_distribution<qsizetype> pick(0, words.size() - 1);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        QString text = u"Story %1 about the talks\nMay %2, 2025\nBy Ann Example\n\n"_s.arg(i).arg(1 + i % 28);
        while (text.size() < 8000) {
            for (int w = 0; w < 18; ++w)
                text += words[pick(rng)] + u' ';
            text += (rng() % 4 == 0) ? u".\n\n"_s : u". "_s;
        }
        const QString path = dir.filePath(u"article-%1.txt"_s.arg(i));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(text.toUtf8());
        paths << path;
    }
    return paths;
}

void runImport(benchmark::State &state)
{
    QTemporaryDir dir;
    const QStringList paths = makeFiles(dir, int(state.range(0)));
    for (auto _ : state) {
        auto document = std::make_unique<Document>();
        QFuture<ImportOutcome> future = startImport(paths, {});
        future.waitForFinished();
        const ImportSummary summary = applyImport(*document, planImport(document->project(), future.results()));
        if (summary.added.size() != paths.size())
            state.SkipWithError("not every file was imported");
        state.PauseTiming(); // freeing the document is not part of the import
        document.reset();
        state.ResumeTiming();
    }
    state.counters["files"] = double(paths.size());
    state.counters["threads"] = QThreadPool::globalInstance()->maxThreadCount();
}

void BM_ImportTextFiles(benchmark::State &state)
{
    runImport(state);
}

void BM_ImportTextFiles_OneThread(benchmark::State &state)
{
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    runImport(state);
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
}

} // namespace

BENCHMARK(BM_ImportTextFiles)->Arg(1000)->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(BM_ImportTextFiles_OneThread)->Arg(1000)->Unit(benchmark::kMillisecond)->MinTime(3.0);

BENCHMARK_MAIN();
