// Writes the seed corpora of the fuzz targets: fuzz_make_seeds DIR writes
// DIR/<target>/<seed>. Small, valid files of every kind each target reads,
// made by Crossread's own code and the test samples (tests/support), so that
// the fuzzer starts from inputs that reach deep. tests/fuzz/make-seeds.sh
// runs it into tests/fuzz/corpus/.

#include "fuzzinput.h"

#include <models/project.h>
#include <models/projectfile.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringBuilder>

#include <cstdio>
#include <encodings.h>
#include <samplefiles.h>
#include <sampleproject.h>

using namespace crossread;

namespace {

QString outDir;
int failures = 0;

void write(const char *target, const QString &name, const QByteArray &bytes)
{
    const QString dir = outDir + u'/' + QLatin1String(target);
    QDir().mkpath(dir);
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        ++failures;
    }
}

/// A seed of a target whose first byte picks the encoding (fuzzinput.h).
QByteArray withEncoding(const char *encoding, const QByteArray &file)
{
    for (size_t i = 0; i < fuzz::kEncodings.size(); ++i) {
        if (qstrcmp(fuzz::kEncodings[i], encoding) == 0)
            return char(i) + file;
    }
    std::fprintf(stderr, "no encoding %s in kEncodings\n", encoding);
    ++failures;
    return file;
}

/// A zip archive of `entries` (name, bytes).
QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &entries)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        file.write(bytes);
        file.close();
    }
    zip.close();
    return buffer.data();
}

/// A PDF of one page per entry of `pages` (lines of Helvetica), with a
/// document information dictionary.
QByteArray pdfOf(const QList<QStringList> &pages, const QByteArray &title, const QByteArray &author)
{
    QList<QByteArray> objects;
    const int firstPage = 4; // 1 catalog, 2 pages, 3 font, then page and contents pairs, then info
    QByteArray kids;
    for (int i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(firstPage + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    for (int i = 0; i < pages.size(); ++i) {
        QByteArray content = "BT /F1 11 Tf 72 760 Td 14 TL\n";
        for (const QString &line : pages[i])
            content += '(' + line.toLatin1() + ") '\n";
        content += "ET";
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                   "/Contents "
                + QByteArray::number(firstPage + 2 * i + 1) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
    }
    objects << "<< /Title (" + title + ") /Author (" + author + ") >>";
    return test::assemblePdf(objects, "/Info " + QByteArray::number(objects.size()) + " 0 R ");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds DIR\n");
        return 2;
    }
    outDir = QString::fromLocal8Bit(argv[1]);

    // The project loader: an empty project and the sample of the tests.
    write("fuzz_project", u"empty.crossread"_qs, encodeProject(Project{}));
    write("fuzz_project", u"sample.crossread"_qs, encodeProject(test::sampleProjectAt(1748822400000)));

    // Text in several encodings, detected and forced.
    const QString english = u"Talks in the capital\n\nThe delegations met for two hours on Tuesday, "
                            u"officials said.\r\nA second round is planned for May 3, 2025.\n"_qs;
    const QString russian = u"Переговоры в столице\n\nДелегации встречались два часа во вторник, "
                            u"сообщили официальные лица.\n"_qs;
    const QString japanese = u"首都での会談\n\n代表団は火曜日に二時間会談したと当局者は述べた。\n"_qs;
    const QString chinese = u"首都会谈\n\n官员说，代表团周二会谈了两个小时。\n"_qs;
    const QString greek = u"Συνομιλίες στην πρωτεύουσα\n\nΟι αντιπροσωπείες συναντήθηκαν για δύο ώρες.\n"_qs;
    const QString mixed = test::emojiText() + u"\n\n"_qs + test::combiningText() + u"\n\n"_qs + test::rightToLeftText();
    write("fuzz_import_text", u"english-utf8.txt"_qs, withEncoding("", english.toUtf8()));
    write("fuzz_import_text", u"mixed-utf8-bom.txt"_qs, withEncoding("", "\xEF\xBB\xBF" + mixed.toUtf8()));
    write("fuzz_import_text", u"russian-1251.txt"_qs, withEncoding("", test::encodeAs(russian, "windows-1251")));
    write("fuzz_import_text", u"russian-1251-forced.txt"_qs,
          withEncoding("windows-1251", test::encodeAs(russian, "windows-1251")));
    write("fuzz_import_text", u"russian-koi8r-forced.txt"_qs,
          withEncoding("KOI8-R", test::encodeAs(russian, "KOI8-R")));
    write("fuzz_import_text", u"mixed-utf16le-bom.txt"_qs,
          withEncoding("", "\xFF\xFE" + test::encodeAs(mixed, "UTF-16LE")));
    write("fuzz_import_text", u"english-utf16le-forced.txt"_qs,
          withEncoding("UTF-16LE", test::encodeAs(english, "UTF-16LE")));
    write("fuzz_import_text", u"japanese-sjis.txt"_qs,
          withEncoding("Shift_JIS", test::encodeAs(japanese, "Shift_JIS")));
    write("fuzz_import_text", u"chinese-gb18030.txt"_qs, withEncoding("GB18030", test::encodeAs(chinese, "GB18030")));
    write("fuzz_import_text", u"greek-8859-7.txt"_qs, withEncoding("", test::encodeAs(greek, "ISO-8859-7")));
    write("fuzz_import_text", u"english-latin1-forced.txt"_qs,
          withEncoding("ISO-8859-1", test::encodeAs(u"Caf\u00e9 talks, na\u00efve hopes.\n"_qs, "ISO-8859-1")));

    // Web pages.
    write("fuzz_import_html", u"news.html"_qs, withEncoding("", test::newsPageSample()));
    write("fuzz_import_html", u"plain.html"_qs, withEncoding("", test::plainPageSample()));
    write("fuzz_import_html", u"russian-meta-1251.html"_qs,
          withEncoding("",
                       "<!DOCTYPE html><html><head><meta charset=\"windows-1251\"><title>"
                           + test::encodeAs(u"Переговоры"_qs, "windows-1251") + "</title></head><body><article><p>"
                           + test::encodeAs(russian, "windows-1251") + "</p></article></body></html>"));
    write("fuzz_import_html", u"koi8r-forced.html"_qs,
          withEncoding("KOI8-R",
                       "<html><body><main><h1>x</h1><p>" + test::encodeAs(russian, "KOI8-R")
                           + "</p></main></body></html>"));

    // Markdown.
    write("fuzz_import_markdown", u"sample.md"_qs, withEncoding("", test::markdownSample()));
    write("fuzz_import_markdown", u"russian-koi8r-forced.md"_qs,
          withEncoding("KOI8-R",
                       test::encodeAs(u"# Переговоры\n\n* один\n* два\n\n> цитата\n\n"_qs + russian, "KOI8-R")));

    // PDF: one page, and two pages with a hyphenated word, a list and a page number.
    write("fuzz_import_pdf", u"one-page.pdf"_qs,
          pdfOf({{u"Talks in the capital"_qs, u"The delegations met for two hours on Tuesday."_qs}}, "Talks",
                "A. Writer"));
    write("fuzz_import_pdf", u"two-pages.pdf"_qs,
          pdfOf({{u"Talks in the capital"_qs, u"The delegations met for two hours on Tues-"_qs,
                  u"day, officials said. A"_qs, u"- first point"_qs, u"- second point"_qs, u"1"_qs},
                 {u"The second round is planned for May."_qs, u"Page 2 of 2"_qs}},
                "Microsoft Word - draft.docx", ""));

    // Word documents: a whole .docx, and a document.xml alone (fuzzinput.h zips it).
    const QByteArray documentXml = test::wordDocumentXml(test::wordSampleBody());
    write("fuzz_import_docx", u"sample.docx"_qs,
          zipOf({{u"[Content_Types].xml"_qs, "<?xml version=\"1.0\"?><Types/>"},
                 {u"word/document.xml"_qs, documentXml},
                 {u"docProps/core.xml"_qs, test::wordCoreProperties()}}));
    write("fuzz_import_docx", u"document.xml"_qs, documentXml);

    // REFI-QDA: a .qdpx with its source text, and a project.qde alone with
    // its text inline, users, variables and a link.
    write("fuzz_qdpx", u"foreign.qdpx"_qs,
          zipOf({{u"project.qde"_qs, test::foreignQde(4, 9)},
                 {u"Sources/33333333-3333-3333-3333-333333333333.txt"_qs,
                  (u"Talks \U0001F600 in the capital.\r\nA second line."_qs).toUtf8()}}));
    write("fuzz_qdpx", u"inline.qde"_qs, R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Inline"><Description>About</Description>
 <Users><User guid="u1" name="Ann"/></Users>
 <CodeBook><Codes><Code guid="c1" name="Claim" isCodable="true" color="#00FF00"><Description>d</Description></Code></Codes></CodeBook>
 <Variables><Variable guid="v1" name="Outlet" typeOfVariable="Text"/><Variable guid="v2" name="Published" typeOfVariable="Date"/></Variables>
 <Sources>
  <TextSource guid="s1" name="One"><PlainTextContent>One article.
Its second line.</PlainTextContent>
   <PlainTextSelection guid="p1" startPosition="0" endPosition="3" creatingUser="u1"><Description>n</Description><Coding guid="k1"><CodeRef targetGUID="c1"/></Coding></PlainTextSelection>
   <VariableValue><VariableRef targetGUID="v1"/><TextValue>Daily</TextValue></VariableValue>
   <VariableValue><VariableRef targetGUID="v2"/><DateValue>2025-05-03</DateValue></VariableValue>
  </TextSource>
  <TextSource guid="s2" name="Two"><PlainTextContent>Another article.</PlainTextContent>
   <PlainTextSelection guid="p2" startPosition="0" endPosition="7"/>
  </TextSource>
 </Sources>
 <Links><Link guid="l1" name="contradicts" originGUID="p1" targetGUID="p2"/></Links>
</Project>
)");
    return failures == 0 ? 0 : 1;
}
