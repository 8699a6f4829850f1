// The project-wide suggestion pass: candidate pairs, what settles them
// (links, propositions, rejections either way round), versions left out,
// progress and cancel; the review model under QAbstractItemModelTester; the
// rejected pairs and loaded terms kept in the project file; the review panel
// driven as a user would.

#include <models/claimselection.h>
#include <models/compare/linksuggester.h>
#include <models/compare/linksuggestionmodel.h>
#include <models/compare/passageindex.h>
#include <models/document.h>
#include <models/modelroles.h>
#include <models/projectfile.h>
#include <support/sampleproject.h>
#include <widgets/linksuggestionspanel.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>
#include <QUndoStack>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

const QString alphaText = u"The minister said talks would resume in Geneva on 3 March. "
                      u"Protesters gathered outside the parliament building. "
                      u"The harbour reopened after the storm."_s;
const QString betaText = u"Negotiations will restart in Geneva on March 3rd, the minister announced. "
                     u"Crowds of protesters massed outside parliament on Friday. "
                     u"Fishermen complained about fuel prices."_s;
const QString gammaText = u"Ticket prices rose sharply. "
                      u"The harbor was reopened once the storm passed. "
                      u"Talks resume in Geneva on 3 March, according to the minister."_s;

ArticleMetadata meta(const QString &title, const QString &outlet)
{
    ArticleMetadata m;
    m.title = title;
    m.outlet = outlet;
    m.language = u"en"_s;
    return m;
}

struct Fixture
{
    Document doc;
    ArticleId a = NoId, b = NoId, c = NoId;
    ClaimId talksA = NoId, protestA = NoId, harbourA = NoId, talksB = NoId;

    Fixture()
    {
        a = doc.addArticle(meta(u"Talks to resume"_s, u"Alpha"_s), alphaText, {});
        b = doc.addArticle(meta(u"Negotiations restart"_s, u"Beta"_s), betaText, {});
        c = doc.addArticle(meta(u"Prices and harbour"_s, u"Gamma"_s), gammaText, {});
        talksA = claim(a, alphaText, u"talks would resume in Geneva on 3 March"_s);
        protestA = claim(a, alphaText, u"Protesters gathered outside the parliament building"_s);
        harbourA = claim(a, alphaText, u"The harbour reopened after the storm"_s);
        talksB = claim(b, betaText, u"Negotiations will restart in Geneva on March 3rd"_s);
    }
    ClaimId claim(ArticleId article, const QString &text, const QString &quote)
    {
        const auto [start, end] = test::spanOf(text, quote);
        return doc.addClaim(article, start, end);
    }
    QList<LinkSuggestion> pass(int perClaim = 3) const
    {
        PassageIndex index;
        index.build(doc.project());
        return suggestLinks(doc.project(), index, perClaim);
    }
    QString textOf(const LinkSuggestion &s) const
    {
        return findById(doc.project().articles, s.article)->text.mid(s.start, s.end - s.start);
    }
};

QPushButton *button(const QWidget &panel, const QString &text)
{
    for (QPushButton *b : panel.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

/// The suggestion pairing `claim` with a passage of `article` that holds `words`, if any.
std::optional<LinkSuggestion> pairOf(const Fixture &f, const QList<LinkSuggestion> &found, ClaimId claim,
                                     ArticleId article, const QString &words)
{
    for (const LinkSuggestion &s : found) {
        if (s.claim == claim && s.article == article && f.textOf(s).contains(words))
            return s;
    }
    return std::nullopt;
}

} // namespace

class TestSuggestLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pass_pairsClaimsWithPassagesOfOtherArticles()
    {
        Fixture f;
        const QList<LinkSuggestion> found = f.pass();
        QVERIFY(!found.isEmpty());
        // The talks claim of Alpha meets Beta's claim (one pair, either way
        // round) and Gamma's passage, which is no claim yet.
        int talksPairs = 0;
        for (const LinkSuggestion &s : found) {
            const Claim *claim = findById(f.doc.project().claims, s.claim);
            QVERIFY(claim->article != s.article);
            if ((s.claim == f.talksA && s.target == f.talksB) || (s.claim == f.talksB && s.target == f.talksA))
                ++talksPairs;
        }
        QCOMPARE(talksPairs, 1);
        const auto toGamma = pairOf(f, found, f.talksA, f.c, u"Talks resume in Geneva"_s);
        QVERIFY(toGamma);
        QCOMPARE(toGamma->target, NoId);
        QVERIFY(pairOf(f, found, f.harbourA, f.c, u"harbor was reopened"_s));
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found[i - 1].score >= found[i].score);
        // perClaim bounds each claim's share.
        const QList<LinkSuggestion> one = f.pass(1);
        for (ClaimId claim : {f.talksA, f.protestA, f.harbourA, f.talksB})
            QVERIFY(std::count_if(one.begin(), one.end(), [&](const LinkSuggestion &s) { return s.claim == claim; })
                    <= 1);
        QVERIFY(one.size() < found.size());
    }

    void pass_leavesOutLinkedPairs_andPassagesHoldingALinkedClaim()
    {
        Fixture f;
        QVERIFY(f.doc.addLink(f.talksA, f.talksB, Relation::Same) != NoId);
        const QList<LinkSuggestion> found = f.pass();
        for (const LinkSuggestion &s : found) {
            QVERIFY(!(s.claim == f.talksA && s.target == f.talksB));
            QVERIFY(!(s.claim == f.talksB && s.target == f.talksA));
        }
        // Gamma's talks passage is still open for Alpha's claim...
        QVERIFY(pairOf(f, found, f.talksA, f.c, u"Talks resume in Geneva"_s));
        // ...until a claim inside it is linked with it, through a proposition.
        const ClaimId inGamma = f.claim(f.c, gammaText, u"Talks resume in Geneva"_s);
        QVERIFY(f.doc.addLink(inGamma, f.talksB, Relation::Corroborates) != NoId); // joins the proposition
        const QList<LinkSuggestion> after = f.pass();
        QVERIFY(!pairOf(f, after, f.talksA, f.c, u"Talks resume in Geneva"_s));
    }

    void pass_leavesOutRejectedPairs_eitherWayRound_untilUndone()
    {
        Fixture f;
        const QList<LinkSuggestion> found = f.pass();
        const auto toGamma = pairOf(f, found, f.harbourA, f.c, u"harbor was reopened"_s);
        QVERIFY(toGamma);
        QVERIFY(f.doc.rejectSuggestions({rejectionOf(*toGamma)}));
        QVERIFY(!pairOf(f, f.pass(), f.harbourA, f.c, u"harbor was reopened"_s));
        // The same pair seen from the other side once Gamma's passage is a claim.
        const ClaimId harbourC = f.claim(f.c, gammaText, u"The harbor was reopened once the storm passed"_s);
        for (const LinkSuggestion &s : f.pass()) {
            QVERIFY(!(s.claim == harbourC && s.target == f.harbourA));
            QVERIFY(!(s.claim == f.harbourA && s.target == harbourC));
        }
        f.doc.undoStack()->undo(); // the claim
        f.doc.undoStack()->undo(); // the rejection
        QVERIFY(f.doc.project().assist.rejected.empty());
        QVERIFY(pairOf(f, f.pass(), f.harbourA, f.c, u"harbor was reopened"_s));
    }

    void pass_neverPairsAnArticleWithAnotherVersionOfItself()
    {
        Fixture f;
        const ArticleId newer = f.doc.addArticle(meta(u"Talks to resume (updated)"_s, u"Alpha"_s),
                                                 alphaText + u" Updated at noon."_s, {}, f.a);
        QVERIFY(newer != NoId);
        QCOMPARE(articleFamily(f.doc.project(), f.a), (QList<ArticleId>{f.a, newer}));
        QCOMPARE(articleFamily(f.doc.project(), newer), (QList<ArticleId>{f.a, newer}));
        QCOMPARE(articleFamily(f.doc.project(), f.b), QList<ArticleId>{f.b});
        for (const LinkSuggestion &s : f.pass(5)) {
            const Claim *claim = findById(f.doc.project().claims, s.claim);
            QVERIFY(!(claim->article == f.a && s.article == newer));
        }
        // Without the version link, the copy is the best match of all.
        Fixture g;
        const ArticleId copy = g.doc.addArticle(meta(u"Copy"_s, u"Delta"_s), alphaText, {});
        const QList<LinkSuggestion> found = g.pass(5);
        QVERIFY(std::any_of(found.begin(), found.end(), [&](const LinkSuggestion &s) { return s.article == copy; }));
    }

    void pass_reportsProgress_andStopsWhenToldTo()
    {
        // 12 articles of 20 numbered sentences, a claim on each sentence.
        Document doc;
        for (int a = 0; a < 12; ++a) {
            QString text;
            for (int s = 0; s < 20; ++s)
                text += u"Item number %1 of batch %2 reached port %3 on Monday. "_s.arg(s).arg(a % 3).arg(s * 7);
            const ArticleId id = doc.addArticle(meta(u"Batch %1"_s.arg(a), u"Outlet %1"_s.arg(a)),
                                                text.trimmed(), {});
            for (const Passage &p : splitPassages(text.trimmed(), id))
                QVERIFY(doc.addClaim(id, p.start, p.end) != NoId);
        }
        const int total = int(doc.project().claims.size());
        QCOMPARE(total, 240);
        PassageIndex index;
        index.build(doc.project());
        std::atomic<int> calls{0}, last{0};
        const QList<LinkSuggestion> all = suggestLinks(doc.project(), index, 2, [&](int done, int of) {
            ++calls;
            last = std::max(last.load(), done);
            return of == total;
        });
        QVERIFY(calls >= total / 32);
        QCOMPARE(last.load(), total);
        QSet<ClaimId> ranked;
        for (const LinkSuggestion &s : all)
            ranked << s.claim;

        const QList<LinkSuggestion> stopped = suggestLinks(doc.project(), index, 2, [](int, int) { return false; });
        QSet<ClaimId> rankedBeforeStop;
        for (const LinkSuggestion &s : stopped)
            rankedBeforeStop << s.claim;
        QVERIFY(!rankedBeforeStop.isEmpty()); // the chunks under way finish
        // Chunks of 32 claims: no more than one per thread gets done.
        const int threads = QThreadPool::globalInstance()->maxThreadCount();
        if (threads * 32 >= total)
            QSKIP("too many threads to tell a stopped pass from a whole one here");
        QVERIFY2(rankedBeforeStop.size() <= threads * 32 && rankedBeforeStop.size() < ranked.size(),
                 qPrintable(u"%1 of %2"_s.arg(rankedBeforeStop.size()).arg(ranked.size())));
    }

    void model_rowsLeaveWhenSettled_andComeBackOnUndo()
    {
        Fixture f;
        LinkSuggestionModel model(&f.doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<LinkSuggestion> found = f.pass();
        model.setSuggestions(found);
        QCOMPARE(model.rowCount(), found.size());
        QCOMPARE(model.columnCount(), 3);
        const int before = model.rowCount();

        int talksRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const LinkSuggestion &s = model.suggestion(row);
            if ((s.claim == f.talksA && s.target == f.talksB) || (s.claim == f.talksB && s.target == f.talksA))
                talksRow = row;
        }
        QVERIFY(talksRow >= 0);
        const QModelIndex passage = model.index(talksRow, LinkSuggestionModel::PassageColumn);
        QVERIFY(passage.data().toString().startsWith(u"Beta"_s) || passage.data().toString().startsWith(u"Alpha"_s));
        QCOMPARE(model.index(talksRow, 0).data(IdRole).toUInt(), model.suggestion(talksRow).claim);
        QCOMPARE(model.index(talksRow, 0).data(SpanRole).toPoint(),
                 QPoint(model.suggestion(talksRow).start, model.suggestion(talksRow).end));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(f.doc.addLink(f.talksA, f.talksB, Relation::Same) != NoId);
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), talksRow);
        f.doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), before);
        const LinkSuggestion &back = model.suggestion(talksRow);
        QVERIFY(back.claim == f.talksA || back.claim == f.talksB);

        QVERIFY(f.doc.rejectSuggestions({rejectionOf(model.suggestion(0)), rejectionOf(model.suggestion(1))}));
        QCOMPARE(model.rowCount(), before - 2);
        f.doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), before);

        // A claim removed takes its suggestions with it.
        QVERIFY(f.doc.removeClaims({f.harbourA}));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.suggestion(row).claim != f.harbourA);

        f.doc.resetProject({});
        QCOMPARE(model.rowCount(), 0);
    }

    void assist_isAnUndoableEdit_keptInTheFile()
    {
        Fixture f;
        QVERIFY(f.doc.setLoadedTerms({u"  regime "_s, u"Regime"_s, u""_s, u"so-called   peace"_s}));
        QCOMPARE(f.doc.project().assist.loadedTerms, (QStringList{u"regime"_s, u"so-called peace"_s}));
        QVERIFY(f.doc.rejectSuggestions({{f.talksA, f.c, 0, 10}}));
        QVERIFY(!f.doc.rejectSuggestions({{f.talksA, f.c, 0, 100000}})); // past the text
        QVERIFY(!f.doc.rejectSuggestions({{ClaimId(9999), f.c, 0, 10}}));
        QCOMPARE(f.doc.undoStack()->count(), 3 + 4 + 2); // articles, claims, terms, rejection
        ViewLayout layout = f.doc.project().layout;
        layout.hiddenCues = 0b100101;
        f.doc.setViewLayout(layout);

        Project decoded;
        QVERIFY(decodeProject(encodeProject(f.doc.project()), decoded).ok());
        QCOMPARE(decoded.assist, f.doc.project().assist);
        QCOMPARE(decoded.layout.hiddenCues, quint8(0b100101));

        // A rejection whose claim has gone is dropped on load.
        QVERIFY(f.doc.removeClaims({f.talksA}));
        QVERIFY(decodeProject(encodeProject(f.doc.project()), decoded).ok());
        QVERIFY(decoded.assist.rejected.empty());
        QCOMPARE(decoded.assist.loadedTerms.size(), 2);

        f.doc.undoStack()->undo(); // the claim comes back
        f.doc.undoStack()->undo(); // the rejection goes
        f.doc.undoStack()->undo(); // the terms go
        QVERIFY(f.doc.project().assist == AssistState{});
    }

    void panel_runsThePass_acceptAndRejectAsAUserWould()
    {
        Fixture f;
        ClaimSelection selection(&f.doc);
        LinkSuggestionsPanel panel(&f.doc, &selection);
        panel.resize(700, 400);
        panel.show();
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&panel, &LinkSuggestionsPanel::finished);
        QPushButton *run = button(panel, u"&Suggest Links"_s);
        QVERIFY(run);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(!run->isEnabled()); // until the pass ends
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!panel.progressBar()->isVisible());
        QTreeView *view = panel.view();
        const int rows = view->model()->rowCount();
        QVERIFY(rows >= 3);
        QCOMPARE(view->currentIndex().row(), 0);

        // Accept the talks pair of Alpha and Gamma as "corroborates": Gamma's
        // passage becomes a claim, linked, in one undo step.
        int row = -1;
        for (int r = 0; r < rows; ++r) {
            const LinkSuggestion &s = panel.model()->suggestion(r);
            if (s.claim == f.talksA && s.article == f.c && s.target == NoId)
                row = r;
        }
        QVERIFY(row >= 0);
        view->setCurrentIndex(view->model()->index(row, 0));
        panel.relationBox()->setCurrentIndex(panel.relationBox()->findData(int(Relation::Corroborates)));
        const size_t claims = f.doc.project().claims.size(), links = f.doc.project().links.size();
        const int steps = f.doc.undoStack()->count();
        QPushButton *accept = button(panel, u"&Accept"_s), *reject = button(panel, u"&Reject"_s);
        QVERIFY(accept && reject && accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        const Project &p = f.doc.project();
        QCOMPARE(p.claims.size(), claims + 1);
        QCOMPARE(p.links.size(), links + 1);
        const Link made = p.links.back();
        QCOMPARE(made.from, f.talksA);
        QCOMPARE(made.relation, Relation::Corroborates);
        QVERIFY(findById(p.claims, made.to)->anchor.quote.startsWith(u"Talks resume in Geneva on 3 March"_s));
        QCOMPARE(f.doc.undoStack()->count(), steps + 1);
        QCOMPARE(selection.currentLink(), made.id);
        QVERIFY(view->model()->rowCount() < rows);
        QVERIFY(view->selectionModel()->hasSelection()); // review goes on at the next row

        // Reject two rows at once; the rejection is kept in the project.
        view->clearSelection();
        view->selectionModel()->select(view->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const LinkSuggestion first = panel.model()->suggestion(0);
        const int left = view->model()->rowCount();
        QTest::mouseClick(reject, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), left - 2);
        QCOMPARE(p.assist.rejected.size(), size_t(2));
        QCOMPARE(p.assist.rejected.front(), rejectionOf(first));

        // A new pass suggests neither again.
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(view->model()->rowCount(), left - 2);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QVERIFY(!(panel.model()->suggestion(r) == first));

        // Activating a row asks to show the pair.
        QSignalSpy shown(&panel, &LinkSuggestionsPanel::pairActivated);
        view->setCurrentIndex(view->model()->index(0, 1));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().at(0).value<ClaimId>(), panel.model()->suggestion(0).claim);
    }
};

QTEST_MAIN(TestSuggestLinks)
#include "tst_suggestlinks.moc"
