// crossread-synth, the generator of synthetic projects (issue 9), run as a
// process: what it writes loads, has the sizes asked for, the scripts and
// overlaps the benchmarks rely on, and is the same for the same seed.

#include <models/project.h>
#include <models/projectfile.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread;
using namespace Qt::StringLiterals;

class TestSynth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Runs crossread-synth with `arguments`; its exit code, stderr in `errors`.
    int run(const QStringList &arguments, QByteArray *errors = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(CROSSREAD_SYNTH), arguments);
        if (!process.waitForFinished(120'000))
            return -1;
        if (errors)
            *errors = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static QByteArray bytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void writesTheSizesAskedFor()
    {
        QCOMPARE(run({u"--articles"_s, u"30"_s, u"--claims"_s, u"600"_s, u"--links"_s, u"200"_s, u"--tags"_s, u"12"_s,
                      u"-o"_s, path("a.crossread")}),
                 0);
        Project project;
        const ProjectError error = loadProject(path("a.crossread"), project);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(project.articles.size(), size_t(30));
        QCOMPARE(project.claims.size(), size_t(600));
        QCOMPARE(project.tags.size(), size_t(12));
        // 20 propositions of four claims (60 grouping links), 140 random
        // links (a link from a claim to itself is dropped).
        QVERIFY2(project.links.size() >= 195 && project.links.size() <= 200,
                 qPrintable(QString::number(project.links.size())));
        QVERIFY(project.propositions.size() >= 20);
        int grouped = 0;
        for (const Proposition &proposition : project.propositions)
            grouped += proposition.claims.size() >= 4;
        QVERIFY2(grouped >= 20, qPrintable(QString::number(grouped)));
    }

    void mixesScriptsAndOverlapsClaims()
    {
        QCOMPARE(run({u"--articles"_s, u"5"_s, u"--claims"_s, u"400"_s, u"--links"_s, u"10"_s, u"-o"_s, path("scripts.crossread")}), 0);
        Project project;
        QVERIFY(loadProject(path("scripts.crossread"), project).ok());
        QSet<QChar::Script> scripts;
        bool surrogates = false;
        for (const Article &article : project.articles) {
            for (QChar c : article.text) {
                scripts.insert(c.script());
                surrogates |= c.isSurrogate();
            }
        }
        QVERIFY(scripts.contains(QChar::Script_Latin));
        QVERIFY(scripts.contains(QChar::Script_Cyrillic));
        QVERIFY(scripts.contains(QChar::Script_Arabic));
        QVERIFY(surrogates); // emoji
        int overlaps = 0;
        for (size_t i = 1; i < project.claims.size(); ++i) {
            const Claim &a = project.claims[i - 1];
            const Claim &b = project.claims[i];
            overlaps += a.article == b.article && b.anchor.start < a.anchor.end;
        }
        QVERIFY2(overlaps > 10, qPrintable(QString::number(overlaps)));
    }

    void sameSeedSameFile()
    {
        const QStringList size{u"--articles"_s, u"8"_s, u"--claims"_s, u"300"_s, u"--links"_s, u"50"_s};
        QCOMPARE(run(size + QStringList{u"--seed"_s, u"4"_s, u"-o"_s, path("s4a.crossread")}), 0);
        QCOMPARE(run(size + QStringList{u"--seed"_s, u"4"_s, u"-o"_s, path("s4b.crossread")}), 0);
        QCOMPARE(run(size + QStringList{u"--seed"_s, u"5"_s, u"-o"_s, path("s5.crossread")}), 0);
        QVERIFY(!bytes(path("s4a.crossread")).isEmpty());
        QCOMPARE(bytes(path("s4a.crossread")), bytes(path("s4b.crossread")));
        QVERIFY(bytes(path("s4a.crossread")) != bytes(path("s5.crossread")));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number") << QStringList{u"--claims"_s, u"many"_s, u"-o"_s, path("x.crossread")} << u"--claims"_s;
        QTest::newRow("negative") << QStringList{u"--articles"_s, u"-3"_s, u"-o"_s, path("x.crossread")} << u"--articles"_s;
        QTest::newRow("no output") << QStringList{u"--claims"_s, u"10"_s} << u"-o FILE"_s;
        QTest::newRow("claims without articles")
            << QStringList{u"--articles"_s, u"0"_s, u"--claims"_s, u"10"_s, u"-o"_s, path("x.crossread")} << u"at least one article"_s;
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QByteArray errors;
        QCOMPARE(run(arguments, &errors), 2);
        QVERIFY2(QString::fromUtf8(errors).contains(message), errors.constData());
        QVERIFY(!QFile::exists(path("x.crossread")));
    }

    void saysWhyItCannotWrite()
    {
        QByteArray errors;
        QCOMPARE(run({u"--claims"_s, u"10"_s, u"-o"_s, path("no-such-folder/x.crossread")}, &errors), 1);
        QVERIFY2(errors.contains("no-such-folder"), errors.constData());
    }
};

QTEST_GUILESS_MAIN(TestSynth)
#include "tst_synth.moc"
