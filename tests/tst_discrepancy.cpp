// Discrepancy finding: the numbers, dates and people a text mentions (written
// here and read from ../shared/corpus), and how the claims of a proposition
// differ in them.

#include <models/discrepancy.h>
#include <support/testpaths.h>

#include <QFile>
#include <QTest>

using namespace crossread;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(crossread::ClaimFacts)
Q_DECLARE_METATYPE(crossread::MentionKind)

namespace {

// "kind|text|key", and "|inferred" when the year was inferred: one line per mention.
QStringList describe(const QList<Mention> &mentions)
{
    QStringList lines;
    for (const Mention &m : mentions)
        lines << mentionKindKey(m.kind) + u'|' + m.text + u'|' + m.key + (m.yearInferred ? u"|inferred"_s : QString());
    return lines;
}

// "kind dimension: claim=key,key; claim=key": one line per discrepancy, keys sorted.
QStringList describe(const QList<Discrepancy> &discrepancies)
{
    QStringList lines;
    for (const Discrepancy &d : discrepancies) {
        QStringList perClaim;
        for (const Discrepancy::Values &v : d.values) {
            QStringList keys;
            for (const Mention &m : v.mentions)
                keys << m.key;
            keys.sort();
            perClaim << QString::number(v.claim) + u'=' + keys.join(u',');
        }
        lines << mentionKindKey(d.kind) + u' ' + d.dimension + u": "_s + perClaim.join(u"; "_s);
    }
    return lines;
}

// What every mention of `text` must satisfy, whatever the row.
void verifyWellFormed(const QString &text, const QList<Mention> &mentions)
{
    int previousEnd = 0;
    for (const Mention &m : mentions) {
        QVERIFY2(m.start >= previousEnd, qPrintable(m.text)); // in text order, not overlapping
        QVERIFY(m.start < m.end);
        QCOMPARE(text.sliced(m.start, m.end - m.start), m.text);
        previousEnd = m.end;
        switch (m.kind) {
        case MentionKind::Number:
            QVERIFY(m.key.endsWith(m.dimension));
            QVERIFY(!m.date.isValid());
            break;
        case MentionKind::Date:
            QCOMPARE(m.dimension, u"date"_s);
            if (m.date.isValid())
                QCOMPARE(m.key, m.date.toString(Qt::ISODate));
            else
                QVERIFY(m.key.startsWith(u"--"_s));
            break;
        case MentionKind::Person:
            QCOMPARE(m.dimension, u"person"_s);
            QVERIFY(!m.key.isEmpty());
            break;
        }
    }
}

// The sentence of `file` in ../shared/corpus/istanbul-2025 that contains `locator`.
QString corpusSentence(const QString &file, const QString &locator)
{
    QFile f(test::sharedDir() + u"/corpus/istanbul-2025/"_s + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype at = text.indexOf(locator);
    if (at < 0)
        return {};
    const qsizetype start = std::max(text.lastIndexOf(u". "_s, at) + 2, text.lastIndexOf(u'\n', at) + 1);
    qsizetype end = text.indexOf(u". "_s, at + locator.size());
    const qsizetype lineEnd = text.indexOf(u'\n', at);
    end = end < 0 ? lineEnd : (lineEnd < 0 ? end + 1 : std::min(end + 1, lineEnd));
    return end < 0 ? text.sliced(start) : text.sliced(start, end - start);
}

ClaimFacts claim(ClaimId id, const QString &quote, const QString &speaker = {}, const QDate &date = {})
{
    return ClaimFacts{id, quote, speaker, date};
}

} // namespace

class TestDiscrepancy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractMentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QStringList>("expected");
        const QDate june2(2025, 6, 2);
        // Numbers: currencies, scale words, units.
        QTest::newRow("euro sign before, scale word") << u"They pledged €5.2 billion in aid."_s << QDate()
                                                      << QStringList{u"number|€5.2 billion|5200000000 EUR"_s};
        QTest::newRow("currency word after")
            << u"5 billion euros"_s << QDate() << QStringList{u"number|5 billion euros|5000000000 EUR"_s};
        QTest::newRow("code before, bn") << u"EUR 5bn"_s << QDate() << QStringList{u"number|EUR 5bn|5000000000 EUR"_s};
        QTest::newRow("dollar and m") << u"a $300m deal"_s << QDate() << QStringList{u"number|$300m|300000000 USD"_s};
        QTest::newRow("US$") << u"US$1.5 million"_s << QDate() << QStringList{u"number|US$1.5 million|1500000 USD"_s};
        QTest::newRow("two currencies") << u"€5.2 billion ($5.6 billion)"_s << QDate()
                                        << QStringList{u"number|€5.2 billion|5200000000 EUR"_s,
                                                       u"number|$5.6 billion|5600000000 USD"_s};
        QTest::newRow("French decimal comma")
            << u"5,2 milliards d’euros"_s << QDate() << QStringList{u"number|5,2 milliards d’euros|5200000000 EUR"_s};
        QTest::newRow("German Milliarden") << u"weitere 5,2 Milliarden Euro"_s << QDate()
                                           << QStringList{u"number|5,2 Milliarden Euro|5200000000 EUR"_s};
        QTest::newRow("German Mrd. and euro sign after")
            << u"5 Mrd. €"_s << QDate() << QStringList{u"number|5 Mrd. €|5000000000 EUR"_s};
        QTest::newRow("Russian млрд евро")
            << u"5,2 млрд евро"_s << QDate() << QStringList{u"number|5,2 млрд евро|5200000000 EUR"_s};
        QTest::newRow("Russian тыс. человек")
            << u"около 12 тыс. человек"_s << QDate() << QStringList{u"number|12 тыс. человек|12000"_s};
        QTest::newRow("Russian млн рублей")
            << u"2 млн рублей"_s << QDate() << QStringList{u"number|2 млн рублей|2000000 RUB"_s};
        QTest::newRow("percent sign") << u"up 12.5% on"_s << QDate() << QStringList{u"number|12.5%|12.5 %"_s};
        QTest::newRow("percent words") << u"40 per cent, 5 Prozent, 10 процентов"_s << QDate()
                                       << QStringList{u"number|40 per cent|40 %"_s, u"number|5 Prozent|5 %"_s,
                                                      u"number|10 процентов|10 %"_s};
        QTest::newRow("units") << u"300 km in 2 hours with 500 people"_s << QDate()
                               << QStringList{u"number|300 km|300 km"_s, u"number|2 hours|2 hours"_s,
                                              u"number|500 people|500"_s};
        QTest::newRow("scale then unit") << u"1.5 million people"_s << QDate()
                                         << QStringList{u"number|1.5 million people|1500000"_s};
        // Separators.
        QTest::newRow("comma thousands") << u"1,465 drones"_s << QDate() << QStringList{u"number|1,465|1465"_s};
        QTest::newRow("space thousands") << u"1 465 drones and 6\u00a0000 more"_s << QDate()
                                         << QStringList{u"number|1 465|1465"_s, u"number|6\u00a0000|6000"_s};
        QTest::newRow("point thousands") << u"1.465 Drohnen"_s << QDate() << QStringList{u"number|1.465|1465"_s};
        QTest::newRow("several groups") << u"1,465,000 and 1.234.567,89 €"_s << QDate()
                                        << QStringList{u"number|1,465,000|1465000"_s,
                                                       u"number|1.234.567,89 €|1234567.89 EUR"_s};
        QTest::newRow("decimals") << u"3.14 and 1,4655 and 0,50"_s << QDate()
                                  << QStringList{u"number|3.14|3.14"_s, u"number|1,4655|1.4655"_s,
                                                 u"number|0,50|0.5"_s};
        QTest::newRow("lone separator before a scale word is decimal")
            << u"1,465 Milliarden Euro"_s << QDate() << QStringList{u"number|1,465 Milliarden Euro|1465000000 EUR"_s};
        QTest::newRow("range shares its scale and currency")
            << u"5-6 billion euros"_s << QDate()
            << QStringList{u"number|5|5000000000 EUR"_s, u"number|6 billion euros|6000000000 EUR"_s};
        QTest::newRow("range with to") << u"from 5 to 6 km"_s << QDate()
                                       << QStringList{u"number|5|5 km"_s, u"number|6 km|6 km"_s};
        QTest::newRow("negative") << u"fell -3% and −2.5"_s << QDate()
                                  << QStringList{u"number|-3%|-3 %"_s, u"number|−2.5|-2.5"_s};
        // Not numbers.
        QTest::newRow("years") << u"in 2025, since 2022–2023"_s << QDate() << QStringList{};
        QTest::newRow("year with a unit is a number")
            << u"2000 people"_s << QDate() << QStringList{u"number|2000 people|2000"_s};
        QTest::newRow("ordinals") << u"the 2nd round, the 28th"_s << QDate() << QStringList{};
        QTest::newRow("digits in words") << u"F-16 jets, Su-34 bombers, G7, COVID19"_s << QDate() << QStringList{};
        QTest::newRow("times and numeric dates")
            << u"at 13:00 and at 1 p.m. on 28/05/2025"_s << QDate() << QStringList{};
        // Dates.
        QTest::newRow("ordinal date, year inferred")
            << u"on May 28th initially"_s << june2 << QStringList{u"date|May 28th|2025-05-28|inferred"_s};
        QTest::newRow("US date with year")
            << u"On May 29, 2025, the Kremlin"_s << june2 << QStringList{u"date|May 29, 2025|2025-05-29"_s};
        QTest::newRow("day month") << u"On 28 May, Russia"_s << june2
                                   << QStringList{u"date|28 May|2025-05-28|inferred"_s};
        QTest::newRow("day month year") << u"28 May 2025"_s << QDate() << QStringList{u"date|28 May 2025|2025-05-28"_s};
        QTest::newRow("ISO") << u"(2025-05-28)"_s << QDate() << QStringList{u"date|2025-05-28|2025-05-28"_s};
        QTest::newRow("ordinal date with year")
            << u"on June 2nd 2025 in"_s << QDate() << QStringList{u"date|June 2nd 2025|2025-06-02"_s};
        QTest::newRow("December read in January")
            << u"30 December"_s << QDate(2026, 1, 5) << QStringList{u"date|30 December|2025-12-30|inferred"_s};
        QTest::newRow("January read in December")
            << u"January 3"_s << QDate(2025, 12, 28) << QStringList{u"date|January 3|2026-01-03|inferred"_s};
        QTest::newRow("no reference") << u"May 28"_s << QDate() << QStringList{u"date|May 28|--05-28"_s};
        QTest::newRow("French") << u"le 28 mai 2025 et le 1er juin"_s << june2
                                << QStringList{u"date|28 mai 2025|2025-05-28"_s,
                                               u"date|1er juin|2025-06-01|inferred"_s};
        QTest::newRow("German") << u"am 28. Mai und am 3. März 2025"_s << june2
                                << QStringList{u"date|28. Mai|2025-05-28|inferred"_s,
                                               u"date|3. März 2025|2025-03-03"_s};
        QTest::newRow("Russian genitive")
            << u"28 мая 2025 года и 1 июня"_s << june2
            << QStringList{u"date|28 мая 2025 года|2025-05-28"_s, u"date|1 июня|2025-06-01|inferred"_s};
        QTest::newRow("impossible day is a number") << u"February 30"_s << june2 << QStringList{u"number|30|30"_s};
        QTest::newRow("modal may") << u"Talks may resume, may 5 people come?"_s << june2
                                   << QStringList{u"number|5 people|5"_s};
        QTest::newRow("month and year only") << u"in May 2025"_s << june2 << QStringList{};
        // People.
        QTest::newRow("title") << u"Foreign Minister Sergey Lavrov met Marco Rubio"_s << QDate()
                               << QStringList{u"person|Sergey Lavrov|lavrov"_s};
        QTest::newRow("speech verb after")
            << u"“We are ready,” Peskov said."_s << QDate() << QStringList{u"person|Peskov|peskov"_s};
        QTest::newRow("speech verb before")
            << u"“Ready,” said Dmitry Peskov."_s << QDate() << QStringList{u"person|Dmitry Peskov|peskov"_s};
        QTest::newRow("speech verb before, then a time")
            << u"said Peskov on Sunday"_s << QDate() << QStringList{u"person|Peskov|peskov"_s};
        QTest::newRow("adjective after according to")
            << u"according to Ukrainian security services"_s << QDate() << QStringList{};
        QTest::newRow("apposition") << u"Rustem Umerov, Ukraine’s defence minister, said the talks went well"_s
                                    << QDate() << QStringList{u"person|Rustem Umerov|umerov"_s};
        QTest::newRow("Cyrillic") << u"президент Владимир Путин заявил"_s << QDate()
                                  << QStringList{u"person|Владимир Путин|путин"_s};
        QTest::newRow("diacritics folded") << u"according to Recep Tayyip Erdoğan"_s << QDate()
                                           << QStringList{u"person|Recep Tayyip Erdoğan|erdogan"_s};
        QTest::newRow("possessive") << u"President Putin’s envoy"_s << QDate() << QStringList{u"person|Putin|putin"_s};
        QTest::newRow("places and institutions are not people")
            << u"Russia said, the Kremlin said, said Moscow."_s << QDate() << QStringList{};
        QTest::newRow("adjective before a title") << u"said Ukrainian president, Volodymyr Zelensky"_s << QDate()
                                                  << QStringList{u"person|Volodymyr Zelensky|zelensky"_s};
        QTest::newRow("all kinds in text order")
            << u"On 28 May, Medinsky said Russia would return 6,000 bodies."_s << QDate(2025, 6, 3)
            << QStringList{u"date|28 May|2025-05-28|inferred"_s, u"person|Medinsky|medinsky"_s, u"number|6,000|6000"_s};
        QTest::newRow("empty") << QString() << QDate() << QStringList{};
    }

    void extractMentions()
    {
        QFETCH(QString, text);
        QFETCH(QDate, reference);
        QFETCH(QStringList, expected);
        const QList<Mention> mentions = crossread::extractMentions(text, reference);
        QCOMPARE(describe(mentions), expected);
        verifyWellFormed(text, mentions);
    }

    void extractMentions_amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("amount");
        QTest::newRow("scale applied") << u"€5.2 billion"_s << 5.2e9;
        QTest::newRow("thousands") << u"12 тыс. человек"_s << 12000.0;
        QTest::newRow("decimal comma after groups") << u"1.234.567,89 €"_s << 1234567.89;
        QTest::newRow("negative percent") << u"-3%"_s << -3.0;
        QTest::newRow("German trillion") << u"2 Billionen Euro"_s << 2e12;
    }

    void extractMentions_amounts()
    {
        QFETCH(QString, text);
        QFETCH(double, amount);
        const QList<Mention> mentions = crossread::extractMentions(text);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().amount, amount);
    }

    void extractMentions_corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("locator");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QStringList>("expected");
        const QString rt = u"000_d57cfc3902b4f4ef.txt"_s; // dated May 30, 2025
        const QString kozin = u"001_d5e37f3bad4d1b51.txt"_s; // dated June 3, 2025
        const QString summary = u"002_5267f2f13d206c8f.txt"_s; // undated
        const QString ahram = u"004_08bc5f40395f04bc.txt"_s; // dated June 5, 2025
        QTest::newRow("€5.2 billion ($5.6 billion)")
            << rt << u"additional €5.2"_s << QDate(2025, 5, 30)
            << QStringList{u"number|€5.2 billion|5200000000 EUR"_s, u"number|$5.6 billion|5600000000 USD"_s};
        QTest::newRow("€5 billion") << summary << u"Germany pledged an additional"_s << QDate()
                                    << QStringList{u"number|€5 billion|5000000000 EUR"_s};
        QTest::newRow("May 28th") << rt << u"on May 28th"_s << QDate(2025, 5, 30)
                                  << QStringList{u"date|May 28th|2025-05-28|inferred"_s,
                                                 u"date|June 2nd|2025-06-02|inferred"_s};
        QTest::newRow("May 29, 2025") << summary << u"On May 29, 2025, the Kremlin proposed"_s << QDate()
                                      << QStringList{u"date|May 29, 2025|2025-05-29"_s, u"date|June 2|--06-02"_s};
        QTest::newRow("28 May and 112") << ahram << u"112 Ukrainian drones"_s << QDate(2025, 6, 5)
                                        << QStringList{u"date|28 May|2025-05-28|inferred"_s, u"number|112|112"_s};
        QTest::newRow("1,465") << rt << u"1,465 drones"_s << QDate(2025, 5, 30) << QStringList{u"number|1,465|1465"_s};
        QTest::newRow("1 hour and 4 minutes")
            << kozin << u"lasted for 1 hour"_s << QDate(2025, 6, 3)
            << QStringList{u"date|June 2nd 2025|2025-06-02"_s, u"number|1 hour|1 hours"_s,
                           u"number|4 minutes|4 minutes"_s};
        QTest::newRow("Umerov in apposition")
            << kozin << u"Rustem Umerov, Ukrainian"_s << QDate(2025, 6, 3)
            << QStringList{u"date|June 20th|2025-06-20|inferred"_s, u"person|Rustem Umerov|umerov"_s};
        QTest::newRow("Umerov after a title") << summary << u"Minister Rustem Umerov affirmed"_s << QDate()
                                              << QStringList{u"person|Rustem Umerov|umerov"_s};
        QTest::newRow("Medinsky outlined")
            << kozin << u"Medinsky outlined"_s << QDate(2025, 6, 3) << QStringList{u"person|Medinsky|medinsky"_s};
        QTest::newRow("Peskov and three presidents")
            << ahram << u"Dmitry Peskov stated"_s << QDate(2025, 6, 5)
            << QStringList{u"date|30 May|2025-05-30|inferred"_s, u"person|Dmitry Peskov|peskov"_s,
                           u"person|Putin|putin"_s, u"person|Zelensky|zelensky"_s, u"person|Donald Trump|trump"_s};
    }

    void extractMentions_corpus()
    {
        if (test::sharedDir().isEmpty())
            QSKIP("../shared is absent: the corpus cannot be read");
        QFETCH(QString, file);
        QFETCH(QString, locator);
        QFETCH(QDate, reference);
        QFETCH(QStringList, expected);
        const QString sentence = corpusSentence(file, locator);
        QVERIFY2(!sentence.isEmpty(), qPrintable(u"not found in "_s + file + u": "_s + locator));
        const QList<Mention> mentions = crossread::extractMentions(sentence, reference);
        QCOMPARE(describe(mentions), expected);
        verifyWellFormed(sentence, mentions);
    }

    void speakerMention_data()
    {
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("full name") << u"Rustem Umerov"_s << u"Rustem Umerov"_s << u"umerov"_s;
        QTest::newRow("apposition cut") << u"Dmitry Peskov, Kremlin spokesman"_s << u"Dmitry Peskov"_s << u"peskov"_s;
        QTest::newRow("title dropped") << u"Kremlin spokesman Dmitry Peskov"_s << u"Dmitry Peskov"_s << u"peskov"_s;
        QTest::newRow("institution kept") << u"Kremlin"_s << u"Kremlin"_s << u"kremlin"_s;
        QTest::newRow("blank") << u"  "_s << QString() << QString();
    }

    void speakerMention()
    {
        QFETCH(QString, speaker);
        QFETCH(QString, text);
        QFETCH(QString, key);
        const Mention m = crossread::speakerMention(speaker);
        QCOMPARE(m.kind, MentionKind::Person);
        QCOMPARE(m.text, text);
        QCOMPARE(m.key, key);
        if (!key.isEmpty())
            QCOMPARE(m.start, -1);
    }

    void findDiscrepancies_data()
    {
        QTest::addColumn<QList<ClaimFacts>>("claims");
        QTest::addColumn<QStringList>("expected");
        const QDate june2(2025, 6, 2);
        QTest::newRow("euro amounts differ")
            << QList<ClaimFacts>{claim(1, u"an additional €5.2 billion ($5.6 billion) in military aid"_s),
                                 claim(2, u"an additional €5 billion in military aid"_s)}
            << QStringList{u"number EUR: 1=5200000000 EUR; 2=5000000000 EUR"_s};
        QTest::newRow("proposal dates differ")
            << QList<ClaimFacts>{claim(1, u"Russia on May 28th initially proposed talks"_s, {}, june2),
                                 claim(2, u"On May 29, 2025, the Kremlin proposed talks"_s),
                                 claim(3, u"On 28 May, Russia proposed talks"_s, {}, QDate(2025, 6, 5))}
            << QStringList{u"date date: 1=2025-05-28; 2=2025-05-29; 3=2025-05-28"_s};
        QTest::newRow("same amount written three ways")
            << QList<ClaimFacts>{claim(1, u"€5 billion"_s), claim(2, u"5 billion euros"_s), claim(3, u"EUR 5bn"_s)}
            << QStringList{};
        QTest::newRow("claim without numbers is silent")
            << QList<ClaimFacts>{claim(1, u"€5 billion"_s), claim(2, u"Germany pledged more aid"_s),
                                 claim(3, u"€6 billion"_s)}
            << QStringList{u"number EUR: 1=5000000000 EUR; 3=6000000000 EUR"_s};
        QTest::newRow("one claim with a number has no one to differ from")
            << QList<ClaimFacts>{claim(1, u"€5 billion"_s), claim(2, u"Germany pledged more aid"_s)} << QStringList{};
        QTest::newRow("other dimensions are not compared")
            << QList<ClaimFacts>{claim(1, u"up 5%"_s), claim(2, u"5 drones"_s), claim(3, u"$5"_s)} << QStringList{};
        QTest::newRow("same values in another order and repeated")
            << QList<ClaimFacts>{claim(1, u"€5bn and €6bn"_s), claim(2, u"€6bn, €5bn and again €5bn"_s)}
            << QStringList{};
        QTest::newRow("speakers differ") << QList<ClaimFacts>{claim(1, u"Talks will continue"_s, u"Rustem Umerov"_s),
                                                              claim(2, u"Talks will continue"_s, u"Medinsky"_s)}
                                         << QStringList{u"person person: 1=umerov; 2=medinsky"_s};
        QTest::newRow("surname alone is the same person")
            << QList<ClaimFacts>{claim(1, u"Talks will continue"_s, u"Umerov"_s),
                                 claim(2, u"Talks will continue"_s, u"Rustem Umerov"_s)}
            << QStringList{};
        QTest::newRow("speaker and quoted name agree")
            << QList<ClaimFacts>{claim(1, u"Talks will continue, Umerov said"_s),
                                 claim(2, u"Talks will continue"_s, u"Defence Minister Rustem Umerov"_s)}
            << QStringList{};
        QTest::newRow("diacritics folded")
            << QList<ClaimFacts>{claim(1, u"“Talks will continue,” said Erdogan"_s, u"Recep Tayyip Erdoğan"_s),
                                 claim(2, u"Talks will continue"_s, u"ERDOGAN"_s)}
            << QStringList{};
        QTest::newRow("a person named besides the speaker differs")
            << QList<ClaimFacts>{claim(1, u"President Zelensky will attend"_s, u"Umerov"_s),
                                 claim(2, u"He will attend"_s, u"Rustem Umerov"_s)}
            << QStringList{u"person person: 1=umerov,zelensky; 2=umerov"_s};
        QTest::newRow("sorted by kind, then dimension")
            << QList<ClaimFacts>{claim(7, u"$2 and €5 billion on 28 May"_s, u"Merz"_s, june2),
                                 claim(9, u"$3 and €6 billion on 29 May"_s, u"Scholz"_s, june2)}
            << QStringList{u"number EUR: 7=5000000000 EUR; 9=6000000000 EUR"_s, u"number USD: 7=2 USD; 9=3 USD"_s,
                           u"date date: 7=2025-05-28; 9=2025-05-29"_s, u"person person: 7=merz; 9=scholz"_s};
        QTest::newRow("no claims") << QList<ClaimFacts>{} << QStringList{};
    }

    void findDiscrepancies()
    {
        QFETCH(QList<ClaimFacts>, claims);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(crossread::findDiscrepancies(claims)), expected);
    }

    void findDiscrepancies_keepsEachClaimsMentions()
    {
        const QString a = u"an additional €5.2 billion ($5.6 billion)"_s;
        const QString b = u"€5 billion in military aid"_s;
        const QList<Discrepancy> found = crossread::findDiscrepancies({claim(4, a), claim(2, b)});
        Discrepancy expected;
        expected.kind = MentionKind::Number;
        expected.dimension = u"EUR"_s;
        expected.values = {{4, {crossread::extractMentions(a).first()}}, {2, {crossread::extractMentions(b).first()}}};
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first(), expected);
        QCOMPARE(found.first().values.first().mentions.first().text, u"€5.2 billion"_s);
        QCOMPARE(found.first().values.last().mentions.first().start, 0);
    }

    void mentionKindKey_data()
    {
        QTest::addColumn<MentionKind>("kind");
        QTest::addColumn<QString>("key");
        QTest::newRow("number") << MentionKind::Number << u"number"_s;
        QTest::newRow("date") << MentionKind::Date << u"date"_s;
        QTest::newRow("person") << MentionKind::Person << u"person"_s;
    }

    void mentionKindKey()
    {
        QFETCH(MentionKind, kind);
        QFETCH(QString, key);
        QCOMPARE(crossread::mentionKindKey(kind), key);
    }
};

QTEST_GUILESS_MAIN(TestDiscrepancy)
#include "tst_discrepancy.moc"
