// Replays every input kept under tests/fuzz/regressions/<target>/ (inputs a
// fuzz target once crashed on, now fixed) and every seed of
// tests/fuzz/corpus/<target>/ through the entry point of that target, shaped
// as the fuzz target shapes it (fuzz/fuzzinput.h). Each must give a result or
// an error, never a crash; under the asan preset, never a leak or undefined
// behaviour either. A seed must load (a file named refused-… must be
// refused), or the fuzzer would start from nothing. The fuzz targets
// themselves need clang (tests/fuzz/run.sh).

#include <models/import/articleimporter.h>
#include <models/import/qdpximporter.h>
#include <models/project.h>
#include <models/projectfile.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fuzz/fuzzinput.h>

using namespace crossread;

namespace {

/// What an input must give.
enum class Expect {
    ResultOrError, ///< an input that once crashed: anything but a crash
    Result, ///< a seed: it must load, or the fuzzer starts from nothing
    Error, ///< a seed named refused-…: a file Crossread refuses
};

/// One row per file of regressions/<target>/ and corpus/<target>/.
void addInputs(const char *target)
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Expect>("expect");
    const QDir fuzzDir(QStringLiteral(CROSSREAD_SOURCE_DIR "/tests/fuzz"));
    int rows = 0;
    for (const char *kind : {"regressions", "corpus"}) {
        const QDir dir(fuzzDir.filePath(QLatin1String(kind) + u'/' + QLatin1String(target)));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const Expect expect = qstrcmp(kind, "regressions") == 0 ? Expect::ResultOrError
                : name.startsWith(u"refused-")                      ? Expect::Error
                                                                    : Expect::Result;
            QTest::addRow("%s/%s", kind, qPrintable(name)) << dir.filePath(name) << expect;
            ++rows;
        }
    }
    if (rows == 0)
        qFatal("no inputs for %s under %s", target, qPrintable(fuzzDir.path()));
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

/// Whether an outcome (`ok`, or an error with `message`) is what `expect` asks.
bool meets(Expect expect, bool ok, const QString &message)
{
    if (!ok && message.isEmpty())
        return false; // an error must say what is wrong
    return expect == Expect::ResultOrError || ok == (expect == Expect::Result);
}

/// importBytes as the importer targets call it: an article with text, or an error with a message.
bool importMeets(Expect expect, QByteArrayView input, const QString &fileName, bool withEncoding)
{
    ImportOptions options;
    QByteArrayView bytes = input;
    if (withEncoding) {
        const fuzz::EncodedInput split = fuzz::splitEncoding(input);
        options.encoding = split.encoding;
        bytes = split.bytes;
    }
    ImportedArticle article;
    const ImportError error = importBytes(bytes, fileName, options, article);
    if (error.ok() && article.text.isEmpty())
        return false;
    if (!meets(expect, error.ok(), error.message)) {
        qWarning("import: %s", error.ok() ? "succeeded" : qPrintable(error.message));
        return false;
    }
    return true;
}

} // namespace

Q_DECLARE_METATYPE(Expect)

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeProject_failsWithoutChange_data() { addInputs("fuzz_project"); }
    void decodeProject_failsWithoutChange()
    {
        QFETCH(QString, path);
        QFETCH(Expect, expect);
        const QByteArray bytes = fuzz::withProjectChecksums(contentOf(path));
        Project before;
        before.info.title = QStringLiteral("unchanged");
        Project project = before;
        const ProjectError error = decodeProject(bytes, project);
        QVERIFY2(meets(expect, error.ok(), error.message), qPrintable(error.message));
        if (!error.ok()) {
            QVERIFY(project == before);
            return;
        }
        Project again;
        QVERIFY(decodeProject(encodeProject(project), again).ok());
        QVERIFY(again == project);
    }

    void importText_resultOrError_data() { addInputs("fuzz_import_text"); }
    void importText_resultOrError()
    {
        QFETCH(QString, path);
        QFETCH(Expect, expect);
        QVERIFY(importMeets(expect, contentOf(path), QStringLiteral("article.txt"), true));
    }

    void importHtml_resultOrError_data() { addInputs("fuzz_import_html"); }
    void importHtml_resultOrError()
    {
        QFETCH(QString, path);
        QFETCH(Expect, expect);
        QVERIFY(importMeets(expect, contentOf(path), QStringLiteral("page.html"), true));
    }

    void importMarkdown_resultOrError_data() { addInputs("fuzz_import_markdown"); }
    void importMarkdown_resultOrError()
    {
        QFETCH(QString, path);
        QFETCH(Expect, expect);
        QVERIFY(importMeets(expect, contentOf(path), QStringLiteral("article.md"), true));
    }

    void importPdf_resultOrError_data() { addInputs("fuzz_import_pdf"); }
    void importPdf_resultOrError()
    {
        QFETCH(QString, path);
        QFETCH(Expect, expect);
        QVERIFY(importMeets(expect, contentOf(path), QStringLiteral("article.pdf"), false));
    }

    void importDocx_resultOrError_data() { addInputs("fuzz_import_docx"); }
    void importDocx_resultOrError()
    {
        QFETCH(QString, path);
        QFETCH(Expect, expect);
        const QByteArray docx = fuzz::asZip(contentOf(path), QStringLiteral("word/document.xml"));
        QVERIFY(importMeets(expect, docx, QStringLiteral("article.docx"), false));
    }

    void readQdpx_resultOrError_data() { addInputs("fuzz_qdpx"); }
    void readQdpx_resultOrError()
    {
        QFETCH(QString, path);
        QFETCH(Expect, expect);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString qdpx = dir.filePath(QStringLiteral("input.qdpx"));
        QFile file(qdpx);
        const QByteArray bytes = fuzz::asZip(contentOf(path), QStringLiteral("project.qde"));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        file.close();
        Project project;
        QdpxReport report;
        QString error;
        const bool ok = readQdpx(qdpx, project, report, &error);
        QVERIFY2(meets(expect, ok, error), qPrintable(error));
        if (ok && expect == Expect::Result)
            QVERIFY(!project.articles.empty());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
