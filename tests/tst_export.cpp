// Data exports: CSV (RFC 4180, read back by an independent parser; golden
// files), JSON of the project (code-point offsets, selection), and the
// export command.
//
// Golden files: tests/data/export/*.csv. After a deliberate change of the
// format, regenerate them with tests/data/regenerate-export-golden.sh.

#include <app/cli.h>
#include <models/document.h>
#include <models/export/exportformat.h>
#include <models/export/exports.h>
#include <models/export/qdpx.h>
#include <models/export/report.h>
#include <models/export/standardexports.h>
#include <models/import/qdpximporter.h>
#include <models/projectfile.h>
#include <models/vocabulary.h>
#include <support/samplefiles.h>
#include <support/sampleproject.h>
#include <support/testpaths.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

/// The sample project with fixed times, so that exports of it never change.
Project fixedSample()
{
    return test::sampleProjectAt(1748858400000); // 2025-06-02T10:00:00Z
}

/// RFC 4180 read back, written here from the RFC and not from the writer:
/// rows of fields; fails (empty) on a malformed input.
std::optional<QList<QStringList>> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    qsizetype i = 0;
    bool quoted = false, fieldStarted = false;
    while (i < text.size()) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                i += 2;
            } else if (c == u'"') {
                quoted = false;
                ++i;
            } else {
                field += c;
                ++i;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
            ++i;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
        } else if (c == u'\n' || c == u'\r' || c == u'"') {
            return std::nullopt; // bare line break or quote outside quotes
        } else {
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (quoted || !row.isEmpty() || !field.isEmpty())
        return std::nullopt; // the last row must end with CRLF
    return rows;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int runCli(const QStringList &arguments, QString *output = nullptr)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::run(QStringList{u"crossread"_s} + arguments, o, e);
    o.flush();
    e.flush();
    if (output)
        *output = out + err;
    return code;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_readsBackFieldForField()
    {
        Document doc;
        const QString text = u"He said: \"yes, at once\",\nthen left. Ünïcode 🙂 ends."_s;
        const ArticleId a
            = doc.addArticle({u"Title, with comma"_s, u"Outlet \"Q\""_s, {}, {}, {}, {}, {}, {}, 0}, text, {});
        const ClaimId c = doc.addClaim(a, 0, int(text.indexOf(u"then")) + 4,
                                       {{}, ClaimKind::Quotation, u"He"_s, {}, {}, u"note\r\nwith CRLF"_s});
        QVERIFY(c != NoId);
        const ExportSelection all(doc.project(), {});
        const auto rows = parseCsv(claimsCsv(all));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).size(), 17);
        const QStringList &r = rows->at(1);
        QCOMPARE(r.size(), 17);
        QCOMPARE(r[0], u"c%1"_s.arg(c));
        QCOMPARE(r[2], u"Outlet \"Q\""_s);
        QCOMPARE(r[3], u"Title, with comma"_s);
        QCOMPARE(r[6], doc.project().claims.front().anchor.quote); // quotes, comma and line break intact
        QVERIFY(r[6].contains(u'\n'));
        QCOMPARE(r[12], u"note\r\nwith CRLF"_s);
        QCOMPARE(text.mid(r[4].toInt(), r[5].toInt() - r[4].toInt()), r[6]);

        // The byte order mark, for spreadsheets, only when asked.
        QVERIFY(!claimsCsv(all).startsWith("\xEF\xBB\xBF"));
        const ExportSelection withBom(doc.project(), {{}, {}, false, true});
        QVERIFY(claimsCsv(withBom).startsWith("\xEF\xBB\xBF"));
        QCOMPARE(claimsCsv(withBom).mid(3), claimsCsv(all));
    }

    void csv_matchesTheGoldenFiles()
    {
        const Project p = fixedSample();
        const ExportSelection all(p, {});
        const QString folder = QStringLiteral(CROSSREAD_TEST_DATA_DIR "/export");
        const std::pair<QString, QByteArray> files[]
            = {{u"claims.csv"_s, claimsCsv(all)}, {u"links.csv"_s, linksCsv(all)}};
        if (qEnvironmentVariableIsSet("CROSSREAD_WRITE_GOLDEN")) {
            QDir().mkpath(folder);
            for (const auto &[name, bytes] : files) {
                QFile f(folder + u'/' + name);
                QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
            }
            QSKIP("golden files written");
        }
        for (const auto &[name, bytes] : files) {
            const QByteArray golden = readFile(folder + u'/' + name);
            QVERIFY2(!golden.isEmpty(), qPrintable(name));
            QCOMPARE(bytes, golden);
            QVERIFY(parseCsv(golden));
        }
    }

    void selection_byTagSubtreeAndSource_linksNeedBothEnds()
    {
        const Project p = fixedSample();
        const TagId event = p.tags[0].id; // "Event", with "Meeting" under it
        QCOMPARE(p.tags[0].name, u"Event"_s);
        ExportOptions byTag;
        byTag.tags = {event};
        const ExportSelection events(p, byTag);
        for (const Claim *c : events.claims()) {
            const bool underEvent = std::any_of(c->attributes.tags.begin(), c->attributes.tags.end(), [&](TagId t) {
                return t == event || findById(p.tags, t)->parent == event;
            });
            QVERIFY(underEvent);
        }
        ExportOptions byNumber;
        byNumber.tags = {p.tags[1].id};
        const ExportSelection numbers(p, byNumber);
        QCOMPARE(numbers.claims().size(), 1);
        QVERIFY(numbers.claims().front()->attributes.tags.contains(p.tags[1].id));
        QVERIFY(numbers.links().isEmpty()); // one claim: no link has both ends
        QVERIFY(std::any_of(events.claims().begin(), events.claims().end(), [&](const Claim *c) {
            return c->attributes.tags.contains(p.tags[2].id); // Meeting, through its parent
        }));
        for (const Link *l : events.links())
            QVERIFY(events.claim(l->from) && events.claim(l->to));

        ExportOptions bySource;
        bySource.sources = {p.articles[0].id};
        bySource.hideAnnotators = true;
        const ExportSelection one(p, bySource);
        QCOMPARE(one.articles().size(), 1);
        for (const Claim *c : one.claims())
            QCOMPARE(c->article, p.articles[0].id);
        QVERIFY(one.links().isEmpty()); // every sample link crosses articles
        const auto rows = parseCsv(claimsCsv(one));
        QVERIFY(rows);
        for (qsizetype i = 1; i < rows->size(); ++i)
            QVERIFY(rows->at(i).at(14).isEmpty()); // annotator hidden
        QVERIFY(!claimsCsv(ExportSelection(p, {})).isEmpty());
        QVERIFY(QString::fromUtf8(claimsCsv(ExportSelection(p, {}))).contains(u"Zoë"_s));
    }

    void json_holdsTheProject_withCodePointOffsets()
    {
        const Project p = fixedSample();
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(projectJson(ExportSelection(p, {})), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root[u"format"].toString(), u"crossread-project"_s);
        QCOMPARE(root[u"title"].toString(), p.info.title);
        QCOMPARE(root[u"articles"].toArray().size(), qsizetype(p.articles.size()));
        QCOMPARE(root[u"claims"].toArray().size(), qsizetype(p.claims.size()));
        QCOMPARE(root[u"links"].toArray().size(), qsizetype(p.links.size()));
        QCOMPARE(root[u"tags"].toArray().size(), qsizetype(p.tags.size()));
        QCOMPARE(root[u"tags"][2][u"path"].toString(), u"Event / Meeting"_s);
        QCOMPARE(root[u"articles"][0][u"text"].toString(), p.articles[0].text);
        QCOMPARE(root[u"articles"][0][u"provenance"][u"sha256"].toString(),
                 QString::fromLatin1(p.articles[0].provenance.sha256.toHex()));
        bool surrogates = false;
        for (const QJsonValue &v : root[u"claims"].toArray()) {
            const QJsonObject c = v.toObject();
            const Article *a = findById(p.articles, *idFromString(EntityKind::Article, c[u"article"].toString()));
            QVERIFY(a);
            const QString text = a->text;
            QCOMPARE(text.mid(c[u"start"].toInt(), c[u"end"].toInt() - c[u"start"].toInt()), c[u"quote"].toString());
            // Code points: the same span when the text is read as UCS-4.
            const QList<uint> ucs4 = text.toUcs4();
            const int from = c[u"start_code_point"].toInt(), to = c[u"end_code_point"].toInt();
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + from, to - from),
                     c[u"quote"].toString());
            surrogates = surrogates || from != c[u"start"].toInt();
        }
        QVERIFY(surrogates); // the emoji text moves them apart
        for (const QJsonValue &v : root[u"propositions"].toArray())
            QVERIFY(v[u"claims"].toArray().size() >= 2);
    }

    void json_isValidAgainstItsSchema()
    {
        QTemporaryDir dir;
        const QString document
            = test::writeFile(dir.path(), u"project.json"_s, projectJson(ExportSelection(fixedSample(), {})));
        const QString schema = QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/schema/crossread-project.schema.json");
        const auto check = [&](const QString &path) {
            QProcess python;
            python.start(u"python3"_s, {QStringLiteral(CROSSREAD_TEST_DATA_DIR "/validate-json.py"), schema, path});
            python.waitForFinished(60000);
            return std::pair{python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1,
                             QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError())};
        };
        auto [code, output] = check(document);
        if (code == 3 || code == -1)
            QSKIP("python3 with python3-jsonschema is needed (packaging/dev.sh test installs it)");
        QVERIFY2(code == 0, qPrintable(output));

        // The check can fail: a claim without its quote, a bad relation.
        QJsonObject root = QJsonDocument::fromJson(projectJson(ExportSelection(fixedSample(), {}))).object();
        QJsonArray claims = root[u"claims"].toArray();
        QJsonObject claim = claims[0].toObject();
        claim.remove(u"quote"_s);
        claims[0] = claim;
        root[u"claims"_s] = claims;
        QJsonArray links = root[u"links"].toArray();
        QJsonObject link = links[0].toObject();
        link[u"relation"_s] = u"agrees"_s;
        links[0] = link;
        root[u"links"_s] = links;
        const QString broken = test::writeFile(dir.path(), u"broken.json"_s, QJsonDocument(root).toJson());
        std::tie(code, output) = check(broken);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(u"quote"_s) && output.contains(u"agrees"_s), qPrintable(output));
    }

    void qdpx_projectXmlIsValidAgainstTheRefiSchema()
    {
        const QString xsd = QStringLiteral(CROSSREAD_SHARED_DIR "/standards/refi-qda/Project-mrt2019.xsd");
        if (!QFileInfo::exists(xsd))
            QSKIP("../shared/standards/refi-qda is absent");
        QTemporaryDir dir;
        const QString qde
            = test::writeFile(dir.path(), u"project.qde"_s, qdeXml(ExportSelection(fixedSample(), {}), nullptr));
        QProcess xmllint;
        xmllint.start(u"xmllint"_s, {u"--noout"_s, u"--schema"_s, xsd, qde});
        if (!xmllint.waitForStarted())
            QSKIP("xmllint is needed (packaging/dev.sh test installs libxml2-utils)");
        QVERIFY(xmllint.waitForFinished(60000));
        QVERIFY2(xmllint.exitCode() == 0, xmllint.readAllStandardError().constData());
        // It can fail: a selection without its required end.
        QByteArray broken = readFile(qde);
        broken.replace(" endPosition=", " endPositionX=");
        test::writeFile(dir.path(), u"project.qde"_s, broken);
        xmllint.start(u"xmllint"_s, {u"--noout"_s, u"--schema"_s, xsd, qde});
        QVERIFY(xmllint.waitForFinished(60000));
        QVERIFY(xmllint.exitCode() != 0);
    }

    void qdpx_exportThenImport_givesBackCodesSelectionsAndLinks()
    {
        QTemporaryDir dir;
        const Project p = fixedSample();
        const QString file = dir.filePath(u"sample.qdpx"_s);
        QString error;
        QVERIFY2(writeQdpx(ExportSelection(p, {}), file, &error), qPrintable(error));
        Project back;
        QdpxReport report;
        QVERIFY2(readQdpx(file, back, report, &error), qPrintable(error));
        QVERIFY2(report.skipped.isEmpty(), qPrintable(report.skipped.join(u'\n')));
        QCOMPARE(back.info.title, p.info.title);
        QCOMPARE(report.codes, int(p.tags.size()));
        QCOMPARE(report.selections, int(p.claims.size()));
        QCOMPARE(report.links, int(p.links.size()));
        const ExportSelection before(p, {}), after(back, {});
        // Codes: the same paths, colours and descriptions (the hierarchy kept).
        for (const Tag &was : p.tags) {
            const QString path = before.tagPath(was.id);
            const auto is = std::find_if(back.tags.begin(), back.tags.end(),
                                         [&](const Tag &t) { return after.tagPath(t.id) == path; });
            QVERIFY2(is != back.tags.end(), qPrintable(path));
            QCOMPARE(is->color & 0xffffff, was.color & 0xffffff);
            QCOMPARE(is->description, was.description);
        }
        // Sources: the same texts (emoji, combining marks, Arabic) and metadata.
        QCOMPARE(back.articles.size(), p.articles.size());
        for (size_t i = 0; i < p.articles.size(); ++i) {
            QCOMPARE(back.articles[i].text, p.articles[i].text);
            QCOMPARE(back.articles[i].meta.outlet, p.articles[i].meta.outlet);
            QCOMPARE(back.articles[i].meta.published, p.articles[i].meta.published);
            QCOMPARE(back.articles[i].meta.language, p.articles[i].meta.language);
        }
        // Selections: the same spans (code points there, UTF-16 here), tags, notes and annotators.
        const auto tagPaths = [](const ExportSelection &s, const Claim &c) {
            QStringList paths;
            for (TagId t : c.attributes.tags)
                paths << s.tagPath(t);
            paths.sort();
            return paths;
        };
        for (size_t i = 0; i < p.claims.size(); ++i) {
            const Claim &was = p.claims[i], &is = back.claims[i];
            QCOMPARE(is.anchor.start, was.anchor.start);
            QCOMPARE(is.anchor.end, was.anchor.end);
            QCOMPARE(is.anchor.quote, was.anchor.quote);
            QCOMPARE(tagPaths(after, is), tagPaths(before, was));
            QCOMPARE(is.attributes.note, was.attributes.note);
            QCOMPARE(is.author, was.author);
        }
        // Links: the same pairs of quotes and relations.
        for (size_t i = 0; i < p.links.size(); ++i) {
            QCOMPARE(findById(back.claims, back.links[i].from)->anchor.quote,
                     findById(p.claims, p.links[i].from)->anchor.quote);
            QCOMPARE(findById(back.claims, back.links[i].to)->anchor.quote,
                     findById(p.claims, p.links[i].to)->anchor.quote);
            QCOMPARE(back.links[i].relation, p.links[i].relation);
        }
        // Exporting twice gives the same file contents.
        QCOMPARE(qdeXml(ExportSelection(p, {}), nullptr), qdeXml(ExportSelection(p, {}), nullptr));
    }

    void qdpx_importsOtherToolsFiles_crlfAndCodePoints_andReportsWhatItLeaves()
    {
        // What another tool may write: CR LF line ends, positions in code
        // points, a picture source, a selection past the end of its text.
        const QString text = u"Line one\r\nLine two 🙂 here\r\nLast line"_s;
        const QList<uint> points = text.toUcs4();
        const int start = int(QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), points.size())
                                  .toUcs4()
                                  .indexOf(uint(u't'), 13)); // "two"
        QCOMPARE(start, 15);
        const int end = start + 10; // "two 🙂 here": the emoji is one code point
        const QByteArray qde = test::foreignQde(start, end);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"other.qdpx"_s);
        {
            QuaZip zip(file);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const auto &[name, bytes] :
                 {std::pair{u"project.qde"_s, qde},
                  std::pair{u"Sources/33333333-3333-3333-3333-333333333333.txt"_s, text.toUtf8()}}) {
                QuaZipFile f(&zip);
                QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
                f.write(bytes);
                f.close();
            }
            zip.close();
        }
        Project p;
        QdpxReport report;
        QString error;
        QVERIFY2(readQdpx(file, p, report, &error), qPrintable(error));
        QCOMPARE(p.articles.size(), size_t(1));
        QCOMPARE(p.articles[0].text, u"Line one\nLine two 🙂 here\nLast line"_s);
        QCOMPARE(p.claims.size(), size_t(1));
        QCOMPARE(p.claims[0].anchor.quote, u"two 🙂 here"_s);
        QCOMPARE(p.tags.size(), size_t(2));
        QCOMPARE(p.tags[1].parent, p.tags[0].id);
        QCOMPARE(p.claims[0].attributes.tags, QList<TagId>{p.tags[1].id});
        QCOMPARE(p.tags[0].color & 0xffffff, 0xff0000u);
        QCOMPARE(report.skipped.size(), 2); // the picture and the selection past the end
        QVERIFY(report.skipped.join(u' ').contains(u"PictureSource"_s));
        QVERIFY(report.skipped.join(u' ').contains(u"999"_s));

        // Files that are no project say so.
        const QString junk = test::writeFile(dir.path(), u"junk.qdpx"_s, "not a zip at all");
        QVERIFY(!readQdpx(junk, p, report, &error));
        QVERIFY(error.contains(u"not a zip"_s));
        const QString empty = dir.filePath(u"empty.qdpx"_s);
        {
            QuaZip zip(empty);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QuaZipFile f(&zip);
            QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(u"readme.txt"_s)));
            f.write("hello");
            f.close();
            zip.close();
        }
        QVERIFY(!readQdpx(empty, p, report, &error));
        QVERIFY(error.contains(u"no project.qde"_s));
    }

    void report_html_isSelfContained_withEverySection()
    {
        const Project p = fixedSample();
        ReportOptions options;
        options.madeAt = QDateTime(QDate(2025, 6, 3), QTime(9, 0), Qt::UTC);
        const QString html = QString::fromUtf8(htmlReport(ExportSelection(p, {}), options));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        for (const char16_t *id :
             {u"cover", u"propositions", u"texts", u"tags", u"verification", u"charts", u"appendix"})
            QVERIFY2(html.contains(u"<section id=\""_s + QString::fromUtf16(id) + u'"'),
                     qPrintable(QString::fromUtf16(id)));
        // Nothing fetched: no scripts, no external style sheets or images.
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<link"_s));
        QVERIFY(!html.contains(u"src="_s));
        QVERIFY(html.contains(u"@media print"_s));
        QCOMPARE(html.count(u"<svg"_s), 2); // the two charts, inline
        // The sources table with each original file's SHA-256.
        QVERIFY(html.contains(QString::fromLatin1(p.articles[0].provenance.sha256.toHex())));
        // Every claim highlighted in its text, and numbered in the notes.
        for (const Claim &c : p.claims) {
            QVERIFY2(html.contains(c.anchor.quote.toHtmlEscaped()), qPrintable(c.anchor.quote));
            QVERIFY(html.contains(u"<li id=\"n%1\">"_s.arg(c.id)));
            QVERIFY(html.contains(u"href=\"#n%1\""_s.arg(c.id)));
        }
        QVERIFY(html.contains(u"≠ "_s) || html.contains(u"class=\"omitted\""_s));
        QVERIFY(html.contains(u"Zoë"_s));
        QVERIFY(html.contains(u"2025-06-03T09:00:00Z"_s));

        // Options: some sections, one tag, annotators hidden.
        ReportOptions some = options;
        some.sections = {ReportSection::Cover, ReportSection::Sources};
        ExportOptions filter;
        filter.tags = {p.tags[1].id}; // Number
        filter.hideAnnotators = true;
        const QString part = QString::fromUtf8(htmlReport(ExportSelection(p, filter), some));
        QVERIFY(part.contains(u"<section id=\"texts\""_s));
        QVERIFY(!part.contains(u"<section id=\"charts\""_s));
        QVERIFY(!part.contains(u"Zoë"_s));
        QCOMPARE(part.count(u"<li id=\"n"_s), 1); // the one claim tagged Number
    }

    // A report counts its steps (a section each, an annotated text each) for
    // the export's progress bar; cancelled, it stops, and writeExport()
    // writes nothing, for every report format.
    void report_countsItsSteps_andACancelWritesNothing()
    {
        const Project p = fixedSample();
        const ExportSelection all(p, {});
        ExportProgress progress;
        ReportOptions options;
        options.progress = &progress;
        const QByteArray whole = htmlReport(all, options);
        QCOMPARE(progress.total.load(), int(allReportSections().size()) - 1 + int(p.articles.size()));
        QCOMPARE(progress.done.load(), progress.total.load());
        QVERIFY(!whole.isEmpty());

        progress.cancelled = true;
        progress.done = 0;
        const QByteArray stopped = htmlReport(all, options);
        QCOMPARE(progress.done.load(), 0);
        QVERIFY(stopped.size() < whole.size() / 2);
        QTemporaryDir dir;
        for (ExportFormat format : {ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Pdf}) {
            const QString target = dir.filePath(u"report."_s + exportExtension(format));
            QString error;
            QVERIFY(!writeExport(all, format, options, target, &error));
            QCOMPARE(error, u"the export was cancelled"_s);
            QVERIFY(!QFile::exists(target));
        }
    }

    void report_html_passesTheNuHtmlChecker()
    {
        const QString vnu = QStringLiteral(CROSSREAD_SOURCE_DIR "/tests/tools/node_modules/vnu-jar/build/dist/vnu.jar");
        if (!QFileInfo::exists(vnu))
            QSKIP("the Nu HTML Checker is not installed (packaging/dev.sh test runs npm ci in tests/tools)");
        QTemporaryDir dir;
        const QString file
            = test::writeFile(dir.path(), u"report.html"_s, htmlReport(ExportSelection(fixedSample(), {}), {}));
        QProcess java;
        java.start(u"java"_s, {u"-jar"_s, vnu, u"--errors-only"_s, file});
        if (!java.waitForStarted())
            QSKIP("java is needed for the Nu HTML Checker");
        QVERIFY(java.waitForFinished(180000));
        QVERIFY2(java.exitCode() == 0, java.readAllStandardError().constData());
    }

    void report_pdf_holdsEveryQuote()
    {
        // The demo project: its quotes are in fonts every machine has (the
        // sample's emoji and Arabic would test the fonts installed instead).
        QTemporaryDir dir;
        const QString demo = dir.filePath(u"demo.crossread"_s);
        QCOMPARE(runCli({u"demo"_s, u"-o"_s, demo}), 0);
        Project p;
        QVERIFY(loadProject(demo, p).ok());
        const QString pdf = dir.filePath(u"report.pdf"_s);
        QString error;
        QVERIFY2(writePdfReport(ExportSelection(p, {}), {}, pdf, &error), qPrintable(error));
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        if (!pdftotext.waitForStarted())
            QSKIP("pdftotext is needed (packaging/dev.sh test installs poppler-utils)");
        QVERIFY(pdftotext.waitForFinished(60000));
        // Ligatures (ﬁ) and line breaks are the PDF's, not the text's.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC)
                                 .simplified();
        QVERIFY(text.contains(p.info.title));
        for (const Claim &c : p.claims) {
            const QString quote = c.anchor.quote.normalized(QString::NormalizationForm_KC).simplified();
            QVERIFY2(text.contains(quote), qPrintable(quote));
        }
        // The sample (emoji, combining marks, Arabic) writes too.
        QVERIFY(writePdfReport(ExportSelection(fixedSample(), {}), {}, pdf, &error));
        // A place that cannot be written is said.
        QVERIFY(!writePdfReport(ExportSelection(p, {}), {}, dir.filePath(u"no/such/dir/r.pdf"_s), &error));
        QVERIFY(error.contains(u"cannot write"_s));
    }

    void report_markdown_matchesItsGoldenFile()
    {
        ReportOptions options;
        options.madeAt = QDateTime(QDate(2025, 6, 3), QTime(9, 0), Qt::UTC);
        const QByteArray md = markdownReport(ExportSelection(fixedSample(), {}), options);
        const QString golden = QStringLiteral(CROSSREAD_TEST_DATA_DIR "/export/report.md");
        if (qEnvironmentVariableIsSet("CROSSREAD_WRITE_GOLDEN")) {
            QFile f(golden);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(md) == md.size());
            QSKIP("golden file written");
        }
        QCOMPARE(md, readFile(golden));
    }

    void claimReview_onlyClaimsWithAVerdict()
    {
        const Project p = fixedSample(); // statuses: supported, disputed, unverified, unverified
        const QJsonObject root = QJsonDocument::fromJson(claimReviewJson(ExportSelection(p, {}))).object();
        QCOMPARE(root[u"@context"].toString(), u"https://schema.org"_s);
        const QJsonArray graph = root[u"@graph"].toArray();
        int verdicts = 0;
        for (const Claim &c : p.claims)
            verdicts += claimReviewRating(c.attributes.status) > 0 ? 1 : 0;
        QCOMPARE(verdicts, 2);
        QCOMPARE(graph.size(), verdicts);
        for (const QJsonValue &v : graph) {
            const QJsonObject review = v.toObject();
            QCOMPARE(review[u"@type"].toString(), u"ClaimReview"_s);
            const auto claim = std::find_if(p.claims.begin(), p.claims.end(), [&](const Claim &c) {
                return c.anchor.quote == review[u"claimReviewed"].toString();
            });
            QVERIFY(claim != p.claims.end());
            const QJsonObject rating = review[u"reviewRating"].toObject();
            QCOMPARE(rating[u"ratingValue"].toInt(), claimReviewRating(claim->attributes.status));
            QCOMPARE(rating[u"alternateName"].toString(), labelOf(claim->attributes.status));
            QCOMPARE(rating[u"bestRating"].toInt(), 5);
            const Article *a = findById(p.articles, claim->article);
            QCOMPARE(review[u"itemReviewed"][u"appearance"][u"headline"].toString(), a->displayTitle());
            QCOMPARE(review[u"itemReviewed"][u"appearance"][u"publisher"][u"name"].toString(), a->meta.outlet);
            if (!claim->attributes.attributedTo.isEmpty())
                QCOMPARE(review[u"itemReviewed"][u"author"][u"name"].toString(), claim->attributes.attributedTo);
            QCOMPARE(review[u"author"][u"name"].toString(), claim->author);
        }
        QCOMPARE(claimReviewRating(VerificationStatus::False), 1);
        QCOMPARE(claimReviewRating(VerificationStatus::Unverifiable), 0);
    }

    void command_writesCsvAndJson_andRefusesBadArguments()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.crossread"_s);
        QVERIFY(saveProject(fixedSample(), project).ok());
        const QString folder = dir.filePath(u"csv"_s);
        QString output;
        QCOMPARE(runCli({u"export"_s, project, u"--format"_s, u"csv"_s, u"-o"_s, folder}, &output), 0);
        QVERIFY(output.contains(u"4 claims and 3 links"_s));
        QCOMPARE(readFile(folder + u"/claims.csv"_s), claimsCsv(ExportSelection(fixedSample(), {})));
        QVERIFY(parseCsv(readFile(folder + u"/links.csv"_s)));

        const QString json = dir.filePath(u"p.json"_s);
        QCOMPARE(runCli({u"export"_s, project, u"--format"_s, u"json"_s, u"-o"_s, json, u"--tags"_s, u"Number"_s}), 0);
        const QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
        QVERIFY(!root[u"claims"].toArray().isEmpty());
        for (const QJsonValue &c : root[u"claims"].toArray())
            QVERIFY(c[u"tags"].toArray().contains(u"t%1"_s.arg(fixedSample().tags[1].id)));

        const QString qdpx = dir.filePath(u"p.qdpx"_s), back = dir.filePath(u"back.crossread"_s);
        QCOMPARE(runCli({u"export"_s, project, u"--format"_s, u"qdpx"_s, u"-o"_s, qdpx}), 0);
        QCOMPARE(runCli({u"import-qdpx"_s, qdpx, u"-o"_s, back}, &output), 0);
        QVERIFY2(output.contains(u"3 codes, 4 sources, 4 selections, 3 links"_s), qPrintable(output));
        Project reread;
        QVERIFY(loadProject(back, reread).ok());
        QCOMPARE(reread.claims.size(), size_t(4));
        QCOMPARE(runCli({u"import-qdpx"_s, qdpx, u"-o"_s, back}, &output), int(cli::Failure)); // never overwrites
        QVERIFY(output.contains(u"exists"_s));
        QCOMPARE(runCli({u"import-qdpx"_s, qdpx}), int(cli::UsageError));

        QCOMPARE(runCli({u"export"_s, project, u"--format"_s, u"xls"_s, u"-o"_s, json}), int(cli::UsageError));
        QCOMPARE(runCli({u"export"_s, project, u"--format"_s, u"csv"_s}), int(cli::UsageError));
        QCOMPARE(
            runCli({u"export"_s, project, u"--format"_s, u"csv"_s, u"-o"_s, folder, u"--tags"_s, u"Nope"_s}, &output),
            int(cli::Failure));
        QVERIFY(output.contains(u"no tag “Nope”"_s));
        QCOMPARE(runCli({u"export"_s, project, u"--format"_s, u"csv"_s, u"-o"_s, folder, u"--sources"_s, u"a99"_s}),
                 int(cli::Failure));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
