// Document: every edit, its undo and redo, and the cascades of deletions.

#include <models/claimselection.h>
#include <models/document.h>
#include <models/rownotifier.h>
#include <models/textanchor.h>
#include <support/sampleproject.h>

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace crossread;
using namespace Qt::StringLiterals;

class TestDocument : public QObject
{
    Q_OBJECT

private:
    /// Runs `edit`, then checks that it made one undo step, that undo gives
    /// back the project before it and redo the project after it, twice over.
    /// Only the id counter stays advanced: ids are never handed out twice.
    static void checkUndoRedo(Document &doc, const std::function<void()> &edit)
    {
        Project before = doc.project();
        const int steps = doc.undoStack()->count();
        edit();
        const Project after = doc.project();
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QVERIFY(!(before == after));
        QVERIFY(after.nextId >= before.nextId);
        before.nextId = after.nextId;
        for (int round = 0; round < 2; ++round) {
            doc.undoStack()->undo();
            QVERIFY(doc.project() == before);
            doc.undoStack()->redo();
            QVERIFY(doc.project() == after);
        }
    }

#define CHECK_UNDO_REDO(edit) \
    do { \
        checkUndoRedo(*m_doc, edit); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

    static const Claim &claimAt(const Document &doc, ClaimId id)
    {
        return *findById(doc.project().claims, id);
    }

private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<Document>();
        test::populateSample(*m_doc);
        m_doc->undoStack()->clear();
    }

    void addArticle_undoRedo()
    {
        ArticleMetadata meta;
        meta.title = u"New"_s;
        ArticleId id = NoId;
        CHECK_UNDO_REDO([&] { id = m_doc->addArticle(meta, u"Some text."_s, {}); });
        QVERIFY(findById(m_doc->project().articles, id));
        QCOMPARE(findById(m_doc->project().articles, id)->text, u"Some text."_s);
    }

    void setArticleMetadata_undoRedo_keepsText()
    {
        const Article first = m_doc->project().articles.front();
        ArticleMetadata meta = first.meta;
        meta.outlet = u"Renamed outlet"_s;
        meta.inferred = 0;
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->setArticleMetadata(first.id, meta)); });
        const Article *now = findById(m_doc->project().articles, first.id);
        QCOMPARE(now->meta.outlet, u"Renamed outlet"_s);
        QCOMPARE(now->text, first.text);
        QCOMPARE(now->provenance, first.provenance);
    }

    void removeArticle_cascadesToClaimsLinksAndPropositions()
    {
        const Project &p = m_doc->project();
        const ArticleId first = p.articles.front().id;
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->removeArticles({first})); });
        QVERIFY(!findById(p.articles, first));
        for (const Claim &claim : p.claims)
            QVERIFY(claim.article != first);
        for (const Link &link : p.links) {
            QVERIFY(findById(p.claims, link.from));
            QVERIFY(findById(p.claims, link.to));
        }
        // The proposition lost the first article's claim but kept the other.
        QCOMPARE(p.propositions.size(), size_t(1));
        QCOMPARE(p.propositions.front().claims.size(), 1);
        QCOMPARE(p.links.size(), size_t(1)); // only c3–c4 "related" is left
    }

    void newVersion_pointsToItsPredecessor_whichItForgetsWhenThatIsRemoved()
    {
        const ArticleId old = m_doc->project().articles.front().id;
        ArticleId version = NoId;
        CHECK_UNDO_REDO([&] { version = m_doc->addArticle({}, u"Changed text."_s, {}, old); });
        QCOMPARE(findById(m_doc->project().articles, version)->previousVersion, old);
        QCOMPARE(m_doc->addArticle({}, u"x"_s, {}, 999999), NoId); // no such predecessor
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->removeArticles({old})); });
        QCOMPARE(findById(m_doc->project().articles, version)->previousVersion, NoId);
    }

    void removeArticles_all_leavesEmptyProjectAndUndoesInOneStep()
    {
        QList<ArticleId> all;
        for (const Article &a : m_doc->project().articles)
            all << a.id;
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->removeArticles(all)); });
        QVERIFY(m_doc->project().claims.empty());
        QVERIFY(m_doc->project().links.empty());
        QVERIFY(m_doc->project().propositions.empty());
        QCOMPARE(m_doc->project().tags.size(), size_t(3));
    }

    void removeArticles_unknownId_refusesAndChangesNothing()
    {
        const Project before = m_doc->project();
        QVERIFY(!m_doc->removeArticles({m_doc->project().articles.front().id, 999999}));
        QVERIFY(m_doc->project() == before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void addTag_undoRedo_andRefusesMissingParentOrEmptyName()
    {
        TagId id = NoId;
        CHECK_UNDO_REDO([&] { id = m_doc->addTag({NoId, NoId, u"Context"_s, 0xff112233, {}, {}}); });
        QVERIFY(id != NoId);
        QCOMPARE(m_doc->addTag({NoId, 424242, u"Orphan"_s, 0, {}, {}}), NoId);
        QCOMPARE(m_doc->addTag({NoId, NoId, u"  "_s, 0, {}, {}}), NoId);
    }

    void setTag_changesPropertiesButNotParent()
    {
        const Tag meeting = m_doc->project().tags.back();
        Tag edited = meeting;
        edited.name = u"Encounter"_s;
        edited.color = 0xff000000;
        edited.parent = NoId; // ignored: moving is moveTag's job
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->setTag(edited)); });
        const Tag *now = findById(m_doc->project().tags, meeting.id);
        QCOMPARE(now->name, u"Encounter"_s);
        QCOMPARE(now->parent, meeting.parent);
    }

    void moveTag_undoRedo_andRefusesCycles()
    {
        const auto &tags = m_doc->project().tags;
        const TagId event = tags[0].id, number = tags[1].id, meeting = tags[2].id;
        QCOMPARE(findById(tags, meeting)->parent, event);
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->moveTag(meeting, number)); });
        QCOMPARE(findById(tags, meeting)->parent, number);
        QVERIFY(!m_doc->moveTag(number, meeting)); // into its own subtree
        QVERIFY(!m_doc->moveTag(number, number));
        QVERIFY(m_doc->moveTag(meeting, NoId));
        QCOMPARE(findById(tags, meeting)->parent, NoId);
    }

    void removeTag_removesSubtreeAndTakesTagsOffClaims()
    {
        const auto &p = m_doc->project();
        const TagId event = p.tags[0].id, meeting = p.tags[2].id;
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->removeTags({event})); });
        QVERIFY(!findById(p.tags, event));
        QVERIFY(!findById(p.tags, meeting));
        QCOMPARE(p.tags.size(), size_t(1));
        for (const Claim &claim : p.claims) {
            QVERIFY(!claim.attributes.tags.contains(event));
            QVERIFY(!claim.attributes.tags.contains(meeting));
        }
        QCOMPARE(p.claims.size(), size_t(4)); // claims stay, only untagged
    }

    void mergeTags_movesClaimsAndChildren_undoably()
    {
        const auto &p = m_doc->project();
        const TagId event = p.tags[0].id, number = p.tags[1].id, meeting = p.tags[2].id;
        const int eventClaims = m_doc->claimsWithTag(event);
        QCOMPARE(eventClaims, 2);
        QVERIFY(!m_doc->mergeTags(event, meeting)); // into its own subtree
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->mergeTags(event, number)); });
        QVERIFY(!findById(p.tags, event));
        QCOMPARE(findById(p.tags, meeting)->parent, number); // the child moved along
        QCOMPARE(m_doc->claimsWithTag(number), 3); // c1, c3 and c2 (which had it already)
        for (const Claim &claim : p.claims)
            QVERIFY(std::is_sorted(claim.attributes.tags.begin(), claim.attributes.tags.end()));
    }

    void addClaim_anchorsTextAndUndoRedo()
    {
        const Article &article = m_doc->project().articles.front();
        const auto [start, end] = test::spanOf(article.text, u"agreed on a swap"_s);
        ClaimId id = NoId;
        CHECK_UNDO_REDO([&] { id = m_doc->addClaim(article.id, start, end, {}); });
        const Claim &claim = claimAt(*m_doc, id);
        QCOMPARE(claim.anchor.start, start);
        QCOMPARE(claim.anchor.end, end);
        QCOMPARE(claim.anchor.quote, u"agreed on a swap"_s);
        QVERIFY(article.text.sliced(0, start).endsWith(claim.anchor.prefix));
        QVERIFY(claim.anchor.suffix == u"."_s);
        QCOMPARE(claim.author, u"Zoë"_s);
        QVERIFY(claim.createdMs > 0);
    }

    void addClaim_refusesBadSpans_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        const QString text = test::emojiText();
        const int emoji = int(text.indexOf(u"😀"_s));
        QTest::newRow("empty") << 3 << 3;
        QTest::newRow("reversed") << 5 << 2;
        QTest::newRow("negative") << -1 << 4;
        QTest::newRow("past end") << 0 << int(text.size()) + 1;
        QTest::newRow("starts inside surrogate pair") << emoji + 1 << emoji + 6;
        QTest::newRow("ends inside surrogate pair") << 0 << emoji + 1;
    }

    void addClaim_refusesBadSpans()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        const ArticleId article = m_doc->project().articles.front().id;
        QCOMPARE(m_doc->addClaim(article, start, end, {}), NoId);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void addClaim_refusesUnknownArticleOrTag()
    {
        QCOMPARE(m_doc->addClaim(999999, 0, 4, {}), NoId);
        ClaimAttributes attrs;
        attrs.tags = {999999};
        QCOMPARE(m_doc->addClaim(m_doc->project().articles.front().id, 0, 4, attrs), NoId);
    }

    void setClaimAttributes_undoRedo_sortsTags()
    {
        const Claim before = m_doc->project().claims.front();
        ClaimAttributes attrs = before.attributes;
        attrs.tags = {m_doc->project().tags[2].id, m_doc->project().tags[0].id, m_doc->project().tags[2].id};
        attrs.status = VerificationStatus::Misleading;
        attrs.note = u"checked against the transcript"_s;
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->setClaimAttributes(before.id, attrs)); });
        const Claim &after = claimAt(*m_doc, before.id);
        QCOMPARE(after.attributes.tags, (QList<TagId>{m_doc->project().tags[0].id, m_doc->project().tags[2].id}));
        QCOMPARE(after.attributes.status, VerificationStatus::Misleading);
        QCOMPARE(after.anchor, before.anchor);
        QVERIFY(after.modifiedMs >= before.modifiedMs);
    }

    void removeClaims_removesLinksAndPropositionMemberships()
    {
        const auto &p = m_doc->project();
        const ClaimId c1 = p.claims[0].id, c3 = p.claims[2].id;
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->removeClaims({c1, c3})); });
        QCOMPARE(p.claims.size(), size_t(2));
        QCOMPARE(p.links.size(), size_t(1)); // c2–c4 stays
        QVERIFY(p.propositions.empty()); // emptied, so removed
    }

    void addLink_undoRedo_andRefusesSelfAndDuplicates()
    {
        const auto &p = m_doc->project();
        const ClaimId c1 = p.claims[0].id, c2 = p.claims[1].id, c3 = p.claims[2].id;
        LinkId id = NoId;
        CHECK_UNDO_REDO([&] { id = m_doc->addLink(c1, c2, Relation::Elaborates, u"same article"_s); });
        QVERIFY(id != NoId);
        QCOMPARE(m_doc->addLink(c1, c1, Relation::Same), NoId);
        QCOMPARE(m_doc->addLink(c3, c1, Relation::Contradicts), NoId); // c1–c3 already linked
        QCOMPARE(m_doc->addLink(c1, 999999, Relation::Same), NoId);
    }

    void setLink_and_removeLinks_undoRedo()
    {
        const LinkId first = m_doc->project().links.front().id;
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->setLink(first, Relation::Contradicts, u"no"_s)); });
        QCOMPARE(findById(m_doc->project().links, first)->relation, Relation::Contradicts);
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->removeLinks({first})); });
        QVERIFY(!findById(m_doc->project().links, first));
    }

    void propositions_undoRedo_andOneGroupPerClaim()
    {
        const auto &p = m_doc->project();
        const ClaimId c1 = p.claims[0].id, c2 = p.claims[1].id, c4 = p.claims[3].id;
        QCOMPARE(m_doc->addProposition(u"Taken"_s, {c1, c2}), NoId); // c1 is in the sample's proposition
        PropositionId id = NoId;
        CHECK_UNDO_REDO([&] { id = m_doc->addProposition(u"Meeting length"_s, {c4, c2}); });
        QCOMPARE(findById(p.propositions, id)->claims, (QList<ClaimId>{c2, c4}));

        Proposition edited = *findById(p.propositions, id);
        edited.label = u"How long they met"_s;
        edited.claims = {c2};
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->setProposition(edited)); });
        edited.claims = {c2, c1};
        QVERIFY(!m_doc->setProposition(edited));
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->removePropositions({id})); });
    }

    void setProjectInfo_undoRedo_emitsSignal()
    {
        QSignalSpy spy(m_doc.get(), &Document::projectInfoChanged);
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->setProjectInfo({u"Renamed"_s, {}, {}})); });
        QCOMPARE(spy.count(), 5); // do, then undo+redo twice
    }

    void editGroup_makesOneUndoStep()
    {
        Project before = m_doc->project();
        {
            Document::EditGroup group(*m_doc, u"Import"_s);
            m_doc->addArticle({}, u"One"_s, {});
            {
                Document::EditGroup inner(*m_doc, u"Inner"_s);
                m_doc->addArticle({}, u"Two"_s, {});
            }
            QCOMPARE(m_doc->project().articles.size(), before.articles.size() + 2);
        }
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), u"Import"_s);
        const Project after = m_doc->project();
        before.nextId = after.nextId;
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->project() == before);
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->project() == after);
    }

    void editGroup_withoutEdits_makesNoStep()
    {
        {
            Document::EditGroup group(*m_doc, u"Nothing"_s);
            QVERIFY(!m_doc->removeClaims({424242}));
        }
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void ids_areNeverReused_afterUndo()
    {
        const ArticleId article = m_doc->project().articles.front().id;
        const ClaimId first = m_doc->addClaim(article, 0, 4, {});
        m_doc->undoStack()->undo();
        const ClaimId second = m_doc->addClaim(article, 0, 4, {});
        QVERIFY(second != first);
        QVERIFY(second > first);
    }

    void rowSignals_areFineGrained()
    {
        QSignalSpy aboutToInsert(m_doc->claimRows(), &RowNotifier::rowsAboutToBeInserted);
        QSignalSpy changed(m_doc->claimRows(), &RowNotifier::rowsChanged);
        QSignalSpy removed(m_doc->claimRows(), &RowNotifier::rowsRemoved);
        QSignalSpy reset(m_doc.get(), &Document::aboutToResetProject);
        const ClaimId id = m_doc->addClaim(m_doc->project().articles.front().id, 0, 4, {});
        QCOMPARE(aboutToInsert.count(), 1);
        QCOMPARE(aboutToInsert.at(0).at(0).toInt(), 4); // appended after the sample's four claims
        ClaimAttributes attrs;
        attrs.note = u"n"_s;
        m_doc->setClaimAttributes(id, attrs);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 4);
        m_doc->removeClaims({m_doc->project().claims[1].id});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toInt(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void modified_followsUndoStackAndSave()
    {
        QSignalSpy spy(m_doc.get(), &Document::modifiedChanged);
        m_doc->markSaved(u"/tmp/x.crossread"_s);
        QVERIFY(!m_doc->isModified());
        m_doc->setProjectInfo({u"Changed"_s, {}, {}});
        QVERIFY(m_doc->isModified());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toBool(), true);
        m_doc->undoStack()->undo();
        QVERIFY(!m_doc->isModified());
        QCOMPARE(m_doc->fileName(), u"/tmp/x.crossread"_s);
    }

    void claimSelection_followsRemovalAndReset()
    {
        ClaimSelection selection(m_doc.get());
        QSignalSpy changed(&selection, &ClaimSelection::currentChanged);
        const ClaimId c2 = m_doc->project().claims[1].id;
        selection.setCurrent(c2);
        QCOMPARE(selection.current(), c2);
        selection.setCurrent(424242); // no such claim
        QCOMPARE(selection.current(), NoId);
        selection.setCurrent(c2);
        m_doc->removeClaims({m_doc->project().claims[0].id}); // another claim: stays
        QCOMPARE(selection.current(), c2);
        m_doc->removeClaims({c2});
        QCOMPARE(selection.current(), NoId);
        m_doc->undoStack()->undo();
        selection.setCurrent(c2);
        m_doc->resetProject(Project{});
        QCOMPARE(selection.current(), NoId);
        QCOMPARE(changed.count(), 6);
    }

    void viewLayout_isNotAnEdit()
    {
        m_doc->markSaved(u"/tmp/layout.crossread"_s);
        m_doc->setViewLayout({{m_doc->project().articles[0].id}, {400}, true});
        QCOMPARE(m_doc->project().layout.panes.size(), 1);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(!m_doc->isModified());
    }

    void resetProject_clearsHistoryAndSignalsReset()
    {
        m_doc->setProjectInfo({u"Changed"_s, {}, {}});
        QSignalSpy about(m_doc.get(), &Document::aboutToResetProject);
        QSignalSpy done(m_doc.get(), &Document::projectReset);
        m_doc->resetProject(Project{}, u"/tmp/y.crossread"_s);
        QCOMPARE(about.count(), 1);
        QCOMPARE(done.count(), 1);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(!m_doc->isModified());
        QVERIFY(m_doc->project().articles.empty());
        QCOMPARE(m_doc->fileName(), u"/tmp/y.crossread"_s);
    }

private:
    std::unique_ptr<Document> m_doc;
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
