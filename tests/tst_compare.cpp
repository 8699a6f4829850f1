// Passage ranking: the analyzer's terms (stems, name skeletons, values), the
// passages an article is cut into, and rankings on small cases written for
// what real coverage does to words.

#include <models/compare/passageindex.h>
#include <models/compare/textanalyzer.h>

#include <QTest>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

QStringList keys(const QList<Term> &terms)
{
    QStringList out;
    for (const Term &t : terms)
        out << t.key;
    return out;
}

/// The text of the best passage for `query` among `articles` (the first is
/// article 1, and so on), or empty.
QString best(const QStringList &articles, const QString &query, TextAnalyzer::Mode mode = TextAnalyzer::Mode::Full)
{
    PassageIndex index(mode);
    QList<PassageIndex::Source> sources;
    for (qsizetype i = 0; i < articles.size(); ++i)
        sources.append({ArticleId(i + 1), articles[i], u"en"_s, QDate(2025, 6, 2)});
    index.build(sources);
    const QList<PassageHit> hits = index.search(query, u"en"_s, QDate(2025, 6, 2), {}, 1);
    if (hits.isEmpty())
        return {};
    const PassageHit &h = hits.first();
    return articles[qsizetype(h.article) - 1].mid(h.start, h.end - h.start);
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton_joinsSpellingsOfOneName_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("Umerov, Oumerov") << u"umerov"_s << u"oumerov"_s << true;
        QTest::newRow("Umerov in Cyrillic") << u"umerov"_s << u"умеров"_s << true;
        QTest::newRow("Kiev, Kyiv") << u"kiev"_s << u"kyiv"_s << true;
        QTest::newRow("Medinsky, Medinskian") << u"medinsky"_s << u"medinskian"_s << true;
        QTest::newRow("Zelensky, Zelenskyy") << u"zelensky"_s << u"zelenskyy"_s << true;
        QTest::newRow("Peskov in Cyrillic") << u"peskov"_s << u"песков"_s << true;
        QTest::newRow("Umerov, Medinsky") << u"umerov"_s << u"medinsky"_s << false;
        QTest::newRow("Kyiv, Kursk") << u"kyiv"_s << u"kursk"_s << false;
    }

    void skeleton_joinsSpellingsOfOneName()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(TextAnalyzer::skeleton(a) == TextAnalyzer::skeleton(b), same);
    }

    void terms_stemDropStopWordsAndAddValues()
    {
        TextAnalyzer analyzer;
        const QStringList t
            = keys(analyzer.terms(u"Russia proposed a memorandum on May 28th"_s, u"en"_s, QDate(2025, 6, 2)));
        QVERIFY(t.contains(u"s:propos"_s));
        QVERIFY(t.contains(u"s:memorandum"_s));
        QVERIFY(!t.contains(u"s:a"_s)); // a stop word
        QVERIFY(t.contains(u"v:2025-05-28"_s));
        // A capitalised word gives its skeleton, when it has three consonants or more.
        QVERIFY(keys(analyzer.terms(u"Oumerov said"_s, u"en"_s)).contains(u"k:mrv"_s));
        QVERIFY(!std::any_of(t.begin(), t.end(), [](const QString &k) { return k.startsWith(u"k:"); })); // "rs"
        // The same stem for the noun; the same value for another date form.
        const QStringList u = keys(analyzer.terms(u"The proposal of 28 May"_s, u"en"_s, QDate(2025, 6, 2)));
        QVERIFY(u.contains(u"s:propos"_s));
        QVERIFY(u.contains(u"v:2025-05-28"_s));
        // Russian, French and German words stem in their language.
        QCOMPARE(analyzer.stem(u"переговоров"_s, u"ru"_s), analyzer.stem(u"переговоры"_s, u"ru"_s));
        QCOMPARE(analyzer.stem(u"propositions"_s, u"fr"_s), analyzer.stem(u"proposition"_s, u"fr"_s));
        QCOMPARE(analyzer.stem(u"verhandlungen"_s, u"de"_s), analyzer.stem(u"verhandlung"_s, u"de"_s));
        // Plain mode: words as they are, nothing else.
        TextAnalyzer plain(TextAnalyzer::Mode::Plain);
        QCOMPARE(keys(plain.terms(u"Russia proposed 28 May"_s, u"en"_s)),
                 (QStringList{u"russia"_s, u"proposed"_s, u"28"_s, u"may"_s}));
    }

    void termIds_areTheTermsByNumber()
    {
        TextAnalyzer analyzer;
        const QString text = u"Oumerov said the cease-fire of 28 May, worth €5 billion, holds. Memoranda."_s;
        const QList<Term> terms = analyzer.terms(text, u"en"_s, QDate(2025, 6, 2));
        std::vector<TextAnalyzer::TermId> ids;
        analyzer.termIds(text, u"en"_s, QDate(2025, 6, 2), ids);
        QCOMPARE(qsizetype(ids.size()), terms.size());
        for (qsizetype i = 0; i < terms.size(); ++i) {
            QCOMPARE(analyzer.key(ids[size_t(i)].id), terms[i].key);
            QCOMPARE(ids[size_t(i)].weight, terms[i].weight);
            QCOMPARE(ids[size_t(i)].word, terms[i].word);
        }
        // The hyphenated word also as one word, at half weight; the prefix of a long stem is a fallback.
        const auto find = [&](const QString &key) {
            return std::find_if(terms.begin(), terms.end(), [&](const Term &t) { return t.key == key; });
        };
        QVERIFY(find(u"s:ceasefir"_s) != terms.end());
        QCOMPARE(find(u"s:ceasefir"_s)->weight, 0.5f);
        QVERIFY(find(u"p:memor"_s) != terms.end() && find(u"p:memor"_s)->fallback);
        const auto stem
            = std::find_if(terms.begin(), terms.end(), [](const Term &t) { return t.key.startsWith(u"s:memor"); });
        QVERIFY(stem != terms.end() && !stem->fallback);
    }

    void concepts_joinWordsReportsUseForOneAnother()
    {
        TextAnalyzer analyzer;
        const auto group = [&](const QString &word) { return analyzer.conceptOf(analyzer.stem(word, u"en"_s)); };
        QCOMPARE(group(u"truce"_s), group(u"ceasefire"_s));
        QCOMPARE(group(u"kremlin"_s), group(u"russia"_s));
        QCOMPARE(group(u"negotiations"_s), group(u"talks"_s));
        QVERIFY(group(u"truce"_s) != group(u"talks"_s));
        QVERIFY(group(u"weather"_s).isEmpty());
        // The concept and the prefix of a long stem are terms too.
        const QStringList t = keys(analyzer.terms(u"memoranda"_s, u"en"_s));
        QVERIFY(t.contains(u"c:memorandum"_s));
        QVERIFY(keys(analyzer.terms(u"memorandum"_s, u"en"_s)).contains(u"p:memor"_s));
        QVERIFY(t.contains(u"p:memor"_s));
    }

    void splitPassages_sentencesLinesAndClausesOfLongSentences()
    {
        const QString text = u"HEADLINE WITHOUT A STOP\nFirst sentence here. Second one follows!\n\n"
                             "A very long sentence that goes on and on about the talks in Istanbul and the memorandum "
                             "that both sides exchanged; the second part of it tells of prisoners and of bodies "
                             "returned to their families after the meeting ended in the early afternoon."_s;
        const QList<Passage> passages = splitPassages(text, 7);
        QStringList texts;
        for (const Passage &p : passages) {
            QCOMPARE(p.article, ArticleId(7));
            texts << text.mid(p.start, p.end - p.start);
        }
        QCOMPARE(texts.value(0), u"HEADLINE WITHOUT A STOP"_s);
        QCOMPARE(texts.value(1), u"First sentence here."_s);
        QCOMPARE(texts.value(2), u"Second one follows!"_s);
        QCOMPARE(texts.size(), 5); // the long sentence is cut at its semicolon
        QVERIFY(texts.value(3).endsWith(u"exchanged;"_s));
        QVERIFY(texts.value(4).startsWith(u"the second part"_s));
    }

    void ranking_findsTheSameThingSaidOtherwise_data()
    {
        QTest::addColumn<QStringList>("articles");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const QString filler = u"The weather in the city was warm. Markets opened higher on Monday. "
                               "A spokesman declined to comment on the schedule. "_s;
        QTest::newRow("transliterated name")
            << QStringList{filler + u"The Russians arrived early that evening."_s
                           + u" Oumerov arrived late that evening."_s}
            << u"Umerov arrived in Istanbul."_s << u"Oumerov arrived late that evening."_s;
        // In each row a decoy comes first and wins ties: only the treatment
        // the row is about puts the right passage on top.
        QTest::newRow("date forms") << QStringList{filler + u"Ukraine wanted talks of leaders instead."_s
                                                   + u" Moscow first suggested holding direct talks on 28 May."_s}
                                    << u"The proposal for talks came on May 28th."_s
                                    << u"Moscow first suggested holding direct talks on 28 May."_s;
        QTest::newRow("stemming") << QStringList{filler + u"Russia wants a truce."_s + u" Russia proposes a truce."_s}
                                  << u"Russia's proposal"_s << u"Russia proposes a truce."_s;
        QTest::newRow("amounts written otherwise")
            << QStringList{filler + u"Officials spoke of billions in aid."_s
                           + u" The union pledged 5 billion euros for weapons."_s}
            << u"An aid package of €5 billion"_s << u"The union pledged 5 billion euros for weapons."_s;
        QTest::newRow("shared key terms beat shared function words")
            << QStringList{filler + u"It was the first of the meetings of the year of the talks."_s
                           + u" Prisoners were exchanged at the border."_s}
            << u"The exchange of prisoners"_s << u"Prisoners were exchanged at the border."_s;
        QTest::newRow("hyphenated and joined spellings")
            << QStringList{filler + u"The fire was put out by noon."_s + u" Kyiv wants an unconditional ceasefire."_s}
            << u"Both sides want a cease-fire."_s << u"Kyiv wants an unconditional ceasefire."_s;
        // "observers" matches by its stem; its first letters add nothing more.
        QTest::newRow("a long word's prefix does not count twice")
            << QStringList{filler + u"The observers counted the damage in the town."_s
                           + u" The river rose in the town."_s}
            << u"Foreign observers watched the river."_s << u"The river rose in the town."_s;
        // Passages are as long as their words, however many terms a name gives.
        QTest::newRow("names do not lengthen a passage")
            << QStringList{filler + u"The talks on the harbour resumed in the old town at dusk today."_s
                           + u" Talks with Abramovich, Berezovsky and Khodorkovsky on the harbour resumed."_s}
            << u"The talks on the harbour resumed."_s
            << u"Talks with Abramovich, Berezovsky and Khodorkovsky on the harbour resumed."_s;
    }

    void ranking_findsTheSameThingSaidOtherwise()
    {
        QFETCH(QStringList, articles);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(best(articles, query), expected);
    }

    void search_skipsDatelinesAndBylines()
    {
        PassageIndex index;
        index.build(QList<PassageIndex::Source>{
            {1, u"5 March 2031\nThe fire began on Tuesday, March 4, at the warehouse."_s, u"en"_s, QDate(2031, 3, 5)}});
        const QList<PassageHit> hits = index.search(u"March 2031"_s, u"en"_s, {}, {}, 5);
        QCOMPARE(hits.size(), 1); // not the three-word dateline
        QCOMPARE(hits[0].start, 13);
    }

    void search_listsOtherArticlesBeforeFurtherPassagesOfOne()
    {
        PassageIndex index;
        index.build(QList<PassageIndex::Source>{
            {1,
             u"The bridge over the river collapsed at dawn. The old bridge over the river collapsed."_s,
             u"en"_s,
             {}},
            {2, u"A bridge collapsed over a river in the north."_s, u"en"_s, {}}});
        const QList<PassageHit> hits = index.search(u"The bridge over the river collapsed"_s, u"en"_s, {}, {}, 3);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits[0].article, ArticleId(1));
        QCOMPARE(hits[1].article, ArticleId(2)); // before article 1's second passage, which scores more
        QVERIFY(hits[0].score >= hits[1].score && hits[1].score >= hits[2].score);
        // Without the discount, by score alone.
        PassageIndex::Options options;
        options.diversity = 0;
        PassageIndex plain(TextAnalyzer::Mode::Full, options);
        plain.build(QList<PassageIndex::Source>{
            {1,
             u"The bridge over the river collapsed at dawn. The old bridge over the river collapsed."_s,
             u"en"_s,
             {}},
            {2, u"A bridge collapsed over a river in the north."_s, u"en"_s, {}}});
        const QList<PassageHit> byScore = plain.search(u"The bridge over the river collapsed"_s, u"en"_s, {}, {}, 3);
        QCOMPARE(byScore.size(), 3);
        QCOMPARE(byScore[1].article, ArticleId(1));
    }

    void explain_givesEachMatchingTermItsShare()
    {
        PassageIndex index;
        index.build(QList<PassageIndex::Source>{{1, u"Prisoners were exchanged at the border."_s, u"en"_s, {}},
                                                {2, u"The weather was warm in the city."_s, u"en"_s, {}}});
        const auto parts = index.explain(u"The exchange of prisoners"_s, u"en"_s, {}, 0);
        QStringList keys;
        double total = 0;
        for (const auto &[key, part] : parts) {
            keys << key;
            total += part;
        }
        QVERIFY(keys.contains(u"s:prison"_s));
        QVERIFY(keys.contains(u"s:exchang"_s));
        QVERIFY(!keys.contains(u"p:priso"_s)); // the stem matched: the prefix adds nothing
        QCOMPARE(total, index.search(u"The exchange of prisoners"_s, u"en"_s, {}, {}, 1).value(0).score);
    }

    void search_leavesOutExcludedArticles_andRanksByScore()
    {
        PassageIndex index;
        index.build(QList<PassageIndex::Source>{{1, u"Talks in Istanbul ended."_s, u"en"_s, {}},
                                                {2, u"Talks in Istanbul ended after an hour. Rain."_s, u"en"_s, {}}});
        QList<PassageHit> hits = index.search(u"Istanbul talks ended"_s, u"en"_s, {}, {}, 5);
        QCOMPARE(hits.size(), 2);
        QVERIFY(hits[0].score >= hits[1].score);
        hits = index.search(u"Istanbul talks ended"_s, u"en"_s, {}, {1}, 5);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].article, ArticleId(2));
        QCOMPARE(index.passageAt(2, 3), hits[0].passage);
        QCOMPARE(index.passageAt(2, 200), -1);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
