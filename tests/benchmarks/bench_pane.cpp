// A pane on an article with 5,000 claims: opening it (text, highlights,
// first paint) and adding one claim to it (the document edit, the
// re-highlighting, the repaint). Issue 4 targets: under 50 ms to open,
// under 16 ms to add a claim.

#include <models/claimselection.h>
#include <models/cues/cuedefinition.h>
#include <models/document.h>
#include <widgets/articlepane.h>
#include <widgets/articletextview.h>

#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <random>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

/// One long article (about 90,000 words) with `claims` claims, some nested.
Document &documentWithClaims(int claims)
{
    static std::unique_ptr<Document> document;
    if (document)
        return *document;
    document = std::make_unique<Document>();
    static const QStringList words
        = {u"the"_s,        u"delegation"_s, u"said"_s,     u"talks"_s,    u"in"_s,    u"Istanbul"_s,
           u"ceasefire"_s,  u"prisoners"_s,  u"exchange"_s, u"minister"_s, u"1,200"_s, u"reportedly"_s,
           u"memorandum"_s, u"and"_s,        u"a"_s,        u"of"_s};
    std::mt19937 rng(7);
    QString text;
    while (text.size() < 600000) {
        for (int w = 0; w < 20; ++w)
            text += words[rng() % words.size()] + u' ';
        text += (rng() % 5 == 0) ? u".\n\n"_s : u". "_s;
    }
    const ArticleId article = document->addArticle({}, text, {});
    const TagId tag = document->addTag({NoId, NoId, u"Event"_s, 0xff4e79a7, {}, u"1"_s});
    const qsizetype step = text.size() / claims;
    for (int i = 0; i < claims; ++i) {
        qsizetype start = step * i + qsizetype(rng() % 20);
        while (start > 0 && text[start - 1] != u' ')
            --start;
        const qsizetype end = std::min(text.size(), start + 30 + qsizetype(rng() % (i % 10 == 0 ? 400 : 80)));
        document->addClaim(article, int(start), int(end), {{tag}, {}, {}, {}, {}, {}});
    }
    document->undoStack()->clear();
    return *document;
}

void BM_OpenPaneWith5000Claims(benchmark::State &state)
{
    Document &document = documentWithClaims(5000);
    ClaimSelection selection(&document);
    const ArticleId article = document.project().articles.front().id;
    for (auto _ : state) {
        auto pane = std::make_unique<ArticlePane>(&document, &selection);
        pane->resize(700, 900);
        pane->show();
        pane->setArticle(article);
        pane->view()->viewport()->repaint(); // drawn, not only built
        state.PauseTiming(); // closing the pane is not opening it
        pane.reset();
        state.ResumeTiming();
    }
    state.counters["claims"] = double(document.project().claims.size());
}

// The cue spans of the same article (the engine alone, no widget).
void BM_CueSpans(benchmark::State &state)
{
    Document &document = documentWithClaims(5000);
    const QString &text = document.project().articles.front().text;
    const QStringList loaded{u"memorandum"_s, u"so-called"_s};
    for (auto _ : state) {
        const QList<CueSpan> spans = CueDefinition::builtIn().find(text, loaded);
        state.counters["spans"] = double(spans.size());
    }
    state.counters["chars"] = double(text.size());
}
BENCHMARK(BM_CueSpans)->Unit(benchmark::kMillisecond);

void BM_AddClaimToOpenPane(benchmark::State &state)
{
    Document &document = documentWithClaims(5000);
    ClaimSelection selection(&document);
    const ArticleId article = document.project().articles.front().id;
    ArticlePane pane(&document, &selection);
    pane.resize(700, 900);
    pane.show();
    pane.setArticle(article);
    pane.view()->viewport()->repaint();
    // Claims where the pane shows text, so that each one is repainted.
    const int visible = pane.view()->cursorForPosition(QPoint(300, 300)).position();
    int offset = 0;
    for (auto _ : state) {
        const int start = visible + (offset++ % 50);
        document.addClaim(article, start, start + 25, {});
        pane.view()->viewport()->repaint();
        state.PauseTiming();
        document.undoStack()->undo(); // keep 5,000 claims
        state.ResumeTiming();
    }
}

} // namespace

BENCHMARK(BM_OpenPaneWith5000Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AddClaimToOpenPane)->Unit(benchmark::kMillisecond);
