// ClaimFilterModel: filtering by text, tag (with subtree), article, kind and
// status, sorting, and following the document's edits, under
// QAbstractItemModelTester and against a brute-force filter.

#include <models/claimfiltermodel.h>
#include <models/claimtablemodel.h>
#include <models/document.h>
#include <models/modelroles.h>
#include <support/sampleproject.h>
#include <support/synthproject.h>

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

#include <random>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

/// The claims a filter should show, found the slow, obvious way.
std::vector<ClaimId> expected(const Project &p, const ClaimFilter &f)
{
    QList<TagId> tags;
    if (f.tag != NoId) {
        tags << f.tag;
        for (bool grew = true; grew;) {
            grew = false;
            for (const Tag &t : p.tags) {
                if (tags.contains(t.parent) && !tags.contains(t.id)) {
                    tags << t.id;
                    grew = true;
                }
            }
        }
    }
    std::vector<ClaimId> ids;
    for (const Claim &c : p.claims) {
        const auto &a = c.attributes;
        if (!f.text.isEmpty() && !c.anchor.quote.contains(f.text, Qt::CaseInsensitive)
            && !a.note.contains(f.text, Qt::CaseInsensitive) && !a.attributedTo.contains(f.text, Qt::CaseInsensitive))
            continue;
        if (f.article != NoId && c.article != f.article)
            continue;
        if (f.kind && a.kind != *f.kind)
            continue;
        if (f.status && a.status != *f.status)
            continue;
        if (!tags.isEmpty() && std::none_of(a.tags.begin(), a.tags.end(), [&](TagId t) { return tags.contains(t); }))
            continue;
        ids.push_back(c.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<ClaimId> shown(const ClaimFilterModel &model)
{
    std::vector<ClaimId> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.index(row, 0).data(IdRole).toUInt());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestClaimFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters_matchEachCriterion()
    {
        Document doc;
        test::populateSample(doc);
        ClaimTableModel table(&doc);
        ClaimFilterModel model(&doc, &table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Project &p = doc.project();
        QCOMPARE(model.rowCount(), 4);

        model.setFilterText(u"TALKS"_s); // case does not matter
        QCOMPARE(shown(model), expected(p, model.filter()));
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(u"😀 talks"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(u"📝"_s); // in a note
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(u"ministre"_s); // in a speaker
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(u"a\u0301"_s); // no claim has it
        QCOMPARE(model.rowCount(), 0);

        ClaimFilter byTag;
        byTag.tag = p.tags[0].id; // Event, with Meeting below it
        model.setFilter(byTag);
        QCOMPARE(shown(model), expected(p, byTag));
        QCOMPARE(model.rowCount(), 4);

        ClaimFilter byArticle;
        byArticle.article = p.articles[0].id;
        byArticle.kind = ClaimKind::Statistic;
        model.setFilter(byArticle);
        QCOMPARE(model.rowCount(), 1);
        ClaimFilter byStatus;
        byStatus.status = VerificationStatus::Supported;
        model.setFilter(byStatus);
        QCOMPARE(shown(model), expected(p, byStatus));
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 4);
    }

    void text_mustLieInsideTheQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        // The claim quotes "cease" of "Fire ceasefire now".
        QTest::newRow("inside") << u"eas"_s << 1;
        QTest::newRow("whole quote") << u"CEASE"_s << 1;
        QTest::newRow("one past the end") << u"easef"_s << 0;
        QTest::newRow("one before the start") << u" cease"_s << 0;
        QTest::newRow("elsewhere in the text") << u"now"_s << 0;
    }

    void text_mustLieInsideTheQuote()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        Document doc;
        const ArticleId article = doc.addArticle({}, u"Fire ceasefire now"_s, {});
        QVERIFY(doc.addClaim(article, 5, 10, {}) != NoId);
        ClaimTableModel table(&doc);
        ClaimFilterModel model(&doc, &table);
        model.setFilterText(text);
        QCOMPARE(model.rowCount(), rows);
    }

    void typingOn_narrowsToTheSameRowsAsAFreshFilter()
    {
        Document doc;
        doc.resetProject(test::synthesizeProject({.articles = 30, .claims = 600, .links = 0, .seed = 3}));
        ClaimTableModel table(&doc);
        ClaimFilterModel model(&doc, &table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString typed;
        for (QChar c : u"ceasefire"_s) {
            typed += c;
            model.setFilterText(typed);
            QCOMPARE(shown(model), expected(doc.project(), model.filter()));
        }
        QVERIFY(model.rowCount() > 0);
        while (!typed.isEmpty()) { // and back
            typed.chop(1);
            model.setFilterText(typed);
            QCOMPARE(shown(model), expected(doc.project(), model.filter()));
        }
        QCOMPARE(model.rowCount(), 600);
    }

    // Texts folded ahead on a worker give the rows a search folding them
    // itself gives, in every script; folds of articles that changed since
    // are dropped.
    void preparedTextSearch_findsWhatAFreshSearchFinds()
    {
        Document doc;
        doc.resetProject(test::synthesizeProject({.articles = 30, .claims = 600, .links = 0, .seed = 5}));
        const ArticleId accented = doc.addArticle({}, u"ÉCOLE Straße ΣΟΦΊΑ Çà"_s, {});
        QVERIFY(doc.addClaim(accented, 0, 5, {}) != NoId);
        QVERIFY(doc.addClaim(accented, 13, 18, {}) != NoId);
        ClaimTableModel table(&doc);
        ClaimFilterModel model(&doc, &table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.prepareTextSearch();
        QVERIFY(model.isPreparingTextSearch());
        model.prepareTextSearch(); // once at a time
        QTRY_VERIFY(!model.isPreparingTextSearch());
        for (const QString &text : {u"école"_s, u"ΣΟΦ"_s, u"σοφ"_s, u"MINISTER"_s, u"переговоры"_s, u"😀"_s, u"e"_s}) {
            model.setFilterText(text);
            QCOMPARE(shown(model), expected(doc.project(), model.filter()));
        }
        QCOMPARE(model.rowCount(), int(expected(doc.project(), model.filter()).size()));

        // Another project opens while the worker folds: its articles have
        // the same ids and other texts, and the folds of before are dropped.
        ClaimFilterModel other(&doc, &table); // nothing folded yet
        other.prepareTextSearch();
        QVERIFY(other.isPreparingTextSearch());
        Project next = test::synthesizeProject({.articles = 30, .claims = 600, .links = 0, .seed = 6});
        QCOMPARE(next.articles.front().id, doc.project().articles.front().id);
        QVERIFY(next.articles.front().text != doc.project().articles.front().text);
        doc.resetProject(next);
        QTRY_VERIFY(!other.isPreparingTextSearch());
        for (const QString &text : {u"MINISTER"_s, u"переговоры"_s, u"e"_s}) {
            other.setFilterText(text);
            QCOMPARE(shown(other), expected(doc.project(), other.filter()));
        }
    }

    // From ParallelScanFrom claims two threads share a full scan: the rows
    // are those of one, in order.
    void largeProject_scannedByTwoThreads_showsWhatTheFilterSays()
    {
        Document doc;
        doc.resetProject(test::synthesizeProject({.articles = 61, .claims = 70000, .links = 0, .seed = 8}));
        QVERIFY(int(doc.project().claims.size()) >= ClaimFilterModel::ParallelScanFrom);
        ClaimTableModel table(&doc);
        ClaimFilterModel model(&doc, &table);
        QVERIFY(model.rowCount() == 70000);
        const Project &p = doc.project();
        ClaimFilter byText;
        byText.text = u"Переговоры"_s;
        ClaimFilter byStatus;
        byStatus.status = VerificationStatus::False;
        ClaimFilter byTagAndText;
        byTagAndText.tag = p.tags.front().id;
        byTagAndText.text = u"e"_s;
        ClaimFilter byArticle; // in the second half only
        byArticle.article = p.claims.back().article;
        for (const ClaimFilter &filter : {byText, byStatus, byTagAndText, byArticle}) {
            model.setFilter(filter);
            QVERIFY(model.rowCount() > 0);
            QCOMPARE(shown(model), expected(p, filter));
            std::vector<int> rows; // in creation order, each once
            for (int row = 0; row < model.rowCount(); ++row)
                rows.push_back(model.mapToSource(model.index(row, 0)).row());
            QVERIFY(std::is_sorted(rows.begin(), rows.end()));
            QVERIFY(std::adjacent_find(rows.begin(), rows.end()) == rows.end());
        }

        // Typing on narrows the rows shown, on two threads too: the same
        // rows in the same (sorted) order as a filter set at once.
        const auto sourceRows = [](const ClaimFilterModel &m) {
            std::vector<int> rows;
            for (int row = 0; row < m.rowCount(); ++row)
                rows.push_back(m.mapToSource(m.index(row, 0)).row());
            return rows;
        };
        model.setFilter({});
        model.sort(ClaimTableModel::QuoteColumn, Qt::DescendingOrder);
        ClaimFilterModel fresh(&doc, &table);
        fresh.sort(ClaimTableModel::QuoteColumn, Qt::DescendingOrder);
        for (const QString &text : {u"e"_s, u"er"_s, u"ers"_s}) {
            model.setFilterText(text);
            if (text == u"e"_s)
                QVERIFY(model.rowCount() >= ClaimFilterModel::ParallelScanFrom); // the next narrows on two threads
            fresh.setFilter({});
            fresh.setFilterText(text);
            QVERIFY(model.rowCount() > 0);
            QCOMPARE(sourceRows(model), sourceRows(fresh));
            QCOMPARE(shown(model), expected(p, model.filter()));
        }
    }

    void sort_ordersByTheColumnAndKeepsTiesInCreationOrder()
    {
        Document doc;
        doc.resetProject(test::synthesizeProject({.articles = 10, .claims = 200, .links = 0, .seed = 5}));
        ClaimTableModel table(&doc);
        ClaimFilterModel model(&doc, &table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int column : {int(ClaimTableModel::StatusColumn), int(ClaimTableModel::QuoteColumn),
                           int(ClaimTableModel::ModifiedColumn)}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                for (int row = 1; row < model.rowCount(); ++row) {
                    const QVariant a = model.index(row - 1, column).data(SortRole);
                    const QVariant b = model.index(row, column).data(SortRole);
                    const int cmp = a.typeId() == QMetaType::QString
                        ? a.toString().toCaseFolded().compare(b.toString().toCaseFolded())
                        : (a.toLongLong() < b.toLongLong() ? -1 : a.toLongLong() > b.toLongLong());
                    QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                             qPrintable(u"column %1 row %2"_s.arg(column).arg(row)));
                }
            }
        }
        model.setFilterText(u"talks"_s); // a filter keeps the order
        model.sort(ClaimTableModel::StatusColumn, Qt::AscendingOrder);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, ClaimTableModel::StatusColumn).data(SortRole).toInt()
                    <= model.index(row, ClaimTableModel::StatusColumn).data(SortRole).toInt());
    }

    void randomEditsAndFilters_alwaysShowWhatTheFilterSays()
    {
        Document doc;
        doc.resetProject(test::synthesizeProject({.articles = 12, .claims = 300, .links = 50, .tags = 15, .seed = 11}));
        ClaimTableModel table(&doc);
        ClaimFilterModel model(&doc, &table);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::mt19937 rng(2024);
        const QStringList words
            = {u"talks"_s, u"the"_s, u"ceasefire"_s, u"😀"_s, u"Speaker 1"_s, u"€5"_s, u"zz"_s, QString()};
        for (int step = 0; step < 400; ++step) {
            const Project &p = doc.project();
            switch (rng() % 7) {
            case 0: {
                ClaimFilter f;
                f.text = words[rng() % words.size()];
                if (rng() % 3 == 0 && !p.tags.empty())
                    f.tag = p.tags[rng() % p.tags.size()].id;
                if (rng() % 4 == 0 && !p.articles.empty())
                    f.article = p.articles[rng() % p.articles.size()].id;
                if (rng() % 4 == 0)
                    f.kind = ClaimKind(rng() % 7);
                if (rng() % 4 == 0)
                    f.status = VerificationStatus(rng() % 6);
                model.setFilter(f);
                break;
            }
            case 1: { // a new claim
                const Article &a = p.articles[rng() % p.articles.size()];
                const int start = int(rng() % (a.text.size() / 2));
                doc.addClaim(a.id, start, start + 1 + int(rng() % 40), {});
                break;
            }
            case 2:
                if (!p.claims.empty())
                    doc.removeClaims({p.claims[rng() % p.claims.size()].id});
                break;
            case 3:
                if (!p.claims.empty()) { // edit: may enter or leave the filter
                    const Claim &c = p.claims[rng() % p.claims.size()];
                    ClaimAttributes attributes = c.attributes;
                    attributes.status = VerificationStatus(rng() % 6);
                    attributes.note = rng() % 2 ? u"ceasefire noted"_s : QString();
                    doc.setClaimAttributes(c.id, attributes);
                }
                break;
            case 4:
                if (doc.undoStack()->canUndo())
                    doc.undoStack()->undo();
                break;
            case 5:
                model.sort(int(rng() % ClaimTableModel::ColumnCount) - (rng() % 5 == 0 ? 8 : 0),
                           rng() % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
                break;
            case 6:
                if (!p.articles.empty() && rng() % 10 == 0)
                    doc.removeArticles({p.articles[rng() % p.articles.size()].id});
                break;
            }
            QCOMPARE(shown(model), expected(doc.project(), model.filter()));
            if (QTest::currentTestFailed()) {
                qWarning("failed at step %d", step);
                return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestClaimFilter)
#include "tst_claimfilter.moc"
