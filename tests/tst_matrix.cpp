// The comparison matrix: who reported which proposition, with what stance,
// and who left it out; and its model, kept in step with every edit.

#include <models/comparisonmatrix.h>
#include <models/comparisonmatrixmodel.h>
#include <models/document.h>
#include <models/modelroles.h>
#include <models/propositiongrouping.h>
#include <models/vocabulary.h>
#include <support/sampleproject.h>

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace crossread;
using namespace Qt::StringLiterals;

class TestMatrix : public QObject
{
    Q_OBJECT

private:
    /// A document of three dated articles with one word claim per word.
    static void populateChain(Document &doc, QList<ClaimId> &claims)
    {
        const QString text = u"aaaa bbbb cccc dddd"_s;
        for (int a = 0; a < 3; ++a) {
            ArticleMetadata meta;
            meta.outlet = u"Outlet %1"_s.arg(a);
            meta.published = QDate(2025, 6, 3 - a); // the last is the oldest
            const ArticleId article = doc.addArticle(meta, text, {});
            for (int w = 0; w < 4; ++w)
                claims << doc.addClaim(article, w * 5, w * 5 + 4);
        }
    }

    /// One seeded random edit, filter, undo or redo of the matrix's project.
    static void randomEdit(Document &doc, ComparisonMatrixModel &model, const QList<ClaimId> &claims,
                           QRandomGenerator &random)
    {
        const QList<Relation> relations = allValues<Relation>();
        const Project &p = doc.project();
        const quint32 op = random.bounded(100u);
        if (op < 40) {
            doc.addLink(claims[random.bounded(int(claims.size()))], claims[random.bounded(int(claims.size()))],
                        relations[random.bounded(int(relations.size()))]);
        } else if (op < 55 && !p.links.empty()) {
            doc.removeLinks({p.links[random.bounded(quint32(p.links.size()))].id});
        } else if (op < 65) {
            const Article &article = p.articles[random.bounded(quint32(p.articles.size()))];
            ArticleMetadata meta = article.meta;
            meta.published = QDate(2025, 1, 1).addDays(random.bounded(5));
            meta.outlet = u"Outlet %1"_s.arg(random.bounded(4));
            doc.setArticleMetadata(article.id, meta);
        } else if (op < 75) {
            MatrixFilter filter;
            if (random.bounded(2))
                filter.hiddenArticles << p.articles[random.bounded(quint32(p.articles.size()))].id;
            if (random.bounded(3) == 0)
                filter.status = VerificationStatus(random.bounded(3));
            model.setFilter(filter);
        } else if (op < 82) {
            const ClaimId claim = claims[random.bounded(int(claims.size()))];
            ClaimAttributes attributes = findById(p.claims, claim)->attributes;
            attributes.status = VerificationStatus(random.bounded(3));
            doc.setClaimAttributes(claim, attributes);
        } else if (op < 94) {
            doc.undoStack()->undo();
        } else {
            doc.undoStack()->redo();
        }
    }

private Q_SLOTS:
    void sample_rowsAreGroupsColumnsAreArticlesByDateThenOutlet()
    {
        Document doc;
        test::populateSample(doc);
        const Project &p = doc.project();
        const ComparisonMatrix m = buildMatrix(p);
        // a1 is the only dated article; the undated follow by outlet (a4 has none).
        QCOMPARE(m.columns, (QList<ArticleId>{p.articles[0].id, p.articles[3].id, p.articles[1].id, p.articles[2].id}));
        QCOMPARE(m.rows.size(), size_t(2));
        const ClaimId c1 = p.claims[0].id, c2 = p.claims[1].id, c3 = p.claims[2].id, c4 = p.claims[3].id;
        const auto &talks = m.rows[0];
        QCOMPARE(talks.proposition, p.propositions[0].id);
        QCOMPARE(talks.cells[0].claims, QList<ClaimId>{c1});
        QVERIFY(talks.cells[1].isOmission());
        QCOMPARE(talks.cells[2].claims, QList<ClaimId>{c3});
        QVERIFY(talks.cells[3].isOmission());
        QCOMPARE(talks.cells[2].stance, Stance::Asserts); // "same claim"
        const auto &meeting = m.rows[1];
        QCOMPARE(meeting.cells[0].claims, QList<ClaimId>{c2});
        QCOMPARE(meeting.cells[0].stance, Stance::Asserts); // the first claim names it
        QCOMPARE(meeting.cells[3].claims, QList<ClaimId>{c4});
        QCOMPARE(meeting.cells[3].stance, Stance::Differs);
    }

    void stance_followsContradictionParityAlongTheChain_data()
    {
        QTest::addColumn<Relation>("first");
        QTest::addColumn<Relation>("second");
        QTest::addColumn<Stance>("middle");
        QTest::addColumn<Stance>("last");
        QTest::newRow("corroborated") << Relation::Corroborates << Relation::Same << Stance::Asserts << Stance::Asserts;
        QTest::newRow("contradicted, then agreed with")
            << Relation::Contradicts << Relation::Corroborates << Stance::Contradicts << Stance::Contradicts;
        QTest::newRow("contradiction of a contradiction")
            << Relation::Contradicts << Relation::Contradicts << Stance::Contradicts << Stance::Asserts;
        QTest::newRow("differs, then same")
            << Relation::Differs << Relation::Same << Stance::Differs << Stance::Differs;
        QTest::newRow("differs, then contradicts")
            << Relation::Differs << Relation::Contradicts << Stance::Differs << Stance::Contradicts;
    }

    void stance_followsContradictionParityAlongTheChain()
    {
        QFETCH(Relation, first);
        QFETCH(Relation, second);
        QFETCH(Stance, middle);
        QFETCH(Stance, last);
        Document doc;
        QList<ClaimId> c;
        populateChain(doc, c);
        QVERIFY(doc.addLink(c[0], c[4], first) != NoId);
        QVERIFY(doc.addLink(c[4], c[8], second) != NoId);
        const Project &p = doc.project();
        QCOMPARE(p.propositions.size(), size_t(1));
        QCOMPARE(stancesOf(p, p.propositions[0]), (QList<Stance>{Stance::Asserts, middle, last}));
        // The matrix agrees, with columns oldest first: article 3, 2, 1.
        const ComparisonMatrix m = buildMatrix(p);
        QCOMPARE(m.rows[0].cells[0].stance, last);
        QCOMPARE(m.rows[0].cells[1].stance, middle);
        QCOMPARE(m.rows[0].cells[2].stance, Stance::Asserts);
    }

    void cellWithTwoClaims_listsThemByPosition_andTakesTheStrongerStance()
    {
        Document doc;
        QList<ClaimId> c;
        populateChain(doc, c);
        doc.addLink(c[0], c[6], Relation::Same);
        doc.addLink(c[0], c[5], Relation::Contradicts); // c5 is before c6 in article 2
        const ComparisonMatrix m = buildMatrix(doc.project());
        const auto &cell = m.rows[0].cells[1];
        QCOMPARE(cell.claims, (QList<ClaimId>{c[5], c[6]}));
        QCOMPARE(cell.stance, Stance::Contradicts);
    }

    void cells_keepOnlyWhatIsReported_andShiftWithColumns()
    {
        ComparisonMatrix::Cells cells(5);
        QCOMPARE(cells.size(), size_t(5));
        QCOMPARE(cells.reportedCount(), size_t(0));
        cells.at(3).claims = {30};
        cells.at(1).claims = {10};
        cells.at(3).claims.append(31); // the same cell again
        QCOMPARE(cells.reportedCount(), size_t(2));
        QVERIFY(cells[0].isOmission());
        QCOMPARE(cells[1].claims, QList<ClaimId>{10});
        QCOMPARE(cells[3].claims, (QList<ClaimId>{30, 31}));
        QCOMPARE(cells.reported().front().first, size_t(1)); // by column

        cells.insertColumn(2); // between the two
        QCOMPARE(cells.size(), size_t(6));
        QCOMPARE(cells[1].claims, QList<ClaimId>{10});
        QVERIFY(cells[2].isOmission());
        QVERIFY(cells[3].isOmission());
        QCOMPARE(cells[4].claims, (QList<ClaimId>{30, 31}));

        cells.removeColumn(1); // a reported one goes
        QCOMPARE(cells.size(), size_t(5));
        QCOMPARE(cells.reportedCount(), size_t(1));
        QVERIFY(cells[1].isOmission());
        QCOMPARE(cells[3].claims, (QList<ClaimId>{30, 31}));
        cells.removeColumn(0); // an omission goes
        QCOMPARE(cells[2].claims, (QList<ClaimId>{30, 31}));
        QCOMPARE(cells.size(), size_t(4));
    }

    void filters_tagWithSubtree_status_hiddenArticles()
    {
        Document doc;
        test::populateSample(doc);
        const Project &p = doc.project();
        const TagId event = p.tags[0].id, meeting = p.tags[2].id; // Meeting is under Event
        QCOMPARE(buildMatrix(p, {event, {}, {}}).rows.size(), size_t(2));
        const ComparisonMatrix byMeeting = buildMatrix(p, {meeting, {}, {}});
        QCOMPARE(byMeeting.rows.size(), size_t(1));
        QCOMPARE(byMeeting.rows[0].proposition, p.propositions[1].id);
        const ComparisonMatrix disputed = buildMatrix(p, {NoId, VerificationStatus::Disputed, {}});
        QCOMPARE(disputed.rows.size(), size_t(1));
        QCOMPARE(disputed.rows[0].proposition, p.propositions[1].id);
        QVERIFY(buildMatrix(p, {NoId, VerificationStatus::False, {}}).rows.empty());

        const ComparisonMatrix hidden = buildMatrix(p, {NoId, {}, {p.articles[0].id}});
        QCOMPARE(hidden.columns.size(), 3);
        QVERIFY(!hidden.columns.contains(p.articles[0].id));
        QCOMPARE(hidden.rows[0].cells.size(), size_t(3));
    }

    void model_showsQuotesOmissionsAndHeaders()
    {
        Document doc;
        test::populateSample(doc);
        ComparisonMatrixModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Project &p = doc.project();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), u"😀 talks went well"_s);
        QCOMPARE(model.index(0, 0).data(OmissionRole).toBool(), false);
        QCOMPARE(model.index(0, 1).data(OmissionRole).toBool(), true);
        QVERIFY(!model.index(0, 1).data(StanceRole).isValid());
        QCOMPARE(model.index(1, 3).data(StanceRole).toInt(), int(Stance::Differs));
        QCOMPARE(model.index(1, 3).data(ClaimIdsRole).value<QList<ClaimId>>(), QList<ClaimId>{p.claims[3].id});
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"Talks went well"_s);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"met for 90 minutes 👍🏽"_s);
        QVERIFY(model.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString().contains(u"2 of 4"_s));
        QVERIFY(model.headerData(0, Qt::Horizontal).toString().startsWith(u"Daily Example\n"_s));
        QCOMPARE(model.headerData(2, Qt::Horizontal, IdRole).toUInt(), p.articles[1].id);
        QVERIFY(model.index(1, 3).data(Qt::ToolTipRole).toString().contains(u"سنلتقي"_s));
    }

    void model_marksDifferingNumbers()
    {
        Document doc;
        const QString a = u"The EU pledged €5.2 billion in aid."_s, b = u"Brussels offered €5 billion."_s;
        const ArticleId a1 = doc.addArticle({}, a, {}), a2 = doc.addArticle({}, b, {});
        const ClaimId c1 = doc.addClaim(a1, 4, int(a.size()) - 1), c2 = doc.addClaim(a2, 0, int(b.size()) - 1);
        doc.addLink(c1, c2, Relation::Differs);
        ComparisonMatrixModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.discrepancies(0).size(), 1);
        QCOMPARE(model.index(0, 0).data(DiscrepancyRole).toStringList(), QStringList{u"€5.2 billion"_s});
        QCOMPARE(model.index(0, 1).data(DiscrepancyRole).toStringList(), QStringList{u"€5 billion"_s});
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"€5 billion"_s));

        // Who says it changes a fact of the claims: looked for again, the
        // two speakers now differ too.
        ClaimAttributes first, second;
        first.attributedTo = u"Ursula von der Leyen"_s;
        second.attributedTo = u"Charles Michel"_s;
        doc.setClaimAttributes(c1, first);
        doc.setClaimAttributes(c2, second);
        model.updateNow();
        QCOMPARE(model.discrepancies(0).size(), 2);
    }

    void discrepancyMarks_sitOnTheDifferingValuesOfTheArticle()
    {
        Document doc;
        const QString a = u"The EU pledged €5.2 billion in aid on May 28th."_s, b = u"Brussels offered €5 billion."_s;
        ArticleMetadata second;
        second.outlet = u"Wire B"_s;
        const ArticleId a1 = doc.addArticle({}, a, {}), a2 = doc.addArticle(second, b, {});
        const ClaimId c1 = doc.addClaim(a1, 4, int(a.size()) - 1), c2 = doc.addClaim(a2, 0, int(b.size()) - 1);
        QVERIFY(discrepancyMarks(doc.project(), a1).isEmpty()); // not linked yet
        doc.addLink(c1, c2, Relation::Differs);
        const QList<DiscrepancyMark> marks = discrepancyMarks(doc.project(), a1);
        QCOMPARE(marks.size(), 1); // the date is said once only: nothing to differ from
        QCOMPARE(a.mid(marks[0].start, marks[0].end - marks[0].start), u"€5.2 billion"_s);
        QCOMPARE(marks[0].claim, c1);
        QCOMPARE(marks[0].kind, MentionKind::Number);
        QCOMPARE(marks[0].elsewhere, QStringList{u"€5 billion (Wire B)"_s});
        const QList<DiscrepancyMark> other = discrepancyMarks(doc.project(), a2);
        QCOMPARE(other.size(), 1);
        QCOMPARE(b.mid(other[0].start, other[0].end - other[0].start), u"€5 billion"_s);
    }

    // A pane keeps the discrepancies it found until the claims change: after
    // every edit, the marks found with the cache are those found afresh.
    void discrepancyMarks_cachedFollowEveryEdit()
    {
        Document doc;
        const QString a = u"The EU pledged €5.2 billion in aid on May 28th."_s, b = u"Brussels offered €5 billion."_s,
                      c = u"Officials confirmed €5.2 billion on May 27th."_s;
        ArticleMetadata second, third;
        second.outlet = u"Wire B"_s;
        third.outlet = u"Wire C"_s;
        const ArticleId a1 = doc.addArticle({}, a, {}), a2 = doc.addArticle(second, b, {}),
                        a3 = doc.addArticle(third, c, {});
        const ClaimId c1 = doc.addClaim(a1, 4, int(a.size()) - 1), c2 = doc.addClaim(a2, 0, int(b.size()) - 1),
                      c3 = doc.addClaim(a3, 0, int(c.size()) - 1);
        DiscrepancyCache cache;
        const auto check = [&](const char *step) {
            for (ArticleId article : {a1, a2, a3}) {
                QVERIFY2(discrepancyMarks(doc.project(), article, &cache) == discrepancyMarks(doc.project(), article),
                         step);
            }
        };
        check("unlinked");
        doc.addLink(c1, c2, Relation::Differs);
        check("two claims");
        QCOMPARE(discrepancyMarks(doc.project(), a1, &cache).size(), 1);
        doc.addLink(c2, c3, Relation::Differs); // the same proposition gains a claim with a date
        check("three claims");
        QCOMPARE(discrepancyMarks(doc.project(), a1, &cache).size(), 2); // the amount and now the date
        ArticleMetadata dated = doc.project().articles[2].meta;
        dated.published = QDate(2025, 5, 30);
        doc.setArticleMetadata(a3, dated);
        check("a date changed");
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        check("undone");
        QCOMPARE(discrepancyMarks(doc.project(), a1, &cache).size(), 1);
        doc.undoStack()->undo();
        check("unlinked again");
        QVERIFY(discrepancyMarks(doc.project(), a1, &cache).isEmpty());
    }

    // A model no view shows does not rebuild on edits, nor on a new
    // project; made active, it holds what a fresh build gives.
    void model_inactive_catchesUpWhenActive()
    {
        Document doc;
        test::populateSample(doc);
        ComparisonMatrixModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Project &p = doc.project();
        const ComparisonMatrix before = model.matrix();
        QCOMPARE(before.rows.size(), size_t(2));
        doc.addTag({NoId, NoId, u"Pending"_s, 0xff000000, {}, {}}); // an update queued while active…
        model.setActive(false); // …is not made once inactive
        doc.addLink(p.claims[0].id, p.claims[3].id, Relation::Corroborates); // merges the two
        QCoreApplication::processEvents();
        QCOMPARE(model.matrix(), before);
        model.setActive(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.matrix(), buildMatrix(p));

        model.setActive(false);
        Project next = p;
        doc.resetProject(next);
        QCOMPARE(model.rowCount(), 0); // not built while nobody looks
        model.setActive(true);
        QCOMPARE(model.matrix(), buildMatrix(doc.project()));
        QCOMPARE(model.rowCount(), 1);
    }

    void model_followsEditsWithoutReset()
    {
        Document doc;
        test::populateSample(doc);
        ComparisonMatrixModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const Project &p = doc.project();

        // Merging the two propositions removes a row, after the event loop.
        doc.addLink(p.claims[0].id, p.claims[3].id, Relation::Corroborates);
        QCOMPARE(model.rowCount(), 2);
        QTRY_COMPARE(model.rowCount(), 1);
        doc.undoStack()->undo();
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 1);

        // A new date moves a column.
        ArticleMetadata meta = p.articles[2].meta;
        meta.published = QDate(2020, 1, 1);
        doc.setArticleMetadata(p.articles[2].id, meta);
        QTRY_COMPARE(model.articleAt(0), p.articles[2].id);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.matrix(), buildMatrix(p));
    }

    // Seeded random edits, filters and undos; after each, the model holds
    // exactly what a fresh build gives, reached by fine-grained signals only.
    void model_randomEdits_matchAFreshBuild()
    {
        Document doc;
        QList<ClaimId> claims;
        for (int round = 0; round < 2; ++round)
            populateChain(doc, claims);
        ComparisonMatrixModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QRandomGenerator random(5);
        const Project &p = doc.project();
        for (int step = 0; step < 600; ++step) {
            randomEdit(doc, model, claims, random);
            if (random.bounded(3) == 0)
                QCoreApplication::processEvents(); // sometimes several edits make one update
            else
                model.updateNow();
            QCoreApplication::processEvents();
            QVERIFY2(model.matrix() == buildMatrix(p, model.filter()), qPrintable(u"step %1"_s.arg(step)));
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(resets.count(), 0);
    }

    // Built on a worker (as from 10,000 claims), through seeded random edits,
    // filters and undos, some of them made while a build runs: once the
    // builds are done, the model holds what a fresh build gives, reached by
    // fine-grained signals only.
    void model_onWorker_randomEdits_matchAFreshBuild()
    {
        Document doc;
        QList<ClaimId> claims;
        for (int round = 0; round < 2; ++round)
            populateChain(doc, claims);
        doc.addLink(claims[0], claims[4], Relation::Same); // across the first two articles
        ComparisonMatrixModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy building(&model, &ComparisonMatrixModel::buildingChanged);
        QSignalSpy progress(&model, &ComparisonMatrixModel::buildProgress);
        model.setBackgroundFrom(0);
        const Project &p = doc.project();
        // Until the builds are done, without QTRY's 50 ms naps: the worker's
        // result wakes the event loop.
        const auto settled = [&] {
            QDeadlineTimer deadline(5000);
            QCoreApplication::processEvents(); // an update queued by the last edit may start a build
            while (model.isBuilding() && !deadline.hasExpired()) {
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                QCoreApplication::processEvents(); // the catching up a finished build may queue
            }
            return !model.isBuilding() && model.matrix() == buildMatrix(p, model.filter());
        };
        const ComparisonMatrix before = model.matrix();
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({NoId, VerificationStatus::Disputed, {}}); // a build on the worker
        QVERIFY(model.isBuilding());
        QCOMPARE(model.matrix(), before); // the matrix as it was, until the new one is in
        QVERIFY(settled());
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QVERIFY(settled());
        QCOMPARE(model.rowCount(), 1);

        QRandomGenerator random(7);
        int editsWhileBuilding = 0;
        for (int step = 0; step < 300; ++step) {
            editsWhileBuilding += model.isBuilding() ? 1 : 0;
            randomEdit(doc, model, claims, random);
            if (random.bounded(4) == 0) // sometimes the next edit comes while this one is built
                QCoreApplication::processEvents();
            else
                QVERIFY2(settled(), qPrintable(u"step %1"_s.arg(step)));
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(settled());
        QVERIFY2(editsWhileBuilding > 20, qPrintable(QString::number(editsWhileBuilding)));
        QCOMPARE(resets.count(), 0);
        // Each start has its end, and each build said how far it got.
        int starts = 0, ends = 0;
        for (const QList<QVariant> &change : building)
            (change.at(0).toBool() ? starts : ends)++;
        QCOMPARE(starts, ends);
        QVERIFY(starts > 50);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0), progress.last().at(1));
    }

    // A new project while a build runs: the build is dropped (its result
    // is of the old project), and the new project's matrix is built.
    void model_onWorker_newProjectDropsTheBuild()
    {
        Document doc;
        QList<ClaimId> claims;
        populateChain(doc, claims);
        ComparisonMatrixModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackgroundFrom(0);
        model.setFilter({NoId, VerificationStatus::Unverified, {}}); // a build starts
        QVERIFY(model.isBuilding());
        Document other;
        test::populateSample(other);
        doc.resetProject(other.project());
        QVERIFY(model.isBuilding()); // of the new project
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(!model.isBuilding());
        QCOMPARE(model.matrix(), buildMatrix(doc.project()));
        QCoreApplication::processEvents();
        QCOMPARE(model.matrix(), buildMatrix(doc.project())); // the old build, finished unseen, changed nothing

        // Inactive, a new project is not built; made active, it is, on the worker.
        model.setActive(false);
        doc.resetProject(Project(other.project()));
        QVERIFY(!model.isBuilding());
        model.setActive(true);
        QVERIFY(model.isBuilding());
        QTRY_COMPARE(model.matrix(), buildMatrix(doc.project()));
    }

    // A claim's status or tags changed: the model rebuilds only the rows of
    // its proposition, yet under a status or tag filter rows still come and
    // go exactly as a fresh build says.
    void model_claimValueEdits_updateOnlyTheirRows()
    {
        Document doc;
        QList<ClaimId> claims;
        for (int round = 0; round < 3; ++round)
            populateChain(doc, claims);
        const Project &p = doc.project();
        // Four propositions of three claims (one per article): word w of each article.
        for (int round = 0; round < 3; ++round) {
            for (int w = 0; w < 4; ++w) {
                const int base = round * 12 + w;
                doc.addLink(claims[base], claims[base + 4], Relation::Same);
                doc.addLink(claims[base], claims[base + 8], Relation::Contradicts);
            }
        }
        Tag checked;
        checked.name = u"Checked"_s;
        const TagId tag = doc.addTag(checked);
        ComparisonMatrixModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 12);

        // One edit: one row announced as changed, nothing else.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const ClaimId edited = claims[13];
        ClaimAttributes attributes = findById(p.claims, edited)->attributes;
        attributes.status = VerificationStatus::False;
        doc.setClaimAttributes(edited, attributes);
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed[0][0].toModelIndex(), bottomRight = changed[0][1].toModelIndex();
        PropositionId proposition = NoId;
        for (const Proposition &prop : p.propositions)
            proposition = prop.claims.contains(edited) ? prop.id : proposition;
        const int row = model.rowOfProposition(proposition);
        QVERIFY(row >= 0);
        QCOMPARE(topLeft.row(), row);
        QCOMPARE(bottomRight.row(), row);
        QCOMPARE(bottomRight.column(), model.columnCount() - 1);

        QRandomGenerator random(11);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        for (int step = 0; step < 300; ++step) {
            const quint32 op = random.bounded(100u);
            if (op < 60) {
                const ClaimId claim = claims[random.bounded(int(claims.size()))];
                attributes = findById(p.claims, claim)->attributes;
                attributes.status = VerificationStatus(random.bounded(3));
                if (random.bounded(2))
                    attributes.tags = {tag};
                else
                    attributes.tags.clear();
                doc.setClaimAttributes(claim, attributes);
            } else if (op < 70) {
                MatrixFilter filter;
                if (random.bounded(2))
                    filter.tag = tag;
                if (random.bounded(2))
                    filter.status = VerificationStatus(random.bounded(3));
                model.setFilter(filter);
            } else if (op < 85) {
                doc.undoStack()->undo();
            } else {
                doc.undoStack()->redo();
            }
            QCoreApplication::processEvents();
            QVERIFY2(model.matrix() == buildMatrix(p, model.filter()), qPrintable(u"step %1"_s.arg(step)));
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMatrix)
#include "tst_matrix.moc"
