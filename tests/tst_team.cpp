// Team work (issue 11): merging annotators' copies of a project.

#include <app/cli.h>
#include <app/mainwindow.h>
#include <models/adjudication.h>
#include <models/agreement.h>
#include <models/defaultcodebook.h>
#include <models/document.h>
#include <models/export/exportoptions.h>
#include <models/export/report.h>
#include <models/import/articleimporter.h>
#include <models/merge.h>
#include <models/project.h>
#include <models/projectfile.h>
#include <models/propositiongrouping.h>
#include <models/textanchor.h>
#include <support/fakeprompts.h>
#include <support/windowfixture.h>
#include <widgets/adjudicationpanel.h>
#include <widgets/agreementdialog.h>
#include <widgets/preferences.h>

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

const QString kTextA = u"The mayor said on Monday that 1,200 people left their homes. Firefighters worked all night."_s;
const QString kTextB = u"Officials said 800 residents were evacuated. The fire started late on Sunday."_s;

/// Appends a link by `author` to `p` (propositions not regrouped).
LinkId appendLink(Project &p, ClaimId from, ClaimId to, Relation relation, const QString &author)
{
    Link l;
    l.id = p.nextId++;
    l.from = from;
    l.to = to;
    l.relation = relation;
    l.author = author;
    p.links.push_back(l);
    return l.id;
}

/// A project of the two articles and the default codebook; `annotator`
/// makes the claims added with addClaim().
struct Builder
{
    Project p = newProject();
    QString annotator;

    explicit Builder(const QString &who)
        : annotator(who)
    {
        for (const QString &text : {kTextA, kTextB}) {
            Article a;
            a.id = p.nextId++;
            a.text = text;
            a.meta.outlet = text == kTextA ? u"Wire A"_s : u"Wire B"_s;
            a.provenance.sha256 = QByteArray(32, char(text.size()));
            p.articles.push_back(a);
        }
    }

    TagId tag(const QString &name) const
    {
        for (const Tag &t : p.tags)
            if (t.name == name)
                return t.id;
        return NoId;
    }

    ClaimId addClaim(int article, const QString &quote, const QString &tagName,
                     VerificationStatus status = VerificationStatus::Unverified)
    {
        const Article &a = p.articles[size_t(article)];
        const qsizetype at = findQuote(a.text, quote);
        Q_ASSERT(at >= 0);
        Claim c;
        c.id = p.nextId++;
        c.article = a.id;
        c.anchor = makeAnchor(a.text, at, at + quote.size());
        c.attributes.tags = {tag(tagName)};
        c.attributes.status = status;
        c.author = annotator;
        c.createdMs = c.modifiedMs = 1000;
        p.claims.push_back(c);
        return c.id;
    }

    LinkId addLink(ClaimId from, ClaimId to, Relation relation)
    {
        const LinkId id = appendLink(p, from, to, relation, annotator);
        regroupAll(p);
        return id;
    }
};

int claimsBy(const Project &p, const QString &author)
{
    return int(std::count_if(p.claims.begin(), p.claims.end(), [&](const Claim &c) { return c.author == author; }));
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(u"tst_team"_s); }

    void merge_keepsEachAnnotatorsClaimsAndLinks()
    {
        Builder ana(u"Ana"_s);
        const ClaimId a1 = ana.addClaim(0, u"1,200 people left their homes"_s, u"Number/statistic"_s);
        const ClaimId a2 = ana.addClaim(1, u"800 residents were evacuated"_s, u"Number/statistic"_s);
        ana.addLink(a1, a2, Relation::Differs);
        Builder ben(u"Ben"_s);
        // The same span as Ana, another status; a span of his own.
        const ClaimId b1
            = ben.addClaim(0, u"1,200 people left their homes"_s, u"Number/statistic"_s, VerificationStatus::Disputed);
        const ClaimId b2 = ben.addClaim(1, u"The fire started late on Sunday"_s, u"Date/timeline"_s);
        ben.addLink(b1, b2, Relation::Related);

        Project merged = ana.p;
        const MergeReport report = merge(merged, ben.p);
        QCOMPARE(report.articlesMatched, 2);
        QCOMPARE(report.articlesAdded, 0);
        QCOMPARE(report.tagsAdded, QStringList());
        QCOMPARE(report.claimsAdded, 2);
        QCOMPARE(report.linksAdded, 1);
        QCOMPARE(report.annotators, QStringList{u"Ben"_s});
        QCOMPARE(merged.articles.size(), size_t(2));
        QCOMPARE(claimsBy(merged, u"Ana"_s), 2);
        QCOMPARE(claimsBy(merged, u"Ben"_s), 2);
        QCOMPARE(merged.links.size(), size_t(2));
        // Ben's claim on Ana's span keeps his status, anchored the same.
        const auto bens = std::find_if(merged.claims.begin(), merged.claims.end(), [](const Claim &c) {
            return c.author == u"Ben" && c.attributes.status == VerificationStatus::Disputed;
        });
        QVERIFY(bens != merged.claims.end());
        QCOMPARE(bens->anchor, findById(merged.claims, a1)->anchor);
        // Ids stay unique, and the propositions follow the links.
        QSet<Id> ids;
        for (const Claim &c : merged.claims)
            ids.insert(c.id);
        for (const Link &l : merged.links)
            ids.insert(l.id);
        QCOMPARE(ids.size(), qsizetype(merged.claims.size() + merged.links.size()));
        QVERIFY(isGroupedByLinks(merged));
    }

    void merge_theSameFileTwice_addsNothing()
    {
        Builder ana(u"Ana"_s);
        const ClaimId a1 = ana.addClaim(0, u"1,200 people left their homes"_s, u"Number/statistic"_s);
        const ClaimId a2 = ana.addClaim(1, u"800 residents were evacuated"_s, u"Number/statistic"_s);
        ana.addLink(a1, a2, Relation::Differs);
        ana.p.propositions.front().label = u"How many left"_s;
        Project merged = ana.p;
        const MergeReport self = merge(merged, ana.p);
        QVERIFY2(self.addedNothing(), qPrintable(self.summary()));
        QCOMPARE(self.claimsAlreadyThere, 2);
        QCOMPARE(self.linksAlreadyThere, 1);
        QCOMPARE(merged, ana.p);

        Builder ben(u"Ben"_s);
        ben.addClaim(0, u"Firefighters worked all night"_s, u"Event"_s);
        merge(merged, ben.p);
        const Project once = merged;
        const MergeReport again = merge(merged, ben.p);
        QVERIFY(again.addedNothing());
        QCOMPARE(merged, once);
    }

    void merge_matchesCopiesImportedFromOtherEncodings()
    {
        // One text, saved as UTF-8 and as windows-1252 (“curly” quotes,
        // an é): different files, the same article once imported.
        const QString text
            = u"Le maire a déclaré lundi que 1 200 personnes ont quitté leur domicile. “Nous sommes prêts,” a-t-il dit."_s;
        QTemporaryDir dir;
        const QString utf8 = dir.filePath(u"a-utf8.txt"_s), legacy = dir.filePath(u"a-1252.txt"_s);
        for (const auto &[path, bytes] :
             {std::pair{utf8, text.toUtf8()}, {legacy, QStringEncoder("windows-1252").encode(text)}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        ImportedArticle first, second;
        QVERIFY(importFile(utf8, {}, first).ok());
        ImportOptions options;
        options.encoding = u"windows-1252"_s;
        QVERIFY(importFile(legacy, options, second).ok());
        QVERIFY(first.provenance.sha256 != second.provenance.sha256);
        QCOMPARE(second.text, first.text);

        const auto projectOf = [](const ImportedArticle &imported, const QString &who, const QString &quote) {
            Project p = newProject();
            Article a{p.nextId++, imported.meta, imported.text, imported.provenance, NoId};
            p.articles.push_back(a);
            const qsizetype at = findQuote(a.text, quote);
            Claim c;
            c.id = p.nextId++;
            c.article = a.id;
            c.anchor = makeAnchor(a.text, at, at + quote.size());
            c.author = who;
            p.claims.push_back(c);
            return p;
        };
        Project merged = projectOf(first, u"Ana"_s, u"1 200 personnes"_s);
        const MergeReport report = merge(merged, projectOf(second, u"Ben"_s, u"“Nous sommes prêts,”"_s));
        QCOMPARE(report.articlesMatched, 1);
        QCOMPARE(report.articlesAdded, 0);
        QCOMPARE(merged.articles.size(), size_t(1));
        QCOMPARE(merged.claims.size(), size_t(2));
        QCOMPARE(merged.claims[1].anchor.quote, u"“Nous sommes prêts,”"_s);
        QCOMPARE(merged.claims[1].article, merged.articles[0].id);
    }

    void merge_textsThatDifferInSpacing_reanchorByQuote_andNameWhatCannotBePlaced()
    {
        Builder ana(u"Ana"_s);
        Builder ben(u"Ben"_s);
        // Ben's copy of the first article: other spacing, other hash.
        ben.p.articles[0].text
            = u"The mayor said on Monday that  1,200 people left their homes.\nFirefighters worked all night."_s;
        ben.p.articles[0].provenance.sha256 = QByteArray(32, 'x');
        ben.addClaim(0, u"Firefighters worked all night"_s, u"Event"_s);
        const ClaimId lost = ben.addClaim(0, u"that  1,200"_s, u"Number/statistic"_s); // two spaces: not in Ana's text
        const ClaimId other = ben.addClaim(1, u"800 residents"_s, u"Number/statistic"_s);
        ben.addLink(lost, other, Relation::Differs);
        Project merged = ana.p;
        const MergeReport report = merge(merged, ben.p);
        QCOMPARE(report.articlesMatched, 2);
        QCOMPARE(report.claimsAdded, 2);
        QCOMPARE(report.claimsNotPlaced.size(), 1);
        QVERIFY(report.claimsNotPlaced[0].contains(u"that  1,200"_s));
        QCOMPARE(report.linksNotPlaced, 1);
        QVERIFY(report.summary().contains(u"that  1,200"_s));
        const Claim &placed = merged.claims[0];
        QCOMPARE(placed.anchor.quote, u"Firefighters worked all night"_s);
        QCOMPARE(merged.articles[0].text.mid(placed.anchor.start, placed.anchor.end - placed.anchor.start),
                 placed.anchor.quote);
    }

    void merge_tagsByPath_mappingForTheRest()
    {
        Builder ana(u"Ana"_s);
        Builder ben(u"Ben"_s);
        // Ben renamed one tag and added a subtag of another.
        Tag *renamed
            = &*std::find_if(ben.p.tags.begin(), ben.p.tags.end(), [](const Tag &t) { return t.name == u"Event"; });
        renamed->name = u"Happening"_s;
        Tag sub;
        sub.id = ben.p.nextId++;
        sub.parent = ben.tag(u"Quotation"_s);
        sub.name = u"Anonymous source"_s;
        ben.p.tags.push_back(sub);
        ben.addClaim(0, u"Firefighters worked all night"_s, u"Happening"_s);
        ben.addClaim(0, u"The mayor said"_s, u"Anonymous source"_s);
        QCOMPARE(unmatchedTagPaths(ana.p, ben.p), (QStringList{u"Happening"_s, u"Quotation / Anonymous source"_s}));

        Project withoutMapping = ana.p;
        const MergeReport plain = merge(withoutMapping, ben.p);
        QCOMPARE(plain.tagsAdded, (QStringList{u"Happening"_s, u"Quotation / Anonymous source"_s}));
        QCOMPARE(tagPaths(withoutMapping.tags).values().count(u"Quotation / Anonymous source"_s), 1);

        MergeOptions options;
        options.tagMapping.insert(u"Happening"_s, u"Event"_s);
        Project mapped = ana.p;
        const MergeReport report = merge(mapped, ben.p, options);
        QCOMPARE(report.tagsAdded, QStringList{u"Quotation / Anonymous source"_s});
        const Claim &c = *std::find_if(mapped.claims.begin(), mapped.claims.end(), [](const Claim &claim) {
            return claim.anchor.quote == u"Firefighters worked all night";
        });
        QCOMPARE(c.attributes.tags, QList<TagId>{ana.tag(u"Event"_s)});
    }

    // ------------------------------------------------------------ agreement

    void alpha_matchesKrippendorffsWorkedExamples()
    {
        // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.
        // Annenberg School for Communication, University of Pennsylvania,
        // Departmental Papers 43. Example A, binary data, two observers, no
        // missing data: alpha = 0.095.
        const std::vector<int> a{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, b{1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        std::vector<std::vector<int>> binary;
        for (size_t i = 0; i < a.size(); ++i)
            binary.push_back({a[i], b[i]});
        QCOMPARE(qRound(krippendorffAlphaNominal(binary) * 1000), 95);
        // Example C, nominal data, four observers, missing values (-1):
        // alpha = 0.743.
        const int _ = -1;
        const std::vector<std::vector<int>> observers{{1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
                                                      {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
                                                      {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
                                                      {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _}};
        std::vector<std::vector<int>> units(12);
        for (const auto &row : observers)
            for (size_t u = 0; u < row.size(); ++u)
                units[u].push_back(row[u]);
        QCOMPARE(qRound(krippendorffAlphaNominal(units) * 1000), 743);
        // A unit of weight 3 counts as three units.
        std::vector<std::vector<int>> tripled = binary;
        tripled.push_back(binary[0]);
        tripled.push_back(binary[0]);
        std::vector<double> weights(binary.size(), 1.0);
        weights[0] = 3;
        QCOMPARE(krippendorffAlphaNominal(binary, weights), krippendorffAlphaNominal(tripled));
        // No variation at all: undefined.
        QVERIFY(std::isnan(krippendorffAlphaNominal({{1, 1}, {1, 1}})));
    }

    void kappa_matchesTheTextbookExample()
    {
        // 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15:
        // observed 0.7, chance 0.5, kappa 0.4.
        std::vector<std::pair<int, int>> pairs;
        for (const auto &[x, y, n] : {std::tuple{1, 1, 20}, {1, 0, 5}, {0, 1, 10}, {0, 0, 15}})
            for (int i = 0; i < n; ++i)
                pairs.emplace_back(x, y);
        QCOMPARE(qRound(cohensKappa(pairs) * 1000), 400);
        pairs.emplace_back(1, -1); // a missing value does not count
        QCOMPARE(qRound(cohensKappa(pairs) * 1000), 400);
    }

    void agreement_onAProject_perCharacter_status_andLinks()
    {
        // Ten characters; Ana tags [0, 5), Ben [0, 4) with the same tag. By
        // hand: o(1,1) = 8, o(0,0) = 10, o(0,1) = o(1,0) = 1; n1 = 9, n0 = 11;
        // alpha = 1 - 19 * 2 / (2 * 9 * 11) = 0.8081. Kappa: observed 0.9,
        // chance 0.5 * 0.4 + 0.5 * 0.6 = 0.5, kappa 0.8.
        Project p = newProject();
        for (const QString &text : {u"abcdefghij"_s, u"klmnopqrst"_s}) {
            Article a;
            a.id = p.nextId++;
            a.text = text;
            p.articles.push_back(a);
        }
        const TagId tag = p.tags.front().id;
        const auto claim = [&](int article, int start, int end, const QString &who, VerificationStatus status) {
            Claim c;
            c.id = p.nextId++;
            c.article = p.articles[size_t(article)].id;
            c.anchor = makeAnchor(p.articles[size_t(article)].text, start, end);
            c.attributes.tags = {tag};
            c.attributes.status = status;
            c.author = who;
            p.claims.push_back(c);
            return c.id;
        };
        const ClaimId a1 = claim(0, 0, 5, u"Ana"_s, VerificationStatus::Supported);
        const ClaimId b1 = claim(0, 0, 4, u"Ben"_s, VerificationStatus::Disputed);
        const ClaimId a2 = claim(1, 0, 10, u"Ana"_s, VerificationStatus::False);
        const ClaimId b2 = claim(1, 0, 10, u"Ben"_s, VerificationStatus::False);
        appendLink(p, a1, a2, Relation::Same, u"Ana"_s);
        appendLink(p, b1, b2, Relation::Differs, u"Ben"_s);

        const AgreementReport r = measureAgreement(p);
        QCOMPARE(r.annotators, (QStringList{u"Ana"_s, u"Ben"_s}));
        QCOMPARE(r.articles, 2);
        QCOMPARE(r.tags.size(), 1);
        // Article 2 agrees throughout (10 more units of 1): recompute by hand
        // with them. o(1,1) = 8 + 20 = 28, o(0,0) = 10, o(0,1) = o(1,0) = 1;
        // n1 = 29, n0 = 11, n = 40: alpha = 1 - 39 * 2 / (2 * 29 * 11).
        const double expected = 1.0 - 39.0 * 2 / (2.0 * 29 * 11);
        QVERIFY(qAbs(r.tags[0].alpha - expected) < 1e-9);
        QCOMPARE(r.tags[0].units, 20.0);
        QCOMPARE(r.tags[0].agreed, 19.0 / 20);
        QVERIFY(qAbs(r.overall.alpha - expected) < 1e-9); // one tag: the sets are the tag or none
        // Kappa by hand: (1,1) 14, (1,0) 1, (0,0) 5: observed 0.95; chance
        // 0.75 * 0.7 + 0.25 * 0.3 = 0.6; kappa = 0.35 / 0.4 = 0.875.
        QVERIFY(qAbs(r.tags[0].kappa - 0.875) < 1e-9);
        // Status: [0,5) and [0,4) overlap 0.8, matched: Supported ≠ Disputed;
        // the second pair agrees (False).
        QCOMPARE(r.status.units, 2.0);
        QCOMPARE(r.status.agreed, 0.5);
        // Links: the same pair, Same against Differs.
        QCOMPARE(r.links.units, 1.0);
        QCOMPARE(r.links.agreed, 0.0);

        // The report's section, with the figures and the units behind them;
        // none for one annotator.
        ReportOptions options;
        const QString html = QString::fromUtf8(htmlReport(ExportSelection(p, {}), options));
        QVERIFY(html.contains(u"<section id=\"agreement\""_s));
        QVERIFY(html.contains(QString::number(expected, 'f', 3)));
        QVERIFY(html.contains(u"0.875"_s));
        Project single = p;
        for (Claim &c : single.claims)
            c.author = u"Ana"_s;
        for (Link &l : single.links)
            l.author = u"Ana"_s;
        QVERIFY(!QString::fromUtf8(htmlReport(ExportSelection(single, {}), options)).contains(u"id=\"agreement\""_s));

        // One annotator only: nothing to compare.
        const AgreementReport alone = measureAgreement(p, {u"Ana"_s});
        QCOMPARE(alone.articles, 0);
        QVERIFY(std::isnan(alone.overall.alpha));
    }

    void annotator_isAskedOnce_andClaimsCarryIt()
    {
        std::unique_ptr<MainWindow> window;
        test::FakePrompts *prompts = nullptr;
        QVERIFY(test::openWindow(window, prompts)); // settings cleared: a first start
        prompts->answerText = u"  Chloé  "_s;
        window->askAnnotatorOnce();
        QCOMPARE(prompts->textQuestions.size(), 1);
        QCOMPARE(window->document()->annotator(), u"Chloé"_s);
        QCOMPARE(QSettings().value(u"annotator"_s).toString(), u"Chloé"_s);
        window->askAnnotatorOnce();
        QCOMPARE(prompts->textQuestions.size(), 1); // never again
        Builder b(u"x"_s);
        window->document()->resetProject(b.p);
        const ClaimId claim = window->document()->addClaim(b.p.articles[0].id, 4, 9);
        QCOMPARE(findById(window->document()->project().claims, claim)->author, u"Chloé"_s);
        // Without $USER or $LOGNAME, the home folder's name is offered: never nothing.
        QSettings().clear();
        const QByteArray user = qgetenv("USER"), logname = qgetenv("LOGNAME");
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        const QString offered = Preferences::load().annotator;
        qputenv("USER", user);
        qputenv("LOGNAME", logname);
        QVERIFY(!offered.isEmpty());
        QCOMPARE(offered, QDir::home().dirName());
        // Cancelled: the login name stays, and is not asked for again.
        QSettings().clear();
        prompts->answerText.reset();
        window->askAnnotatorOnce();
        QCOMPARE(prompts->textQuestions.size(), 2);
        QVERIFY(QSettings().contains(u"annotator"_s));
        test::closeWindow(window, prompts);
    }

    void mergeFromTheWindow_mapsTags_isOneUndoStep_andAgreementShows()
    {
        std::unique_ptr<MainWindow> window;
        test::FakePrompts *prompts = nullptr;
        QVERIFY(test::openWindow(window, prompts));
        Builder ana(u"Ana"_s);
        const ClaimId a1 = ana.addClaim(0, u"1,200 people left their homes"_s, u"Number/statistic"_s);
        const ClaimId a2 = ana.addClaim(1, u"800 residents were evacuated"_s, u"Number/statistic"_s);
        ana.addLink(a1, a2, Relation::Differs);
        window->document()->resetProject(ana.p);
        Builder ben(u"Ben"_s);
        std::find_if(ben.p.tags.begin(), ben.p.tags.end(), [](const Tag &t) { return t.name == u"Event"; })->name
            = u"Happening"_s;
        const ClaimId b1 = ben.addClaim(0, u"1,200 people left their homes"_s, u"Number/statistic"_s);
        const ClaimId b2 = ben.addClaim(1, u"800 residents were evacuated"_s, u"Number/statistic"_s);
        ben.addLink(b1, b2, Relation::Differs);
        ben.addClaim(1, u"The fire started late on Sunday"_s, u"Happening"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ben.crossread"_s);
        QVERIFY(saveProject(ben.p, path).ok());

        prompts->openPath = path;
        prompts->tagMapping = QHash<QString, QString>{{u"Happening"_s, u"Event"_s}};
        QAction *mergeAction = test::findAction(window.get(), u"Merge Project…"_s);
        QVERIFY(mergeAction);
        mergeAction->trigger();
        const Project &p = window->document()->project();
        QCOMPARE(prompts->tagsToMap, QStringList{u"Happening"_s});
        QCOMPARE(prompts->mergeReports.size(), 1);
        QCOMPARE(claimsBy(p, u"Ben"_s), 3);
        QCOMPARE(p.links.size(), size_t(2));
        QCOMPARE(p.tags.size(), ana.p.tags.size()); // mapped, not added
        QVERIFY(isGroupedByLinks(p));
        QCOMPARE(window->document()->undoStack()->undoText(), u"Merge “ben.crossread”"_s);

        // The agreement of the two.
        {
            AgreementDialog dialog(window->document());
            QCOMPARE(dialog.annotators()->count(), 2);
            QTreeWidget *figures = dialog.figures();
            QCOMPARE(figures->topLevelItemCount(), 5); // overall, the two tags used, status, links
            QCOMPARE(figures->topLevelItem(figures->topLevelItemCount() - 1)->text(3), u"100.0%"_s); // the same link
            dialog.annotators()->item(1)->setCheckState(Qt::Unchecked);
            QCOMPARE(figures->topLevelItemCount(), 0);
        }

        // One undo step; merging again adds nothing.
        window->document()->undoStack()->undo();
        QCOMPARE(p.tags, ana.p.tags);
        QCOMPARE(p.claims, ana.p.claims);
        QCOMPARE(p.links, ana.p.links);
        QCOMPARE(p.propositions, ana.p.propositions); // (ids are not handed out twice: nextId stays)
        window->document()->undoStack()->redo();
        const Project once = p;
        mergeAction->trigger();
        QCOMPARE(p, once);
        QVERIFY(prompts->mergeReports.last().startsWith(u"Nothing new"_s));
        // A damaged file is named, and nothing changes.
        QFile damaged(dir.filePath(u"bad.crossread"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("not a project");
        damaged.close();
        prompts->openPath = damaged.fileName();
        mergeAction->trigger();
        QCOMPARE(prompts->errors.size(), 1);
        QVERIFY(prompts->errors[0].contains(u"bad.crossread"_s));
        QCOMPARE(p, once);
        test::closeWindow(window, prompts);
    }

    // ------------------------------------------------------------ adjudication

    void adjudication_settlesEachDisagreement_undoably_andEndsClean()
    {
        Builder ana(u"Ana"_s);
        const ClaimId a1 = ana.addClaim(0, u"1,200 people left their homes"_s, u"Number/statistic"_s);
        const ClaimId a2 = ana.addClaim(1, u"800 residents were evacuated"_s, u"Number/statistic"_s);
        ana.addClaim(0, u"Firefighters worked all night"_s, u"Event"_s); // Ben did not tag it
        ana.addLink(a1, a2, Relation::Differs);
        Builder ben(u"Ben"_s);
        const ClaimId b1 = ben.addClaim(0, u"1,200 people left their homes"_s, u"Number/statistic"_s,
                                        VerificationStatus::Disputed); // another status
        const ClaimId b2 = ben.addClaim(1, u"800 residents were evacuated"_s, u"Number/statistic"_s); // the same
        ben.addClaim(1, u"The fire started late on Sunday"_s, u"Date/timeline"_s); // Ana did not
        ben.addLink(b1, b2, Relation::Contradicts); // another relation
        Project merged = ana.p;
        merge(merged, ben.p);
        Document doc;
        doc.resetProject(merged);
        const auto kinds = [&] {
            QList<Disagreement::Kind> k;
            for (const Disagreement &d : adjudicate(doc.project()).disagreements)
                k << d.kind;
            return k;
        };
        using K = Disagreement::Kind;
        Adjudication a = adjudicate(doc.project());
        QCOMPARE(kinds(), (QList<K>{K::ClaimVersions, K::ClaimByOneOnly, K::ClaimByOneOnly}));
        QCOMPARE(a.agreedClaims(), 1);
        QCOMPARE(a.waitingLinks, 2); // their ends are not settled yet
        QCOMPARE(a.disagreements[0].annotators, (QStringList{u"Ana"_s, u"Ben"_s}));
        QCOMPARE(a.disagreements[1].without, QStringList{u"Ben"_s});

        // What both agree on, at once: the 800 residents.
        QCOMPARE(acceptAgreements(doc), 1);
        QCOMPARE(adjudicate(doc.project()).settledClaims, 1);
        // Ben's status for the 1,200; undone and done again.
        const Disagreement status = adjudicate(doc.project()).disagreements[0];
        QVERIFY(acceptVersion(doc, status, 1));
        const Claim &settled = doc.project().claims.back();
        QCOMPARE(settled.author, consensusAuthor());
        QCOMPARE(settled.attributes.status, VerificationStatus::Disputed);
        QCOMPARE(kinds(), (QList<K>{K::ClaimByOneOnly, K::ClaimByOneOnly, K::LinkVersions}));
        doc.undoStack()->undo();
        QCOMPARE(kinds(), (QList<K>{K::ClaimVersions, K::ClaimByOneOnly, K::ClaimByOneOnly}));
        doc.undoStack()->redo();
        // Ana's night shift kept; Ben's Sunday dropped.
        a = adjudicate(doc.project());
        QVERIFY(acceptVersion(doc, a.disagreements[0], 0));
        a = adjudicate(doc.project());
        const qsizetype before = qsizetype(doc.project().claims.size());
        QVERIFY(rejectVersions(doc, a.disagreements[0]));
        QCOMPARE(qsizetype(doc.project().claims.size()), before - 1);
        // The link: Ana's relation.
        a = adjudicate(doc.project());
        QCOMPARE(a.disagreements.size(), 1);
        QCOMPARE(a.disagreements[0].kind, K::LinkVersions);
        QVERIFY(acceptVersion(doc, a.disagreements[0], 0));
        a = adjudicate(doc.project());
        QVERIFY(a.disagreements.isEmpty());
        QCOMPARE(a.settledClaims, 3);
        QCOMPARE(a.settledLinks, 1);

        // The clean project: only what was settled, propositions following.
        QVERIFY(finishAdjudication(doc));
        const Project &clean = doc.project();
        QCOMPARE(clean.claims.size(), size_t(3));
        QCOMPARE(clean.links.size(), size_t(1));
        QCOMPARE(clean.links[0].relation, Relation::Differs);
        for (const Claim &c : clean.claims)
            QCOMPARE(c.author, consensusAuthor());
        QVERIFY(isGroupedByLinks(clean));
        QVERIFY(annotatorsOf(clean).isEmpty());
        doc.undoStack()->undo(); // one step
        QCOMPARE(doc.project().claims.size(), size_t(8)); // 6 merged + 3 settled - Ben's Sunday
    }

    void adjudication_bothVersions_carryAllTheirTags()
    {
        Builder ana(u"Ana"_s);
        ana.addClaim(0, u"The mayor said on Monday"_s, u"Attribution"_s);
        Builder ben(u"Ben"_s);
        ben.addClaim(0, u"The mayor said on Monday"_s, u"Date/timeline"_s);
        Project merged = ana.p;
        merge(merged, ben.p);
        Document doc;
        doc.resetProject(merged);
        const Adjudication a = adjudicate(doc.project());
        QCOMPARE(a.disagreements.size(), 1);
        QVERIFY(acceptAll(doc, a.disagreements[0]));
        const Claim &both = doc.project().claims.back();
        QCOMPARE(both.attributes.tags, (QList<TagId>{ana.tag(u"Date/timeline"_s), ana.tag(u"Attribution"_s)}));
        QVERIFY(adjudicate(doc.project()).disagreements.isEmpty());
        // Rejected: no claim at all there.
        doc.undoStack()->undo();
        QVERIFY(rejectVersions(doc, adjudicate(doc.project()).disagreements[0]));
        QVERIFY(doc.project().claims.empty());
    }

    void adjudicationPanel_settlesWithKeys_andFinishes()
    {
        std::unique_ptr<MainWindow> window;
        test::FakePrompts *prompts = nullptr;
        QVERIFY(test::openWindow(window, prompts));
        Builder ana(u"Ana"_s);
        ana.addClaim(0, u"1,200 people left their homes"_s, u"Number/statistic"_s);
        ana.addClaim(1, u"800 residents were evacuated"_s, u"Number/statistic"_s);
        Builder ben(u"Ben"_s);
        ben.addClaim(0, u"1,200 people left their homes"_s, u"Number/statistic"_s, VerificationStatus::Disputed);
        ben.addClaim(1, u"800 residents were evacuated"_s, u"Number/statistic"_s);
        Project merged = ana.p;
        merge(merged, ben.p);
        window->document()->resetProject(merged);
        QAction *adjudicate = test::findAction(window.get(), u"Adjudicate"_s);
        QVERIFY(adjudicate);
        adjudicate->trigger();
        AdjudicationPanel *panel = window->adjudication();
        QTRY_VERIFY(panel->isVisible());
        QTreeWidget *list = panel->list();
        QTRY_COMPARE(list->topLevelItemCount(), 1); // the status of the 1,200
        QCOMPARE(list->topLevelItem(0)->childCount(), 2); // Ana's and Ben's
        QCOMPARE(panel->state().agreedClaims(), 1);
        if (const QString folder = qEnvironmentVariable("CROSSREAD_SCREENSHOTS"); !folder.isEmpty())
            QVERIFY(window->grab().save(folder + u"/adjudication.png"_s));
        // Ben's version, with the keyboard: down to it, Enter.
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0)->child(0));
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentItem()->text(0), u"Ben"_s);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(window->document()->project().claims.back().attributes.status, VerificationStatus::Disputed);
        QCOMPARE(window->document()->project().claims.back().author, consensusAuthor());
        // Undone from the window: the disagreement is back.
        QTest::keySequence(window.get(), QKeySequence::Undo);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QTest::keySequence(window.get(), QKeySequence::Redo);
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        // What both agree on, then finish (asked first).
        panel->acceptAgreed();
        QCOMPARE(panel->state().settledClaims, 2);
        prompts->confirmation = false;
        panel->finish();
        QCOMPARE(window->document()->project().claims.size(), size_t(6));
        prompts->confirmation = true;
        panel->finish();
        QCOMPARE(prompts->confirmations.size(), 2);
        QCOMPARE(window->document()->project().claims.size(), size_t(2));
        QVERIFY(annotatorsOf(window->document()->project()).isEmpty());
        test::closeWindow(window, prompts);
    }

    void mergeCommand_writesTheMergedProject_andSaysWhatItDid()
    {
        QTemporaryDir dir;
        Builder ana(u"Ana"_s);
        ana.addClaim(0, u"1,200 people left their homes"_s, u"Number/statistic"_s);
        Builder ben(u"Ben"_s);
        ben.addClaim(0, u"Firefighters worked all night"_s, u"Event"_s);
        const QString a = dir.filePath(u"ana.crossread"_s), b = dir.filePath(u"ben.crossread"_s),
                      out = dir.filePath(u"merged.crossread"_s);
        QVERIFY(saveProject(ana.p, a).ok());
        QVERIFY(saveProject(ben.p, b).ok());
        QString stdout_, stderr_;
        QTextStream o(&stdout_), e(&stderr_);
        QCOMPARE(cli::run({u"crossread"_s, u"merge"_s, a, b, b, u"-o"_s, out, u"--json"_s}, o, e), 0);
        o.flush();
        const QJsonObject json = QJsonDocument::fromJson(stdout_.toUtf8()).object();
        QCOMPARE(json[u"merged"_s].toArray().size(), 2);
        QCOMPARE(json[u"merged"_s][0][u"claimsAdded"_s].toInt(), 1);
        QCOMPARE(json[u"merged"_s][1][u"claimsAdded"_s].toInt(), 0); // the same file again
        Project merged;
        QVERIFY(loadProject(out, merged).ok());
        QCOMPARE(claimsBy(merged, u"Ana"_s), 1);
        QCOMPARE(claimsBy(merged, u"Ben"_s), 1);

        // The agreement of the merged project, as JSON.
        stdout_.clear();
        QCOMPARE(cli::run({u"crossread"_s, u"agreement"_s, out, u"--json"_s}, o, e), 0);
        o.flush();
        const QJsonObject agreement = QJsonDocument::fromJson(stdout_.toUtf8()).object();
        QCOMPARE(agreement[u"annotators"_s].toArray().size(), 2);
        QCOMPARE(agreement[u"articles"_s].toInt(), 1);
        QVERIFY(agreement[u"overall"_s][u"units"_s].toDouble() > 0);
        stdout_.clear();
        QCOMPARE(cli::run({u"crossread"_s, u"agreement"_s, out}, o, e), 0);
        o.flush();
        QVERIFY(stdout_.contains(u"Ana, Ben"_s));

        // Wrong use: one project, no -o, a bad mapping, a file that is not there.
        QCOMPARE(cli::run({u"crossread"_s, u"merge"_s, a, u"-o"_s, out}, o, e), 2);
        QCOMPARE(cli::run({u"crossread"_s, u"merge"_s, a, b}, o, e), 2);
        QCOMPARE(cli::run({u"crossread"_s, u"merge"_s, a, b, u"-o"_s, out, u"--map-tag"_s, u"nothing"_s}, o, e), 2);
        QCOMPARE(cli::run({u"crossread"_s, u"merge"_s, a, dir.filePath(u"none.crossread"_s), u"-o"_s, out}, o, e), 1);
    }
};

} // namespace crossread

QTEST_MAIN(crossread::TestTeam)
#include "tst_team.moc"
