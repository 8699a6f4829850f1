// Text normalization at import, anchors (surrogate pairs, context, quote
// lookup) and project descriptions such as the demo.

#include <models/article.h>
#include <models/defaultcodebook.h>
#include <models/project.h>
#include <models/projectdescription.h>
#include <models/projectvalidator.h>
#include <models/textanchor.h>
#include <models/textnormalizer.h>
#include <models/textsearch.h>
#include <models/textselection.h>

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread;
using namespace Qt::StringLiterals;

class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unchanged") << u"One line.\nTwo lines."_s << u"One line.\nTwo lines."_s;
        QTest::newRow("CRLF") << u"a\r\nb\r\n"_s << u"a\nb"_s;
        QTest::newRow("lone CR") << u"a\rb\r\rc"_s << u"a\nb\n\nc"_s;
        QTest::newRow("NFC") << u"Cafe\u0301 a\u030A"_s << u"Café å"_s;
        QTest::newRow("no precomposed form stays") << u"q\u0323"_s << u"q\u0323"_s;
        QTest::newRow("trailing spaces and tabs") << u"a  \t\nb\u00a0\n"_s << u"a\nb"_s;
        QTest::newRow("leading spaces kept") << u"  indented\n\tquote"_s << u"  indented\n\tquote"_s;
        QTest::newRow("blank runs collapse") << u"a\n\n\n\n b\n \n\t\nc"_s << u"a\n\n b\n\nc"_s;
        QTest::newRow("blank edges dropped") << u"\n\n  \nText\n\n\n"_s << u"Text"_s;
        QTest::newRow("emoji and RTL") << u"😀 قال\r\n👍🏽"_s << u"😀 قال\n👍🏽"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only blanks") << u" \r\n \n"_s << QString();
    }

    void normalizeText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(crossread::normalizeText(input), expected);
        QCOMPARE(crossread::normalizeText(expected), expected); // idempotent
    }

    void makeAnchor_keepsContextOffSurrogatePairs()
    {
        // 31 letters then an emoji: 32 code units back from the quote would
        // cut the emoji in half, so the prefix starts after it.
        const QString text = u"😀"_s + QString(31, u'x') + u"QUOTE"_s + QString(31, u'y') + u"👍"_s + u"z"_s;
        const int start = int(text.indexOf(u"QUOTE"_s));
        const Anchor a = makeAnchor(text, start, start + 5);
        QCOMPARE(a.quote, u"QUOTE"_s);
        QCOMPARE(anchorPrefix(text, a), QString(31, u'x'));
        QCOMPARE(anchorSuffix(text, a), QString(31, u'y'));
        const Anchor whole = makeAnchor(text, 0, 2);
        QCOMPARE(whole.quote, u"😀"_s);
        QCOMPARE(anchorPrefix(text, whole), QString());
        QCOMPARE(anchorSuffix(text, whole).size(), AnchorContextLength);
        QCOMPARE(anchorSuffix(text, whole), text.sliced(2, AnchorContextLength));
        // A span that does not fit the text has no context.
        Anchor outside = a;
        outside.end = int(text.size()) + 1;
        QVERIFY(anchorPrefix(text, outside).isEmpty());
        QVERIFY(anchorSuffix(text, outside).isEmpty());
    }

    void isValidSpan_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("valid");
        // "a😀b": a=0, high=1, low=2, b=3
        QTest::newRow("whole") << 0 << 4 << true;
        QTest::newRow("emoji") << 1 << 3 << true;
        QTest::newRow("into pair") << 0 << 2 << false;
        QTest::newRow("out of pair") << 2 << 4 << false;
        QTest::newRow("empty") << 1 << 1 << false;
        QTest::newRow("past end") << 3 << 5 << false;
    }

    void isValidSpan()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(bool, valid);
        QCOMPARE(crossread::isValidSpan(u"a😀b"_s, start, end), valid);
    }

    void snapSelection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("words");
        QTest::addColumn<QString>("expected");
        QTest::newRow("inside words widen")
            << u"The del[egation met in Ist]anbul."_s << true << u"delegation met in Istanbul"_s;
        QTest::newRow("spaces trimmed") << u"The [ delegation ]met."_s << true << u"delegation"_s;
        QTest::newRow("words off: only trimmed") << u"The del[egation m]et."_s << false << u"egation m"_s;
        QTest::newRow("hyphenated word") << u"a lon[g-ra]nge missile"_s << true << u"long-range"_s;
        QTest::newRow("apostrophe") << u"Ukraine[’s] position"_s << true << u"Ukraine’s"_s;
        QTest::newRow("quotes stay") << u"He said [“no”] twice."_s << true << u"“no”"_s;
        QTest::newRow("combining mark kept") << u"A [q]\u0323uote"_s << false << u"q\u0323"_s;
        QTest::newRow("emoji skin tone kept whole") << u"ok 👍[\U0001F3FD] done"_s << false << u"👍🏽"_s;
        QTest::newRow("flag kept whole") << u"🇺[🇦] here"_s << false << u"🇺🇦"_s;
        QTest::newRow("only spaces") << u"a [   ] b"_s << true << QString();
        QTest::newRow("Cyrillic word") << u"Делега[ция вст]ретилась"_s << true << u"Делегация встретилась"_s;
    }

    void snapSelection()
    {
        QFETCH(QString, text);
        QFETCH(bool, words);
        QFETCH(QString, expected);
        const qsizetype start = text.indexOf(u'[');
        text.remove(start, 1);
        const qsizetype end = text.indexOf(u']');
        text.remove(end, 1);
        const auto [s, e] = crossread::snapSelection(text, start, end, words);
        QCOMPARE(text.sliced(s, e - s), expected);
        QVERIFY(s == e || crossread::isValidSpan(text, s, e));
    }

    void defaultCodebook_hasTenTagsWithKeysOneToNine()
    {
        const QList<Tag> tags = defaultCodebook();
        QCOMPARE(tags.size(), 10);
        QCOMPARE(tags.first().name, u"Event"_s);
        QCOMPARE(tags.last().name, u"Context"_s);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(tags[i].shortcut, QString::number(i + 1));
        QVERIFY(tags.last().shortcut.isEmpty());
        QSet<QRgb> colours;
        for (const Tag &t : tags)
            colours.insert(t.color);
        QCOMPARE(colours.size(), 10);
    }

    void searchArticles_findsEveryOccurrenceWithContext()
    {
        Project p;
        Article a;
        a.id = 1;
        a.text
            = u"First line.\nThe talks in Istanbul ended; TALKS may resume. No more talks here at all, really, ok."_s;
        p.articles.push_back(a);
        Article b;
        b.id = 2;
        b.text = u"Переговоры: talks 😀 talks"_s;
        p.articles.push_back(b);
        const QList<SearchHit> hits = searchArticles(p, u"talks"_s);
        QCOMPARE(hits.size(), 5);
        QCOMPARE(hits[0].article, ArticleId(1));
        QCOMPARE(a.text.sliced(hits[1].start, hits[1].end - hits[1].start), u"TALKS"_s);
        for (const SearchHit &hit : hits) {
            const QString &text = hit.article == 1 ? a.text : b.text;
            QCOMPARE(hit.context.sliced(hit.contextStart, hit.end - hit.start),
                     text.sliced(hit.start, hit.end - hit.start));
            QVERIFY(!hit.context.contains(u'\n'));
        }
        QVERIFY(!hits[0].context.contains(u"First line"_s)); // the hit's own line only
        QCOMPARE(searchArticles(p, u"talks"_s, 2).size(), 2);
        QVERIFY(searchArticles(p, QString()).isEmpty());
        QCOMPARE(findAll(u"aaaa"_s, u"aa"_s), (QList<qsizetype>{0, 2}));
    }

    void findQuote_findsTheNthOccurrence()
    {
        const QString text = u"one two one three one"_s;
        QCOMPARE(findQuote(text, u"one"_s), 0);
        QCOMPARE(findQuote(text, u"one"_s, 2), 8);
        QCOMPARE(findQuote(text, u"one"_s, 3), 18);
        QCOMPARE(findQuote(text, u"one"_s, 4), -1);
        QCOMPARE(findQuote(text, u"four"_s), -1);
        QCOMPARE(findQuote(text, QString()), -1);
        QCOMPARE(findQuote(text, u"one"_s, 0), -1);
    }

    void displayTitle_fallsBackToTheStartOfTheText()
    {
        Article a;
        a.id = 7;
        QCOMPARE(a.displayTitle(), u"Untitled article a7"_s);
        a.provenance.fileName = u"004_08bc5f40395f04bc.txt"_s;
        QCOMPARE(a.displayTitle(), u"004_08bc5f40395f04bc.txt"_s);
        a.text = u"Peace talks between Russia and Ukraine in Istanbul, the second round of direct talks since 2022, "
                 "ended barely an hour after they began.\nMore."_s;
        QCOMPARE(a.displayTitle(), u"Peace talks between Russia and Ukraine in Istanbul, the…"_s);
        a.text = u"Short first line\nbody"_s;
        QCOMPARE(a.displayTitle(), u"Short first line"_s);
        a.meta.title = u"The title"_s;
        QCOMPARE(a.displayTitle(), u"The title"_s);
    }

    void demoDescription_buildsASoundProject()
    {
        Project p;
        const ProjectError e = loadProjectDescription(demoDescriptionPath(), p);
        QVERIFY2(e.ok(), qPrintable(e.message));
        QVERIFY(validateProject(p).ok());
        QCOMPARE(p.articles.size(), size_t(4));
        // The planted number discrepancy is there, in claims of different outlets.
        const auto quoted = [&](const QString &needle) {
            return std::any_of(p.claims.begin(), p.claims.end(),
                               [&](const Claim &c) { return c.anchor.quote.contains(needle); });
        };
        QVERIFY(quoted(u"1,200"_s));
        QVERIFY(quoted(u"800"_s));
        QVERIFY(quoted(u"1,500"_s));
    }

    void description_errorsNameTheEntry_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray base = R"({"articles": [{"file": "a.txt", "title": "A"}],
                                    "tags": [{"name": "Event"}], "claims": [%1], "links": [%2]})";
        auto with = [&](const char *claims, const char *links = "") {
            return QByteArray(base).replace("%1", claims).replace("%2", links);
        };
        QTest::newRow("not JSON") << QByteArray("{ nope") << u"not a project description"_s;
        QTest::newRow("quote not found") << with(R"({"key": "c1", "article": 0, "quote": "absent words"})")
                                         << u"“absent words” is not in article 0"_s;
        QTest::newRow("unknown tag") << with(R"({"key": "c1", "article": 0, "quote": "Some", "tags": ["Nope"]})")
                                     << u"the tag “Nope”"_s;
        QTest::newRow("unknown kind") << with(R"({"key": "c1", "article": 0, "quote": "Some", "kind": "rumour"})")
                                      << u"unknown kind"_s;
        QTest::newRow("missing article") << with(R"({"key": "c1", "article": 3, "quote": "Some"})")
                                         << u"names article 3"_s;
        QTest::newRow("link to unknown claim")
            << with(R"({"key": "c1", "article": 0, "quote": "Some"})", R"({"from": "c1", "to": "c9"})")
            << u"the link c1–c9"_s;
        QTest::newRow("missing file") << QByteArray(R"({"articles": [{"file": "missing.txt"}]})")
                                      << u"cannot read the article file “missing.txt”"_s;
    }

    void description_errorsNameTheEntry()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile article(dir.filePath(u"a.txt"_s));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("Some text of the article.\r\n");
        article.close();
        QFile description(dir.filePath(u"d.json"_s));
        QVERIFY(description.open(QIODevice::WriteOnly));
        description.write(json);
        description.close();
        Project p;
        const ProjectError e = loadProjectDescription(description.fileName(), p);
        QVERIFY(!e.ok());
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY(p == Project{});
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
