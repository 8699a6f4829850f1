// Crossread at scale (issue 9): one table for two sizes of synthetic project
// (crossread-synth's generator), every row beside its baseline where one
// exists, measured in the same run:
//
//   2,000 articles / 100,000 claims / 50,000 links
//   10,000 articles / 1,000,000 claims / 500,000 links
//
// Rows: open (the file read, checked and shown in the window), save (with
// fsync), memory, the claims table's filter per keystroke, a pane opened with
// its highlights, the comparison matrix, the suggestion index and one query,
// the HTML report. Baselines: Boost's XML archive for open and save, the
// stock QSortFilterProxyModel for the filter.
//
//   bench_scale                     both sizes (about 6 minutes)
//   bench_scale --sizes=small       the smaller only (about 1 minute)
//
// Google Benchmark's own options work too (--benchmark_filter=...). The table
// is printed after Google Benchmark's lines.

#include "benchsupport.h"
#include "scaletable.h"

#include <app/mainwindow.h>
#include <models/claimfiltermodel.h>
#include <models/claimselection.h>
#include <models/claimtablemodel.h>
#include <models/compare/passageindex.h>
#include <models/comparisonmatrix.h>
#include <models/comparisonmatrixmodel.h>
#include <models/document.h>
#include <models/export/exportoptions.h>
#include <models/export/report.h>
#include <models/longworkpool.h>
#include <models/projectarchive_p.h>
#include <models/projectfile.h>
#include <support/fakeprompts.h>
#include <support/synthproject.h>
#include <widgets/articlepane.h>
#include <widgets/articletextview.h>
#include <widgets/exportdialog.h>
#include <widgets/matrixpanel.h>
#include <widgets/projectfilecontroller.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <malloc.h>
#include <map>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

using bench::Row;
using bench::Size;

const Size kSizes[] = {
    {"small", "2,000 / 100,000 / 50,000", 2000, 100000, 50000},
    {"large", "10,000 / 1,000,000 / 500,000", 10000, 1000000, 500000},
};

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

/// Bytes the allocator has handed out and not taken back.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

/// A line of /proc/self/status in bytes: "VmHWM:" the peak resident set
/// since the last resetPeakMemory(), "VmRSS:" the resident set now.
qint64 statusBytes(const char *key)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(key, 0) == 0)
            return std::stoll(line.substr(std::strlen(key))) * 1024;
    }
    return 0;
}

void resetPeakMemory()
{
    std::ofstream("/proc/self/clear_refs") << "5"; // Linux: resets VmHWM
}

/// What one size needs: its project, written as Crossread's file and as the
/// XML baseline, and a document holding it (for the filter, panes, matrix).
struct Fixture
{
    const Size &size;
    Project project;
    QString path;
    QString xmlPath;
    std::unique_ptr<Document> document;

    explicit Fixture(const Size &s)
        : size(s)
        , project(test::synthesizeProject(test::scaleOptions(s.articles, s.claims, s.links)))
        , path(tempDir().filePath(u"%1.crossread"_s.arg(QLatin1String(s.key))))
        , xmlPath(tempDir().filePath(u"%1.xml"_s.arg(QLatin1String(s.key))))
    {
        if (!saveProject(project, path).ok())
            qFatal("cannot write %s", qPrintable(path));
        document = std::make_unique<Document>();
        document->resetProject(project);
    }

    qint64 textBytes() const
    {
        qint64 bytes = 0;
        for (const Article &a : project.articles)
            bytes += a.text.size() * qint64(sizeof(QChar));
        return bytes;
    }

    /// The article with the most claims.
    ArticleId busiestArticle() const
    {
        std::map<ArticleId, int> counts;
        for (const Claim &c : project.claims)
            ++counts[c.article];
        return std::max_element(counts.begin(), counts.end(), [](auto &a, auto &b) { return a.second < b.second; })
            ->first;
    }
};

/// The fixture of one size at a time: the large one needs the memory.
Fixture &fixture(const Size &size)
{
    static std::unique_ptr<Fixture> current;
    if (!current || &current->size != &size) {
        current.reset();
        QFile::remove(tempDir().filePath(u"small.xml"_s));
        current = std::make_unique<Fixture>(size);
    }
    return *current;
}

void saveXml(const Project &project, const QString &path)
{
    bench::saveWithBoost<boost::archive::xml_oarchive>(project, path);
}

Project loadXml(const QString &path)
{
    Project project = bench::loadWithBoost<boost::archive::xml_iarchive>(path);
    archive::restoreAnchors(project); // as Crossread's load does
    return project;
}

void ensureXml(Fixture &f)
{
    if (!QFile::exists(f.xmlPath))
        saveXml(f.project, f.xmlPath);
}

// --- open ----------------------------------------------------------------

/// The longest time the GUI thread's event loop did not run while it lived:
/// a timer of 1 ms notes the loop's turns. (A zero timer would spin the GUI
/// thread and take a core from the workers it waits for.)
class FreezeWatch
{
public:
    FreezeWatch()
    {
        m_clock.start();
        QObject::connect(&m_timer, &QTimer::timeout, [this] { note(); });
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.start(1);
    }
    /// The longest gap, up to now, in milliseconds.
    double longestMs()
    {
        note();
        return double(m_longest) / 1e6;
    }

private:
    void note()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

/// The file read, checked, and shown in a window: what File → Open costs.
void openInWindow(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    qint64 peak = 0;
    qint64 perClaim = 0;
    double frozen = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->show();
        QCoreApplication::processEvents();
        malloc_trim(0);
        const qint64 before = heapInUse();
        resetPeakMemory();
        const qint64 residentBefore = statusBytes("VmRSS:");
        state.ResumeTiming();
        FreezeWatch watch;
        if (!window->files()->openFile(f.path))
            state.SkipWithError("the project did not open");
        QCoreApplication::processEvents();
        state.PauseTiming();
        frozen = std::max(frozen, watch.longestMs());
        peak = std::max(peak, statusBytes("VmHWM:") - residentBefore);
        perClaim = (heapInUse() - before - f.textBytes()) / size.claims;
        window->document()->resetProject({}); // nothing to save
        window.reset();
        QCoreApplication::processEvents();
        longWorkPool()->waitForDone(); // the project it held is freed there
        state.ResumeTiming();
    }
    state.counters["frozen_ms"] = frozen;
    state.counters["peak_MB"] = double(peak) / 1e6;
    state.counters["bytes_per_claim"] = double(perClaim);
}

/// A window showing the project of `f`.
std::unique_ptr<MainWindow> windowWith(benchmark::State &state, const Fixture &f)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!window->files()->openFile(f.path))
        state.SkipWithError("the project did not open");
    QCoreApplication::processEvents();
    return window;
}

/// One edit with the project open in the window, every panel following it
/// (the matrix brought to the front, so that it follows too): a claim's
/// status changed (the edit, the models, the queued updates).
void editInWindow(benchmark::State &state, const Size &size)
{
    auto window = windowWith(state, fixture(size));
    window->matrix()->parentWidget()->raise();
    QCoreApplication::processEvents();
    while (window->matrix()->model()->isBuilding())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    Document &doc = *window->document();
    size_t next = 0;
    for (auto _ : state) {
        const Claim &claim = doc.project().claims[(next++ * 7919) % doc.project().claims.size()];
        ClaimAttributes attributes = claim.attributes;
        attributes.status = VerificationStatus((int(attributes.status) + 1) % 6);
        doc.setClaimAttributes(claim.id, attributes);
        QCoreApplication::processEvents();
    }
    window->files()->closeProject(); // the edits are not kept: no journal is left beside the file
    doc.resetProject({});
    window.reset();
    QCoreApplication::processEvents();
}

/// The file alone: read, checked, decoded into a Project.
void openFileOnly(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    for (auto _ : state) {
        auto project = std::make_unique<Project>();
        if (!loadProject(f.path, *project).ok())
            state.SkipWithError("the project did not load");
        state.PauseTiming();
        project.reset();
        state.ResumeTiming();
    }
}

void openXmlBaseline(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    ensureXml(f);
    for (auto _ : state) {
        auto project = std::make_unique<Project>(loadXml(f.xmlPath));
        state.PauseTiming();
        project.reset();
        state.ResumeTiming();
    }
}

/// Start-up (issue 9: within 400 ms): `crossread --demo` launched, until the
/// first turn of its event loop with the demo shown, as the application
/// itself measures it against the launcher's clock (CROSSREAD_STARTUP_CLOCK).
void startup(benchmark::State &state)
{
    for (auto _ : state) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        env.insert(u"CROSSREAD_STARTUP_CLOCK"_s, QString::number(qint64(now.tv_sec) * 1000000000 + now.tv_nsec));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(CROSSREAD_BINARY), {u"--demo"_s});
        if (!app.waitForFinished(30000) || app.exitCode() != 0) {
            state.SkipWithError("crossread --demo did not start and quit");
            return;
        }
        const QString said = QString::fromLocal8Bit(app.readAllStandardOutput());
        static const QRegularExpression ms(u"interactive after ([0-9.]+) ms"_s);
        const QRegularExpressionMatch match = ms.match(said);
        if (!match.hasMatch()) {
            state.SkipWithError("crossread did not say when it was ready");
            return;
        }
        state.SetIterationTime(match.captured(1).toDouble() / 1e3);
    }
}

// --- save ----------------------------------------------------------------

/// File → Save in the window: the longest the event loop stood still.
void saveInWindow(benchmark::State &state, const Size &size)
{
    auto window = windowWith(state, fixture(size));
    double frozen = 0;
    for (auto _ : state) {
        FreezeWatch watch;
        if (!window->files()->save())
            state.SkipWithError("the save failed");
        frozen = std::max(frozen, watch.longestMs());
    }
    state.counters["frozen_ms"] = frozen;
    window->document()->resetProject({});
    window.reset();
    QCoreApplication::processEvents();
}

void save(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    const QString path = tempDir().filePath(u"saved.crossread"_s);
    for (auto _ : state) {
        if (!saveProject(f.project, path).ok())
            state.SkipWithError("the save failed");
    }
    state.counters["file_MB"] = double(QFile(path).size()) / 1e6;
}

void saveXmlBaseline(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    const QString path = tempDir().filePath(u"saved.xml"_s);
    for (auto _ : state)
        saveXml(f.project, path);
    state.counters["file_MB"] = double(QFile(path).size()) / 1e6;
    QFile::remove(path);
}

// --- the claims table's filter -------------------------------------------

/// Types the keystrokes, each timed; the iteration's time is the mean
/// keystroke, the worst one a counter. An edit first, as users make between
/// searches, so that no pass profits from the filter's memory of the last.
template<class SetText>
void typeKeystrokes(benchmark::State &state, Document &doc, SetText setText)
{
    const QStringList texts = bench::keystrokes();
    double worst = 0;
    for (auto _ : state) {
        bench::editFirstClaim(doc); // not timed: only keystrokes are
        double total = 0;
        for (const QString &text : texts) {
            QElapsedTimer timer;
            timer.start();
            setText(text);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            total += seconds;
            worst = std::max(worst, seconds);
            if (qEnvironmentVariableIsSet("BENCH_KEYS")) // which keystroke is the worst
                std::fprintf(stderr, "key \"%s\" %.1f ms\n", qPrintable(text), seconds * 1e3);
        }
        state.SetIterationTime(total / double(texts.size()));
    }
    state.counters["worst_ms"] = worst * 1e3;
}

void filterKeystroke(benchmark::State &state, const Size &size)
{
    Document &doc = *fixture(size).document;
    ClaimTableModel table(&doc);
    ClaimFilterModel model(&doc, &table);
    // The filter field takes the focus first: the claims panel then has the
    // texts folded on a worker, before the first key.
    model.prepareTextSearch();
    while (model.isPreparingTextSearch())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    typeKeystrokes(state, doc, [&](const QString &text) { model.setFilterText(text); });
}

void filterKeystrokeBaseline(benchmark::State &state, const Size &size)
{
    Document &doc = *fixture(size).document;
    ClaimTableModel table(&doc);
    QSortFilterProxyModel model;
    model.setSourceModel(&table);
    model.setFilterKeyColumn(ClaimTableModel::QuoteColumn);
    model.setFilterCaseSensitivity(Qt::CaseInsensitive);
    typeKeystrokes(state, doc, [&](const QString &text) { model.setFilterFixedString(text); });
}

// --- a pane, the matrix, suggestions, the report -------------------------

void openPane(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    ClaimSelection selection(f.document.get());
    const ArticleId article = f.busiestArticle();
    for (auto _ : state) {
        auto pane = std::make_unique<ArticlePane>(f.document.get(), &selection);
        pane->resize(700, 900);
        pane->show();
        pane->setArticle(article);
        pane->view()->viewport()->repaint(); // drawn, not only built
        state.PauseTiming();
        pane.reset();
        state.ResumeTiming();
    }
}

/// The second step of opening a pane: the values that differ from other
/// sources found (on a worker) and outlined. The time is until they show;
/// the GUI thread's longest stand-still meanwhile is a counter.
void markPane(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    ClaimSelection selection(f.document.get());
    const ArticleId article = f.busiestArticle();
    double frozen = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto pane = std::make_unique<ArticlePane>(f.document.get(), &selection);
        pane->resize(700, 900);
        pane->show();
        pane->setArticle(article);
        pane->view()->viewport()->repaint();
        state.ResumeTiming();
        FreezeWatch watch;
        QElapsedTimer waited;
        waited.start();
        while (pane->view()->discrepancySpans().isEmpty() && waited.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        pane->view()->viewport()->repaint();
        state.PauseTiming();
        frozen = std::max(frozen, watch.longestMs());
        if (pane->view()->discrepancySpans().isEmpty())
            state.SkipWithError("no differing values were marked");
        pane.reset();
        state.ResumeTiming();
    }
    state.counters["frozen_ms"] = frozen;
}

void buildMatrixOf(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    for (auto _ : state) {
        ComparisonMatrix matrix = buildMatrix(f.project);
        benchmark::DoNotOptimize(matrix.rows.size());
    }
}

/// The matrix's tab brought to the front in the window after an edit made
/// behind it: the time until the new matrix shows (built on a worker from
/// 10,000 claims); the GUI thread's longest stand-still is a counter. The
/// first time builds the matrix from nothing, the next ones merge it into
/// the one shown.
void raiseMatrix(benchmark::State &state, const Size &size)
{
    auto window = windowWith(state, fixture(size));
    ComparisonMatrixModel *model = window->matrix()->model();
    QWidget *matrixDock = window->matrix()->parentWidget();
    QWidget *claimsDock = window->findChild<QWidget *>(u"claimsDock"_s);
    Document &doc = *window->document();
    double frozen = 0;
    for (auto _ : state) {
        state.PauseTiming();
        claimsDock->raise();
        QCoreApplication::processEvents();
        bench::editFirstClaim(doc); // behind: the matrix is out of date
        QCoreApplication::processEvents();
        state.ResumeTiming();
        FreezeWatch watch;
        matrixDock->raise();
        QCoreApplication::processEvents();
        while (model->isBuilding())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        window->matrix()->table()->viewport()->repaint();
        state.PauseTiming();
        frozen = std::max(frozen, watch.longestMs());
        if (model->rowCount() == 0)
            state.SkipWithError("the matrix is empty");
        state.ResumeTiming();
    }
    state.counters["frozen_ms"] = frozen;
    window->files()->closeProject();
    doc.resetProject({});
    window.reset();
    QCoreApplication::processEvents();
}

const PassageIndex *g_index = nullptr;

void buildIndex(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    static std::unique_ptr<PassageIndex> index;
    for (auto _ : state) {
        state.PauseTiming();
        index.reset();
        state.ResumeTiming();
        index = std::make_unique<PassageIndex>();
        index->build(f.project);
    }
    g_index = index.get();
}

void queryIndex(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    if (!g_index) {
        state.SkipWithError("the index was not built");
        return;
    }
    size_t next = 0;
    for (auto _ : state) {
        const Claim &claim = f.project.claims[(next++ * 7919) % f.project.claims.size()];
        benchmark::DoNotOptimize(g_index->search(claim.anchor.quote, u"en"_s, {}, {claim.article}, 10));
    }
}

void htmlReportOf(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    qsizetype bytes = 0;
    for (auto _ : state) {
        const ExportSelection all(f.project, {});
        bytes = htmlReport(all, {}).size();
    }
    state.counters["report_MB"] = double(bytes) / 1e6;
}

/// File → Export in the window: the dialog opened with its preview, then
/// the HTML report written on a worker with its progress bar. The time is
/// until the file is written; the GUI thread's longest stand-still is a
/// counter.
void exportInWindow(benchmark::State &state, const Size &size)
{
    Fixture &f = fixture(size);
    test::FakePrompts prompts;
    double frozen = 0;
    for (auto _ : state) {
        FreezeWatch watch;
        ExportDialog dialog(f.document.get(), &prompts);
        bool previewed = false;
        std::optional<bool> exported;
        QObject::connect(&dialog, &ExportDialog::previewUpdated, [&] { previewed = true; });
        QObject::connect(&dialog, &ExportDialog::exported, [&](bool ok) { exported = ok; });
        dialog.show();
        while (!previewed)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        prompts.exportTarget = tempDir().filePath(u"report.html"_s);
        if (!dialog.exportNow())
            state.SkipWithError("the export did not start");
        while (!exported)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        state.PauseTiming();
        frozen = std::max(frozen, watch.longestMs());
        if (!*exported)
            state.SkipWithError("the report was not written");
        state.ResumeTiming();
    }
    state.counters["frozen_ms"] = frozen;
}

// --- the table -----------------------------------------------------------

const Row kRows[] = {
    {"open", "open: file shown in the window", openInWindow, "open_xml", "< 1.5 s", 3, 2},
    {"open_file", "  of which the file read and checked", openFileOnly, nullptr, "", 3, 2},
    {"open_xml", "", openXmlBaseline, nullptr, "", 1, 1},
    {"edit", "edit: a claim's status, window open", editInWindow, nullptr, "< 16 ms (100k)", 10, 3},
    {"save", "save (fsync)", save, "save_xml", "< 1.5 s", 3, 2},
    {"save_xml", "", saveXmlBaseline, nullptr, "", 1, 1},
    {"save_window", "  File > Save in the window", saveInWindow, nullptr, "", 3, 2},
    {"filter", "filter: one keystroke, mean", filterKeystroke, "filter_qsfpm", "< 150 ms", 3, 2, true},
    {"filter_qsfpm", "", filterKeystrokeBaseline, nullptr, "", 1, 1, true},
    {"pane", "pane opened with its highlights", openPane, nullptr, "< 16 ms (100k)", 10, 10},
    {"pane_marks", "  then its differing values marked", markPane, nullptr, "< 16 ms (100k)", 10, 10},
    {"matrix", "comparison matrix built", buildMatrixOf, nullptr, "off the GUI thread", 3, 1},
    {"matrix_window", "  its tab raised after an edit, shown", raiseMatrix, nullptr, "", 3, 3},
    {"index", "suggestion index built", buildIndex, nullptr, "off the GUI thread", 1, 1},
    {"query", "suggestion query", queryIndex, nullptr, "< 100 ms", 20, 20},
    {"report", "HTML report", htmlReportOf, nullptr, "off the GUI thread", 1, 1},
    {"report_window", "  from the Export dialog, with preview", exportInWindow, nullptr, "", 1, 1},
};

} // namespace

int main(int argc, char **argv)
{
    // The offscreen platform says this of every window it shows.
    static const QtMessageHandler standard = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.contains(u"propagateSizeHints"_s))
            standard(type, context, message);
    });
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("XDG_DATA_HOME", tempDir().filePath(u"data"_s).toLocal8Bit()); // no recent files, no journals of ours
    qputenv("XDG_CONFIG_HOME", tempDir().filePath(u"config"_s).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"CrossreadBenchmarks"_s);

    std::vector<const Size *> sizes;
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--sizes=", 0) == 0) {
            for (const Size &s : kSizes) {
                if (arg.find(s.key, 8) != std::string::npos)
                    sizes.push_back(&s);
            }
        } else {
            rest.push_back(argv[i]);
        }
    }
    if (sizes.empty()) {
        for (const Size &s : kSizes)
            sizes.push_back(&s);
    }
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());

    for (const Size *s : sizes) {
        for (const Row &row : kRows) {
            auto *b = benchmark::RegisterBenchmark((std::string(row.key) + "/" + s->key).c_str(),
                                                   [row, s](benchmark::State &state) { row.run(state, *s); });
            b->Unit(benchmark::kMillisecond);
            b->Iterations(s == &kSizes[0] ? row.iterationsSmall : row.iterationsLarge);
            if (row.manualTime)
                b->UseManualTime();
        }
    }
    // Start-up does not depend on the size: a line of its own below the table.
    benchmark::RegisterBenchmark("startup", startup)->Unit(benchmark::kMillisecond)->Iterations(5)->UseManualTime();
    bench::TableReporter reporter(kRows);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printTable(sizes);
    benchmark::Shutdown();
    return 0;
}
