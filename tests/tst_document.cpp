// Document: every edit, its undo and redo, and the cascades of deletions.

#include <models/claimselection.h>
#include <models/document.h>
#include <models/longworkpool.h>
#include <models/propositiongrouping.h>
#include <models/rownotifier.h>
#include <models/textanchor.h>
#include <models/vocabulary.h>
#include <support/sampleproject.h>
#include <support/synthproject.h>

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

#include <algorithm>
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

    /// Checks, by a breadth-first search of its own, that the propositions
    /// are exactly the components of two claims or more of grouping links.
    static void checkPropositionsAreComponents(const Project &p)
    {
        QHash<ClaimId, QList<ClaimId>> next;
        for (const Link &link : p.links) {
            if (isGrouping(link.relation)) {
                next[link.from] << link.to;
                next[link.to] << link.from;
            }
        }
        QSet<QList<ClaimId>> components;
        QSet<ClaimId> seen;
        for (const Claim &claim : p.claims) {
            if (seen.contains(claim.id) || !next.contains(claim.id))
                continue;
            QList<ClaimId> component{claim.id}, queue{claim.id};
            seen.insert(claim.id);
            while (!queue.isEmpty()) {
                for (ClaimId other : next.value(queue.takeFirst())) {
                    if (!seen.contains(other)) {
                        seen.insert(other);
                        component << other;
                        queue << other;
                    }
                }
            }
            std::sort(component.begin(), component.end());
            components.insert(component);
        }
        QSet<QList<ClaimId>> propositions;
        for (size_t i = 0; i < p.propositions.size(); ++i) {
            if (i > 0)
                QVERIFY(p.propositions[i - 1].id < p.propositions[i].id);
            propositions.insert(p.propositions[i].claims);
        }
        QCOMPARE(propositions.size(), qsizetype(p.propositions.size()));
        QCOMPARE(propositions, components);
    }

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
        // Both propositions lost a claim and with it their only grouping link.
        QVERIFY(p.propositions.empty());
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
        QVERIFY(article.text.sliced(0, start).endsWith(anchorPrefix(article.text, claim.anchor)));
        QCOMPARE(anchorSuffix(article.text, claim.anchor), u"."_s);
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
        QCOMPARE(p.propositions.size(), size_t(1)); // "Talks went well" had only c1 and c3
        QCOMPARE(p.propositions.front().claims, (QList<ClaimId>{p.claims[0].id, p.claims[1].id}));
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

    void sample_hasOnePropositionPerGroupingComponent()
    {
        const auto &p = m_doc->project();
        const ClaimId c1 = p.claims[0].id, c2 = p.claims[1].id, c3 = p.claims[2].id, c4 = p.claims[3].id;
        // c1–c3 same, c2–c4 differs; c3–c4 "related" does not group.
        QCOMPARE(p.propositions.size(), size_t(2));
        QCOMPARE(p.propositions[0].claims, (QList<ClaimId>{c1, c3}));
        QCOMPARE(p.propositions[0].label, u"Talks went well"_s);
        QCOMPARE(p.propositions[1].claims, (QList<ClaimId>{c2, c4}));
        QVERIFY(p.propositions[1].label.isEmpty());
        QCOMPARE(propositionLabel(p, p.propositions[1]), u"met for 90 minutes 👍🏽"_s);
    }

    void addGroupingLink_mergesPropositions_olderOneStays()
    {
        const auto &p = m_doc->project();
        const ClaimId c1 = p.claims[0].id, c4 = p.claims[3].id;
        const Proposition older = p.propositions[0];
        m_doc->setProposition(p.propositions[1].id, {}, u"check the minutes"_s);
        m_doc->undoStack()->clear();
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->addLink(c1, c4, Relation::Corroborates) != NoId); });
        QCOMPARE(p.propositions.size(), size_t(1));
        QCOMPARE(p.propositions[0].id, older.id);
        QCOMPARE(p.propositions[0].label, older.label);
        QCOMPARE(p.propositions[0].note, u"check the minutes"_s); // notes are never dropped
        QCOMPARE(p.propositions[0].claims.size(), 4);
    }

    void addNonGroupingLink_leavesPropositions()
    {
        const auto &p = m_doc->project();
        const auto before = p.propositions;
        QVERIFY(m_doc->addLink(p.claims[0].id, p.claims[3].id, Relation::Elaborates) != NoId);
        QVERIFY(m_doc->addLink(p.claims[1].id, p.claims[2].id, Relation::Related) != NoId);
        QVERIFY(p.propositions == before);
    }

    void removeLink_splitsProposition_largerPartKeepsLabel()
    {
        const auto &p = m_doc->project();
        const ClaimId c1 = p.claims[0].id, c2 = p.claims[1].id, c3 = p.claims[2].id, c4 = p.claims[3].id;
        // One group c1–c3–c2–c4, joined at c3–c2.
        const LinkId bridge = m_doc->addLink(c3, c2, Relation::Same);
        const ClaimId c5 = m_doc->addClaim(p.articles[3].id, 0, 4);
        m_doc->addLink(c5, c1, Relation::Same); // the c1 side is larger now
        QCOMPARE(p.propositions.size(), size_t(1));
        const Proposition merged = p.propositions[0];
        QCOMPARE(merged.label, u"Talks went well"_s);

        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->removeLinks({bridge})); });
        QCOMPARE(p.propositions.size(), size_t(2));
        QCOMPARE(p.propositions[0].id, merged.id);
        QCOMPARE(p.propositions[0].label, merged.label);
        QCOMPARE(p.propositions[0].claims, (QList<ClaimId>{c1, c3, c5}));
        QVERIFY(p.propositions[1].id > merged.id); // a new group, without a label
        QVERIFY(p.propositions[1].label.isEmpty());
        QCOMPARE(p.propositions[1].claims, (QList<ClaimId>{c2, c4}));
    }

    void setLink_toNonGrouping_splits_andBackMerges()
    {
        const auto &p = m_doc->project();
        const LinkId same = p.links[0].id; // c1–c3
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->setLink(same, Relation::Related, {})); });
        QCOMPARE(p.propositions.size(), size_t(1)); // c2–c4 only
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->setLink(same, Relation::Contradicts, {})); });
        QCOMPARE(p.propositions.size(), size_t(2));
        // Between two grouping relations nothing regroups: same proposition.
        const Project before = p;
        QVERIFY(m_doc->setLink(same, Relation::Differs, u"dates"_s));
        QVERIFY(p.propositions == before.propositions);
    }

    void setProposition_editsLabelAndNote_undoably()
    {
        const auto &p = m_doc->project();
        const PropositionId id = p.propositions[1].id;
        CHECK_UNDO_REDO([&] { QVERIFY(m_doc->setProposition(id, u"  How long\nthey met "_s, u"note"_s)); });
        QCOMPARE(findById(p.propositions, id)->label, u"How long they met"_s);
        QCOMPARE(findById(p.propositions, id)->note, u"note"_s);
        QVERIFY(!m_doc->setProposition(999999, u"x"_s, {}));
    }

    // Propositions are exactly the connected components of the grouping links
    // after every one of 10,000 seeded random edits, undos and redos.
    void randomLinkEdits_propositionsAreComponents()
    {
        Document doc;
        QList<ArticleId> articles;
        for (int a = 0; a < 5; ++a)
            articles << doc.addArticle({}, u"one two three four five six seven eight nine ten"_s, {});
        QList<ClaimId> claims;
        for (int i = 0; i < 40; ++i)
            claims << doc.addClaim(articles[i % 5], (i / 5) * 4, (i / 5) * 4 + 3);
        doc.undoStack()->clear();
        const Project start = doc.project();

        QRandomGenerator random(20251124);
        const auto pick = [&](const auto &list) { return list[int(random.bounded(quint32(list.size())))]; };
        const QList<Relation> relations = allValues<Relation>();
        int merges = 0, splits = 0;
        for (int step = 0; step < 10000; ++step) {
            const Project &p = doc.project();
            const size_t propsBefore = p.propositions.size();
            const quint32 op = random.bounded(100u);
            if (op < 40) {
                doc.addLink(pick(claims), pick(claims), pick(relations));
            } else if (op < 65 && !p.links.empty()) {
                doc.removeLinks({p.links[random.bounded(quint32(p.links.size()))].id});
            } else if (op < 82 && !p.links.empty()) {
                doc.setLink(p.links[random.bounded(quint32(p.links.size()))].id, pick(relations), {});
            } else if (op < 85) {
                const ClaimId gone = pick(claims);
                if (doc.removeClaims({gone}))
                    claims.removeOne(gone);
                claims << doc.addClaim(pick(articles), 0, 3);
            } else if (op < 92 && !p.propositions.empty()) {
                const Proposition &prop = p.propositions[random.bounded(quint32(p.propositions.size()))];
                doc.setProposition(prop.id, u"label %1"_s.arg(step), {});
            } else if (op < 97) {
                doc.undoStack()->undo();
            } else {
                doc.undoStack()->redo();
            }
            merges += p.propositions.size() < propsBefore;
            splits += p.propositions.size() > propsBefore;
            // Claims removed then brought back by undo: follow the project.
            claims.clear();
            for (const Claim &claim : p.claims)
                claims << claim.id;
            checkPropositionsAreComponents(p);
            if (QTest::currentTestFailed()) {
                qWarning("after step %d", step);
                return;
            }
        }
        QVERIFY(merges > 100);
        QVERIFY(splits > 100);
        // The whole history undoes to the start and redoes to the end.
        const Project end = doc.project();
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        Project undone = doc.project();
        undone.nextId = start.nextId;
        QVERIFY(undone == start);
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QVERIFY(doc.project() == end);
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

    // A large project replaced is freed on a worker: the call returns while
    // it still lives (its worker held here), and it is gone once the worker ran.
    void resetProject_freesALargeProjectOnAWorker()
    {
        Document doc;
        doc.resetProject(
            test::synthesizeProject({.articles = 4, .claims = int(Document::DisposeAsideFrom), .seed = 2}));
        const QString text = doc.project().articles.front().text; // shares the old project's text
        QVERIFY(!text.isDetached());
        QThreadPool *pool = longWorkPool();
        QSemaphore release;
        for (int i = 0; i < pool->maxThreadCount(); ++i)
            pool->start([&release] { release.acquire(); });
        auto held = qScopeGuard([&] {
            release.release(pool->maxThreadCount());
            pool->waitForDone();
        });
        doc.resetProject(test::sampleProjectAt(1748822400000));
        QCOMPARE(doc.project().articles.size(), test::sampleProjectAt(1748822400000).articles.size());
        QVERIFY(!text.isDetached()); // the old project waits for its worker
        release.release(pool->maxThreadCount());
        pool->waitForDone();
        QVERIFY(text.isDetached()); // and is gone

        // A small one goes at once.
        Project small = test::synthesizeProject({.articles = 2, .claims = 10, .seed = 2});
        const QString smallText = small.articles.front().text;
        doc.resetProject(std::move(small));
        doc.resetProject(Project{});
        QVERIFY(smallText.isDetached());
    }

    // The index of an article's claims follows every addition, deletion,
    // undo, redo and new project, and never returns a stale row.
    void claimRowsOf_followsEveryEdit()
    {
        Document &doc = *m_doc;
        const Project &p = doc.project();
        const auto check = [&](int step) {
            for (const Article &article : p.articles) {
                std::vector<int> expected;
                for (size_t row = 0; row < p.claims.size(); ++row) {
                    if (p.claims[row].article == article.id)
                        expected.push_back(int(row));
                }
                QVERIFY2(std::ranges::equal(doc.claimRowsOf(article.id), expected), qPrintable(u"step %1"_s.arg(step)));
            }
            QVERIFY(doc.claimRowsOf(ArticleId(999999)).empty());
        };
        QVERIFY(!doc.claimRowsOf(p.articles.front().id).empty());
        // Asked for inside a removal's announcement, it still gives the rows before it.
        connect(doc.claimRows(), &RowNotifier::rowsAboutToBeRemoved, this, [&](int first, int) {
            const ArticleId article = p.claims[size_t(first)].article;
            const std::span<const int> rows = doc.claimRowsOf(article);
            QVERIFY(std::find(rows.begin(), rows.end(), first) != rows.end());
        });
        QRandomGenerator random(3);
        for (int step = 0; step < 200; ++step) {
            const quint32 op = random.bounded(10u);
            const Article &article = p.articles[random.bounded(quint32(p.articles.size()))];
            if (op < 4 && article.text.size() > 2) {
                const int start = int(random.bounded(quint32(article.text.size() - 1)));
                doc.addClaim(article.id, start, start + 1);
            } else if (op < 6 && !p.claims.empty()) {
                doc.removeClaims({p.claims[random.bounded(quint32(p.claims.size()))].id});
            } else if (op < 8) {
                doc.undoStack()->undo();
            } else {
                doc.undoStack()->redo();
            }
            check(step);
            if (QTest::currentTestFailed())
                return;
        }
        Document other;
        test::populateSample(other);
        doc.resetProject(other.project());
        check(-1);
        // Given with the project (as the loader builds it on its worker).
        doc.resetProject(other.project(), ClaimRowIndex(other.project().claims), {}, false);
        check(-2);
        // An index of other claims (of another number) is not taken for it.
        QVERIFY(other.project().claims.size() != 3);
        doc.resetProject(other.project(), ClaimRowIndex(std::vector<Claim>(3)), {}, false);
        check(-3);
        doc.resetProject({});
        QVERIFY(doc.claimRowsOf(other.project().articles.front().id).empty());
    }

private:
    std::unique_ptr<Document> m_doc;
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
