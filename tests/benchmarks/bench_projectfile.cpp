// Save and load of a large project: Crossread's .crossread file (Boost
// binary archive with header, checksum and full validation) beside plain
// Boost text and XML archives of the same project, each written through
// QSaveFile (with fsync) and read from the file.
//
// Issue 2 target: 2,000 articles of 5 KB, 100,000 claims, 50,000 links save
// and load in under 150 ms each; the XML archive is the baseline.

#include "benchsupport.h"

#include <models/projectarchive_p.h>
#include <models/projectfile.h>
#include <support/synthproject.h>

#include <QFile>
#include <QTemporaryDir>

#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>

#include <benchmark/benchmark.h>


using namespace crossread;
using bench::loadWithBoost;
using bench::saveWithBoost;
using namespace Qt::StringLiterals;

namespace {

test::SynthOptions largeOptions()
{
    return {.articles = 2000, .articleChars = 5000, .claims = 100000, .links = 50000, .propositions = 5000, .tags = 40};
}

const Project &largeProject()
{
    static const Project project = test::synthesizeProject(largeOptions());
    return project;
}

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

void reportSize(benchmark::State &state, const QString &path)
{
    state.counters["file_MB"] = double(QFile(path).size()) / 1e6;
}

void BM_Save_Crossread(benchmark::State &state)
{
    const Project &project = largeProject();
    const QString path = tempDir().filePath(u"large.crossread"_s);
    for (auto _ : state) {
        if (!saveProject(project, path).ok())
            state.SkipWithError("save failed");
    }
    reportSize(state, path);
}

void loadCrossread(benchmark::State &state, const QString &path)
{
    for (auto _ : state) {
        auto project = std::make_unique<Project>();
        const ProjectError e = loadProject(path, *project);
        if (!e.ok())
            state.SkipWithError(qPrintable(e.message));
        state.PauseTiming(); // freeing the project is not part of loading it
        project.reset();
        state.ResumeTiming();
    }
    reportSize(state, path);
}

void BM_Load_Crossread(benchmark::State &state)
{
    const QString path = tempDir().filePath(u"large.crossread"_s);
    saveProject(largeProject(), path);
    loadCrossread(state, path);
}

// The same size with every claim on a random article: the worst case for
// locality, as anchors are rebuilt and checked against the texts.
void BM_Load_Crossread_ScatteredClaims(benchmark::State &state)
{
    const QString path = tempDir().filePath(u"scattered.crossread"_s);
    test::SynthOptions options = largeOptions();
    options.scatterClaims = true;
    saveProject(test::synthesizeProject(options), path);
    loadCrossread(state, path);
}

template<class OArchive>
void BM_Save_Boost(benchmark::State &state, const char *name)
{
    const QString path = tempDir().filePath(QString::fromLatin1(name));
    for (auto _ : state)
        saveWithBoost<OArchive>(largeProject(), path);
    reportSize(state, path);
}

template<class OArchive, class IArchive>
void BM_Load_Boost(benchmark::State &state, const char *name)
{
    const QString path = tempDir().filePath(QString::fromLatin1(name));
    saveWithBoost<OArchive>(largeProject(), path);
    for (auto _ : state) {
        auto project = std::make_unique<Project>(loadWithBoost<IArchive>(path));
        archive::restoreAnchors(*project); // as Crossread's load does
        state.PauseTiming();
        project.reset();
        state.ResumeTiming();
    }
    Project check = loadWithBoost<IArchive>(path);
    archive::restoreAnchors(check);
    if (!(check == largeProject()))
        state.SkipWithError("round trip differs");
    reportSize(state, path);
}

} // namespace

namespace {
using namespace boost::archive;
void BM_Save_XmlBaseline(benchmark::State &s)
{
    BM_Save_Boost<xml_oarchive>(s, "large.xml");
}
void BM_Load_XmlBaseline(benchmark::State &s)
{
    BM_Load_Boost<xml_oarchive, xml_iarchive>(s, "large.xml");
}
void BM_Save_Text(benchmark::State &s)
{
    BM_Save_Boost<text_oarchive>(s, "large.txt");
}
void BM_Load_Text(benchmark::State &s)
{
    BM_Load_Boost<text_oarchive, text_iarchive>(s, "large.txt");
}
void BM_Save_PlainBinary(benchmark::State &s)
{
    BM_Save_Boost<binary_oarchive>(s, "large.bin");
}
void BM_Load_PlainBinary(benchmark::State &s)
{
    BM_Load_Boost<binary_oarchive, binary_iarchive>(s, "large.bin");
}
} // namespace

BENCHMARK(BM_Save_Crossread)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Load_Crossread)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Load_Crossread_ScatteredClaims)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Save_XmlBaseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load_XmlBaseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Save_Text)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load_Text)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Save_PlainBinary)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load_PlainBinary)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
