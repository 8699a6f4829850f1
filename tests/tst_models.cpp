// Item models over the document, each under QAbstractItemModelTester through
// add, edit, remove, undo, redo and reset. Links only QtCore, QtGui and QtTest.

#include <models/articlelistmodel.h>
#include <models/claimtablemodel.h>
#include <models/document.h>
#include <models/linktablemodel.h>
#include <models/modelroles.h>
#include <models/tagtreemodel.h>
#include <support/sampleproject.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace crossread;
using namespace Qt::StringLiterals;

class TestModels : public QObject
{
    Q_OBJECT

    /// Every kind of edit, then undo of all and redo of all: the sequence
    /// each model must follow without the tester complaining.
    static void exercise(Document &doc)
    {
        test::populateSample(doc);
        const auto &p = doc.project();
        const ArticleId a1 = p.articles[0].id;
        const ClaimId c1 = p.claims[0].id;
        const TagId event = p.tags[0].id, number = p.tags[1].id, meeting = p.tags[2].id;

        ArticleMetadata meta = p.articles[0].meta;
        meta.title = u"Renamed"_s;
        doc.setArticleMetadata(a1, meta);
        Tag renamed = *findById(p.tags, number);
        renamed.name = u"Numbers"_s;
        doc.setTag(renamed);
        doc.moveTag(meeting, number);
        doc.moveTag(meeting, NoId);
        const TagId sub = doc.addTag({NoId, meeting, u"Sub"_s, 0xff000000, {}, {}});
        doc.addTag({NoId, sub, u"Subsub"_s, 0xff000000, {}, {}});
        ClaimAttributes attrs = findById(p.claims, c1)->attributes;
        attrs.tags.append(sub);
        attrs.note = u"edited"_s;
        doc.setClaimAttributes(c1, attrs);
        const ClaimId added = doc.addClaim(a1, 0, 9, {});
        doc.addLink(added, p.claims[3].id, Relation::Contradicts, {});
        doc.setLink(p.links[0].id, Relation::Corroborates, u"yes"_s);
        doc.removeTags({meeting});
        doc.removeClaims({p.claims[1].id});
        doc.removeArticles({a1});
        doc.removeTags({event});

        QUndoStack *stack = doc.undoStack();
        while (stack->canUndo())
            stack->undo();
        while (stack->canRedo())
            stack->redo();
        while (stack->canUndo())
            stack->undo();
        doc.resetProject(Project{});
        test::populateSample(doc);
    }

private Q_SLOTS:
    void articleListModel_passesTesterThroughEdits()
    {
        Document doc;
        ArticleListModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        exercise(doc);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(TitleRole).toString(), u"Talks in Istanbul 🤝"_s);
        const QString display = model.index(0, 0).data().toString();
        QVERIFY2(display.startsWith(u"Daily Example · "_s) && display.endsWith(u"\nTalks in Istanbul 🤝"_s),
                 qPrintable(display));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"Daily Example"_s));
        // No title, outlet or date: the start of the text.
        QCOMPARE(model.index(3, 0).data().toString(), u"Line one of a Windows file."_s);
        QCOMPARE(model.index(0, 0).data(IdRole).toUInt(), doc.project().articles[0].id);
    }

    void claimTableModel_passesTesterThroughEdits()
    {
        Document doc;
        ClaimTableModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        exercise(doc);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ClaimTableModel::ColumnCount));
        QCOMPARE(model.index(0, ClaimTableModel::QuoteColumn).data().toString(), u"😀 talks went well"_s);
        QCOMPARE(model.index(1, ClaimTableModel::TagsColumn).data().toString(), u"Number, Meeting"_s);
        QCOMPARE(model.index(0, ClaimTableModel::StatusColumn).data().toString(), u"Supported"_s);
        QCOMPARE(model.index(0, ClaimTableModel::AttributedToColumn).data().toString(), u"Officials"_s);
    }

    void claimTableModel_followsArticleAndTagRenames()
    {
        Document doc;
        ClaimTableModel model(&doc);
        test::populateSample(doc);
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        ArticleMetadata meta = doc.project().articles[0].meta;
        meta.outlet = u"New outlet"_s;
        doc.setArticleMetadata(doc.project().articles[0].id, meta);
        QCOMPARE(model.index(0, ClaimTableModel::ArticleColumn).data().toString(), u"New outlet"_s);
        QVERIFY(std::any_of(spy.begin(), spy.end(), [](const QList<QVariant> &args) {
            return args.at(0).toModelIndex().column() == ClaimTableModel::ArticleColumn;
        }));
        Tag tag = doc.project().tags[1];
        tag.name = u"Figures"_s;
        doc.setTag(tag);
        QCOMPARE(model.index(1, ClaimTableModel::TagsColumn).data().toString(), u"Figures, Meeting"_s);
    }

    void linkTableModel_passesTesterThroughEdits()
    {
        Document doc;
        LinkTableModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        exercise(doc);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LinkTableModel::RelationColumn).data().toString(), u"Same claim"_s);
        QCOMPARE(model.index(0, LinkTableModel::FromQuoteColumn).data().toString(), u"😀 talks went well"_s);
        QCOMPARE(model.index(0, LinkTableModel::ToArticleColumn).data().toString(), u"Le Quotidien"_s);
        QCOMPARE(model.index(0, LinkTableModel::ToArticleColumn).data(Qt::ToolTipRole).toString(),
                 u"Le ministre parle"_s);
    }

    void tagTreeModel_passesTesterThroughEdits()
    {
        Document doc;
        TagTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        exercise(doc);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex event = model.index(0, 0);
        QCOMPARE(event.data().toString(), u"Event"_s);
        QCOMPARE(model.rowCount(event), 1);
        QCOMPARE(model.index(0, 0, event).data().toString(), u"Meeting"_s);
        QCOMPARE(model.parent(model.index(0, 0, event)), event);
    }

    void tagTreeModel_moveFollowsDocumentAndUndo()
    {
        Document doc;
        TagTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        test::populateSample(doc);
        const TagId number = doc.project().tags[1].id, meeting = doc.project().tags[2].id;
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(doc.moveTag(meeting, number));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.parent(model.indexOf(meeting)), model.indexOf(number));
        doc.undoStack()->undo();
        QCOMPARE(moved.count(), 2);
        QCOMPARE(model.parent(model.indexOf(meeting)).data().toString(), u"Event"_s);
    }

    void tagTreeModel_dropReparentsThroughDocument()
    {
        Document doc;
        TagTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        test::populateSample(doc);
        doc.undoStack()->clear();
        const TagId event = doc.project().tags[0].id, number = doc.project().tags[1].id;
        const TagId meeting = doc.project().tags[2].id;

        std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(number)}));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(meeting)));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.indexOf(meeting)));
        QCOMPARE(findById(doc.project().tags, number)->parent, meeting);
        QCOMPARE(doc.undoStack()->count(), 1);

        // A tag cannot be dropped into its own subtree.
        std::unique_ptr<QMimeData> up(model.mimeData({model.indexOf(event)}));
        QVERIFY(!model.canDropMimeData(up.get(), Qt::MoveAction, -1, -1, model.indexOf(number)));
        QVERIFY(!model.dropMimeData(up.get(), Qt::MoveAction, -1, -1, model.indexOf(number)));

        // Onto the empty area: top level.
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex()));
        QCOMPARE(findById(doc.project().tags, number)->parent, NoId);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(findById(doc.project().tags, number)->parent, NoId);
        QCOMPARE(model.rowCount(), 2);
    }

    void tagTreeModel_renameThroughSetDataIsUndoable()
    {
        Document doc;
        TagTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        test::populateSample(doc);
        QVERIFY(model.setData(model.index(0, 0), u"Happening"_s));
        QCOMPARE(model.index(0, 0).data().toString(), u"Happening"_s);
        QVERIFY(!model.setData(model.index(0, 0), u"   "_s));
        doc.undoStack()->undo();
        QCOMPARE(model.index(0, 0).data().toString(), u"Event"_s);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
