// Connectors while scrolling: two panes with about 800 links in view between
// them. Each frame scrolls the left pane one line (the right follows, by
// links) and paints the gutter. Issue 5 target: under 4 ms a frame with 500
// links. For scale, the whole frame (both texts too) is measured as well.

#include <models/claimselection.h>
#include <models/document.h>
#include <widgets/articlepane.h>
#include <widgets/articletextview.h>
#include <widgets/comparisonarea.h>
#include <widgets/connectorgutter.h>

#include <QCoreApplication>
#include <QImage>
#include <QScrollBar>
#include <QUndoStack>

#include <benchmark/benchmark.h>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

constexpr int kLines = 400;
constexpr int kClaimsPerLine = 10;

/// Two articles of short numbered words, ten claims a line, each claim
/// linked to the same one in the other article.
Document &linkedDocument()
{
    static std::unique_ptr<Document> doc;
    if (doc)
        return *doc;
    doc = std::make_unique<Document>();
    QString text;
    for (int line = 0; line < kLines; ++line) {
        for (int w = 0; w < kClaimsPerLine; ++w)
            text += u"w%1 "_s.arg(line * kClaimsPerLine + w, 4, 10, QChar(u'0'));
        text += u'\n';
    }
    const ArticleId a = doc->addArticle({}, text, {}), b = doc->addArticle({}, text, {});
    const Relation relations[] = {Relation::Same, Relation::Differs, Relation::Contradicts, Relation::Related};
    for (int i = 0; i < kLines * kClaimsPerLine; ++i) {
        const int start = int(text.indexOf(u"w%1 "_s.arg(i, 4, 10, QChar(u'0'))));
        doc->addLink(doc->addClaim(a, start, start + 5), doc->addClaim(b, start, start + 5), relations[i % 4]);
    }
    doc->undoStack()->clear();
    return *doc;
}

enum class Paint { Gutter, WholeArea };

void scrollAndPaint(benchmark::State &state, Paint paint)
{
    Document &doc = linkedDocument();
    ClaimSelection selection(&doc);
    ComparisonArea area(&doc, &selection);
    area.resize(1800, 1500);
    area.pane(0)->setArticle(doc.project().articles[0].id);
    area.pane(1)->setArticle(doc.project().articles[1].id);
    area.setSyncByLinks(true);
    area.show();
    QCoreApplication::processEvents();
    ConnectorGutter *gutter = area.splitter()->gutter(1);
    QScrollBar *bar = area.pane(0)->view()->verticalScrollBar();
    const int visible = int(gutter->connectors().size());
    QImage image(gutter->size(), QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    for (auto _ : state) {
        bar->setValue((++step) % (bar->maximum() / 2)); // the right pane follows
        if (paint == Paint::Gutter)
            gutter->render(&image); // this widget only
        else
            area.repaint(); // everything the scroll made dirty
    }
    state.counters["connectors"] = visible;
    if (visible < 500)
        state.SkipWithError("fewer than 500 connectors in view");
}

void BM_ScrollAndPaintConnectors(benchmark::State &state)
{
    scrollAndPaint(state, Paint::Gutter);
}
BENCHMARK(BM_ScrollAndPaintConnectors)->Unit(benchmark::kMillisecond);

void BM_ScrollAndPaintWholeFrame(benchmark::State &state)
{
    scrollAndPaint(state, Paint::WholeArea);
}
BENCHMARK(BM_ScrollAndPaintWholeFrame)->Unit(benchmark::kMillisecond);

// The gutter alone: laying out and painting the connectors, no scrolling.
void BM_RepaintConnectors(benchmark::State &state)
{
    Document &doc = linkedDocument();
    ClaimSelection selection(&doc);
    ComparisonArea area(&doc, &selection);
    area.resize(1800, 1500);
    area.pane(0)->setArticle(doc.project().articles[0].id);
    area.pane(1)->setArticle(doc.project().articles[1].id);
    area.show();
    QCoreApplication::processEvents();
    ConnectorGutter *gutter = area.splitter()->gutter(1);
    QImage image(gutter->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        gutter->render(&image);
    state.counters["connectors"] = int(gutter->connectors().size());
}
BENCHMARK(BM_RepaintConnectors)->Unit(benchmark::kMillisecond);

} // namespace
