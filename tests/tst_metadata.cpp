// Metadata inference from article text: dates, bylines, titles, outlets,
// languages; PDF line joining; and the articles of ../shared/corpus.

#include <models/article.h>
#include <models/import/articleimporter.h>
#include <models/import/metadatainference.h>
#include <models/import/pdfimporter.h>
#include <models/textnormalizer.h>

#include <support/testpaths.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace crossread;
using namespace Qt::StringLiterals;

class TestMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("US") << u"May 30, 2025"_s << QDate(2025, 5, 30);
        QTest::newRow("US ordinal") << u"on May 28th, 2025 it proposed"_s << QDate(2025, 5, 28);
        QTest::newRow("abbreviated") << u"Jun. 3, 2025"_s << QDate(2025, 6, 3);
        QTest::newRow("day first") << u"30 May 2025"_s << QDate(2025, 5, 30);
        QTest::newRow("day first, comma") << u"5 June, 2025"_s << QDate(2025, 6, 5);
        QTest::newRow("weekday") << u"Friday, May 30, 2025, 10:32 GMT"_s << QDate(2025, 5, 30);
        QTest::newRow("ISO") << u"2025-06-02"_s << QDate(2025, 6, 2);
        QTest::newRow("ISO date-time") << u"2025-06-02T11:00:00+03:00"_s << QDate(2025, 6, 2);
        QTest::newRow("dotted") << u"02.06.2025"_s << QDate(2025, 6, 2);
        QTest::newRow("French") << u"le 30 mai 2025"_s << QDate(2025, 5, 30);
        QTest::newRow("French 1er") << u"1er juin 2025"_s << QDate(2025, 6, 1);
        QTest::newRow("German") << u"30. Mai 2025"_s << QDate(2025, 5, 30);
        QTest::newRow("Spanish") << u"30 de mayo de 2025"_s << QDate(2025, 5, 30);
        QTest::newRow("Russian") << u"30 мая 2025 года"_s << QDate(2025, 5, 30);
        QTest::newRow("Ukrainian") << u"2 червня 2025"_s << QDate(2025, 6, 2);
        QTest::newRow("earliest wins") << u"June 3, 2025 (updated 2025-06-04)"_s << QDate(2025, 6, 3);
        QTest::newRow("not a month") << u"Room 30, 2025 visitors"_s << QDate();
        QTest::newRow("impossible") << u"February 30, 2025"_s << QDate();
        QTest::newRow("no date") << u"The talks ended."_s << QDate();
    }

    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(crossread::parseDate(text), date);
    }

    void inferMetadata_fromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("url");
        const QString body = u"The delegations met for about an hour. Both sides agreed on another exchange of "
                             "prisoners, and they promised to meet again within weeks, officials said."_s;
        QTest::newRow("date, title, byline at end")
            << u"May 30, 2025\nSecond round of talks\n"_s + body + u"\nWritten by Ann Example"_s
            << u"Second round of talks"_s << QDate(2025, 5, 30) << u"Ann Example"_s << QString() << QString();
        QTest::newRow("title, byline with outlet, date")
            << u"Talks end early\nBy Jean-Luc Écrivain | Wire Service\n3 June 2025\n"_s + body
            << u"Talks end early"_s << QDate(2025, 6, 3) << u"Jean-Luc Écrivain"_s << QString() << QString();
        QTest::newRow("no title when the text starts with a paragraph")
            << body + u"\nShort heading\nMore text."_s << QString() << QDate() << QString() << QString() << QString();
        QTest::newRow("print line gives outlet and date")
            << body + u"\n* A version of this article appears in print in the 5 June, 2025 edition of Al-Ahram Weekly"_s
            << QString() << QDate(2025, 6, 5) << QString() << u"Al-Ahram Weekly"_s << QString();
        QTest::newRow("URL line gives URL and outlet")
            << u"Headline here\n"_s + body + u"\nhttps://www.example-news.org/world/talks"_s << u"Headline here"_s
            << QDate() << QString() << u"example-news.org"_s << u"https://www.example-news.org/world/talks"_s;
        QTest::newRow("copyright line")
            << body + u"\n© 2025 The Daily Example. All rights reserved."_s << QString() << QDate() << QString()
            << u"The Daily Example"_s << QString();
        QTest::newRow("'By Monday' is not a byline")
            << u"By Monday, the talks had collapsed.\n"_s + body << QString() << QDate() << QString() << QString()
            << QString();
        QTest::newRow("date in the body is not the publication date")
            << u"Headline\nOn May 29, 2025, the Kremlin proposed new talks in a long sentence of the body text."_s
            << u"Headline"_s << QDate() << QString() << QString() << QString();
    }

    void inferMetadata_fromText()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QDate, date);
        QFETCH(QString, author);
        QFETCH(QString, outlet);
        QFETCH(QString, url);
        ArticleMetadata meta;
        inferMetadata(text, meta);
        QCOMPARE(meta.title, title);
        QCOMPARE(meta.published, date);
        QCOMPARE(meta.author, author);
        QCOMPARE(meta.outlet, outlet);
        QCOMPARE(meta.url, url);
        QCOMPARE(meta.isInferred(ArticleField::Title), !title.isEmpty());
        QCOMPARE(meta.isInferred(ArticleField::Date), date.isValid());
        QCOMPARE(meta.isInferred(ArticleField::Author), !author.isEmpty());
    }

    void inferMetadata_keepsWhatIsKnown()
    {
        ArticleMetadata meta;
        meta.title = u"Given title"_s;
        meta.outlet = u"Given outlet"_s;
        inferMetadata(u"Other title\nMay 30, 2025\n© 2025 Another outlet"_s, meta);
        QCOMPARE(meta.title, u"Given title"_s);
        QCOMPARE(meta.outlet, u"Given outlet"_s);
        QVERIFY(!meta.isInferred(ArticleField::Title));
        QVERIFY(meta.isInferred(ArticleField::Date));
    }

    void detectLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"The two delegations met in the palace for barely an hour on Monday and agreed only "
                               "to exchange more prisoners, officials from both countries told reporters."_s
                            << u"en"_s;
        QTest::newRow("fr") << u"Les deux délégations se sont retrouvées au palais pendant à peine une heure lundi et "
                               "se sont seulement mises d'accord sur un nouvel échange de prisonniers."_s
                            << u"fr"_s;
        QTest::newRow("de") << u"Die beiden Delegationen trafen sich am Montag kaum eine Stunde lang im Palast und "
                               "einigten sich nur auf einen weiteren Austausch von Gefangenen."_s
                            << u"de"_s;
        QTest::newRow("es") << u"Las dos delegaciones se reunieron en el palacio durante apenas una hora el lunes y "
                               "solo acordaron un nuevo intercambio de prisioneros, dijeron los funcionarios."_s
                            << u"es"_s;
        QTest::newRow("ru") << u"Две делегации встретились во дворце в понедельник меньше чем на час и договорились "
                               "лишь о новом обмене пленными, сообщили официальные лица обеих стран."_s
                            << u"ru"_s;
        QTest::newRow("uk") << u"Дві делегації зустрілися в палаці в понеділок менш ніж на годину і домовилися лише "
                               "про новий обмін полоненими, повідомили посадовці обох країн."_s
                            << u"uk"_s;
        QTest::newRow("ar") << u"التقى الوفدان في القصر يوم الاثنين لمدة ساعة بالكاد واتفقا فقط على تبادل جديد "
                               "للأسرى، بحسب ما قاله مسؤولون من البلدين للصحفيين."_s
                            << u"ar"_s;
        QTest::newRow("too little to tell") << u"OK."_s << QString();
    }

    void detectLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(crossread::detectLanguage(text), language);
    }

    void joinPdfLines_data()
    {
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<QString>("text");
        const QString full1 = u"The delegations met in Istanbul on Monday for a second round of"_s;
        const QString full2 = u"talks that lasted barely an hour, according to officials from both"_s;
        QTest::newRow("lines join, short sentence end breaks")
            << QStringList{full1 + u"\r\n"_s + full2 + u"\r\nsides.\r\nUkraine wanted a memorandum first, and it"_s
                           + u"\r\ngot one within the hour of the meeting that day in the palace.\r\n"_s}
            << full1 + u" "_s + full2 + u" sides.\n\nUkraine wanted a memorandum first, and it got one within the hour of the meeting that day in the palace."_s;
        QTest::newRow("hyphen at line end before lower case is undone")
            << QStringList{full1 + u"\r\nmemorandum in ad-\r\nvance of a meeting that was held in the city of Istanbul."_s}
            << full1 + u" memorandum in advance of a meeting that was held in the city of Istanbul."_s;
        QTest::newRow("hyphen before a capital stays")
            << QStringList{full1 + u" Russian-\r\nUkrainian talks resumed after a pause of several weeks in May."_s}
            << full1 + u" Russian- Ukrainian talks resumed after a pause of several weeks in May."_s;
        QTest::newRow("PDFium's line-end hyphen marker")
            << QStringList{u"negoti\uFFFEations began on time in the palace and ended an hour later."_s}
            << u"negotiations began on time in the palace and ended an hour later."_s;
        QTest::newRow("soft hyphen and ligatures")
            << QStringList{u"the o\uFB03cials con\u00ADfirmed the \uFB01nal list of prisoners to be exchanged."_s}
            << u"the officials confirmed the final list of prisoners to be exchanged."_s;
        QTest::newRow("page numbers dropped, paragraph runs on to next page")
            << QStringList{full1 + u"\r\n"_s + full2 + u"\r\n1"_s, u"sides, who spoke to reporters.\r\n2"_s}
            << full1 + u" "_s + full2 + u" sides, who spoke to reporters."_s;
        QTest::newRow("list items")
            << QStringList{u"The demands were these ones:\r\n• a ceasefire\r\n• an exchange\r\n"_s}
            << u"The demands were these ones:\n\n• a ceasefire\n\n• an exchange"_s;
    }

    void joinPdfLines()
    {
        QFETCH(QStringList, pages);
        QFETCH(QString, text);
        QCOMPARE(crossread::joinPdfLines(pages), text);
    }

    void corpus_importsWithExpectedMetadata_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("000") << u"000_d57cfc3902b4f4ef.txt"_s << u"Second round of bilateral talks in Istanbul"_s
                             << QDate(2025, 5, 30) << u"Vladimir P. Kozin"_s << QString();
        QTest::newRow("001") << u"001_d5e37f3bad4d1b51.txt"_s << QString() << QDate(2025, 6, 3)
                             << u"Vladimir P. Kozin"_s << QString();
        QTest::newRow("002") << u"002_5267f2f13d206c8f.txt"_s
                             << u"Russia Proposes Second Istanbul Peace Talks as Tensions Escalate"_s << QDate()
                             << QString() << QString();
        QTest::newRow("003") << u"003_f2bdcfeff8368127.txt"_s << QString() << QDate() << QString() << QString();
        QTest::newRow("004") << u"004_08bc5f40395f04bc.txt"_s << QString() << QDate(2025, 6, 5) << QString()
                             << u"Al-Ahram Weekly"_s;
    }

    void corpus_importsWithExpectedMetadata()
    {
        const QString shared = test::sharedDir();
        if (shared.isEmpty())
            QSKIP("../shared is absent: the corpus cannot be read");
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QDate, date);
        QFETCH(QString, author);
        QFETCH(QString, outlet);
        const QString path = shared + u"/corpus/istanbul-2025/"_s + file;
        ImportedArticle article;
        const ImportError e = importFile(path, {}, article);
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(article.meta.title, title);
        QCOMPARE(article.meta.published, date);
        QCOMPARE(article.meta.author, author);
        QCOMPARE(article.meta.outlet, outlet);
        QCOMPARE(article.meta.language, u"en"_s);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QCOMPARE(article.text, normalizeText(QString::fromUtf8(bytes)));
        QCOMPARE(article.provenance.fileName, file);
        QCOMPARE(article.provenance.fileSize, bytes.size());
        QCOMPARE(article.provenance.encoding, u"UTF-8"_s);
        QCOMPARE(article.provenance.format, u"txt"_s);
        QCOMPARE(article.provenance.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
