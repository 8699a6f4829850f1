// Cue highlighting: the cue definition (resources/syntax/crossread-cues.xml) applied to sentences written
// here and read from ../shared/corpus, and the built-in engine against the definition format.

#include <models/cues/cuedefinition.h>
#include <support/testpaths.h>

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

// "kind:text", one per span.
QStringList describe(QStringView text, const QList<CueSpan> &spans)
{
    QStringList lines;
    for (const CueSpan &span : spans)
        lines << cueKindKey(span.kind) + u':' + text.sliced(span.start, span.end - span.start).toString();
    return lines;
}

// What the spans of any text must satisfy.
void verifyWellFormed(QStringView text, const QList<CueSpan> &spans)
{
    int previousStart = 0;
    int previousDefinitionEnd = 0;
    QMap<CueKind, int> lastEnd;
    for (const CueSpan &span : spans) {
        const QString where = cueKindKey(span.kind) + u" at "_s + QString::number(span.start);
        QVERIFY2(span.start >= previousStart, qPrintable(where)); // in order of start
        QVERIFY2(span.start < span.end && span.end <= text.size(), qPrintable(where));
        const QStringView covered = text.sliced(span.start, span.end - span.start);
        QVERIFY2(!covered.contains(u'\n') && !covered.contains(u'\r'), qPrintable(where)); // within a line
        if (span.kind != CueKind::Loaded) { // the definition's spans never overlap
            QVERIFY2(span.start >= previousDefinitionEnd, qPrintable(where));
            previousDefinitionEnd = span.end;
        }
        QVERIFY2(lastEnd.value(span.kind, -1) != span.start, qPrintable(where)); // touching spans are merged
        lastEnd[span.kind] = span.end;
        previousStart = span.start;
    }
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QByteArray builtInXml()
{
    QFile file(u":/syntax/crossread-cues.xml"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The sentence of `file` in ../shared/corpus/istanbul-2025 that contains `locator`.
QString corpusSentence(const QString &file, const QString &locator)
{
    const QString text = readFile(test::sharedDir() + u"/corpus/istanbul-2025/"_s + file);
    const qsizetype at = text.indexOf(locator);
    if (at < 0)
        return {};
    const qsizetype start = std::max(text.lastIndexOf(u". "_s, at) + 2, text.lastIndexOf(u'\n', at) + 1);
    qsizetype end = text.indexOf(u". "_s, at + locator.size());
    const qsizetype lineEnd = text.indexOf(u'\n', at);
    end = end < 0 ? lineEnd : (lineEnd < 0 ? end + 1 : std::min(end + 1, lineEnd));
    return end < 0 ? text.sliced(start) : text.sliced(start, end - start);
}

// A definition with the six item datas and the given lists, contexts and general section.
QByteArray definition(const QString &body, const QString &general = {})
{
    return (u"<?xml version='1.0' encoding='UTF-8'?>\n"
            u"<language name='Tiny' section='Other' extensions='' version='1' kateversion='5.0'>\n"
            u"  <highlighting>"_s
            + body
            + u"\n"
              u"    <itemDatas>\n"
              u"      <itemData name='Normal Text' defStyleNum='dsNormal'/>\n"
              u"      <itemData name='Quotation' defStyleNum='dsString'/>\n"
              u"      <itemData name='Attribution' defStyleNum='dsFunction'/>\n"
              u"      <itemData name='Hedge' defStyleNum='dsComment'/>\n"
              u"      <itemData name='Number' defStyleNum='dsDecVal'/>\n"
              u"      <itemData name='Date' defStyleNum='dsOthers'/>\n"
              u"    </itemDatas>\n"
              u"  </highlighting>"_s
            + general + u"\n</language>\n"_s)
        .toUtf8();
}

// A tiny definition whose contexts switch in every way the subset knows.
QByteArray switchingDefinition()
{
    return definition(u"\n"
                      u"    <list name='words'><item>said</item><item> Told </item></list>\n"
                      u"    <contexts>\n"
                      u"      <context name='Main' attribute='Normal Text' lineEndContext='#stay'>\n"
                      u"        <DetectChar char='[' attribute='Number' context='Bracket'/>\n"
                      u"        <DetectChar char='{' context='Brace'/>\n"
                      u"        <RegExpr String='&lt;&lt;' attribute='Hedge' context='Outer'/>\n"
                      u"        <DetectChar char=']' attribute='Quotation' context='#pop'/>\n"
                      u"        <keyword String='words' attribute='Attribution' context='#stay'/>\n"
                      u"        <RegExpr String='x+' insensitive='true' attribute='Date'/>\n"
                      u"      </context>\n"
                      u"      <context name='Bracket' attribute='Number' lineEndContext='#pop'>\n"
                      u"        <DetectChar char=']' attribute='Number' context='#pop'/>\n"
                      u"      </context>\n"
                      u"      <context name='Brace' attribute='Date' lineEndContext='#stay'>\n"
                      u"        <DetectChar char='}' attribute='Date' context='#pop'/>\n"
                      u"      </context>\n"
                      u"      <context name='Outer' attribute='Hedge' lineEndContext='#pop'>\n"
                      u"        <DetectChar char='(' attribute='Quotation' context='Inner'/>\n"
                      u"      </context>\n"
                      u"      <context name='Inner' attribute='Quotation' lineEndContext='#pop#pop'>\n"
                      u"        <DetectChar char=')' attribute='Quotation' context='#pop#pop'/>\n"
                      u"        <DetectChar char='!' attribute='Attribution' context='#pop!Bracket'/>\n"
                      u"      </context>\n"
                      u"    </contexts>"_s,
                      u"\n"
                      u"  <general><keywords casesensitive='1'/></general>"_s);
}

// The rule elements of a definition with their attributes, as written.
QMap<QString, QSet<QString>> rulesUsed(const QByteArray &xml)
{
    QMap<QString, QSet<QString>> used;
    QXmlStreamReader reader(xml);
    int depthInContext = -1;
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (depthInContext >= 0 && depth == depthInContext + 1) {
                QSet<QString> &attributes = used[reader.name().toString()];
                for (const QXmlStreamAttribute &attribute : reader.attributes())
                    attributes.insert(attribute.qualifiedName().toString());
            }
            if (reader.name() == u"context")
                depthInContext = depth;
        } else if (reader.isEndElement()) {
            if (depth == depthInContext)
                depthInContext = -1;
            --depth;
        }
    }
    return used;
}

// supportedRules() as rule → attributes.
QMap<QString, QSet<QString>> rulesSupported()
{
    QMap<QString, QSet<QString>> supported;
    for (const QString &entry : CueDefinition::supportedRules()) {
        const qsizetype colon = entry.indexOf(u": "_s);
        const QStringList attributes = entry.sliced(colon + 2).split(u", "_s);
        supported.insert(entry.first(colon), QSet<QString>(attributes.cbegin(), attributes.cend()));
    }
    return supported;
}

} // namespace

class TestCues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("loadedTerms");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        // Quotations.
        QTest::newRow("curly quotation, attribution after")
            << u"“We will not give up,” the minister said."_s << none
            << QStringList{u"quotation:“We will not give up,”"_s, u"attribution:said"_s};
        QTest::newRow("straight quotation") << u"He said \"no deal\" twice."_s << none
                                            << QStringList{u"attribution:said"_s, u"quotation:\"no deal\""_s};
        QTest::newRow("French guillemets, a déclaré")
            << u"« Nous ne céderons pas », a déclaré le ministre."_s << none
            << QStringList{u"quotation:« Nous ne céderons pas »"_s, u"attribution:a déclaré"_s};
        QTest::newRow("no-break space inside a phrase")
            << u"« Non », a\u00a0déclaré-t-il"_s << none
            << QStringList{u"quotation:« Non »"_s, u"attribution:a\u00a0déclaré"_s};
        QTest::newRow("German low quotation, sagte")
            << u"„Wir geben nicht auf“, sagte Scholz."_s << none
            << QStringList{u"quotation:„Wir geben nicht auf“"_s, u"attribution:sagte"_s};
        QTest::newRow("Russian guillemets, заявил")
            << u"«Мы не сдадимся», — заявил Песков."_s << none
            << QStringList{u"quotation:«Мы не сдадимся»"_s, u"attribution:заявил"_s};
        QTest::newRow("nested quotation is part of the outer one")
            << u"“He told me «never»,” she said."_s << none
            << QStringList{u"quotation:“He told me «never»,”"_s, u"attribution:said"_s};
        QTest::newRow("adjacent quotations merge") << u"“Yes”“No”"_s << none << QStringList{u"quotation:“Yes”“No”"_s};
        QTest::newRow("single curly quotation with an apostrophe inside")
            << u"the principle ‘it’s all for all’ applies"_s << none << QStringList{u"quotation:‘it’s all for all’"_s};
        QTest::newRow("apostrophes are no quotation") << u"Ukraine’s and Russia’s positions"_s << none << none;
        QTest::newRow("unclosed quotation") << u"He said “we will"_s << none << QStringList{u"attribution:said"_s};
        QTest::newRow("curly quotation across a line end") << u"“We will\nnot give up”"_s << none << none;
        QTest::newRow("straight quotation across a CR LF") << u"\"We will\r\nnot give up\""_s << none << none;
        QTest::newRow("quotation on the line after a CR LF")
            << u"He said:\r\n“Never.”"_s << none << QStringList{u"attribution:said"_s, u"quotation:“Never.”"_s};
        QTest::newRow("quotation mark before a keyword ends the word")
            << u"\"said"_s << none << QStringList{u"attribution:said"_s};
        // Attribution.
        QTest::newRow("according to, has said")
            << u"According to Kyiv, Peskov has said so."_s << none
            << QStringList{u"attribution:According to"_s, u"attribution:has said"_s};
        QTest::newRow("keywords ignore case")
            << u"SAID Told"_s << none << QStringList{u"attribution:SAID"_s, u"attribution:Told"_s};
        QTest::newRow("not inside other words") << u"unsaid, toldx, sayings"_s << none << none;
        QTest::newRow("French selon, d’après") << u"selon Moscou et d’après Kyiv"_s << none
                                               << QStringList{u"attribution:selon"_s, u"attribution:d’après"_s};
        QTest::newRow("German laut, zufolge") << u"Laut Kreml, dem Ministerium zufolge"_s << none
                                              << QStringList{u"attribution:Laut"_s, u"attribution:zufolge"_s};
        QTest::newRow("Russian по словам, сообщили")
            << u"По словам Пескова, в Кремле сообщили"_s << none
            << QStringList{u"attribution:По словам"_s, u"attribution:сообщили"_s};
        // Hedges.
        QTest::newRow("reportedly, number") << u"The strike reportedly killed 12 soldiers."_s << none
                                            << QStringList{u"hedge:reportedly"_s, u"number:12"_s};
        QTest::newRow("may is a hedge, May a month")
            << u"Talks may resume on May 28."_s << none << QStringList{u"hedge:may"_s, u"date:May 28"_s};
        QTest::newRow("it appears, might")
            << u"It appears the talks might fail."_s << none << QStringList{u"hedge:It appears"_s, u"hedge:might"_s};
        QTest::newRow("hyphenated hedge") << u"the so-called referendum"_s << none << QStringList{u"hedge:so-called"_s};
        QTest::newRow("French aurait, peut-être")
            << u"L’armée aurait peut-être tiré, selon des témoins."_s << none
            << QStringList{u"hedge:aurait"_s, u"hedge:peut-être"_s, u"attribution:selon"_s};
        QTest::newRow("German angeblich, Mrd. €") << u"Das soll angeblich 5 Mrd. € kosten."_s << none
                                                  << QStringList{u"hedge:angeblich"_s, u"number:5 Mrd. €"_s};
        QTest::newRow("Russian якобы, по-видимому, date")
            << u"Удар якобы и по-видимому нанесён 2 июня 2025 года."_s << none
            << QStringList{u"hedge:якобы"_s, u"hedge:по-видимому"_s, u"date:2 июня 2025 года"_s};
        QTest::newRow("Russian возможно ignores case")
            << u"Возможно, ВОЗМОЖНО"_s << none << QStringList{u"hedge:Возможно"_s, u"hedge:ВОЗМОЖНО"_s};
        // Numbers and quantities.
        QTest::newRow("euro sign, scale word")
            << u"They pledged €5.2 billion in aid."_s << none << QStringList{u"number:€5.2 billion"_s};
        QTest::newRow("dollar, glued m") << u"a $300m deal and US$1.5 million"_s << none
                                         << QStringList{u"number:$300m"_s, u"number:US$1.5 million"_s};
        QTest::newRow("French milliards d’euros")
            << u"5,2 milliards d’euros"_s << none << QStringList{u"number:5,2 milliards d’euros"_s};
        QTest::newRow("thousands separators")
            << u"1,465 drones and 6\u00a0000 more, 1.234.567,89"_s << none
            << QStringList{u"number:1,465"_s, u"number:6\u00a0000"_s, u"number:1.234.567,89"_s};
        QTest::newRow("percent") << u"up 12.5% and 40 per cent, 5 Prozent, 10 процентов"_s << none
                                 << QStringList{u"number:12.5%"_s, u"number:40 per cent"_s, u"number:5 Prozent"_s,
                                                u"number:10 процентов"_s};
        QTest::newRow("Russian тыс.") << u"около 12 тыс. человек"_s << none << QStringList{u"number:12 тыс."_s};
        QTest::newRow("range") << u"5-6 billion euros"_s << none
                               << QStringList{u"number:5"_s, u"number:6 billion euros"_s};
        QTest::newRow("digits in words are no numbers") << u"F-16 jets, Su-34, G7, the 2nd round"_s << none << none;
        // Dates.
        QTest::newRow("month day, year") << u"On May 29, 2025, the Kremlin"_s << none
                                         << QStringList{u"date:May 29, 2025"_s};
        QTest::newRow("day month, weekday before") << u"on 27 May, and on Monday, June 2nd 2025"_s << none
                                                   << QStringList{u"date:27 May"_s, u"date:Monday, June 2nd 2025"_s};
        QTest::newRow("ISO and numeric") << u"(2025-05-28) or 28.05.2025"_s << none
                                         << QStringList{u"date:2025-05-28"_s, u"date:28.05.2025"_s};
        QTest::newRow("French") << u"le lundi 2 juin 2025 et le 1er juin"_s << none
                                << QStringList{u"date:lundi 2 juin 2025"_s, u"date:1er juin"_s};
        QTest::newRow("German") << u"am 28. Mai und am Montag, den 3. März 2025"_s << none
                                << QStringList{u"date:28. Mai"_s, u"date:Montag, den 3. März 2025"_s};
        QTest::newRow("month and year") << u"in February 2022, в феврале 2022 года"_s << none
                                        << QStringList{u"date:February 2022"_s, u"date:феврале 2022 года"_s};
        QTest::newRow("times of day") << u"at 13:00 and 1 p.m."_s << none
                                      << QStringList{u"date:13:00"_s, u"date:1 p.m."_s};
        QTest::newRow("weekday alone") << u"on Sunday, в понедельник"_s << none
                                       << QStringList{u"date:Sunday"_s, u"date:понедельник"_s};
        QTest::newRow("среда alone is no date") << u"окружающая среда"_s << none << none;
        // Loaded terms.
        QTest::newRow("loaded multi-word term") << u"The Kyiv regime said"_s << QStringList{u"Kyiv regime"_s}
                                                << QStringList{u"loaded:Kyiv regime"_s, u"attribution:said"_s};
        QTest::newRow("loaded ignores case and spacing") << u"the KYIV \u00a0Regime"_s << QStringList{u"kyiv regime"_s}
                                                         << QStringList{u"loaded:KYIV \u00a0Regime"_s};
        QTest::newRow("loaded whole words only")
            << u"regimes, ancienregime, a regime’s, regime-change"_s << QStringList{u"regime"_s}
            << QStringList{u"loaded:regime"_s, u"loaded:regime"_s};
        QTest::newRow("loaded inside a quotation") << u"“the junta” fell"_s << QStringList{u"junta"_s}
                                                   << QStringList{u"quotation:“the junta”"_s, u"loaded:junta"_s};
        QTest::newRow("loaded longest term wins")
            << u"the Kyiv regime"_s << QStringList{u"regime"_s, u"Kyiv regime"_s, u"Kyiv"_s}
            << QStringList{u"loaded:Kyiv regime"_s};
        QTest::newRow("loaded not across a line end") << u"Kyiv\nregime"_s << QStringList{u"Kyiv regime"_s} << none;
        QTest::newRow("loaded terms are literal") << u"axb (sic) a.b"_s << QStringList{u"a.b"_s, u"(sic)"_s, u" "_s}
                                                  << QStringList{u"loaded:(sic)"_s, u"loaded:a.b"_s};
        QTest::newRow("touching loaded spans merge")
            << u"(sic)(sic)"_s << QStringList{u"(sic)"_s} << QStringList{u"loaded:(sic)(sic)"_s};
        QTest::newRow("loaded Cyrillic") << u"киевский РЕЖИМ"_s << QStringList{u"Киевский режим"_s}
                                         << QStringList{u"loaded:киевский РЕЖИМ"_s};
    }

    void find()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, loadedTerms);
        QFETCH(QStringList, expected);
        const QList<CueSpan> spans = CueDefinition::builtIn().find(text, loadedTerms);
        verifyWellFormed(text, spans);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(describe(text, spans), expected);
    }

    void find_corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("locator");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("000 ordinal dates") << u"000_d57cfc3902b4f4ef.txt"_s << u"on May 28th initially"_s
                                           << QStringList{u"date:May 28th"_s, u"date:June 2nd"_s};
        QTest::newRow("001 single quotation") << u"001_d5e37f3bad4d1b51.txt"_s << u"on the principle"_s
                                              << QStringList{u"number:25"_s, u"quotation:‘all for all’"_s};
        QTest::newRow("002 dates") << u"002_5267f2f13d206c8f.txt"_s << u"On May 29, 2025"_s
                                   << QStringList{u"date:May 29, 2025"_s, u"date:June 2"_s};
        QTest::newRow("002 euros") << u"002_5267f2f13d206c8f.txt"_s << u"Germany pledged"_s
                                   << QStringList{u"number:€5 billion"_s};
        QTest::newRow("003 according to, quoted by")
            << u"003_f2bdcfeff8368127.txt"_s << u"according to the Russian Foreign Ministry"_s
            << QStringList{u"date:Sunday"_s, u"date:Sunday"_s, u"attribution:according to"_s,
                           u"attribution:quoted by"_s};
        QTest::newRow("003 quotation between attributions")
            << u"003_f2bdcfeff8368127.txt"_s << u"Russia had announced"_s
            << QStringList{u"attribution:had announced"_s, u"quotation:“memorandum”"_s, u"attribution:claimed"_s};
        QTest::newRow("004 hedge and quotation")
            << u"004_08bc5f40395f04bc.txt"_s << u"Russia might once again"_s
            << QStringList{u"date:27 May"_s, u"attribution:said"_s, u"hedge:might"_s, u"quotation:“Turkish friends”"_s};
        QTest::newRow("004 dollars") << u"004_08bc5f40395f04bc.txt"_s << u"worth of Russian aircraft"_s
                                     << QStringList{u"number:$2 billion"_s, u"attribution:announced"_s, u"number:12"_s};
    }

    void find_corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, locator);
        QFETCH(QStringList, expected);
        if (test::sharedDir().isEmpty())
            QSKIP("../shared is absent");
        const QString sentence = corpusSentence(file, locator);
        QVERIFY2(!sentence.isEmpty(), qPrintable(u"no sentence with \""_s + locator + u"\" in "_s + file));
        const QList<CueSpan> spans = CueDefinition::builtIn().find(sentence);
        verifyWellFormed(sentence, spans);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(describe(sentence, spans), expected);
    }

    void find_wholeCorpusArticles_wellFormed()
    {
        if (test::sharedDir().isEmpty())
            QSKIP("../shared is absent");
        const QStringList files = QDir(test::sharedDir() + u"/corpus/istanbul-2025"_s).entryList({u"*.txt"_s});
        QVERIFY(!files.isEmpty());
        QSet<int> kinds;
        for (const QString &file : files) {
            const QString text = readFile(test::sharedDir() + u"/corpus/istanbul-2025/"_s + file);
            const QList<CueSpan> spans = CueDefinition::builtIn().find(text, {u"Kremlin"_s});
            verifyWellFormed(text, spans);
            if (QTest::currentTestFailed())
                return;
            for (const CueSpan &span : spans)
                kinds.insert(int(span.kind));
        }
        QCOMPARE(kinds.size(), 6); // every kind occurs in the corpus
    }

    void builtIn_parsesWithoutError()
    {
        const QByteArray xml = builtInXml();
        QVERIFY(!xml.isEmpty());
        QString error;
        const std::optional<CueDefinition> parsed = CueDefinition::fromXml(xml, &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(parsed->name(), u"Crossread Cues"_s);
        QCOMPARE(CueDefinition::builtIn().name(), u"Crossread Cues"_s);
    }

    void builtIn_itemDatasAreTheCueKinds()
    {
        QXmlStreamReader reader(builtInXml());
        QStringList names;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"itemData")
                names << reader.attributes().value(u"name"_s).toString();
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(names,
                 (QStringList{u"Normal Text"_s, u"Quotation"_s, u"Attribution"_s, u"Hedge"_s, u"Number"_s, u"Date"_s}));
    }

    void builtIn_usesExactlyTheSupportedRules()
    {
        const QMap<QString, QSet<QString>> used = rulesUsed(builtInXml());
        const QMap<QString, QSet<QString>> supported = rulesSupported();
        QVERIFY(!used.isEmpty());
        // Every rule and attribute of the file is supported, and the engine supports nothing the file does not
        // use: the subset is the file's.
        QCOMPARE(used, supported);
    }

    void fromXml_refusesOutsideTheSubset_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("named"); // what the error must name
        const auto context = [](const QString &rules) {
            return definition(u"\n"
                              u"    <contexts>\n"
                              u"      <context name='Main' attribute='Normal Text' lineEndContext='#stay'>"_s
                              + rules
                              + u"\n"
                                u"      </context>\n"
                                u"    </contexts>"_s);
        };
        QTest::newRow("Int") << context(u"<Int attribute=\"Number\"/>"_s) << u"<Int>"_s;
        QTest::newRow("IncludeRules") << context(u"<IncludeRules context=\"##C++\"/>"_s) << u"<IncludeRules>"_s;
        QTest::newRow("StringDetect") << context(u"<StringDetect String=\"said\" attribute=\"Attribution\"/>"_s)
                                      << u"<StringDetect>"_s;
        QTest::newRow("lookAhead") << context(u"<RegExpr String=\"a\" lookAhead=\"true\" context=\"#pop\"/>"_s)
                                   << u"\"lookAhead\" of <RegExpr>"_s;
        QTest::newRow("minimal") << context(u"<RegExpr String=\"a.*b\" minimal=\"true\"/>"_s)
                                 << u"\"minimal\" of <RegExpr>"_s;
        QTest::newRow("insensitive keyword")
            << context(u"<keyword String=\"x\" insensitive=\"true\"/>"_s) << u"\"insensitive\" of <keyword>"_s;
        QTest::newRow("firstNonSpace") << context(u"<DetectChar char=\"#\" firstNonSpace=\"true\"/>"_s)
                                       << u"\"firstNonSpace\" of <DetectChar>"_s;
        QTest::newRow("nested rule") << context(u"<DetectChar char=\"a\"><DetectChar char=\"b\"/></DetectChar>"_s)
                                     << u"<DetectChar>"_s;
        QTest::newRow("other definition")
            << context(u"<DetectChar char=\"a\" context=\"Main##C++\"/>"_s) << u"\"Main##C++\""_s;
        QTest::newRow("unknown context") << context(u"<DetectChar char=\"a\" context=\"Nowhere\"/>"_s)
                                         << u"\"Nowhere\""_s;
        QTest::newRow("unknown itemData")
            << context(u"<DetectChar char=\"a\" attribute=\"Loaded\"/>"_s) << u"\"Loaded\""_s;
        QTest::newRow("unknown list") << context(u"<keyword String=\"nolist\"/>"_s) << u"\"nolist\""_s;
        QTest::newRow("invalid pattern") << context(u"<RegExpr String=\"(a\"/>"_s) << u"\"(a\""_s;
        QTest::newRow("two chars") << context(u"<DetectChar char=\"ab\"/>"_s) << u"\"ab\""_s;
        QTest::newRow("not a boolean") << context(u"<RegExpr String=\"a\" insensitive=\"yes\"/>"_s)
                                       << u"\"insensitive\""_s;
        QTest::newRow("fallthrough context")
            << definition(u"<contexts><context name='Main' fallthroughContext='#pop'/></contexts>"_s)
            << u"\"fallthroughContext\" of <context>"_s;
        QTest::newRow("include in a list")
            << definition(u"<list name='l'><include>other</include></list>\n"
                          u"                <contexts><context name='Main'/></contexts>"_s)
            << u"<include>"_s;
        QTest::newRow("comments in general")
            << definition(u"<contexts><context name='Main'/></contexts>"_s,
                          u"<general><comments><comment name='singleLine' start='#'/></comments></general>"_s)
            << u"<comments>"_s;
        QTest::newRow("itemData styling") << definition(u"<contexts><context name='Main'/></contexts>"_s)
                                                 .replace("defStyleNum='dsString'", "color='#ff0000'")
                                          << u"\"color\" of <itemData>"_s;
        QTest::newRow("no contexts") << definition(QString()) << u"<context>"_s;
        QTest::newRow("not XML") << QByteArray("<language name=\"x\"><highlighting>") << u"XML"_s;
        QTest::newRow("not a definition") << QByteArray("<html/>") << u"<html>"_s;
    }

    void fromXml_refusesOutsideTheSubset()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!CueDefinition::fromXml(xml, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY2(error.startsWith(u"line "_s), qPrintable(error));
    }

    void fromXml_contextSwitches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("named context and #pop") << u"a [b c] d"_s << QStringList{u"number:[b c]"_s};
        QTest::newRow("lineEndContext #pop")
            << u"a [b\nc] d"_s << QStringList{u"number:[b"_s, u"quotation:]"_s}; // "]" in Main: #pop keeps Main
        QTest::newRow("lineEndContext #stay, attribute of the context switched to")
            << u"x {y\nz} w"_s << QStringList{u"date:x"_s, u"date:{y"_s, u"date:z}"_s};
        QTest::newRow("#pop#pop") << u"<<a(b)c"_s << QStringList{u"hedge:<<a"_s, u"quotation:(b)"_s};
        QTest::newRow("#pop!Name") << u"<<a(b!c]d"_s
                                   << QStringList{u"hedge:<<a"_s, u"quotation:(b"_s, u"attribution:!"_s, u"number:c]"_s,
                                                  u"hedge:d"_s};
        QTest::newRow("lineEndContext #pop#pop") << u"<<a(b\n)c"_s << QStringList{u"hedge:<<a"_s, u"quotation:(b"_s};
        QTest::newRow("case-sensitive keywords, trimmed items")
            << u"said Said Told told"_s << QStringList{u"attribution:said"_s, u"attribution:Told"_s};
        QTest::newRow("keyword between default delimiters")
            << u"unsaid said-y (said)"_s << QStringList{u"attribution:said"_s, u"attribution:said"_s};
        QTest::newRow("keyword right after another match")
            << u"[y]said"_s << QStringList{u"number:[y]"_s, u"attribution:said"_s};
        QTest::newRow("insensitive RegExpr") << u"XxX"_s << QStringList{u"date:XxX"_s};
    }

    void fromXml_contextSwitches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QString error;
        const std::optional<CueDefinition> tiny = CueDefinition::fromXml(switchingDefinition(), &error);
        QVERIFY2(tiny, qPrintable(error));
        const QList<CueSpan> spans = tiny->find(text);
        verifyWellFormed(text, spans);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(describe(text, spans), expected);
    }

    void fromXml_delimitersFromGeneral()
    {
        const QByteArray xml
            = definition(u"\n"
                         u"    <list name='words'><item>peut-être</item><item>said</item></list>\n"
                         u"    <contexts>\n"
                         u"      <context name='Main' attribute='Normal Text'>\n"
                         u"        <keyword String='words' attribute='Hedge'/>\n"
                         u"      </context>\n"
                         u"    </contexts>"_s,
                         u"<general><keywords weakDeliminator='-' additionalDeliminator='«'/></general>"_s);
        QString error;
        const std::optional<CueDefinition> parsed = CueDefinition::fromXml(xml, &error);
        QVERIFY2(parsed, qPrintable(error));
        const QString text = u"peut-être «said «peut"_s;
        QCOMPARE(describe(text, parsed->find(text)), (QStringList{u"hedge:peut-être"_s, u"hedge:said"_s}));
    }

    void cueKindKey_namesEveryKind()
    {
        QStringList keys;
        for (CueKind kind : {CueKind::Quotation, CueKind::Attribution, CueKind::Hedge, CueKind::Number, CueKind::Date,
                             CueKind::Loaded})
            keys << cueKindKey(kind);
        QCOMPARE(keys,
                 (QStringList{u"quotation"_s, u"attribution"_s, u"hedge"_s, u"number"_s, u"date"_s, u"loaded"_s}));
    }

    void cueEngineName_saysWhichPath()
    {
        const QString name = cueEngineName();
        QVERIFY2(name.startsWith(u"KSyntaxHighlighting 6."_s)
                     || name == u"built-in (subset of the KSyntaxHighlighting format)"_s,
                 qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCues)
#include "tst_cues.moc"
