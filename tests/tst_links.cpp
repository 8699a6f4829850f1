// Linking claims in the window: connectors between panes and their geometry,
// Link to…, dragging a claim onto another, and scrolling by links. The docks
// and marks that compare sources are in tst_comparisonviews.

#include <app/mainwindow.h>
#include <models/claimselection.h>
#include <models/comparisonmatrix.h>
#include <models/comparisonmatrixmodel.h>
#include <models/defaultcodebook.h>
#include <models/document.h>
#include <models/modelroles.h>
#include <models/propositiongrouping.h>
#include <support/fakeprompts.h>
#include <support/linkedproject.h>
#include <support/windowfixture.h>
#include <widgets/articlepane.h>
#include <widgets/articletextview.h>
#include <widgets/claimhighlighter.h>
#include <widgets/comparisonarea.h>
#include <widgets/connectorgeometry.h>
#include <widgets/connectorgutter.h>
#include <widgets/cuestyle.h>
#include <widgets/linkcontroller.h>
#include <widgets/linkdialog.h>
#include <widgets/linkspanel.h>
#include <widgets/linksuggestionspanel.h>
#include <widgets/matrixpanel.h>
#include <widgets/projectfilecontroller.h>
#include <widgets/suggestpanel.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QThreadPool>
#include <QTreeWidget>
#include <QUndoStack>

using namespace crossread;
using namespace Qt::StringLiterals;

class TestLinks : public QObject, private test::LinkedWindow
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(u"tst_links"_s); }

    void init() { QVERIFY(test::openWindow(m_window, m_prompts, QSize(1400, 900))); }

    void cleanup() { test::closeWindow(m_window, m_prompts); }

    // ------------------------------------------------------------ geometry

    void geometry_bandJoinsBothSpans_pointersAimAtTheHiddenEnd()
    {
        const QSizeF size(40, 300);
        const QList<ConnectorRequest> requests{
            {1, Relation::Same, {ConnectorEnd::Visible, 10, 30}, {ConnectorEnd::Visible, 200, 220}},
            {2, Relation::Differs, {ConnectorEnd::Visible, 100, 120}, {ConnectorEnd::Above, 0, 0}},
            {3, Relation::Contradicts, {ConnectorEnd::Below, 0, 0}, {ConnectorEnd::Visible, 250, 260}},
            {4, Relation::Related, {ConnectorEnd::Above, 0, 0}, {ConnectorEnd::Below, 0, 0}},
        };
        const QList<Connector> c = layoutConnectors(requests, size);
        QCOMPARE(c.size(), 3); // neither end in view: nothing
        QCOMPARE(c[0].kind, Connector::Band);
        // The band touches the left span at the left edge and the right span at the right edge.
        QVERIFY(c[0].path.contains(QPointF(0.5, 20)));
        QVERIFY(c[0].path.contains(QPointF(39.5, 210)));
        QVERIFY(!c[0].path.contains(QPointF(0.5, 210)));
        QVERIFY(!c[0].path.contains(QPointF(39.5, 20)));
        QVERIFY(c[0].path.contains(QPointF(20, 115))); // halfway down, halfway across

        QCOMPARE(c[1].kind, Connector::PointerUp);
        QVERIFY(c[1].fromLeft);
        QVERIFY(c[1].path.boundingRect().right() < 30); // it stops short of the other pane
        QVERIFY(c[1].path.boundingRect().top() < 105); // the arrow rises above its claim's middle (110)
        QCOMPARE(c[2].kind, Connector::PointerDown);
        QVERIFY(!c[2].fromLeft);
        QVERIFY(c[2].path.boundingRect().left() > 10);
        QVERIFY(c[2].path.boundingRect().bottom() > 262);

        QCOMPARE(connectorAt(c, QPointF(20, 115)), 0);
        QCOMPARE(connectorAt(c, QPointF(2, 110)), 1);
        QCOMPARE(connectorAt(c, QPointF(39, 5)), -1);
    }

    void geometry_thinSpansAreThickened()
    {
        const QList<Connector> c
            = layoutConnectors({{1, Relation::Same, {ConnectorEnd::Visible, 50, 50}, {ConnectorEnd::Visible, 50, 50}}},
                               QSizeF(40, 100), 4);
        QCOMPARE(c.size(), 1);
        QVERIFY(c[0].path.contains(QPointF(20, 51.5)));
        QVERIFY(!c[0].path.contains(QPointF(20, 53)));
    }

    void followerLine_interpolatesBetweenLinks()
    {
        const QList<std::pair<int, int>> pairs{{10, 100}, {20, 120}, {40, 130}};
        QCOMPARE(followerLine(pairs, 10), 100.0);
        QCOMPARE(followerLine(pairs, 15), 110.0);
        QCOMPARE(followerLine(pairs, 30), 125.0);
        QCOMPARE(followerLine(pairs, 5), 95.0); // before the first: shifted alike
        QCOMPARE(followerLine(pairs, 50), 140.0);
        QCOMPARE(followerLine({{10, 100}, {10, 110}}, 10), 105.0);
        QCOMPARE(followerLine({}, 3), -1.0);
    }

    // ------------------------------------------------------------ connectors

    void gutter_drawsABandPerVisibleLink_andPointersForTheRest()
    {
        test::openLinkedProject(*m_window, 120);
        const QList<Connector> shapes = gutter()->connectors();
        QVERIFY(!shapes.isEmpty());
        int bands = 0;
        for (const Connector &c : shapes) {
            QCOMPARE(c.kind, Connector::Band); // both texts at the top: every visible link is level
            ++bands;
        }
        QVERIFY(bands > 5 && bands < 120);

        // Scroll only the right pane: links whose right end went up become
        // pointers up from the left; lines now in view on the right, whose left
        // ends are below, pointers down from the right.
        view(1)->verticalScrollBar()->setValue(30);
        QApplication::processEvents();
        const QList<Connector> after = gutter()->connectors();
        const auto count = [&](Connector::Kind kind, bool fromLeft) {
            return std::count_if(after.begin(), after.end(),
                                 [&](const Connector &c) { return c.kind == kind && c.fromLeft == fromLeft; });
        };
        QVERIFY(count(Connector::PointerUp, true) > 0);
        QVERIFY(count(Connector::PointerDown, false) > 0);
        QCOMPARE(count(Connector::PointerUp, false) + count(Connector::PointerDown, true), 0);
        // The first link's left end is on the first line, its right end scrolled away upwards.
        QCOMPARE(after.first().link, project().links.front().id);
        QCOMPARE(after.first().kind, Connector::PointerUp);
        QVERIFY(after.first().fromLeft);
    }

    void gutter_clickSelectsLink_hoverOutlinesBothClaims()
    {
        test::openLinkedProject(*m_window, 20, Relation::Contradicts);
        const QList<Connector> shapes = gutter()->connectors();
        QVERIFY(shapes.size() >= 3);
        const Connector &third = shapes[2];
        const QPoint middle = third.path.boundingRect().center().toPoint();
        QCOMPARE(connectorAt(shapes, middle), 2);

        QSignalSpy hovered(gutter(), &ConnectorGutter::hoveredLinkChanged);
        QTest::mouseMove(gutter(), middle);
        QTRY_COMPARE(gutter()->hoveredLink(), third.link);
        QCOMPARE(hovered.count(), 1);
        QCOMPARE(gutter()->cursor().shape(), Qt::PointingHandCursor);

        QTest::mouseClick(gutter(), Qt::LeftButton, {}, middle);
        QCOMPARE(m_window->selection()->currentLink(), third.link);
        const Link *link = findById(project().links, third.link);
        QCOMPARE(m_window->selection()->current(), link->from);
        // The links dock follows the selection: behind the Claims tab it
        // lists nothing; brought to the front, it shows the current link.
        QVERIFY(!m_window->links()->isActive());
        QCOMPARE(m_window->links()->table()->model()->rowCount(), 0);
        m_window->links()->parentWidget()->raise();
        QApplication::processEvents();
        QVERIFY(m_window->links()->isActive());
        QCOMPARE(m_window->links()->table()->model()->rowCount(), int(project().links.size()));
        const QModelIndex current = m_window->links()->table()->currentIndex();
        QCOMPARE(LinkId(current.data(IdRole).toUInt()), third.link);
        m_window->findChild<QDockWidget *>(u"claimsDock"_s)->raise();
        QApplication::processEvents();
        QVERIFY(!m_window->links()->isActive());

        // A press away from every connector drags the splitter instead.
        const int before = area()->pane(0)->width();
        QTest::mousePress(gutter(), Qt::LeftButton, {}, QPoint(20, 2));
        QTest::mouseMove(gutter(), QPoint(60, 2));
        QTest::mouseRelease(gutter(), Qt::LeftButton, {}, QPoint(60, 2));
        QVERIFY(area()->pane(0)->width() > before);
    }

    void gutter_followsLinkEditsAndUndo()
    {
        test::openLinkedProject(*m_window, 10);
        const int before = int(gutter()->connectors().size());
        doc()->removeLinks({project().links.front().id});
        QCOMPARE(int(gutter()->connectors().size()), before - 1);
        doc()->undoStack()->undo();
        QCOMPARE(int(gutter()->connectors().size()), before);
        // Another article in the right pane: no links, no connectors.
        const ArticleId other = doc()->addArticle({}, u"Unrelated text."_s, {});
        area()->pane(1)->setArticle(other);
        QVERIFY(gutter()->connectors().isEmpty());
    }

    void scrollByLinks_keepsLinkedClaimsLevel()
    {
        // The right text has twenty extra lines before the same content.
        doc()->resetProject(newProject());
        QString left, right;
        for (int i = 0; i < 20; ++i)
            right += u"Preamble %1.\n"_s.arg(i);
        for (int i = 0; i < 200; ++i)
            left += u"Item %1.\n"_s.arg(i, 3, 10, QChar(u'0'));
        right += left;
        const ArticleId a = doc()->addArticle({}, left, {}), b = doc()->addArticle({}, right, {});
        for (int i = 0; i < 200; i += 10) {
            const int at = int(left.indexOf(u"Item %1."_s.arg(i, 3, 10, QChar(u'0'))));
            const int atRight = int(right.indexOf(u"Item %1."_s.arg(i, 3, 10, QChar(u'0'))));
            doc()->addLink(doc()->addClaim(a, at, at + 8), doc()->addClaim(b, atRight, atRight + 8), Relation::Same);
        }
        area()->pane(0)->setArticle(a);
        area()->pane(1)->setArticle(b);
        area()->setSyncByLinks(true);
        QVERIFY(area()->syncScroll());
        view(0)->verticalScrollBar()->setValue(100);
        QApplication::processEvents();
        QCOMPARE(view(1)->verticalScrollBar()->value(), 120); // twenty lines further down
        // Proportional scrolling would not put it there.
        area()->setSyncByLinks(false);
        view(0)->verticalScrollBar()->setValue(101);
        QVERIFY(view(1)->verticalScrollBar()->value() != 121);
    }

    // ------------------------------------------------------------ making links

    void linkTo_linksTheCurrentClaimWithThePickedOne_undoably()
    {
        test::openLinkedProject(*m_window, 3);
        const ClaimId from = project().claims[0].id, to = project().claims[3].id; // not linked yet
        m_window->selection()->setCurrent(from);
        m_prompts->linkChoice = UserPrompts::LinkChoice{to, int(Relation::Differs), u"one day apart"_s};
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(m_prompts->linkQuestions, 1);
        const Link &link = project().links.back();
        QCOMPARE(link.from, from);
        QCOMPARE(link.to, to);
        QCOMPARE(link.relation, Relation::Differs);
        QCOMPARE(link.note, u"one day apart"_s);
        QCOMPARE(m_window->selection()->currentLink(), link.id);
        // Two same-claim pairs joined by "differs": one proposition of four.
        QCOMPARE(propositionOf(project(), from)->claims.size(), 4);
        doc()->undoStack()->undo();
        QCOMPARE(m_window->selection()->currentLink(), NoId); // the link is gone
        QCOMPARE(propositionOf(project(), from)->claims.size(), 2);

        m_prompts->linkChoice.reset(); // cancelled: nothing
        const size_t links = project().links.size();
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(project().links.size(), links);
    }

    void linkDialog_searchesOtherClaims_leavingOutLinkedOnes()
    {
        test::openLinkedProject(*m_window, 3);
        const ClaimId from = project().claims[0].id;
        LinkDialog dialog(*doc(), from);
        // Five claims besides it, minus the one it is linked with; the other article's first.
        QCOMPARE(dialog.claimList()->count(), 4);
        QVERIFY(dialog.claimList()->item(0)->text().startsWith(u"Wire B"_s));
        QTest::keyClicks(dialog.searchEdit(), u"line 002 wire"_s);
        QCOMPARE(dialog.visibleCount(), 2);
        QTest::keyClicks(dialog.searchEdit(), u" b"_s);
        QCOMPARE(dialog.visibleCount(), 1);
        QCOMPARE(dialog.target(), project().claims[5].id);
        dialog.relationBox()->setCurrentIndex(int(Relation::Contradicts));
        QCOMPARE(dialog.relation(), Relation::Contradicts);
        QTest::keyClicks(dialog.searchEdit(), u"nothing like this"_s);
        QCOMPARE(dialog.target(), NoId);
    }

    void dragClaimOntoClaim_linksThem_andOntoASelection_makesTheClaimFirst()
    {
        test::openLinkedProject(*m_window, 3);
        const ClaimId source = project().claims[0].id;
        const ClaimId target = project().claims[3].id; // line 1 of the right article
        m_prompts->item = int(Relation::Corroborates);
        const size_t links = project().links.size();

        auto drop = [&](int position) {
            QMimeData mime;
            mime.setData(QString::fromLatin1(ArticleTextView::ClaimMimeType), QByteArray::number(source));
            const QRectF where = view(1)->spanRects(position, position + 1).value(0);
            const QPoint point = where.center().toPoint();
            QDragEnterEvent enter(point, Qt::LinkAction, &mime, Qt::LeftButton, {});
            QApplication::sendEvent(view(1)->viewport(), &enter);
            QDragMoveEvent move(point, Qt::LinkAction, &mime, Qt::LeftButton, {});
            QApplication::sendEvent(view(1)->viewport(), &move);
            const bool accepted = move.isAccepted();
            if (accepted) {
                QDropEvent dropEvent(point, Qt::LinkAction, &mime, Qt::LeftButton, {});
                QApplication::sendEvent(view(1)->viewport(), &dropEvent);
            }
            return accepted;
        };
        const int lineLength = int(u"Line 000 says something.\n"_s.size());
        QVERIFY(drop(lineLength + 2)); // on the claim "Line 001"
        QCOMPARE(project().links.size(), links + 1);
        QCOMPARE(project().links.back().from, source);
        QCOMPARE(project().links.back().to, target);
        QCOMPARE(project().links.back().relation, Relation::Corroborates);

        // Not over a claim nor the selection: refused.
        QVERIFY(!drop(lineLength + 15));
        // Over a selection: it becomes a claim, linked, in one undo step.
        QTextCursor cursor(view(1)->document());
        cursor.setPosition(lineLength + 9);
        cursor.setPosition(lineLength + 13, QTextCursor::KeepAnchor); // "says"
        view(1)->setTextCursor(cursor);
        const size_t claims = project().claims.size();
        const int steps = doc()->undoStack()->count();
        QVERIFY(drop(lineLength + 10));
        QCOMPARE(project().claims.size(), claims + 1);
        QCOMPARE(project().claims.back().anchor.quote, u"says"_s);
        QCOMPARE(project().links.back().to, project().claims.back().id);
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        doc()->undoStack()->undo();
        QCOMPARE(project().claims.size(), claims);
    }

    void dragStartsFromTheCurrentClaim()
    {
        test::openLinkedProject(*m_window, 3);
        const ClaimId first = project().claims[0].id;
        const QPoint onClaim = view(0)->spanRects(2, 3).value(0).center().toPoint();
        // A click selects the claim; a press on it and a move starts a drag
        // (which QTest cannot finish offscreen), so check the press is kept
        // from selecting text.
        QTest::mouseClick(view(0)->viewport(), Qt::LeftButton, {}, onClaim);
        QCOMPARE(m_window->selection()->current(), first);
        QTest::mousePress(view(0)->viewport(), Qt::LeftButton, {}, onClaim);
        QTest::mouseRelease(view(0)->viewport(), Qt::LeftButton, {}, onClaim);
        QVERIFY(!view(0)->textCursor().hasSelection());
        QCOMPARE(m_window->selection()->current(), first); // still a click: one claim there, so it stays
    }
};

QTEST_MAIN(TestLinks)
#include "tst_links.moc"
