// The brat standoff export: a text and an .ann per article, offsets in code
// points, fragments around line breaks, attributes, notes, relations within
// one article, and the annotation.conf that declares them.

#include <models/document.h>
#include <models/export/standardexports.h>
#include <support/exportcli.h>
#include <support/sampleproject.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

/// The .ann lines whose id starts with `kind` ('T', 'A', '#', 'R'), split at tabs.
QList<QStringList> linesOf(const BratDocument &document, QChar kind)
{
    QList<QStringList> lines;
    for (const QString &line : QString::fromUtf8(document.annotations).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(kind))
            lines << line.split(u'\t');
    }
    return lines;
}

QString codePoints(const QList<uint> &points, int start, int end)
{
    const QList<uint> span = points.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(span.constData()), span.size());
}

} // namespace

class TestExportBrat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::populateSample(m_doc);
        const Project &p = m_doc.project();
        // A claim across an empty line, under a tag with a space, and an
        // untagged one, in the article that had CRLF line ends; a link of two
        // claims of one article.
        const ArticleId windows = p.articles[3].id;
        const TagId said = m_doc.addTag({NoId, NoId, u"Said twice"_s, 0xff000000, {}, {}});
        const auto [s1, e1] = test::spanOf(test::formerCrlfText(), u"two.\n\nA new"_s);
        m_doc.addClaim(windows, s1, e1, {{said}, ClaimKind::Other, {}, {}, {}, u"two\nlines"_s});
        const auto [s2, e2] = test::spanOf(test::formerCrlfText(), u"Line one"_s);
        m_doc.addClaim(windows, s2, e2);
        m_doc.addLink(p.claims[0].id, p.claims[1].id, Relation::Contradicts, {});
        m_brat = bratStandoff(ExportSelection(p, {}));
    }

    void export_writesTextPerArticle()
    {
        const Project &p = m_doc.project();
        QCOMPARE(m_brat.documents.size(), qsizetype(p.articles.size()));
        for (qsizetype i = 0; i < m_brat.documents.size(); ++i) {
            QCOMPARE(m_brat.documents[i].name, idToString(EntityKind::Article, p.articles[size_t(i)].id));
            QCOMPARE(m_brat.documents[i].text, p.articles[size_t(i)].text.toUtf8());
        }
    }

    void textBound_offsetsInCodePointsGiveQuote()
    {
        const Project &p = m_doc.project();
        int lines = 0, fragmented = 0;
        for (const BratDocument &d : std::as_const(m_brat.documents)) {
            const QList<uint> points = QString::fromUtf8(d.text).toUcs4();
            QList<const Claim *> claims;
            for (const Claim &c : p.claims) {
                if (idToString(EntityKind::Article, c.article) == d.name)
                    claims << &c;
            }
            const QList<QStringList> entities = linesOf(d, u'T');
            QCOMPARE(entities.size(), claims.size());
            for (qsizetype i = 0; i < entities.size(); ++i) {
                const QStringList &line = entities[i];
                QCOMPARE(line.size(), 3);
                QCOMPARE(line[0], u'T' + QString::number(i + 1));
                const QString type = line[1].section(u' ', 0, 0);
                QVERIFY(!type.isEmpty() && !type.contains(u' '));
                const QStringList spans = line[1].section(u' ', 1).split(u';');
                fragmented += spans.size() > 1;
                QString quote;
                int previousEnd = -1;
                for (const QString &span : spans) {
                    const int start = span.section(u' ', 0, 0).toInt();
                    const int end = span.section(u' ', 1, 1).toInt();
                    QVERIFY(0 <= start && start < end && end <= points.size());
                    const QString fragment = codePoints(points, start, end);
                    QVERIFY(!fragment.contains(u'\n'));
                    if (previousEnd >= 0) {
                        const QString between = codePoints(points, previousEnd, start);
                        QVERIFY(!between.isEmpty() && between.count(u'\n') == between.size());
                        quote += between;
                    }
                    quote += fragment;
                    previousEnd = end;
                }
                QCOMPARE(quote, claims[i]->anchor.quote);
                QCOMPARE(line[2], QString(claims[i]->anchor.quote).replace(u'\n', u' '));
                ++lines;
            }
        }
        QCOMPARE(lines, int(p.claims.size()));
        QCOMPARE(fragmented, 1);
    }

    void textBound_typeIsFirstTagOrClaim()
    {
        const QList<QStringList> first = linesOf(m_brat.documents[0], u'T');
        QVERIFY(first[0][1].startsWith(u"Event "));
        QVERIFY(first[1][1].startsWith(u"Number "));
        const QList<QStringList> windows = linesOf(m_brat.documents[3], u'T');
        QVERIFY(windows[0][1].startsWith(u"Said_twice "));
        QVERIFY(windows[1][1].startsWith(u"Claim "));
    }

    void attributesAndNotes_nameTheirEntity()
    {
        const QStringList first = QString::fromUtf8(m_brat.documents[0].annotations).split(u'\n');
        QVERIFY(first.contains(u"A1\tKind T1 fact"_s));
        QVERIFY(first.contains(u"A2\tStatus T1 supported"_s));
        QVERIFY(first.contains(u"A3\tConfidence T1 high"_s));
        QVERIFY(first.contains(u"A4\tKind T2 statistic"_s));
        QVERIFY(first.contains(u"A5\tStatus T2 disputed"_s));
        QVERIFY(first.contains(u"#1\tAnnotatorNotes T1\t📝 note"_s));
        const QStringList windows = QString::fromUtf8(m_brat.documents[3].annotations).split(u'\n');
        QVERIFY(windows.contains(u"#1\tAnnotatorNotes T1\ttwo lines"_s));
        QVERIFY(windows.contains(u"A3\tStatus T2 unverified"_s));
    }

    void relations_onlyWithinOneArticle()
    {
        QCOMPARE(linesOf(m_brat.documents[0], u'R'), (QList<QStringList>{{u"R1"_s, u"contradicts Arg1:T1 Arg2:T2"_s}}));
        for (qsizetype i = 1; i < m_brat.documents.size(); ++i)
            QVERIFY(linesOf(m_brat.documents[i], u'R').isEmpty());
    }

    void config_declaresWhatIsUsed()
    {
        const QStringList conf = QString::fromUtf8(m_brat.config).split(u'\n');
        for (const QString &section : {u"[entities]"_s, u"[relations]"_s, u"[events]"_s, u"[attributes]"_s})
            QVERIFY2(conf.contains(section), qPrintable(section));
        for (const QString &type : {u"Claim"_s, u"Event"_s, u"Meeting"_s, u"Number"_s, u"Said_twice"_s})
            QVERIFY2(conf.contains(type), qPrintable(type));
        const QString entities = u"Claim|Event|Meeting|Number|Said_twice"_s;
        QVERIFY(conf.contains(u"contradicts\tArg1:"_s + entities + u", Arg2:"_s + entities));
        QVERIFY(conf.contains(u"Kind\tArg:"_s + entities + u", Value:fact|other|prediction|quotation|statistic"_s));
        QVERIFY(conf.contains(u"Status\tArg:"_s + entities + u", Value:disputed|supported|unverified"_s));
    }

    void cli_writesFilesOfEachArticleAndConf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"brat"_s);
        QCOMPARE(test::exportSaved(m_doc.project(), dir, {u"--format"_s, u"brat"_s, u"-o"_s, folder}), 0);
        const auto read = [&](const QString &name) {
            QFile file(QDir(folder).filePath(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QCOMPARE(read(u"annotation.conf"_s), m_brat.config);
        for (const BratDocument &d : std::as_const(m_brat.documents)) {
            QCOMPARE(read(d.name + u".txt"_s), d.text);
            QCOMPARE(read(d.name + u".ann"_s), d.annotations);
        }
    }

private:
    Document m_doc;
    BratExport m_brat;
};

QTEST_GUILESS_MAIN(TestExportBrat)
#include "tst_export_brat.moc"
