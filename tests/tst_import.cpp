// Import of articles from files: every format, encodings, bad input, and
// batches against a project (duplicates, new versions, one undo step).

#include <models/document.h>
#include <models/import/articleimporter.h>
#include <models/import/importbatch.h>
#include <models/textnormalizer.h>

#include <support/encodings.h>
#include <support/samplefiles.h>
#include <support/testpaths.h>

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <unistd.h>

using namespace crossread;
using namespace Qt::StringLiterals;
using Code = ImportError::Code;

namespace {

const QString kRussian = u"Второй раунд прямых переговоров между делегациями России и Украины прошёл в Стамбуле. "
                         "Стороны договорились об обмене пленными и телами погибших военнослужащих. Министр "
                         "иностранных дел заявил, что меморандум будет представлен позже, после консультаций."_s;
const QString kFrench = u"« Les négociations ont échoué », a déclaré le ministre. L’Allemagne a promis une aide "
                        "supplémentaire de 5 milliards d’euros, soit 5 000 000 000 € – et la délégation a quitté la "
                        "salle après une heure. “C’est inacceptable”, a-t-il ajouté devant les journalistes."_s;
const QString kPolish = u"Rozmowy pokojowe w Stambule zakończyły się po godzinie. Delegacje uzgodniły wymianę "
                        "jeńców, ale nie osiągnięto porozumienia w sprawie zawieszenia broni. Żołnierze wrócą do "
                        "domów, a ministrowie spotkają się ponownie w przyszłym miesiącu."_s;
const QString kGerman = u"Die Verhandlungen in Istanbul endeten nach einer Stunde. Die Delegationen vereinbarten "
                        "einen Gefangenenaustausch, aber keine Waffenruhe. Für die Ukraine ist das enttäuschend, "
                        "sagte ein Sprecher des Außenministeriums in Kiew."_s;
const QString kFrench15 = u"Le coût de l'aide s'élève à 5 milliards d'€ selon le ministère. Les œuvres d'art volées "
                          "ont été restituées. Le cœur des négociations reste la question des prisonniers et du "
                          "cessez-le-feu, a précisé le porte-parole."_s;
const QString kUkrainian = u"Дві делегації зустрілися в палаці в понеділок менш ніж на годину і домовилися лише про "
                           "новий обмін полоненими, повідомили посадовці обох країн журналістам."_s;

QByteArray withBom(const char *bom, int length, const QByteArray &bytes)
{
    return QByteArray(bom, length) + bytes;
}

QByteArray docx(const QByteArray &documentXml, const QByteArray &coreXml = {}, const QByteArray &extraName = {})
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    const auto add = [&](const QString &name, const QByteArray &data) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        file.write(data);
        file.close();
    };
    add(u"[Content_Types].xml"_s, "<?xml version=\"1.0\"?><Types/>");
    if (!documentXml.isNull())
        add(u"word/document.xml"_s, documentXml);
    if (!coreXml.isEmpty())
        add(u"docProps/core.xml"_s, coreXml);
    if (!extraName.isEmpty())
        add(QString::fromUtf8(extraName), "escape attempt");
    zip.close();
    return buffer.data();
}


/// A PDF written the classic way (text lines placed with Td and T*), whose
/// line ends PDFium reports.
QByteArray handMadePdf(const QStringList &lines)
{
    QByteArray content = "BT /F1 11 Tf 72 720 Td 14 TL";
    for (const QString &line : lines)
        content += " (" + line.toLatin1() + ") Tj T*";
    content += " ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    return test::assemblePdf(objects);
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a test file");
        file.write(bytes);
        return path;
    }

    ImportedArticle importOk(const QString &name, const QByteArray &bytes, const ImportOptions &options = {})
    {
        ImportedArticle article;
        const ImportError e = importFile(write(name, bytes), options, article);
        if (!e.ok())
            qWarning("%s: %s", qPrintable(name), qPrintable(e.message));
        return article;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("language");
        QTest::newRow("Russian windows-1251") << test::encodeAs(kRussian, "windows-1251") << kRussian << u"windows-1251"_s << u"ru"_s;
        QTest::newRow("Russian KOI8-R") << test::encodeAs(kRussian, "KOI8-R") << kRussian << u"KOI8-R"_s << u"ru"_s;
        QTest::newRow("French windows-1252, curly quotes and €")
            << test::encodeAs(kFrench, "windows-1252") << kFrench << u"windows-1252"_s << u"fr"_s;
        QTest::newRow("Polish ISO-8859-2") << test::encodeAs(kPolish, "ISO-8859-2") << kPolish << u"ISO-8859-2"_s << u"pl"_s;
        QTest::newRow("French ISO-8859-15") << test::encodeAs(kFrench15, "ISO-8859-15") << kFrench15 << u"ISO-8859-15"_s << u"fr"_s;
        QTest::newRow("German ISO-8859-1") << test::encodeAs(kGerman, "ISO-8859-1") << kGerman << u"ISO-8859-1"_s << u"de"_s;
        QTest::newRow("UTF-8") << kUkrainian.toUtf8() << kUkrainian << u"UTF-8"_s << u"uk"_s;
        QTest::newRow("UTF-8 with BOM") << withBom("\xEF\xBB\xBF", 3, kFrench.toUtf8()) << kFrench << u"UTF-8"_s << u"fr"_s;
        QTest::newRow("UTF-16LE with BOM")
            << withBom("\xFF\xFE", 2, test::encodeAs(kUkrainian, "UTF-16LE")) << kUkrainian << u"UTF-16LE"_s << u"uk"_s;
        QTest::newRow("UTF-16BE with BOM")
            << withBom("\xFE\xFF", 2, test::encodeAs(kRussian, "UTF-16BE")) << kRussian << u"UTF-16BE"_s << u"ru"_s;
        QTest::newRow("UTF-32LE with BOM")
            << withBom("\xFF\xFE\x00\x00", 4, test::encodeAs(kGerman, "UTF-32LE")) << kGerman << u"UTF-32LE"_s << u"de"_s;
        QTest::newRow("UTF-16LE without BOM") << test::encodeAs(kFrench, "UTF-16LE") << kFrench << u"UTF-16LE"_s << u"fr"_s;
        QTest::newRow("UTF-16BE without BOM") << test::encodeAs(kRussian, "UTF-16BE") << kRussian << u"UTF-16BE"_s << u"ru"_s;
        const QString crlf = u"Headline of the day\r\n\r\n\r\n"_s + kGerman + u"  \r\nLast line.\r\n"_s;
        QTest::newRow("CRLF, blank runs, trailing spaces") << crlf.toUtf8() << crlf << u"UTF-8"_s << u"de"_s;
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(QString, language);
        const ImportedArticle article = importOk(u"article.txt"_s, bytes);
        QCOMPARE(article.text, normalizeText(text));
        QCOMPARE(article.provenance.encoding, encoding);
        QCOMPARE(article.meta.language, language);
        QVERIFY(article.meta.isInferred(ArticleField::Language));
        QCOMPARE(article.provenance.fileSize, bytes.size());
        QVERIFY(!article.text.contains(u'\r'));
    }

    void encoding_canBeForced()
    {
        const QByteArray koi8 = test::encodeAs(kRussian, "KOI8-R");
        ImportOptions options;
        options.encoding = u"windows-1251"_s; // wrong on purpose: the user's choice wins
        ImportedArticle forced = importOk(u"forced.txt"_s, koi8, options);
        QCOMPARE(forced.provenance.encoding, u"windows-1251"_s);
        QVERIFY(forced.text != normalizeText(kRussian));
        options.encoding = u"koi8-r"_s;
        QCOMPARE(importOk(u"right.txt"_s, koi8, options).text, normalizeText(kRussian));

        options.encoding = u"no-such-encoding"_s;
        ImportedArticle article;
        const ImportError e = importFile(write(u"x.txt"_s, koi8), options, article);
        QCOMPARE(e.code, Code::UnknownEncoding);
        QVERIFY(e.message.contains(u"no-such-encoding"_s));
    }

    void markdown_keepsParagraphsAndHeadingsWithoutMarkup()
    {
        const QByteArray md = test::markdownSample();
        const ImportedArticle a = importOk(u"talks.md"_s, md);
        QCOMPARE(a.text, u"Talks end early\n\nThe delegations met for an hour at the palace. Both sides agreed to meet "
                          "again.\n\na prisoner exchange\n\na memorandum & a map\n\nSide\tDemand\nA\tB"_s);
        QCOMPARE(a.meta.title, u"Talks end early"_s);
        QCOMPARE(a.meta.author, u"Ann Example"_s);
        QCOMPARE(a.meta.published, QDate(2025, 6, 2));
        QVERIFY(a.meta.isInferred(ArticleField::Title));
        QCOMPARE(a.provenance.format, u"md"_s);
    }

    void html_takesTheArticleAndItsMetadata()
    {
        const QByteArray html = test::newsPageSample();
        const ImportedArticle a = importOk(u"talks.html"_s, html);
        QCOMPARE(a.text, u"Peace talks end after an hour\n\nBy Ann Example and Bo Writer\n\nThe Russian and Ukrainian "
                          "delegations met in Istanbul on Monday. The talks lasted barely an hour, officials said.\n\n"
                          "Both sides agreed on a new exchange of prisoners.\nNothing else was agreed."_s);
        QCOMPARE(a.meta.title, u"Peace talks end after an hour"_s);
        QCOMPARE(a.meta.author, u"Ann Example, Bo Writer"_s);
        QCOMPARE(a.meta.published, QDate(2025, 6, 2));
        QCOMPARE(a.meta.outlet, u"Example Post Ltd"_s);
        QCOMPARE(a.meta.url, u"https://example.org/world/talks-end"_s);
        QCOMPARE(a.meta.language, u"en"_s);
        for (ArticleField f : {ArticleField::Title, ArticleField::Author, ArticleField::Date, ArticleField::Outlet,
                               ArticleField::Url, ArticleField::Language})
            QVERIFY(a.meta.isInferred(f));
        QCOMPARE(a.provenance.format, u"html"_s);
    }

    void html_withoutArticleElement_findsTheTextBlock()
    {
        const QByteArray html = test::plainPageSample();
        const ImportedArticle a = importOk(u"page.htm"_s, html);
        QCOMPARE(a.text, u"Ceasefire talk\n\nNegotiators from both countries arrived in the city on Sunday evening for "
                          "talks.\n\nThey are expected to discuss a ceasefire and an exchange of prisoners of war.\n\n"
                          "Observers said expectations were low, given the failure of the first round."_s);
        QCOMPARE(a.meta.title, u"Ceasefire talk"_s);
        QCOMPARE(a.meta.outlet, u"Wire"_s);
        QCOMPARE(a.meta.published, QDate(2025, 5, 30));
    }

    void html_inTheEncodingItDeclares()
    {
        const QString page = u"<html><head><meta charset=\"windows-1251\"><title>Переговоры</title></head>"
                             "<body><article><p>"_s + kRussian + u"</p></article></body></html>"_s;
        const ImportedArticle a = importOk(u"ru.html"_s, test::encodeAs(page, "windows-1251"));
        QCOMPARE(a.provenance.encoding, u"windows-1251"_s);
        QCOMPARE(a.text, kRussian);
        QCOMPARE(a.meta.language, u"ru"_s);
    }

    void html_malformedOrDeep_stillGivesItsText()
    {
        const ImportedArticle a = importOk(u"broken.html"_s, "<html><body><p>First paragraph<p>Second <b>bold <i>and"
                                                             " italic</p><div>Third</span></body>");
        QCOMPARE(a.text, u"First paragraph\n\nSecond bold and italic\n\nThird"_s);

        QByteArray deep = "<html><body>";
        for (int i = 0; i < 5000; ++i)
            deep += "<div>";
        deep += "Buried text";
        ImportedArticle article;
        const ImportError e = importFile(write(u"deep.html"_s, deep), {}, article); // must not crash
        QVERIFY(e.ok() || e.code == Code::NoText);
    }

    void pdf_writtenByQPdfWriter_givesTextAndTitle()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setTitle(u"Talks in Istanbul"_s);
            writer.setCreator(u"tst_import"_s);
            QTextDocument document;
            document.setPlainText(u"Talks in Istanbul\n\nThe delegations met in Istanbul on Monday for a second round "
                                  "of talks that lasted barely an hour, according to officials from both sides.\n\n"
                                  "Ukraine demanded a memorandum in advance of the meeting."_s);
            document.print(&writer);
        }
        const ImportedArticle a = importOk(u"talks.pdf"_s, buffer.data());
        QCOMPARE(a.provenance.format, u"pdf"_s);
        QCOMPARE(a.meta.title, u"Talks in Istanbul"_s);
        QVERIFY(a.meta.isInferred(ArticleField::Title));
        QVERIFY2(a.text.startsWith(u"Talks in Istanbul\n\nThe delegations met in Istanbul on Monday"_s), qPrintable(a.text));
        QVERIFY(a.text.contains(u"lasted barely an hour, according to officials from both sides."_s));
        QVERIFY(a.text.contains(u"Ukraine demanded a memorandum in advance of the meeting."_s));
        QCOMPARE(a.meta.language, u"en"_s);
    }

    void pdf_linesBecomeParagraphs_andHyphenationIsUndone()
    {
        const QByteArray pdf = handMadePdf({u"The delegations met in Istanbul on Monday for a second round of"_s,
                                            u"talks that lasted barely an hour, according to officials from both"_s,
                                            u"sides. Ukraine demanded a memorandum in ad-"_s,
                                            u"vance of the meeting and the Russian side agreed to provide it."_s,
                                            u"Both sides then left."_s,
                                            u"A new paragraph starts here and runs on for a while longer, as they do."_s});
        const ImportedArticle a = importOk(u"lines.pdf"_s, pdf);
        QCOMPARE(a.text, u"The delegations met in Istanbul on Monday for a second round of talks that lasted barely an "
                          "hour, according to officials from both sides. Ukraine demanded a memorandum in advance of "
                          "the meeting and the Russian side agreed to provide it. Both sides then left.\n\nA new "
                          "paragraph starts here and runs on for a while longer, as they do."_s);
    }

    void pdf_badOnes_sayWhy()
    {
        ImportedArticle article;
        ImportError e = importFile(test::testDataDir() + u"/password.pdf"_s, {}, article);
        QCOMPARE(e.code, Code::PasswordProtected);
        QVERIFY(e.message.contains(u"password"_s));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            painter.drawRect(100, 100, 2000, 1000); // a page with no text, like a scan
        }
        e = importFile(write(u"scan.pdf"_s, buffer.data()), {}, article);
        QCOMPARE(e.code, Code::NoText);
        QVERIFY(e.message.contains(u"OCR"_s));

        e = importFile(write(u"cut.pdf"_s, buffer.data().first(60)), {}, article);
        QCOMPARE(e.code, Code::Malformed);

        // A page tree that loops (found by fuzz_import_pdf: QtPdf 6.4 never
        // returns from loading one), here through a node below the root.
        QByteArray loop = handMadePdf({u"A line of text."_s});
        loop.replace("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Pages /Kids [7 0 R] /Count 1 >>");
        loop.replace("%%EOF", "7 0 obj\n<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R] /Count 1 >>\nendobj\n%%EOF");
        QVERIFY(loop.contains("/Kids [7 0 R]"));
        e = importFile(write(u"loop.pdf"_s, loop), {}, article);
        QCOMPARE(e.code, Code::Malformed);
        QVERIFY(e.message.contains(u"loops"_s));
    }

    void docx_builtHere_givesParagraphsAndProperties()
    {


        const ImportedArticle a = importOk(u"talks.docx"_s, docx(test::wordDocumentXml(test::wordSampleBody()), test::wordCoreProperties(), "../../escape.txt"));
        QCOMPARE(a.text, u"Talks end early\n\nThe delegations met for an hour.\n\nSide\tDemand\nA\tB\n\nLast line."_s);
        QCOMPARE(a.meta.title, u"Talks end early"_s);
        QCOMPARE(a.meta.author, u"Ann Example"_s);
        QCOMPARE(a.meta.language, u"en"_s);
        QCOMPARE(a.provenance.format, u"docx"_s);
        QVERIFY(!QFile::exists(m_dir.filePath(u"../../escape.txt"_s)));
    }

    void docx_badOnes_sayWhy()
    {
        ImportedArticle article;
        ImportError e = importFile(write(u"nodoc.docx"_s, docx(QByteArray())), {}, article);
        QCOMPARE(e.code, Code::Malformed);
        QVERIFY(e.message.contains(u"word/document.xml"_s));

        // A zip bomb: 64 MB of text packed into a small file.
        const QByteArray huge = test::wordDocumentXml("<w:p><w:r><w:t>" + QByteArray(64 * 1024 * 1024, 'a') + "</w:t></w:r></w:p>");
        const QByteArray bomb = docx(huge);
        QVERIFY(bomb.size() < 1024 * 1024);
        e = importFile(write(u"bomb.docx"_s, bomb), {}, article);
        QCOMPARE(e.code, Code::TooLarge);

        e = importFile(write(u"broken.docx"_s, QByteArray("PK\x03\x04 this is not really a zip archive")), {}, article);
        QCOMPARE(e.code, Code::Malformed);
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << int(Code::Empty) << u"empty"_s;
        QTest::newRow("NUL bytes") << u"nul.txt"_s << QByteArray(300, '\0') + "text" << int(Code::Binary) << u"NUL"_s;
        QTest::newRow("PNG image named .txt")
            << u"photo.txt"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(Code::Binary) << u"PNG image"_s;
        QTest::newRow("JPEG image") << u"photo.jpg"_s << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << int(Code::Binary)
                                    << u"JPEG image"_s;
        QTest::newRow("control characters") << u"ctl.txt"_s << QByteArray("a\x01\x02\x03\x04\x05\x06\x07\x08\x0b", 10)
                                            << int(Code::Binary) << u"control characters"_s;
        QTest::newRow("old Word") << u"old.doc"_s << QByteArray("\xD0\xCF\x11\xE0", 4) << int(Code::UnsupportedFormat)
                                  << u".docx"_s;
        QTest::newRow(".pdf that is not a PDF") << u"fake.pdf"_s << QByteArray("hello") << int(Code::Malformed)
                                                << u"not a PDF"_s;
        QTest::newRow(".docx that is not a zip") << u"fake.docx"_s << QByteArray("hello") << int(Code::Malformed)
                                                 << u"not a Word document"_s;
        QTest::newRow("page without text") << u"empty.html"_s
                                           << QByteArray("<html><body><script>x()</script><nav>Menu</nav></body></html>")
                                           << int(Code::NoText) << u"no article text"_s;
        QTest::newRow("only blank lines") << u"blank.txt"_s << QByteArray(" \r\n\t\n  \n") << int(Code::NoText)
                                          << u"no text"_s;
        QTest::newRow("invalid UTF-8 after a UTF-8 BOM") << u"bom.txt"_s << QByteArray("\xEF\xBB\xBFok \xC3\x28 no")
                                                         << int(Code::Malformed) << u"not valid UTF-8"_s;
    }

    void badInputs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, message);
        ImportedArticle article;
        const ImportError e = importFile(write(name, bytes), {}, article);
        QCOMPARE(int(e.code), code);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
    }

    void badPaths_sayWhy()
    {
        ImportedArticle article;
        ImportError e = importFile(m_dir.path(), {}, article);
        QCOMPARE(e.code, Code::IsFolder);
        e = importFile(m_dir.filePath(u"missing.txt"_s), {}, article);
        QCOMPARE(e.code, Code::NotFound);
        const QString link = m_dir.filePath(u"dangling.txt"_s);
        QVERIFY(QFile::link(m_dir.filePath(u"gone.txt"_s), link));
        e = importFile(link, {}, article);
        QCOMPARE(e.code, Code::NotFound);
        QVERIFY(e.message.contains(u"link"_s));

        ImportOptions small;
        small.maxFileSize = 1000;
        e = importFile(write(u"big.txt"_s, QByteArray(2000, 'a')), small, article);
        QCOMPARE(e.code, Code::TooLarge);
        QVERIFY(e.message.contains(u"limit"_s));
    }

    void unreadableFile_saysWhy()
    {
        ImportedArticle article;
        if (geteuid() != 0) {
            const QString path = write(u"secret.txt"_s, "secret");
            QFile::setPermissions(path, QFileDevice::WriteOwner);
            const ImportError e = importFile(path, {}, article);
            QCOMPARE(e.code, Code::Unreadable);
            QVERIFY(e.message.contains(u"cannot be read"_s));
        }
        // Root reads every file; this one fails for everyone: the kernel
        // refuses to read a process's memory from offset 0.
        const ImportError e = importFile(u"/proc/self/mem"_s, {}, article);
        QCOMPARE(e.code, Code::Unreadable);
        QVERIFY2(e.message.contains(u"cannot be read"_s), qPrintable(e.message));
    }

    void planImport_skipsDuplicatesAndOffersNewVersions()
    {
        Document doc;
        const QByteArray original = (u"Talks end early\n"_s + kGerman).toUtf8();
        const ImportedArticle first = importOk(u"first.txt"_s, original, {{}, ImportOptions().maxFileSize, u"Wire"_s});
        const ArticleId existing = doc.addArticle(first.meta, first.text, first.provenance);

        const auto outcome = [&](const QString &name, const QByteArray &bytes, const QString &outlet = u"Wire"_s) {
            ImportOutcome o;
            o.path = write(name, bytes);
            o.error = importFile(o.path, {{}, ImportOptions().maxFileSize, outlet}, o.article);
            return o;
        };
        const QList<ImportOutcome> outcomes = {
            outcome(u"again.txt"_s, original),
            outcome(u"latin1.txt"_s, test::encodeAs(u"Talks end early\n"_s + kGerman, "ISO-8859-1")),
            outcome(u"updated.txt"_s, (u"Talks end early\n"_s + kGerman + u" Update: more talks."_s).toUtf8()),
            outcome(u"other.txt"_s, (u"Another story\n"_s + kPolish).toUtf8()),
            outcome(u"other-copy.txt"_s, (u"Another story\n"_s + kPolish).toUtf8()),
            outcome(u"empty.txt"_s, QByteArray()),
        };
        const QList<ImportStep> steps = planImport(doc.project(), outcomes);
        QCOMPARE(steps.size(), 6);
        QCOMPARE(steps[0].action, ImportStep::Action::Skip);
        QCOMPARE(steps[0].existing, existing);
        QVERIFY(steps[0].reason.contains(u"same file"_s));
        QCOMPARE(steps[1].action, ImportStep::Action::Skip); // other bytes, same text
        QVERIFY(steps[1].reason.contains(u"same text"_s));
        QCOMPARE(steps[2].action, ImportStep::Action::AddAsNewVersion);
        QCOMPARE(steps[2].versionCandidate, existing);
        QCOMPARE(steps[3].action, ImportStep::Action::Add);
        QCOMPARE(steps[4].action, ImportStep::Action::Skip);
        QVERIFY(steps[4].reason.contains(u"earlier in this import"_s));
        QCOMPARE(steps[5].action, ImportStep::Action::Fail);

        const Project before = doc.project();
        const ImportSummary summary = applyImport(doc, steps);
        QCOMPARE(summary.added.size(), 2);
        QCOMPARE(summary.skipped, 3);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(findById(doc.project().articles, summary.added[0])->previousVersion, existing);
        QCOMPARE(doc.undoStack()->count(), 2); // the first article, then the whole batch
        QCOMPARE(doc.undoStack()->undoText(), u"Import 2 articles"_s);
        doc.undoStack()->undo();
        Project expected = before;
        expected.nextId = doc.project().nextId;
        QVERIFY(doc.project() == expected);
    }

    void applyImport_ofOnlyFailures_changesNothing()
    {
        Document doc;
        ImportOutcome failed;
        failed.error = ImportError::make(Code::Empty, u"the file is empty"_s);
        const ImportSummary summary = applyImport(doc, planImport(doc.project(), {failed}));
        QCOMPARE(summary.failed, 1);
        QVERIFY(summary.added.isEmpty());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.project().articles.empty());
    }

    void startImport_returnsOutcomesInOrder()
    {
        QStringList paths;
        for (int i = 0; i < 40; ++i)
            paths << write(u"batch-%1.txt"_s.arg(i), (u"Story number %1\n"_s.arg(i) + kGerman).toUtf8());
        paths.insert(7, m_dir.filePath(u"not-there.txt"_s));
        QFuture<ImportOutcome> future = startImport(paths, {});
        future.waitForFinished();
        const QList<ImportOutcome> outcomes = future.results();
        QCOMPARE(outcomes.size(), paths.size());
        for (qsizetype i = 0; i < outcomes.size(); ++i)
            QCOMPARE(outcomes[i].path, paths[i]);
        QCOMPARE(outcomes[7].error.code, Code::NotFound);
        QCOMPARE(outcomes[8].article.meta.title, u"Story number 7"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
