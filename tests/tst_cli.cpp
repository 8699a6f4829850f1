// The command line: info, check, demo, help and exit codes, in process and
// through the real binary without a display.

#include <app/cli.h>
#include <models/document.h>
#include <models/projectfile.h>
#include <support/encodings.h>
#include <support/sampleproject.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <ctime>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &arguments)
{
    Result r;
    QTextStream out(&r.out), err(&r.err);
    r.code = cli::run(QStringList{u"crossread"_s} + arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Document doc;
        test::populateSample(doc);
        m_sample = m_dir.filePath(u"sample.crossread"_s);
        QVERIFY(saveProject(doc.project(), m_sample).ok());
    }

    void info_printsTitleCountsAndArticles()
    {
        const Result r = runCli({u"info"_s, m_sample});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(u"Title:        Sample 🧪"_s));
        QVERIFY(r.out.contains(u"Articles:     4"_s));
        QVERIFY(r.out.contains(u"Claims:       4"_s));
        QVERIFY(r.out.contains(u"Links:        3"_s));
        QVERIFY(r.out.contains(u"1. [a1] Talks in Istanbul 🤝 (Daily Example, 2025-06-02)"_s));
        QVERIFY(r.out.contains(u"4. [a4] Line one of a Windows file. (no outlet, no date)"_s));
    }

    void info_json_listsArticlesWithIdsAndMetadata()
    {
        const Result r = runCli({u"info"_s, m_sample, u"--json"_s});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o[u"title"].toString(), u"Sample 🧪"_s);
        QCOMPARE(o[u"counts"][u"claims"].toInt(), 4);
        const QJsonArray articles = o[u"articles"].toArray();
        QCOMPARE(articles.size(), 4);
        QCOMPARE(articles[0][u"id"].toString(), u"a1"_s);
        QCOMPARE(articles[0][u"index"].toInt(), 1);
        QCOMPARE(articles[0][u"published"].toString(), u"2025-06-02"_s);
        QCOMPARE(articles[0][u"provenance"][u"sha256"].toString(), QString::fromLatin1(QByteArray(32, '\x5a').toHex()));
        QCOMPARE(articles[2][u"language"].toString(), u"ar"_s);
    }

    void check_soundProject_exitsZero()
    {
        const Result r = runCli({u"check"_s, m_sample});
        QCOMPARE(r.code, int(cli::Success));
        QVERIFY(r.out.contains(u"sound"_s));
    }

    void check_badFiles_exitOneWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QFile file(m_sample);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        QByteArray flipped = good;
        flipped[good.size() - 7] = char(flipped[good.size() - 7] ^ 0x10);
        QTest::newRow("flipped byte") << flipped << u"checksum mismatch: the file is damaged"_s;
        QTest::newRow("truncated") << good.first(good.size() / 2) << u"truncated"_s;
        QTest::newRow("not a project") << QByteArray("<html>hello</html>") << u"not a Crossread project"_s;
    }

    void check_badFiles_exitOneWithTheReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(u"bad.crossread"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const Result r = runCli({u"check"_s, path});
        QCOMPARE(r.code, int(cli::Failure));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY(r.err.contains(path));
        QVERIFY(r.out.isEmpty());
    }

    void check_missingFile_exitsOne()
    {
        const Result r = runCli({u"check"_s, m_dir.filePath(u"nope.crossread"_s)});
        QCOMPARE(r.code, int(cli::Failure));
        QVERIFY(r.err.contains(u"does not exist"_s));
    }

    void usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no arguments") << QStringList() << u"Usage:"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command “frobnicate”"_s;
        QTest::newRow("info without file") << QStringList{u"info"_s} << u"expected 1 argument"_s;
        QTest::newRow("info with two files") << QStringList{u"info"_s, u"a"_s, u"b"_s} << u"expected 1 argument"_s;
        QTest::newRow("unknown option") << QStringList{u"check"_s, u"--frob"_s, u"x"_s} << u"frob"_s;
        QTest::newRow("demo without -o") << QStringList{u"demo"_s} << u"-o FILE"_s;
        QTest::newRow("import without files") << QStringList{u"import"_s, u"p.crossread"_s} << u"at least 2"_s;
        QTest::newRow("import, bad version policy")
            << QStringList{u"import"_s, u"p"_s, u"f"_s, u"--new-versions"_s, u"maybe"_s} << u"--new-versions"_s;
    }

    void usageErrors_exitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result r = runCli(arguments);
        QCOMPARE(r.code, int(cli::UsageError));
        const QString all = r.err + r.out;
        QVERIFY2(all.contains(message), qPrintable(all));
    }

    void help_andVersion_exitZero()
    {
        Result r = runCli({u"--help"_s});
        QCOMPARE(r.code, 0);
        for (const char *command :
             {"info PROJECT", "check PROJECT", "import PROJECT FILE...", "text PROJECT ARTICLE",
              "claim add PROJECT --article", "claim list PROJECT", "demo -o PROJECT", "Exit codes"})
            QVERIFY2(r.out.contains(QLatin1StringView(command)), command);
        r = runCli({u"info"_s, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"Usage: crossread info PROJECT [--json]"_s));
        QVERIFY(r.out.contains(u"--json"_s));
        r = runCli({u"--version"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"crossread "_s));
    }

    void wantsCommandLine_onlyForCommands()
    {
        QVERIFY(cli::wantsCommandLine({u"crossread"_s, u"info"_s, u"x"_s}));
        QVERIFY(cli::wantsCommandLine({u"crossread"_s, u"--version"_s}));
        QVERIFY(!cli::wantsCommandLine({u"crossread"_s}));
        QVERIFY(!cli::wantsCommandLine({u"crossread"_s, u"project.crossread"_s}));
        QVERIFY(!cli::wantsCommandLine({u"crossread"_s, u"/some/folder/project"_s}));
        QVERIFY(!cli::wantsCommandLine({u"crossread"_s, u"--demo"_s}));
    }

    void demo_writesASoundProjectWithDiscrepancies()
    {
        const QString path = m_dir.filePath(u"demo.crossread"_s);
        const Result r = runCli({u"demo"_s, u"-o"_s, path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        Project p;
        const ProjectError e = loadProject(path, p);
        QVERIFY2(e.ok(), qPrintable(e.message));
        QVERIFY(p.articles.size() >= 3);
        QVERIFY(p.claims.size() >= 10);
        QVERIFY(p.links.size() >= 6);
        QVERIFY(p.propositions.size() >= 3);
        for (const Article &a : p.articles) {
            QVERIFY(!a.meta.outlet.isEmpty());
            QVERIFY(a.meta.published.isValid());
            QCOMPARE(a.provenance.sha256.size(), 32);
        }
        QVERIFY(
            std::any_of(p.links.begin(), p.links.end(), [](const Link &l) { return l.relation == Relation::Differs; }));
        QVERIFY(std::any_of(p.links.begin(), p.links.end(),
                            [](const Link &l) { return l.relation == Relation::Contradicts; }));
    }

    void import_createsProjectAndReportsEachFile()
    {
        QTemporaryDir dir;
        const auto file = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        const QString russian = file(u"ru.txt"_s,
                                     test::encodeAs(u"Переговоры в Стамбуле\nДелегации встретились в "
                                                    "понедельник и договорились об обмене пленными, "
                                                    "сообщили официальные лица обеих стран."_s,
                                                    "windows-1251"));
        const QString english = file(u"en.txt"_s, "Talks end early\nMay 30, 2025\nThe delegations met for an hour.\n");
        const QString empty = file(u"empty.txt"_s, QByteArray());
        const QString project = dir.filePath(u"new.crossread"_s);

        Result r = runCli({u"import"_s, project, russian, english});
        QCOMPARE(r.code, int(cli::Failure));
        QVERIFY(r.err.contains(u"--create"_s));
        QVERIFY(!QFile::exists(project));

        r = runCli({u"import"_s, project, russian, english, empty, u"--create"_s, u"--outlet"_s, u"Wire"_s});
        QCOMPARE(r.code, int(cli::Failure)); // one file failed
        // A new project starts with the default codebook (ids 1–10).
        QVERIFY2(r.out.contains(u"imported  a11  "_s + russian), qPrintable(r.out));
        QVERIFY(r.out.contains(u"(Wire; no date; ru; windows-1251)"_s));
        QVERIFY(
            r.out.contains(u"imported  a12  "_s + english + u"  “Talks end early” (Wire; 2025-05-30; en; UTF-8)"_s));
        QVERIFY(r.out.contains(u"failed    "_s + empty + u": the file is empty"_s));
        QVERIFY(r.out.contains(u"2 imported, 0 skipped, 1 failed. Saved"_s));
        Project p;
        QVERIFY(loadProject(project, p).ok());
        QCOMPARE(p.articles.size(), size_t(2));
        QCOMPARE(p.info.title, u"new"_s);
        QCOMPARE(p.tags.size(), size_t(10));
        QCOMPARE(p.tags.front().name, u"Event"_s);

        r = runCli({u"import"_s, project, english, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[u"imported"].toArray().size(), 0);
        QCOMPARE(o[u"skipped"][0][u"duplicateOf"].toString(), u"a12"_s);

        const QString latin = file(u"latin.txt"_s,
                                   test::encodeAs(u"Überall Grüße, schöne Straße. Die Gespräche endeten "
                                                  "nach einer Stunde ohne Ergebnis."_s,
                                                  "ISO-8859-1"));
        r = runCli({u"import"_s, project, latin, u"--encoding"_s, u"windows-1251"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject forced = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(forced[u"imported"][0][u"article"][u"provenance"][u"encoding"].toString(), u"windows-1251"_s);

        r = runCli({u"import"_s, project, u"--max-size"_s, u"nope"_s, latin});
        QCOMPARE(r.code, int(cli::UsageError));
    }

    void edits_refusedWhileAWindowHasTheProject()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.crossread"_s);
        QVERIFY(QFile::copy(m_sample, project));
        const QByteArray before = readAll(project);
        {
            // As a running Crossread holds it (a lock of this live process).
            QLockFile window(project + u".lock"_s);
            QVERIFY(window.tryLock(0));
            const Result r
                = runCli({u"claim"_s, u"add"_s, project, u"--article"_s, u"a1"_s, u"--quote"_s, u"agreed on a swap"_s});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(u"is open in Crossread (process %1"_s.arg(QCoreApplication::applicationPid())),
                     qPrintable(r.err));
            QCOMPARE(readAll(project), before);
        }
        // Closed: the edit goes through, and the file before it is kept as a backup.
        const Result r
            = runCli({u"claim"_s, u"add"_s, project, u"--article"_s, u"a1"_s, u"--quote"_s, u"agreed on a swap"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(readAll(backupPath(project, 1)), before);
    }

    void claimAdd_tagsAQuoteAndSaves()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.crossread"_s);
        QVERIFY(QFile::copy(m_sample, project));
        Result r = runCli({u"claim"_s, u"add"_s, project, u"--article"_s, u"a1"_s, u"--quote"_s, u"agreed on a swap"_s,
                           u"--tag"_s, u"number"_s, u"--tag"_s, u"Swap"_s, u"--kind"_s, u"fact"_s, u"--status"_s,
                           u"supported"_s, u"--speaker"_s, u"Officials"_s, u"--note"_s, u"from the wire"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.out, u"c18\n"_s); // the new tag "Swap" took 17, the sample's next free id
        Project p;
        QVERIFY(loadProject(project, p).ok());
        const Claim &claim = p.claims.back();
        QCOMPARE(claim.id, ClaimId(18));
        QCOMPARE(claim.anchor.quote, u"agreed on a swap"_s);
        QCOMPARE(claim.anchor.start, int(p.articles[0].text.indexOf(u"agreed on a swap"_s)));
        QCOMPARE(claim.attributes.kind, ClaimKind::Fact);
        QCOMPARE(claim.attributes.status, VerificationStatus::Supported);
        QCOMPARE(claim.attributes.attributedTo, u"Officials"_s);
        QCOMPARE(claim.attributes.note, u"from the wire"_s);
        QCOMPARE(claim.attributes.tags.size(), 2); // "number" found as "Number"; "Swap" added
        QCOMPARE(p.tags.size(), size_t(4));
        QCOMPARE(p.tags.back().name, u"Swap"_s);

        // By position, the second occurrence; 😀 counts two UTF-16 code units.
        r = runCli(
            {u"claim"_s, u"add"_s, project, u"--article"_s, u"1"_s, u"--quote"_s, u"e"_s, u"--occurrence"_s, u"2"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(loadProject(project, p).ok());
        QCOMPARE(p.claims.back().anchor.start,
                 int(p.articles[0].text.indexOf(u'e', p.articles[0].text.indexOf(u'e') + 1)));

        r = runCli({u"claim"_s, u"add"_s, project, u"--article"_s, u"a1"_s, u"--quote"_s, u"nowhere to be seen"_s});
        QCOMPARE(r.code, int(cli::Failure));
        QVERIFY(r.err.contains(u"is not in article a1"_s));
        r = runCli({u"claim"_s, u"add"_s, project, u"--article"_s, u"a1"_s, u"--quote"_s, u"agreed"_s,
                    u"--occurrence"_s, u"5"_s});
        QCOMPARE(r.code, int(cli::Failure));
        QVERIFY(r.err.contains(u"fewer than 5"_s));
        r = runCli(
            {u"claim"_s, u"add"_s, project, u"--article"_s, u"a1"_s, u"--quote"_s, u"x"_s, u"--kind"_s, u"rumour"_s});
        QCOMPARE(r.code, int(cli::UsageError));
        QVERIFY(r.err.contains(u"fact"_s));
        r = runCli({u"claim"_s, u"add"_s, project, u"--quote"_s, u"x"_s});
        QCOMPARE(r.code, int(cli::UsageError));
        Project unchanged;
        QVERIFY(loadProject(project, unchanged).ok());
        QCOMPARE(unchanged.claims.size(), p.claims.size()); // failures saved nothing
    }

    void claimList_listsClaimsWithOffsets()
    {
        Result r = runCli({u"claim"_s, u"list"_s, m_sample});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"c8  a1  15–33  “😀 talks went well”  [Event; fact; supported; said by Officials]"_s),
                 qPrintable(r.out));
        QVERIFY(r.out.endsWith(u"4 claims\n"_s));
        r = runCli({u"claim"_s, u"list"_s, m_sample, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray claims = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(claims.size(), 4);
        QCOMPARE(claims[1][u"id"].toString(), u"c9"_s);
        QCOMPARE(claims[1][u"tags"].toArray().size(), 2);
        QCOMPARE(claims[1][u"status"].toString(), u"disputed"_s);
        QCOMPARE(claims[0][u"start"].toInt(), 15);
        QCOMPARE(claims[0][u"author"].toString(), u"Zoë"_s);
        QCOMPARE(runCli({u"claim"_s, u"frob"_s}).code, int(cli::UsageError));
    }

    void linkAdd_printsTheIdSavesAndRegroups()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.crossread"_s);
        QVERIFY(QFile::copy(m_sample, project));
        // c8 ("talks went well") and c11 (the Arabic date) are in two propositions.
        Result r = runCli({u"link"_s, u"add"_s, project, u"c8"_s, u"c11"_s, u"--relation"_s, u"corroborates"_s,
                           u"--note"_s, u"both upbeat"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.out, u"l17\n"_s); // the sample's next free id
        Project p;
        QVERIFY(loadProject(project, p).ok());
        const Link &link = p.links.back();
        QCOMPARE(link.id, LinkId(17));
        QCOMPARE(link.from, ClaimId(8));
        QCOMPARE(link.to, ClaimId(11));
        QCOMPARE(link.relation, Relation::Corroborates);
        QCOMPARE(link.note, u"both upbeat"_s);
        QCOMPARE(p.propositions.size(), size_t(1)); // the two merged
        QCOMPARE(p.propositions[0].label, u"Talks went well"_s);
    }

    void linkAdd_refusals_leaveTheFileAsItWas_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no relation") << QStringList{u"c8"_s, u"c9"_s} << 2 << u"--relation is needed"_s;
        QTest::newRow("unknown relation") << QStringList{u"c8"_s, u"c9"_s, u"--relation"_s, u"agrees"_s} << 2
                                          << u"one of same|corroborates|contradicts|differs|elaborates|related"_s;
        QTest::newRow("not a claim id") << QStringList{u"a1"_s, u"c9"_s, u"--relation"_s, u"same"_s} << 2
                                        << u"by its id"_s;
        QTest::newRow("unknown claim") << QStringList{u"c8"_s, u"c99"_s, u"--relation"_s, u"same"_s} << 1
                                       << u"no claim c99"_s;
        QTest::newRow("itself") << QStringList{u"c8"_s, u"c8"_s, u"--relation"_s, u"same"_s} << 1 << u"itself"_s;
        QTest::newRow("already linked") << QStringList{u"c10"_s, u"c8"_s, u"--relation"_s, u"related"_s} << 1
                                        << u"already linked by l12 (same)"_s;
        QTest::newRow("one claim") << QStringList{u"c8"_s, u"--relation"_s, u"same"_s} << 2 << u"expected 3"_s;
    }

    void linkAdd_refusals_leaveTheFileAsItWas()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.crossread"_s);
        QVERIFY(QFile::copy(m_sample, project));
        const QByteArray before = readAll(project);
        const Result r = runCli(QStringList{u"link"_s, u"add"_s, project} + arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readAll(project), before);
    }

    void matrix_listsWhoSaidWhatOmissionsAndDiscrepancies()
    {
        const QString path = m_dir.filePath(u"matrix-demo.crossread"_s);
        QCOMPARE(runCli({u"demo"_s, u"-o"_s, path}).code, 0);
        Result r = runCli({u"matrix"_s, path, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray articles = root[u"articles"].toArray();
        QCOMPARE(articles.size(), 4);
        QCOMPARE(articles.last()[u"outlet"].toString(), u"Eastquay Voice"_s); // the latest date is last
        const QJsonArray props = root[u"propositions"].toArray();
        QCOMPARE(props.size(), 6);

        const auto find = [&](const QString &label) {
            for (const QJsonValue &v : props) {
                if (v[u"label"].toString() == label)
                    return v.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject started = find(u"When the fire started"_s);
        QVERIFY(!started.isEmpty());
        const QJsonArray cells = started[u"cells"].toArray();
        QCOMPARE(cells.size(), 4);
        QVERIFY(cells[3][u"omission"].toBool()); // Eastquay Voice does not say
        QCOMPARE(cells[0][u"relation"].toString(), u"differs"_s); // March 5
        QVERIFY(cells[0][u"claims"][0][u"quote"].toString().contains(u"March 5"_s));
        const QJsonArray found = started[u"discrepancies"].toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0][u"kind"].toString(), u"date"_s);
        QStringList values;
        for (const QJsonValue &v : found[0][u"values"].toArray())
            values << v[u"values"][0].toString();
        values.sort();
        QCOMPARE(values, (QStringList{u"March 4"_s, u"March 4"_s, u"March 5"_s}));

        const QJsonArray who
            = find(u"“We were fortunate the wind was blowing…”: who said it"_s)[u"discrepancies"].toArray();
        QCOMPARE(who.size(), 1);
        QCOMPARE(who[0][u"kind"].toString(), u"person"_s);
        QCOMPARE(find(u"Tessaline’s 2029 safety citations"_s)[u"discrepancies"].toArray().size(), 0);

        r = runCli({u"matrix"_s, path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"When the fire started  (reported by 3 of 4)"_s));
        QVERIFY(r.out.contains(u"— omitted"_s));
        QVERIFY(r.out.contains(u"≠ date: "_s));
        QVERIFY(r.out.endsWith(u"6 propositions, 4 articles\n"_s));

        r = runCli({u"matrix"_s, path, u"--status"_s, u"maybe"_s});
        QCOMPARE(r.code, int(cli::UsageError));
        r = runCli({u"matrix"_s, path, u"--tag"_s, u"Nope"_s});
        QCOMPARE(r.code, int(cli::Failure));
        r = runCli({u"matrix"_s, path, u"--tag"_s, u"Date/timeline"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[u"propositions"].toArray().size(), 1);
    }

    void suggest_ranksPassagesOfOtherArticles()
    {
        const QString path = m_dir.filePath(u"suggest-demo.crossread"_s);
        QCOMPARE(runCli({u"demo"_s, u"-o"_s, path}).code, 0);
        Project p;
        QVERIFY(loadProject(path, p).ok());

        Result r = runCli({u"suggest"_s, path, u"--text"_s, u"The fire started on Tuesday, March 4"_s, u"--top"_s,
                           u"3"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 3);
        double previous = 1e9;
        for (const QJsonValue &v : hits) {
            const QJsonObject hit = v.toObject();
            const auto id = idFromString(EntityKind::Article, hit[u"article_id"].toString());
            QVERIFY(id);
            const Article *a = findById(p.articles, *id);
            QVERIFY(a);
            QCOMPARE(hit[u"article_title"].toString(), a->displayTitle());
            const int start = hit[u"start"].toInt(), end = hit[u"end"].toInt();
            QCOMPARE(hit[u"text"].toString(), a->text.mid(start, end - start)); // UTF-16 offsets into the text
            QVERIFY(hit[u"score"].toDouble() <= previous);
            previous = hit[u"score"].toDouble();
        }
        QVERIFY(hits[0][u"text"].toString().contains(u"Tuesday, March 4"_s));

        // A claim: its own article is left out; the best is the other report of the same start time.
        const Claim &claim = *std::find_if(p.claims.begin(), p.claims.end(), [](const Claim &c) {
            return c.anchor.quote.startsWith(u"The fire was reported shortly before 11 p.m."_s);
        });
        r = runCli({u"suggest"_s, path, u"--claim"_s, idToString(EntityKind::Claim, claim.id), u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray fromClaim = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!fromClaim.isEmpty());
        for (const QJsonValue &v : fromClaim)
            QVERIFY(v[u"article_id"].toString() != idToString(EntityKind::Article, claim.article));
        QVERIFY(fromClaim[0][u"text"].toString().startsWith(u"The fire began late Tuesday, March 4"_s));

        r = runCli({u"suggest"_s, path, u"--claim"_s, idToString(EntityKind::Claim, claim.id)});
        QVERIFY(r.out.startsWith(u"1. "_s));
        QCOMPARE(runCli({u"suggest"_s, path}).code, int(cli::UsageError));
        QCOMPARE(runCli({u"suggest"_s, path, u"--text"_s, u"x"_s, u"--claim"_s, u"c1"_s}).code, int(cli::UsageError));
        QCOMPARE(runCli({u"suggest"_s, path, u"--text"_s, u"x"_s, u"--top"_s, u"0"_s}).code, int(cli::UsageError));
        QCOMPARE(runCli({u"suggest"_s, path, u"--claim"_s, u"c9999"_s}).code, int(cli::Failure));
    }

    void suggestAll_listsCandidatePairsNotLinkedOrRejected()
    {
        const QString path = m_dir.filePath(u"suggest-all.crossread"_s);
        QCOMPARE(runCli({u"demo"_s, u"-o"_s, path}).code, 0);
        Project p;
        QVERIFY(loadProject(path, p).ok());

        Result r = runCli({u"suggest"_s, path, u"--all"_s, u"--top"_s, u"5"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QJsonArray pairs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(pairs.size(), 5);
        double previous = 1e9;
        for (const QJsonValue &v : pairs) {
            const QJsonObject pair = v.toObject();
            const Claim *claim = findById(p.claims, *idFromString(EntityKind::Claim, pair[u"claim_id"].toString()));
            QVERIFY(claim);
            QCOMPARE(pair[u"claim_text"].toString(), claim->anchor.quote);
            QCOMPARE(pair[u"claim_article_id"].toString(), idToString(EntityKind::Article, claim->article));
            const Article *a = findById(p.articles, *idFromString(EntityKind::Article, pair[u"article_id"].toString()));
            QVERIFY(a);
            QVERIFY(a->id != claim->article); // another article
            QCOMPARE(pair[u"article_title"].toString(), a->displayTitle());
            const int start = pair[u"start"].toInt(), end = pair[u"end"].toInt();
            QCOMPARE(pair[u"text"].toString(), a->text.mid(start, end - start));
            QVERIFY(pair.contains(u"target_claim_id"));
            QVERIFY(pair[u"score"].toDouble() <= previous);
            previous = pair[u"score"].toDouble();
        }

        // Linking the best pair takes it off the list.
        const QJsonObject best = pairs[0].toObject();
        QString target = best[u"target_claim_id"].toString();
        if (target.isEmpty()) {
            Document doc;
            doc.resetProject(p, path);
            const ClaimId made = doc.addClaim(*idFromString(EntityKind::Article, best[u"article_id"].toString()),
                                              best[u"start"].toInt(), best[u"end"].toInt());
            QVERIFY(made != NoId);
            QVERIFY(saveProject(doc.project(), path).ok());
            target = idToString(EntityKind::Claim, made);
        }
        QCOMPARE(
            runCli({u"link"_s, u"add"_s, path, best[u"claim_id"].toString(), target, u"--relation"_s, u"same"_s}).code,
            0);
        r = runCli({u"suggest"_s, path, u"--all"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        pairs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(pairs.size() > 5);
        for (const QJsonValue &v : pairs) {
            QVERIFY(!(v[u"claim_id"] == best[u"claim_id"] && v[u"article_id"] == best[u"article_id"]
                      && v[u"start"] == best[u"start"]));
            QVERIFY(!(v[u"claim_id"].toString() == target && v[u"target_claim_id"] == best[u"claim_id"]));
        }

        r = runCli({u"suggest"_s, path, u"--all"_s, u"--top"_s, u"2"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"1. "_s));
        QVERIFY(r.out.contains(u"\n2. "_s));
        QVERIFY(!r.out.contains(u"\n3. "_s));
        QCOMPARE(runCli({u"suggest"_s, path, u"--all"_s, u"--claim"_s, u"c1"_s}).code, int(cli::UsageError));
        QCOMPARE(runCli({u"suggest"_s, path, u"--all"_s, u"--article"_s, u"a1"_s}).code, int(cli::UsageError));
    }

    void mistypedCommand_isReportedNotOpenedAsAProject()
    {
        QVERIFY(cli::wantsCommandLine({u"crossread"_s, u"infoo"_s}));
        const Result r = runCli({u"infoo"_s});
        QCOMPARE(r.code, int(cli::UsageError));
        QVERIFY(r.err.contains(u"unknown command “infoo”"_s));
    }

    void text_printsTheStoredTextExactly()
    {
        Project p;
        QVERIFY(loadProject(m_sample, p).ok());
        Result r = runCli({u"text"_s, m_sample, u"a1"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, p.articles[0].text);
        r = runCli({u"text"_s, m_sample, u"3"_s});
        QCOMPARE(r.out, p.articles[2].text); // by position: the Arabic one
        r = runCli({u"text"_s, m_sample, u"9"_s});
        QCOMPARE(r.code, int(cli::Failure));
        QVERIFY(r.err.contains(u"no article “9”"_s));
        r = runCli({u"text"_s, m_sample, u"c8"_s});
        QCOMPARE(r.code, int(cli::Failure));
    }

    void binary_textIsUtf8BytesOfTheStoredText()
    {
        QProcess process;
        process.start(QString::fromUtf8(CROSSREAD_BINARY), {u"text"_s, m_sample, u"a1"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        Project p;
        QVERIFY(loadProject(m_sample, p).ok());
        QCOMPARE(process.readAllStandardOutput(), p.articles[0].text.toUtf8());
    }

    // bench_scale's start-up row: given the launcher's clock, the window
    // says when it is on screen with the demo, and quits.
    void binary_saysWhenTheWindowIsInteractive()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s)); // no settings of the user's
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        QElapsedTimer clock;
        clock.start();
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        env.insert(u"CROSSREAD_STARTUP_CLOCK"_s, QString::number(qint64(now.tv_sec) * 1000000000 + now.tv_nsec));
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(CROSSREAD_BINARY), {u"--demo"_s});
        QVERIFY(process.waitForFinished(30000));
        const double wall = double(clock.nsecsElapsed()) / 1e6;
        QCOMPARE(process.exitCode(), 0);
        const QString said = QString::fromUtf8(process.readAllStandardOutput());
        const QRegularExpressionMatch match
            = QRegularExpression(u"^interactive after ([0-9.]+) ms$"_s).match(said.trimmed());
        QVERIFY2(match.hasMatch(), qPrintable(said));
        const double ms = match.captured(1).toDouble();
        QVERIFY2(ms > 0 && ms <= wall, qPrintable(u"%1 ms, launched %2 ms ago"_s.arg(ms).arg(wall)));
    }

    void binary_runsCommandsWithoutADisplay()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s); // would fail if a command needed a window
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(CROSSREAD_BINARY), {u"check"_s, m_sample});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"sound"_s));

        process.start(QString::fromUtf8(CROSSREAD_BINARY), {u"info"_s, m_dir.filePath(u"missing.crossread"_s)});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"does not exist"_s));

        process.start(QString::fromUtf8(CROSSREAD_BINARY), {u"--version"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                 u"crossread "_s + QString::fromLatin1(CROSSREAD_VERSION));
    }

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
