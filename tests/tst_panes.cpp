// The reading and tagging surface, offscreen: panes, tagging by key and by
// dialog, claim highlights and overlaps, the claims table, the inspector,
// the codebook, find, search, synchronized scrolling and the saved layout.

#include <app/mainwindow.h>
#include <models/claimfiltermodel.h>
#include <models/claimselection.h>
#include <models/defaultcodebook.h>
#include <models/document.h>
#include <models/modelroles.h>
#include <models/projectfile.h>
#include <support/fakeprompts.h>
#include <support/windowfixture.h>
#include <widgets/articlechoicemodel.h>
#include <widgets/articlepane.h>
#include <widgets/articletextview.h>
#include <widgets/claimhighlighter.h>
#include <widgets/claimspanel.h>
#include <widgets/codebookpanel.h>
#include <widgets/comparisonarea.h>
#include <widgets/findbar.h>
#include <widgets/projectfilecontroller.h>
#include <widgets/searchpanel.h>
#include <widgets/tagpickerdialog.h>

#include <QAbstractItemModelTester>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace crossread;
using namespace Qt::StringLiterals;
using test::FakePrompts;

namespace {

const QString kFirst = u"The delegations met in Istanbul on Monday for a second round of talks.\n\n"
                       "They agreed to exchange 1,200 prisoners, officials said on Tuesday."_s;
const QString kSecond = u"Talks in Istanbul lasted barely an hour.\n\nNo ceasefire was agreed."_s;

/// The background the highlighter gave the text at `position`, or none.
QColor backgroundAt(const ArticleTextView *view, int position)
{
    const QTextBlock block = view->document()->findBlock(position);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        const int at = position - block.position();
        if (at >= range.start && at < range.start + range.length)
            return range.format.background().color();
    }
    return {};
}

int claimsCoveringAt(const ArticleTextView *view, int position)
{
    const QTextBlock block = view->document()->findBlock(position);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        const int at = position - block.position();
        if (at >= range.start && at < range.start + range.length)
            return range.format.property(QTextFormat::UserProperty).toInt();
    }
    return 0;
}

void select(ArticleTextView *view, int start, int end)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
}

} // namespace

class TestPanes : public QObject
{
    Q_OBJECT

    Document *doc() const { return m_window->document(); }
    ArticleTextView *view(int pane) const { return m_window->comparison()->pane(pane)->view(); }
    const Project &project() const { return doc()->project(); }

    /// A project of two short articles and the default codebook, in the window.
    void openSmallProject()
    {
        Project p = newProject();
        doc()->resetProject(p);
        doc()->addArticle({u"First"_s, u"Wire A"_s, {}, QDate(2025, 6, 2), {}, u"en"_s, {}, {}, 0}, kFirst, {});
        doc()->addArticle({u"Second"_s, u"Wire B"_s, {}, QDate(2025, 6, 3), {}, u"en"_s, {}, {}, 0}, kSecond, {});
        doc()->undoStack()->clear();
        m_window->comparison()->pane(0)->setArticle(project().articles[0].id);
        m_window->comparison()->pane(1)->setArticle(project().articles[1].id);
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(u"tst_panes"_s); }

    void init()
    {
        QVERIFY(test::openWindow(m_window, m_prompts, QSize(1400, 900)));
        openSmallProject();
    }

    void cleanup() { test::closeWindow(m_window, m_prompts); }

    void tagKey_createsClaimWithSnappedOffsetsAndFormat()
    {
        ArticleTextView *text = view(0);
        // A sloppy selection, from inside "delegations" to inside "Istanbul".
        const int from = int(kFirst.indexOf(u"legations"_s));
        const int to = int(kFirst.indexOf(u"Istanbul"_s)) + 4;
        select(text, from, to);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_1); // Event's key
        QCOMPARE(project().claims.size(), size_t(1));
        const Claim &claim = project().claims.front();
        QCOMPARE(claim.anchor.quote, u"delegations met in Istanbul"_s);
        QCOMPARE(claim.anchor.start, int(kFirst.indexOf(u"delegations"_s)));
        QCOMPARE(claim.anchor.end, int(kFirst.indexOf(u" on Monday"_s)));
        QCOMPARE(claim.attributes.tags, QList<TagId>{project().tags[0].id});
        QCOMPARE(m_window->selection()->current(), claim.id);

        const QColor event = QColor::fromRgba(project().tags[0].color);
        const QColor tint = ClaimHighlighter::tint({event}, text->palette().color(QPalette::Base));
        for (int at = claim.anchor.start; at < claim.anchor.end; ++at)
            QCOMPARE(backgroundAt(text, at), tint);
        QVERIFY(!backgroundAt(text, claim.anchor.start - 1).isValid());
        QVERIFY(!backgroundAt(text, claim.anchor.end).isValid());

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QVERIFY(project().claims.empty());
        QVERIFY(!backgroundAt(text, claim.anchor.start).isValid());
        QCOMPARE(m_window->selection()->current(), NoId);
    }

    void overlappingClaims_bothRenderAndStayApart()
    {
        const ArticleId article = project().articles[0].id;
        const int a = int(kFirst.indexOf(u"met in Istanbul"_s)), aEnd = a + 15;
        const int b = int(kFirst.indexOf(u"Istanbul on Monday"_s)), bEnd = b + 18;
        const ClaimId first = doc()->addClaim(article, a, aEnd, {{project().tags[0].id}, {}, {}, {}, {}, {}});
        const ClaimId second = doc()->addClaim(article, b, bEnd, {{project().tags[1].id}, {}, {}, {}, {}, {}});
        ArticleTextView *text = view(0);
        QCOMPARE(claimsCoveringAt(text, a), 1);
        QCOMPARE(claimsCoveringAt(text, b), 2); // "Istanbul": both
        QCOMPARE(claimsCoveringAt(text, bEnd - 1), 1);
        QVERIFY(backgroundAt(text, a) != backgroundAt(text, b));
        QVERIFY(backgroundAt(text, b) != backgroundAt(text, bEnd - 1));
        const ClaimSpan *s1 = text->highlighter()->span(first);
        const ClaimSpan *s2 = text->highlighter()->span(second);
        QVERIFY(s1 && s2);
        QVERIFY(s1->lane != s2->lane); // two underlines, one below the other
        QVERIFY(!text->spanRects(s1->start, s1->end).isEmpty());
        QVERIFY(!text->spanRects(s2->start, s2->end).isEmpty());
        QCOMPARE(text->highlighter()->claimsAt(b), (QList<ClaimId>{first, second}));
    }

    void clickOnClaim_selectsIt_andAgainTheNextOut()
    {
        const ArticleId article = project().articles[0].id;
        const int start = int(kFirst.indexOf(u"second round"_s));
        const ClaimId inner = doc()->addClaim(article, start, start + 12, {});
        const ClaimId outer = doc()->addClaim(article, start - 2, start + 21, {});
        ArticleTextView *text = view(0);
        const QRectF rect = text->spanRects(start + 2, start + 3).value(0);
        QVERIFY(!rect.isEmpty());
        const int widthBefore = text->width();
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, rect.center().toPoint());
        QCOMPARE(text->width(), widthBefore); // focusing the pane does not move its text
        QCOMPARE(m_window->selection()->current(), inner);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, rect.center().toPoint());
        QCOMPARE(m_window->selection()->current(), outer);
        auto *quote = m_window->findChild<QLabel *>(u"inspectorQuote"_s);
        QCOMPARE(quote->text(), kFirst.mid(start - 2, 23));
    }

    void hover_showsTheClaimsTagsKindSpeakerAndStatus()
    {
        const int start = int(kFirst.indexOf(u"1,200 prisoners"_s));
        doc()->addClaim(project().articles[0].id, start, start + 15,
                        {{project().tags[1].id},
                         ClaimKind::Statistic,
                         u"Officials"_s,
                         VerificationStatus::Disputed,
                         {},
                         u"Checked <twice>"_s});
        ArticleTextView *text = view(0);
        const QPoint at = text->spanRects(start + 3, start + 4).value(0).center().toPoint();
        QHelpEvent help(QEvent::ToolTip, at, text->viewport()->mapToGlobal(at));
        QApplication::sendEvent(text->viewport(), &help);
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(u"Number/statistic"_s) && tip.contains(u"Statistic"_s) && tip.contains(u"Officials"_s)
                     && tip.contains(u"Disputed"_s) && tip.contains(u"Checked &lt;twice&gt;"_s),
                 qPrintable(tip));
    }

    void keyboardOnly_tagsAClaim()
    {
        // Pane 2, the second sentence's first three words, tag 3: no mouse.
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        ArticleTextView *text = view(1);
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClick(text, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(text, Qt::Key_Down);
        QTest::keyClick(text, Qt::Key_Down); // the paragraph after the blank line
        QTest::keyClick(text, Qt::Key_Home);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(text, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(text, Qt::Key_3);
        QCOMPARE(project().claims.size(), size_t(1));
        QCOMPARE(project().claims[0].anchor.quote, u"No ceasefire was"_s);
        QCOMPARE(project().claims[0].article, project().articles[1].id);
        QCOMPARE(project().claims[0].attributes.tags, QList<TagId>{project().tags[2].id});

        // The tag's key again, with no selection, takes the tag off the current claim.
        QTest::keyClick(text, Qt::Key_3);
        QVERIFY(project().claims[0].attributes.tags.isEmpty());
        QTest::keyClick(text, Qt::Key_2); // and another one puts one on
        QCOMPARE(project().claims[0].attributes.tags, QList<TagId>{project().tags[1].id});
    }

    void tagAsClaim_dialogPicksTagsByTyping()
    {
        ArticleTextView *text = view(0);
        const int start = int(kFirst.indexOf(u"1,200 prisoners"_s));
        select(text, start, start + 15);
        text->setFocus();
        QTimer::singleShot(0, this, [] {
            auto *picker = qobject_cast<TagPickerDialog *>(QApplication::activeModalWidget());
            QVERIFY(picker);
            QTest::keyClicks(picker->filter(), u"numb"_s);
            QCOMPARE(picker->chosenTags().size(), 1);
            QTest::keyClick(picker->filter(), Qt::Key_Return);
        });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_T));
        QCOMPARE(project().claims.size(), size_t(1));
        QCOMPARE(project().claims[0].anchor.quote, u"1,200 prisoners"_s);
        QCOMPARE(project().claims[0].attributes.tags, QList<TagId>{project().tags[1].id}); // Number/statistic
    }

    void claimsTable_filterNarrowsRows_andDoubleClickShowsTheClaim()
    {
        QVERIFY(m_window->files()->openDemo());
        ClaimsPanel *panel = m_window->claims();
        QTableView *table = panel->view();
        QCOMPARE(table->model()->rowCount(), 16);
        panel->filterEdit()->setFocus();
        QTest::keyClicks(panel->filterEdit(), u"residents"_s);
        const int narrowed = table->model()->rowCount();
        QVERIFY(narrowed >= 2 && narrowed < 16);
        for (int row = 0; row < narrowed; ++row)
            QVERIFY(table->model()->index(row, 1).data().toString().contains(u"residents"_s, Qt::CaseInsensitive));
        panel->filterEdit()->clear();
        QCOMPARE(table->model()->rowCount(), 16);

        // The last claim is in the fourth article, which no pane shows yet.
        const Claim &last = project().claims.back();
        QVERIFY(m_window->comparison()->pane(0)->article() != last.article);
        QVERIFY(m_window->comparison()->pane(1)->article() != last.article);
        // Filtered down to it, it is the first row.
        QTest::keyClicks(panel->filterEdit(), last.anchor.quote.left(30));
        QCOMPARE(table->model()->rowCount(), 1);
        const QModelIndex index = table->model()->index(0, 1);
        QApplication::processEvents(); // the view's delayed layout before the mouse
        QSignalSpy doubleClicked(table, &QAbstractItemView::doubleClicked);
        // A double-click is a click, then the double-click (QTest's alone lacks
        // the press that item views need).
        const QPoint at = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(doubleClicked.count(), 1);
        ArticlePane *pane = m_window->comparison()->currentPane();
        QCOMPARE(pane->article(), last.article);
        QCOMPARE(m_window->selection()->current(), last.id);
        const QList<QRectF> rects = pane->view()->spanRects(last.anchor.start, last.anchor.end);
        QVERIFY(!rects.isEmpty());
        QVERIFY(pane->view()->viewport()->rect().intersects(rects.front().toRect()));
    }

    void claimsTable_deleteRemovesSelectedClaims_undoably()
    {
        const ArticleId article = project().articles[0].id;
        doc()->addClaim(article, 0, 3, {});
        doc()->addClaim(article, 4, 15, {});
        QTableView *table = m_window->claims()->view();
        table->selectAll();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(project().claims.empty());
        doc()->undoStack()->undo();
        QCOMPARE(project().claims.size(), size_t(2));
    }

    void inspector_editsTheCurrentClaim()
    {
        const ClaimId id = doc()->addClaim(project().articles[0].id, 0, 3, {});
        m_window->selection()->setCurrent(id);
        auto *status = m_window->findChild<QComboBox *>(); // kind is first; find the status box by its items
        QComboBox *statusBox = nullptr;
        for (QComboBox *box : m_window->findChildren<QComboBox *>()) {
            if (box->findText(u"Misleading"_s) >= 0 && box->findText(u"Any status"_s) < 0)
                statusBox = box;
        }
        QVERIFY(status && statusBox);
        statusBox->setCurrentIndex(statusBox->findText(u"Misleading"_s));
        Q_EMIT statusBox->activated(statusBox->currentIndex());
        QCOMPARE(findById(project().claims, id)->attributes.status, VerificationStatus::Misleading);
        auto *tags = m_window->findChild<QListWidget *>(u"inspectorTags"_s);
        tags->item(3)->setCheckState(Qt::Checked); // Quotation
        QCOMPARE(findById(project().claims, id)->attributes.tags, QList<TagId>{project().tags[3].id});
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QCOMPARE(findById(project().claims, id)->attributes.status, VerificationStatus::Unverified);
        QCOMPARE(statusBox->currentText(), u"Unverified"_s); // the inspector follows undo
    }

    void codebook_addRecolourKeyMergeDelete()
    {
        CodebookPanel *codebook = m_window->codebook();
        const TagId added = codebook->addTag(false);
        QVERIFY(added != NoId);
        QCOMPARE(findById(project().tags, added)->name, u"New tag"_s);
        codebook->view()->setCurrentIndex(codebook->view()->model()->index(int(project().tags.size()) - 1, 0));
        QCOMPARE(codebook->currentTag(), added);

        m_prompts->color = QColor(0x12, 0x34, 0x56);
        codebook->recolourCurrent();
        QCOMPARE(findById(project().tags, added)->color, QColor(0x12, 0x34, 0x56).rgba());

        m_prompts->shortcut = u"1"_s; // taken by Event: moves here
        codebook->setShortcutOfCurrent();
        QCOMPARE(findById(project().tags, added)->shortcut, u"1"_s);
        QVERIFY(project().tags[0].shortcut.isEmpty());
        QCOMPARE(doc()->undoStack()->undoText(), u"Set the key of “New tag”"_s);

        const ClaimId claim = doc()->addClaim(project().articles[0].id, 0, 3, {{added}, {}, {}, {}, {}, {}});
        m_prompts->confirmation = false;
        codebook->deleteCurrent();
        QCOMPARE(m_prompts->confirmations.size(), 1); // asked: a claim carries it
        QVERIFY(findById(project().tags, added)); // and kept, as answered

        m_prompts->item = 0; // into the first choice: Event
        codebook->mergeCurrent();
        QVERIFY(!m_prompts->itemChoices.contains(u"New tag"_s));
        QVERIFY(!findById(project().tags, added));
        QCOMPARE(findById(project().claims, claim)->attributes.tags, QList<TagId>{project().tags[0].id});
    }

    void findBar_countsAndWalksTheHits()
    {
        ArticlePane *pane = m_window->comparison()->pane(0);
        pane->view()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QVERIFY(pane->findBar()->isVisible());
        QTest::keyClicks(QApplication::focusWidget(), u"the"_s);
        QCOMPARE(pane->findBar()->hitCount(), 2); // "The", "the"
        QCOMPARE(pane->findBar()->currentHit(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(pane->findBar()->currentHit(), 1); // "The" of "They"
        QCOMPARE(pane->view()->textCursor().selectionStart(), int(kFirst.indexOf(u"They"_s)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!pane->findBar()->isVisible());
    }

    void searchAllArticles_showsHitsAndOpensOne()
    {
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        SearchPanel *search = m_window->search();
        QTRY_VERIFY(search->edit()->hasFocus());
        QTest::keyClicks(search->edit(), u"istanbul"_s);
        QTest::keyClick(search->edit(), Qt::Key_Return);
        QTreeWidget *results = search->results();
        QCOMPARE(results->topLevelItemCount(), 2);
        m_window->comparison()->pane(1)->setArticle(NoId);
        QTreeWidgetItem *hit = results->topLevelItem(1)->child(0); // in the second article
        Q_EMIT results->itemActivated(hit, 0);
        ArticlePane *pane = nullptr;
        for (int i = 0; i < m_window->comparison()->paneCount(); ++i) {
            if (m_window->comparison()->pane(i)->article() == project().articles[1].id)
                pane = m_window->comparison()->pane(i);
        }
        QVERIFY(pane);
        QCOMPARE(pane->view()->textCursor().selectedText(), u"Istanbul"_s);
    }

    void panes_addCloseFocusAndChoose()
    {
        ComparisonArea *area = m_window->comparison();
        QCOMPARE(area->paneCount(), 2);
        for (int i = 0; i < 6; ++i)
            QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
        QCOMPARE(area->paneCount(), ComparisonArea::MaxPanes);
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(area->currentPane(), area->pane(4));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_W));
        QCOMPARE(area->paneCount(), 5);

        // Choose an article from the header, or drop one from the list.
        ArticlePane *pane = area->pane(2);
        auto *chooser = pane->findChild<QComboBox *>();
        chooser->setCurrentIndex(chooser->findData(project().articles[1].id));
        Q_EMIT chooser->activated(chooser->currentIndex());
        QCOMPARE(pane->article(), project().articles[1].id);
        QMimeData data;
        data.setData(u"application/x-crossread-article-id"_s, QByteArray::number(project().articles[0].id));
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(area->pane(3)->view()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(area->pane(3)->view()->viewport(), &drop);
        QCOMPARE(area->pane(3)->article(), project().articles[0].id);
    }

    // The choosers read the articles through a model: it follows additions,
    // renames, removals and new projects, and each box keeps its choice.
    void articleChoosers_followTheArticles()
    {
        openSmallProject();
        ArticleChoiceModel model(doc(), u"None"_s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), u"None"_s);
        QCOMPARE(model.index(0).data(Qt::UserRole).toUInt(), 0u);
        QCOMPARE(model.index(2).data().toString(), u"Wire B — Second"_s);
        QCOMPARE(model.index(2).data(Qt::UserRole).toUInt(), project().articles[1].id);

        ArticlePane *pane = m_window->comparison()->pane(1);
        auto *chooser = pane->findChild<QComboBox *>();
        QCOMPARE(chooser->currentIndex(), 2);
        const ArticleId second = project().articles[1].id;
        // An article added, renamed, removed before it: the box still shows the pane's.
        const ArticleId third = doc()->addArticle({u"Third"_s, {}, {}, {}, {}, u"en"_s, {}, {}, 0}, kSecond, {});
        QCOMPARE(chooser->count(), 4);
        QCOMPARE(chooser->itemText(3), u"Third"_s); // no outlet: the title alone
        ArticleMetadata meta = project().articles[1].meta;
        meta.title = u"Second, retitled"_s;
        QVERIFY(doc()->setArticleMetadata(second, meta));
        QCOMPARE(chooser->currentText(), u"Wire B — Second, retitled"_s);
        QVERIFY(doc()->removeArticles({project().articles[0].id}));
        QCOMPARE(ArticleId(chooser->currentData().toUInt()), second);
        QCOMPARE(chooser->currentIndex(), 1);
        // Its own article removed: "Choose an article…".
        QVERIFY(doc()->removeArticles({second}));
        QCOMPARE(pane->article(), NoId);
        QCOMPARE(chooser->currentIndex(), 0);
        QCOMPARE(model.rowCount(), 2);
        doc()->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);

        // The claims panel's article filter: an article that goes is no
        // longer a filter, and the box does not move on to its neighbour.
        doc()->addClaim(second, 0, 5);
        doc()->addClaim(third, 0, 5);
        ClaimsPanel *panel = m_window->claims();
        QComboBox *articleBox = nullptr;
        for (QComboBox *box : panel->findChildren<QComboBox *>()) {
            if (box->itemText(0) == ClaimsPanel::tr("Any article"))
                articleBox = box;
        }
        QVERIFY(articleBox);
        const int secondRow = articleBox->findData(second);
        QVERIFY(secondRow > 0);
        articleBox->setCurrentIndex(secondRow);
        Q_EMIT articleBox->activated(secondRow);
        QCOMPARE(panel->filterModel()->rowCount(), 1);
        QVERIFY(doc()->removeArticles({second}));
        QCOMPARE(articleBox->currentIndex(), 0);
        QCOMPARE(panel->filterModel()->rowCount(), 1); // the claim of the third article
        // A new project: "Any article" again, with its articles.
        doc()->undoStack()->undo();
        articleBox->setCurrentIndex(articleBox->findData(third));
        Q_EMIT articleBox->activated(articleBox->currentIndex());
        openSmallProject();
        QCOMPARE(articleBox->currentIndex(), 0);
        QCOMPARE(articleBox->count(), 3);
    }

    // The claims filter's field, taking the focus, has the texts folded for
    // searching on a worker, ahead of the first key.
    void claimsFilter_foldsTextsAheadWhenItsFieldTakesTheFocus()
    {
        openSmallProject();
        ClaimsPanel *panel = m_window->claims();
        panel->filterEdit()->setFocus();
        QTRY_VERIFY(panel->filterEdit()->hasFocus());
        QTRY_VERIFY(!panel->filterModel()->isPreparingTextSearch());
        panel->filterModel()->prepareTextSearch(); // nothing is left to fold
        QVERIFY(!panel->filterModel()->isPreparingTextSearch());
        QTest::keyClicks(panel->filterEdit(), u"DELEGATIONS"_s);
        QCOMPARE(panel->filterModel()->rowCount(), 0); // no claim yet
        doc()->addClaim(project().articles[0].id, 4, 15); // "delegations"
        QCOMPARE(panel->filterModel()->rowCount(), 1);
    }

    void nextAndPreviousClaim_byKeyboard()
    {
        const ArticleId article = project().articles[0].id;
        const ClaimId a = doc()->addClaim(article, 0, 3, {});
        const ClaimId b = doc()->addClaim(article, 20, 30, {});
        view(0)->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(view(0), Qt::Key_Home, Qt::ControlModifier);
        m_window->selection()->setCurrent(NoId);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::ALT | Qt::Key_Down));
        QCOMPARE(m_window->selection()->current(), b); // after the caret at 0: the claim starting at 20
        QTest::keySequence(m_window.get(), QKeySequence(Qt::ALT | Qt::Key_Up));
        QCOMPARE(m_window->selection()->current(), a);
    }

    void syncScroll_keepsPanesAtTheSameProportion()
    {
        QString longText;
        for (int i = 0; i < 300; ++i)
            longText += u"Paragraph %1 of the talks.\n"_s.arg(i); // short: no wrapping, which lays out lazily
        const ArticleId first = doc()->addArticle({}, longText, {});
        const ArticleId second = doc()->addArticle({}, longText + longText, {});
        ComparisonArea *area = m_window->comparison();
        area->pane(0)->setArticle(first);
        area->pane(1)->setArticle(second);
        area->setSyncScroll(true);
        QScrollBar *left = view(0)->verticalScrollBar(), *right = view(1)->verticalScrollBar();
        QVERIFY(left->maximum() > 0 && right->maximum() > left->maximum());
        left->setValue(left->maximum() / 2);
        // The same proportion of each text (lines lay out lazily, so not exactly half).
        const double leftRatio = double(left->value()) / left->maximum();
        const double rightRatio = double(right->value()) / right->maximum();
        QVERIFY2(leftRatio > 0.3 && std::abs(leftRatio - rightRatio) < 0.01,
                 qPrintable(u"%1 vs %2"_s.arg(leftRatio).arg(rightRatio)));
        area->setSyncScroll(false);
        left->setValue(0);
        QVERIFY(right->value() > 0);
    }

    void layout_isSavedWithTheProject()
    {
        QTemporaryDir dir;
        ComparisonArea *area = m_window->comparison();
        area->addPane(project().articles[0].id);
        area->pane(1)->setArticle(NoId);
        area->setSyncScroll(true);
        m_prompts->savePath = dir.filePath(u"layout.crossread"_s);
        QVERIFY(m_window->files()->saveAs());
        Project saved;
        QVERIFY(loadProject(m_prompts->savePath, saved).ok());
        QCOMPARE(saved.layout.panes, (QList<ArticleId>{project().articles[0].id, NoId, project().articles[0].id}));
        QVERIFY(saved.layout.syncScroll);

        QVERIFY(m_window->files()->newProject());
        QCOMPARE(area->paneCount(), 2);
        QVERIFY(m_window->files()->openFile(m_prompts->savePath));
        QCOMPARE(area->paneCount(), 3);
        QCOMPARE(area->pane(2)->article(), saved.layout.panes[2]);
        QVERIFY(area->syncScroll());
    }

private:
    std::unique_ptr<MainWindow> m_window;
    FakePrompts *m_prompts = nullptr;
};

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
