// The views that compare what sources say, in the window: the links and
// matrix docks, the claim inspector's links, the differing values marked in
// the panes, other sources, and cue highlighting.

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
#include <QProgressBar>
#include <QScrollBar>
#include <QSemaphore>
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

class TestComparisonViews : public QObject, private test::LinkedWindow
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(u"tst_comparisonviews"_s); }

    void init() { QVERIFY(test::openWindow(m_window, m_prompts, QSize(1400, 900))); }

    void cleanup() { test::closeWindow(m_window, m_prompts); }

    // ------------------------------------------------------------ docks

    void linksDock_filtersDeletesAndChangesRelation()
    {
        test::openLinkedProject(*m_window, 5);
        LinksPanel *panel = m_window->links();
        QTableView *table = panel->table();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->links()->parentWidget()->raise(); // listed only while it can be seen
        QApplication::processEvents();
        QCOMPARE(table->model()->rowCount(), 5);
        QTest::keyClicks(panel->filterEdit(), u"line 003"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        panel->filterEdit()->clear();
        panel->relationFilter()->setCurrentIndex(panel->relationFilter()->findData(int(Relation::Contradicts)));
        QCOMPARE(table->model()->rowCount(), 0);
        panel->relationFilter()->setCurrentIndex(0);

        m_window->links()->parentWidget()->show();
        m_window->links()->parentWidget()->raise();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        table->selectRow(1);
        const LinkId second = LinkId(table->currentIndex().data(IdRole).toUInt());
        QCOMPARE(m_window->selection()->currentLink(), second);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(!findById(project().links, second));
        QCOMPARE(table->model()->rowCount(), 4);
        doc()->undoStack()->undo();
        QCOMPARE(table->model()->rowCount(), 5);

        // The context menu's relation and note edits.
        table->selectRow(0);
        const LinkId first = LinkId(table->currentIndex().data(IdRole).toUInt());
        m_prompts->answerText = u"  checked by phone "_s;
        panel->editNote();
        QCOMPARE(findById(project().links, first)->note, u"checked by phone"_s);

        // Activating a row shows both claims.
        const QModelIndex row = table->model()->index(2, 0);
        const Link link = project().links[2];
        const ArticleId other = doc()->addArticle({}, u"Something else."_s, {});
        area()->pane(1)->setArticle(other);
        Q_EMIT table->activated(row);
        QCOMPARE(area()->pane(1)->article(), findById(project().claims, link.to)->article);
    }

    void matrixDock_showsOmissionsFiltersHidesAndOpensClaims()
    {
        test::openLinkedProject(*m_window, 3);
        const ArticleId third = doc()->addArticle({u"C"_s, u"Wire C"_s, {}, QDate(2025, 6, 4), {}, {}, {}, {}, 0},
                                                  u"Line 000 is here too."_s, {});
        doc()->addLink(project().claims[0].id, doc()->addClaim(third, 0, 8), Relation::Contradicts);
        MatrixPanel *panel = m_window->matrix();
        QTableView *table = panel->table();
        panel->model()->updateNow();
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->columnCount(), 3);
        QVERIFY(table->model()->index(1, 2).data(OmissionRole).toBool()); // Wire C says nothing of line 1
        QCOMPARE(table->model()->index(0, 2).data(StanceRole).toInt(), int(Stance::Contradicts));

        // A tag filter: only the proposition with a claim under it.
        const TagId tag = project().tags.front().id;
        ClaimAttributes attributes;
        attributes.tags = {tag};
        doc()->setClaimAttributes(project().claims[2].id, attributes); // line 1, left
        panel->tagFilter()->setCurrentIndex(panel->tagFilter()->findData(tag));
        QCOMPARE(table->model()->rowCount(), 1);
        panel->tagFilter()->setCurrentIndex(0);
        panel->statusFilter()->setCurrentIndex(panel->statusFilter()->findData(int(VerificationStatus::False)));
        QCOMPARE(table->model()->rowCount(), 0);
        panel->statusFilter()->setCurrentIndex(0);

        panel->setArticleHidden(third, true);
        QCOMPARE(table->model()->columnCount(), 2);
        panel->setArticleHidden(third, false);
        QCOMPARE(table->model()->columnCount(), 3);

        // Clicking a cell opens its claim in a pane.
        area()->pane(0)->setArticle(third);
        area()->pane(1)->setArticle(third);
        // Behind another tab, or hidden, the matrix does not follow edits;
        // seen, it catches up.
        auto *claimsDock = m_window->findChild<QDockWidget *>(u"claimsDock"_s);
        QVERIFY(claimsDock);
        claimsDock->raise();
        QApplication::processEvents();
        QVERIFY(!panel->model()->isActive());
        m_window->matrix()->parentWidget()->raise();
        QApplication::processEvents();
        QVERIFY(panel->model()->isActive());
        m_window->matrix()->parentWidget()->hide();
        QVERIFY(!panel->model()->isActive());
        const ComparisonMatrix shown = panel->model()->matrix();
        const LinkId unlinked = doc()->addLink(project().claims[2].id, project().claims[4].id, Relation::Same);
        QApplication::processEvents();
        QCOMPARE(panel->model()->matrix(), shown);
        m_window->matrix()->parentWidget()->show();
        m_window->matrix()->parentWidget()->raise();
        QApplication::processEvents();
        QVERIFY(panel->model()->isActive());
        QCOMPARE(panel->model()->matrix(), buildMatrix(project()));
        QVERIFY(!(panel->model()->matrix() == shown));
        doc()->removeLinks({unlinked});
        panel->model()->updateNow();
        const QRect cell = table->visualRect(table->model()->index(1, 0));
        QVERIFY(cell.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_window->selection()->current(), project().claims[2].id);

        // Double-clicking a row header renames the proposition.
        m_prompts->answerText = u"Line one"_s;
        panel->renameProposition(1);
        QCOMPARE(table->model()->headerData(1, Qt::Vertical).toString(), u"Line one"_s);
    }

    // On a large project the matrix is built on a worker: the window keeps
    // the matrix it had and, once the build has lasted a moment, a progress
    // bar; when the build is in, the bar goes and the new matrix shows.
    void matrixDock_buildsLargeMatricesOnAWorker_withProgress()
    {
        test::openLinkedProject(*m_window, 3);
        MatrixPanel *panel = m_window->matrix();
        m_window->matrix()->parentWidget()->show();
        m_window->matrix()->parentWidget()->raise();
        panel->model()->updateNow();
        QCOMPARE(panel->table()->model()->rowCount(), 3);
        panel->model()->setBackgroundFrom(0); // as for 10,000 claims and more

        // The worker is held back until the bar has shown: its pool's only
        // thread is taken.
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        panel->model()->setThreadPool(&pool);
        QSemaphore release;
        pool.start([&release] { release.acquire(); });
        QSemaphoreReleaser unblock(release); // even when a check fails: the pool waits for its thread

        panel->statusFilter()->setCurrentIndex(panel->statusFilter()->findData(int(VerificationStatus::False)));
        QVERIFY(panel->model()->isBuilding());
        QVERIFY(!panel->buildProgress()->isVisible());
        QCOMPARE(panel->table()->model()->rowCount(), 3); // the matrix it had
        QTest::qWait(MatrixPanel::ProgressDelayMs + 100);
        QVERIFY(panel->buildProgress()->isVisible());
        if (const QString folder = qEnvironmentVariable("CROSSREAD_SCREENSHOTS"); !folder.isEmpty())
            QVERIFY(panel->grab().save(folder + u"/matrix-building.png"_s)); // for people to look at
        QCOMPARE(panel->table()->model()->rowCount(), 3);
        unblock.cancel();
        release.release();
        QTRY_VERIFY(!panel->model()->isBuilding());
        QVERIFY(!panel->buildProgress()->isVisible());
        QCOMPARE(panel->table()->model()->rowCount(), 0); // no claim is false
        QCOMPARE(panel->model()->matrix(), buildMatrix(project(), panel->model()->filter()));

        // Edits follow, through the worker too.
        panel->statusFilter()->setCurrentIndex(0);
        QTRY_COMPARE(panel->table()->model()->rowCount(), 3);
        doc()->addLink(project().claims[0].id, project().claims[2].id, Relation::Same); // lines 0 and 1 are one
        QTRY_COMPARE(panel->table()->model()->rowCount(), 2);
        QTRY_VERIFY(!panel->model()->isBuilding());
        QCOMPARE(panel->model()->matrix(), buildMatrix(project()));
        panel->model()->setThreadPool(nullptr); // before the pool goes
    }

    void inspector_listsTheClaimsLinks_andGoesToTheOtherClaim()
    {
        test::openLinkedProject(*m_window, 3);
        const Link link = project().links[1];
        m_window->selection()->setCurrent(link.from);
        auto *list = m_window->findChild<QListWidget *>(u"inspectorLinks"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(u"Same claim: “Line 001”"_s));
        QVERIFY(list->item(0)->text().endsWith(u"Wire B"_s));
        area()->pane(1)->setArticle(doc()->addArticle({}, u"Elsewhere."_s, {}));
        Q_EMIT list->itemActivated(list->item(0));
        QCOMPARE(area()->pane(1)->article(), findById(project().claims, link.to)->article);
        QCOMPARE(m_window->selection()->current(), link.to);
        doc()->removeLinks({link.id});
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"None yet"_s);
    }

    void panes_markDifferingValues_andFollowEdits()
    {
        QVERIFY(m_window->files()->openDemo());
        const Project &p = project();
        area()->pane(0)->setArticle(p.articles[0].id); // The Marrowick Ledger
        QTRY_VERIFY(!view(0)->discrepancySpans().isEmpty()); // found on a worker
        const QString text = p.articles[0].text;
        QStringList marked;
        for (const auto &[start, end] : view(0)->discrepancySpans())
            marked << text.mid(start, end - start);
        // 1,200 residents (others say 800 and 1,500), March 4 (another says March 5).
        QVERIFY2(marked.contains(u"1,200"_s), qPrintable(marked.join(u" | ")));
        QVERIFY(marked.contains(u"March 4"_s));
        QVERIFY(marked.contains(u"40 tonnes"_s));
        // No more links: nothing differs.
        QList<LinkId> all;
        for (const Link &link : p.links)
            all << link.id;
        doc()->removeLinks(all);
        QTRY_VERIFY(view(0)->discrepancySpans().isEmpty());
        doc()->undoStack()->undo();
        QTRY_COMPARE(view(0)->discrepancySpans().size(), marked.size());
    }

    // The values are found on a worker; what it finds for an article the
    // pane no longer shows, or for a project since edited, is never shown.
    void panes_markDifferingValues_onlyOfWhatIsShownNow()
    {
        QVERIFY(m_window->files()->openDemo());
        const Project &p = project();
        ArticleTextView *v = view(0);
        const auto spansOf = [&](ArticleId article) {
            QList<std::pair<int, int>> spans;
            for (const DiscrepancyMark &mark : discrepancyMarks(p, article))
                spans.append({mark.start, mark.end});
            return spans;
        };
        const ArticleId first = p.articles[0].id;
        const ArticleId second = p.articles[1].id;
        QVERIFY(!spansOf(first).isEmpty());
        QVERIFY(!spansOf(second).isEmpty());
        QVERIFY(spansOf(first) != spansOf(second));

        QSignalSpy shown(v, &ArticleTextView::discrepanciesShown);
        area()->pane(0)->setArticle(first);
        v->refreshDiscrepancies(); // a worker starts for the first article…
        area()->pane(0)->setArticle(second);
        v->refreshDiscrepancies(); // …and another for the second
        QTRY_COMPARE(v->discrepancySpans(), spansOf(second));
        QThreadPool::globalInstance()->waitForDone(); // the first worker's answer comes, and is dropped
        QCoreApplication::processEvents();
        QCOMPARE(v->discrepancySpans(), spansOf(second));
        QCOMPARE(shown.count(), 1);

        // An edit while a worker runs: the marks are those after the edit.
        area()->pane(0)->setArticle(first);
        v->refreshDiscrepancies();
        QList<LinkId> all;
        for (const Link &link : p.links)
            all << link.id;
        doc()->removeLinks(all);
        for (int turn = 0; turn < 2; ++turn) { // the stale worker's answer, then the refresh the edit asked for
            QThreadPool::globalInstance()->waitForDone();
            QCoreApplication::processEvents();
        }
        QVERIFY(v->discrepancySpans().isEmpty());
    }

    void otherSources_findsTheSameReport_andLinksItInOneStep()
    {
        QVERIFY(m_window->files()->openDemo());
        const Project &p = project();
        const Claim claim = *std::find_if(p.claims.begin(), p.claims.end(), [](const Claim &c) {
            return c.anchor.quote.startsWith(u"The fire was reported shortly before 11 p.m."_s);
        }); // a copy: the table grows below
        const ClaimId source = claim.id;
        m_window->selection()->setCurrent(source);
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        SuggestPanel *panel = m_window->suggestions();
        QTRY_VERIFY(panel->isReady()); // indexed off the GUI thread
        QTreeWidget *results = panel->results();
        QTRY_VERIFY(results->topLevelItemCount() > 0);
        QVERIFY(results->topLevelItem(0)->toolTip(2).startsWith(u"The fire began late Tuesday, March 4"_s));
        QVERIFY(results->topLevelItem(0)->text(2).startsWith(u"Norvale Press · "_s));
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            QVERIFY(results->topLevelItem(i)->text(1) != u"The Marrowick Ledger"_s); // its own article is left out

        // Activating shows the passage in a pane.
        Q_EMIT results->itemActivated(results->topLevelItem(0), 0);
        const Article &target = *std::find_if(p.articles.begin(), p.articles.end(),
                                              [](const Article &a) { return a.meta.outlet == u"Norvale Press"_s; });
        QVERIFY(area()->pane(0)->article() == target.id || area()->pane(1)->article() == target.id);

        // Link: the passage becomes a claim, linked with the relation chosen, one undo step.
        const size_t claims = p.claims.size(), links = p.links.size();
        const int steps = doc()->undoStack()->count();
        panel->relationBox()->setCurrentIndex(panel->relationBox()->findData(int(Relation::Corroborates)));
        const LinkId link = panel->linkCurrent();
        QVERIFY(link != NoId);
        QCOMPARE(p.claims.size(), claims + 1);
        QCOMPARE(p.links.size(), links + 1);
        const Link &made = *findById(p.links, link);
        QCOMPARE(made.from, source);
        QCOMPARE(made.relation, Relation::Corroborates);
        QVERIFY(findById(p.claims, made.to)->anchor.quote.startsWith(u"The fire began late Tuesday"_s));
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        doc()->undoStack()->undo();
        QCOMPARE(p.claims.size(), claims);
        QCOMPARE(p.links.size(), links);

        // A plain selection works too: it becomes the source claim when linked.
        ArticleTextView *v = view(0);
        area()->pane(0)->setArticle(claim.article);
        QTextCursor cursor(v->document());
        cursor.setPosition(claim.anchor.start);
        cursor.setPosition(claim.anchor.start + 24, QTextCursor::KeepAnchor);
        v->setTextCursor(cursor);
        area()->focusPane(0);
        m_window->findInOtherSources();
        QTRY_VERIFY(results->topLevelItemCount() > 0);
        const QString best = results->topLevelItem(0)->toolTip(2);
        const LinkId fromSelection = panel->linkCurrent();
        QVERIFY(fromSelection != NoId);
        const Link &second = *findById(p.links, fromSelection);
        // The selection, snapped to whole words, became the source claim.
        QCOMPARE(findById(p.claims, second.from)->anchor.quote, u"The fire was reported shortly"_s);
        QCOMPARE(findById(p.claims, second.to)->anchor.quote, best); // a claim on exactly that passage, made or found
        QVERIFY(p.claims.size() >= claims + 1);
    }

    // Pictures of the linked demo for people to look at (CROSSREAD_SCREENSHOTS).
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("CROSSREAD_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("writes screenshots only when CROSSREAD_SCREENSHOTS names a folder");
        m_window->resize(1600, 1000);
        QVERIFY(m_window->files()->openDemo());
        const Project &p = project();
        area()->pane(0)->setArticle(p.articles[0].id);
        area()->pane(1)->setArticle(p.articles[1].id);
        area()->addPane(p.articles[2].id);
        QApplication::processEvents();
        gutter()->setAttribute(Qt::WA_UnderMouse);
        area()->highlightLink(p.links[3].id);
        m_window->selection()->setCurrentLink(p.links[0].id);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(folder + u"/links-3-panes.png"_s));
        m_window->matrix()->parentWidget()->show();
        m_window->matrix()->parentWidget()->raise();
        m_window->matrix()->model()->updateNow();
        m_window->matrix()->parentWidget()->resize(1600, 520);
        QApplication::processEvents();
        QVERIFY(m_window->matrix()->grab().save(folder + u"/matrix.png"_s));
        m_window->links()->parentWidget()->show();
        m_window->links()->parentWidget()->raise();
        QApplication::processEvents();
        QVERIFY(m_window->links()->grab().save(folder + u"/links-dock.png"_s));
        m_window->selection()->setCurrent(p.claims[1].id);
        m_window->findInOtherSources();
        QTRY_VERIFY(m_window->suggestions()->results()->topLevelItemCount() > 0);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(folder + u"/other-sources.png"_s));
        QSignalSpy finished(m_window->linkSuggestions(), &LinkSuggestionsPanel::finished);
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(folder + u"/suggested-links.png"_s));
    }

    // ------------------------------------------------------------ cues

    void cues_colourTheText_besideClaimTints_andHidePerKind()
    {
        QVERIFY(m_window->files()->openDemo());
        const Project &p = project();
        const Article &ledger = p.articles[0];
        area()->pane(0)->setArticle(ledger.id);
        ClaimHighlighter *h = view(0)->highlighter();
        QVERIFY(!h->cueSpans().isEmpty());
        // "said" in a claim: the claim's tint behind, the attribution's colour on the text.
        const auto formatAt = [&](int position) {
            const QTextBlock block = view(0)->document()->findBlock(position);
            for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
                if (position - block.position() >= r.start && position - block.position() < r.start + r.length)
                    return r.format;
            }
            return QTextCharFormat();
        };
        const auto cueAt = [&](CueKind kind, bool inClaim) {
            for (const CueSpan &cue : h->cueSpans()) {
                if (cue.kind == kind && !h->claimsAt(cue.start).isEmpty() == inClaim)
                    return cue.start;
            }
            return -1;
        };
        const int attribution = cueAt(CueKind::Attribution, true);
        QVERIFY(attribution >= 0);
        QTextCharFormat f = formatAt(attribution);
        QCOMPARE(f.property(ClaimHighlighter::CueKindProperty).toInt(), int(CueKind::Attribution));
        QCOMPARE(f.foreground().color(), cueColor(CueKind::Attribution, view(0)->palette().color(QPalette::Base)));
        QVERIFY(f.background().style() != Qt::NoBrush); // the claim's tint stays
        QVERIFY(f.property(QTextFormat::UserProperty).toInt() >= 1);
        const int date = cueAt(CueKind::Date, false);
        QVERIFY(date >= 0);
        QCOMPARE(formatAt(date).property(ClaimHighlighter::CueKindProperty).toInt(), int(CueKind::Date));
        QCOMPARE(formatAt(date).background().style(), Qt::NoBrush); // no claim: no tint

        // View → Cues → Attribution Phrases off: the text keeps the claim's tint only.
        QAction *toggle = m_window->findChild<QAction *>(u"cue-attribution"_s);
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(area()->hiddenCues() & cueBit(CueKind::Attribution));
        f = formatAt(attribution);
        QVERIFY(!f.hasProperty(ClaimHighlighter::CueKindProperty));
        QVERIFY(f.background().style() != Qt::NoBrush);
        QCOMPARE(formatAt(date).property(ClaimHighlighter::CueKindProperty).toInt(), int(CueKind::Date));
        QCOMPARE(p.layout.hiddenCues, cueBit(CueKind::Attribution)); // saved with the project
        // A new pane follows.
        ArticlePane *third = area()->addPane(ledger.id);
        QCOMPARE(third->view()->highlighter()->hiddenCues(), cueBit(CueKind::Attribution));
        toggle->trigger();
        QCOMPARE(formatAt(attribution).property(ClaimHighlighter::CueKindProperty).toInt(), int(CueKind::Attribution));
    }

    void cues_ofALongArticle_comeOffTheGuiThread()
    {
        QString text;
        while (text.size() <= ClaimHighlighter::MaxCueCharsInline)
            text += u"The mayor said that 40 families left on 3 May.\n"_s;
        const ArticleId article = doc()->addArticle({u"Long"_s, u"Wire"_s, {}, {}, {}, {}, {}, {}, 0}, text, {});
        ClaimHighlighter *h = view(0)->highlighter();
        QSignalSpy ready(h, &ClaimHighlighter::cuesChanged);
        area()->pane(0)->setArticle(article);
        QVERIFY(h->cueSpans().isEmpty()); // not yet: the pane shows first
        QTRY_VERIFY(!h->cueSpans().isEmpty());
        QVERIFY(!ready.isEmpty());
        const int said = int(text.indexOf(u"said"_s));
        const QTextBlock block = view(0)->document()->findBlock(said);
        bool coloured = false;
        for (const QTextLayout::FormatRange &r : block.layout()->formats())
            coloured = coloured
                || (r.start == said
                    && r.format.property(ClaimHighlighter::CueKindProperty).toInt() == int(CueKind::Attribution));
        QVERIFY(coloured);
    }

    void cues_loadedTerms_editedPerProject_undoable()
    {
        QVERIFY(m_window->files()->openDemo());
        const Project &p = project();
        const Article &voice = *std::find_if(p.articles.begin(), p.articles.end(),
                                             [](const Article &a) { return a.meta.outlet == u"Eastquay Voice"_s; });
        area()->pane(0)->setArticle(voice.id);
        ClaimHighlighter *h = view(0)->highlighter();
        const auto loadedTexts = [&] {
            QStringList out;
            for (const CueSpan &cue : h->cueSpans()) {
                if (cue.kind == CueKind::Loaded)
                    out << voice.text.mid(cue.start, cue.end - cue.start).toLower();
            }
            out.removeDuplicates();
            out.sort();
            return out;
        };
        QCOMPARE(loadedTexts(), (QStringList{u"disaster"_s, u"neglect"_s, u"toxic"_s})); // the demo's list

        m_prompts->answerLines = QStringList{u"disaster"_s, u"clear blue sky"_s};
        QAction *edit = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == u"Edit Loaded &Terms…"_s)
                edit = a;
        }
        QVERIFY(edit);
        edit->trigger();
        QCOMPARE(m_prompts->linesShown, (QStringList{u"disaster"_s, u"neglect"_s, u"toxic"_s}));
        QCOMPARE(p.assist.loadedTerms, (QStringList{u"disaster"_s, u"clear blue sky"_s}));
        QCOMPARE(loadedTexts(), (QStringList{u"clear blue sky"_s, u"disaster"_s}));
        QVERIFY(m_window->windowTitle().contains(u'*')); // an edit of the project
        doc()->undoStack()->undo();
        QCOMPARE(loadedTexts(), (QStringList{u"disaster"_s, u"neglect"_s, u"toxic"_s}));
        // A rejected suggestion changes the project's aids too, but not its terms: cues stay.
        QSignalSpy recomputed(h, &ClaimHighlighter::cuesChanged);
        QVERIFY(doc()->rejectSuggestions({{p.claims.front().id, voice.id, 0, 5}}));
        QCOMPARE(recomputed.size(), 0);
        m_prompts->answerLines.reset(); // cancelled: nothing changes
        edit->trigger();
        QCOMPARE(p.assist.loadedTerms, (QStringList{u"disaster"_s, u"neglect"_s, u"toxic"_s}));
    }
};

QTEST_MAIN(TestComparisonViews)
#include "tst_comparisonviews.moc"
