// The W3C Web Annotation export: its structure, selectors counted in code
// points, links, hidden annotators, and validation by validate-web-annotation
// (skipped when tests/tools has not been installed).

#include <models/document.h>
#include <models/export/standardexports.h>
#include <support/exportcli.h>
#include <support/sampleproject.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

QJsonObject exported(const Project &project, const ExportOptions &options = {})
{
    const ExportSelection selection(project, options);
    return QJsonDocument::fromJson(webAnnotationJson(selection)).object();
}

QJsonArray itemsOf(const QJsonObject &collection)
{
    return collection.value(u"first"_s).toObject().value(u"items"_s).toArray();
}

QList<QJsonObject> withMotivation(const QJsonObject &collection, const QString &motivation)
{
    QList<QJsonObject> found;
    for (const QJsonValue &v : itemsOf(collection)) {
        if (v.toObject().value(u"motivation"_s).toString() == motivation)
            found << v.toObject();
    }
    return found;
}

QJsonObject selector(const QJsonObject &annotation, const QString &type)
{
    for (const QJsonValue &v : annotation.value(u"target"_s).toObject().value(u"selector"_s).toArray()) {
        if (v.toObject().value(u"type"_s).toString() == type)
            return v.toObject();
    }
    return {};
}

QString annotationId(ClaimId claim)
{
    return u"urn:crossread:claim:"_s + idToString(EntityKind::Claim, claim);
}

} // namespace

class TestExportW3c : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::populateSample(m_doc); }

    void export_isCollectionOfClaimsAndLinks()
    {
        const Project &p = m_doc.project();
        const QJsonObject c = exported(p);
        QCOMPARE(c.value(u"@context"_s).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(c.value(u"type"_s).toString(), u"AnnotationCollection"_s);
        QCOMPARE(c.value(u"label"_s).toString(), p.info.title);
        QCOMPARE(c.value(u"first"_s).toObject().value(u"type"_s).toString(), u"AnnotationPage"_s);
        const QJsonArray items = itemsOf(c);
        QCOMPARE(items.size(), qsizetype(p.claims.size() + p.links.size()));
        QCOMPARE(c.value(u"total"_s).toInt(), items.size());
        QSet<QString> ids;
        for (const QJsonValue &v : items) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(u"type"_s).toString(), u"Annotation"_s);
            QVERIFY(a.value(u"id"_s).toString().startsWith(u"urn:crossread:"));
            ids.insert(a.value(u"id"_s).toString());
            QVERIFY(a.value(u"created"_s).toString().endsWith(u'Z'));
            QVERIFY(!a.value(u"body"_s).toArray().isEmpty());
        }
        QCOMPARE(ids.size(), items.size());
        QCOMPARE(withMotivation(c, u"tagging"_s).size(), qsizetype(p.claims.size()));
        QCOMPARE(withMotivation(c, u"linking"_s).size(), qsizetype(p.links.size()));
    }

    void claim_bodiesHoldTagsNoteAndClasses()
    {
        const Project &p = m_doc.project();
        const QJsonObject c = exported(p);
        QHash<QString, QStringList> bodies; // "id purpose" -> values
        for (const QJsonObject &a : withMotivation(c, u"tagging"_s)) {
            for (const QJsonValue &b : a.value(u"body"_s).toArray()) {
                QCOMPARE(b.toObject().value(u"type"_s).toString(), u"TextualBody"_s);
                bodies[a.value(u"id"_s).toString() + u' ' + b.toObject().value(u"purpose"_s).toString()]
                    << b.toObject().value(u"value"_s).toString();
            }
        }
        const Claim &first = p.claims[0];
        const Claim &second = p.claims[1];
        QCOMPARE(bodies.value(annotationId(first.id) + u" tagging"_s), QStringList{u"Event"_s});
        QCOMPARE(bodies.value(annotationId(first.id) + u" commenting"_s), QStringList{u"📝 note"_s});
        QCOMPARE(bodies.value(annotationId(first.id) + u" classifying"_s),
                 (QStringList{u"kind:fact"_s, u"status:supported"_s, u"confidence:high"_s}));
        QCOMPARE(bodies.value(annotationId(second.id) + u" tagging"_s),
                 (QStringList{u"Number"_s, u"Event / Meeting"_s}));
        QVERIFY(!bodies.contains(annotationId(second.id) + u" commenting"_s));
        QCOMPARE(bodies.value(annotationId(second.id) + u" classifying"_s),
                 (QStringList{u"kind:statistic"_s, u"status:disputed"_s, u"confidence:low"_s}));
    }

    void positionSelector_selectsQuoteInCodePoints()
    {
        const Project &p = m_doc.project();
        const QJsonObject c = exported(p);
        int shifted = 0;
        for (const QJsonObject &a : withMotivation(c, u"tagging"_s)) {
            const Claim &claim = p.claims[size_t(
                rowOf(p.claims, *idFromString(EntityKind::Claim, a.value(u"id"_s).toString().section(u':', -1))))];
            const Article &article = *findById(p.articles, claim.article);
            const QString source = a.value(u"target"_s).toObject().value(u"source"_s).toString();
            QCOMPARE(source,
                     article.meta.url.isEmpty()
                         ? u"urn:crossread:article:"_s + idToString(EntityKind::Article, article.id)
                         : article.meta.url);
            const QJsonObject quote = selector(a, u"TextQuoteSelector"_s);
            QCOMPARE(quote.value(u"exact"_s).toString(), claim.anchor.quote);
            const QString before = article.text.sliced(0, claim.anchor.start);
            const QString after = article.text.sliced(claim.anchor.end);
            const QString prefix = quote.value(u"prefix"_s).toString();
            const QString suffix = quote.value(u"suffix"_s).toString();
            QVERIFY(before.endsWith(prefix) && prefix.size() >= std::min<qsizetype>(before.size(), 31));
            QVERIFY(after.startsWith(suffix) && suffix.size() >= std::min<qsizetype>(after.size(), 31));

            const QJsonObject position = selector(a, u"TextPositionSelector"_s);
            const int start = position.value(u"start"_s).toInt(-1);
            const int end = position.value(u"end"_s).toInt(-1);
            const QList<uint> points = article.text.toUcs4();
            QVERIFY(0 <= start && start <= end && end <= points.size());
            const QList<uint> span = points.mid(start, end - start);
            QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(span.constData()), span.size()),
                     quote.value(u"exact"_s).toString());
            if (start != claim.anchor.start || end != claim.anchor.end)
                ++shifted;
        }
        QVERIFY2(shifted > 0, "the sample has claims after emoji, whose offsets differ in code points");
    }

    void links_targetBothClaimAnnotations()
    {
        const Project &p = m_doc.project();
        const QJsonObject c = exported(p);
        QSet<QString> claimIds;
        for (const QJsonObject &a : withMotivation(c, u"tagging"_s))
            claimIds.insert(a.value(u"id"_s).toString());
        const QList<QJsonObject> links = withMotivation(c, u"linking"_s);
        QCOMPARE(links.size(), qsizetype(p.links.size()));
        for (qsizetype i = 0; i < links.size(); ++i) {
            const Link &l = p.links[size_t(i)];
            const QJsonArray targets = links[i].value(u"target"_s).toArray();
            QCOMPARE(targets.size(), 2);
            QCOMPARE(targets[0].toString(), annotationId(l.from));
            QCOMPARE(targets[1].toString(), annotationId(l.to));
            QVERIFY(claimIds.contains(targets[0].toString()) && claimIds.contains(targets[1].toString()));
            const QJsonObject relation = links[i].value(u"body"_s).toArray().first().toObject();
            QCOMPARE(relation.value(u"purpose"_s).toString(), u"classifying"_s);
        }
        QCOMPARE(links[0].value(u"body"_s).toArray()[0].toObject().value(u"value"_s).toString(), u"same"_s);
        QCOMPARE(links[0].value(u"body"_s).toArray()[1].toObject().value(u"value"_s).toString(), u"same event"_s);
    }

    void hideAnnotators_dropsCreator()
    {
        const QJsonObject shown = exported(m_doc.project());
        for (const QJsonValue &v : itemsOf(shown))
            QCOMPARE(v.toObject().value(u"creator"_s).toObject().value(u"name"_s).toString(), u"Zoë"_s);
        ExportOptions options;
        options.hideAnnotators = true;
        const QJsonObject hidden = exported(m_doc.project(), options);
        QVERIFY(!itemsOf(hidden).isEmpty());
        for (const QJsonValue &v : itemsOf(hidden))
            QVERIFY(!v.toObject().contains(u"creator"_s));
    }

    void cli_writesTheCollection()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(u"sample.jsonld"_s);
        QCOMPARE(
            test::exportSaved(m_doc.project(), dir, {u"--format"_s, u"w3c"_s, u"-o"_s, target, u"--hide-annotators"_s}),
            0);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ExportOptions options;
        options.hideAnnotators = true;
        QCOMPARE(file.readAll(), webAnnotationJson(ExportSelection(m_doc.project(), options)));
    }

    void validator_acceptsEveryAnnotation()
    {
        const QString tools = QStringLiteral(CROSSREAD_TEST_TOOLS_DIR);
        if (!QFileInfo::exists(tools + u"/node_modules/validate-web-annotation/package.json"_s))
            QSKIP("validate-web-annotation is not installed: run npm ci --prefix tests/tools");
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        if (node.isEmpty())
            QSKIP("node is not on the PATH");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"sample.jsonld"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(webAnnotationJson(ExportSelection(m_doc.project(), {})));
        file.close();
        QProcess validator;
        validator.start(node, {tools + u"/validate-annotations.js"_s, path});
        QVERIFY(validator.waitForFinished(60000));
        const QByteArray output = validator.readAllStandardOutput() + validator.readAllStandardError();
        QVERIFY2(validator.exitStatus() == QProcess::NormalExit && validator.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("7 annotations, 0 problems"), output.constData());
    }

private:
    Document m_doc;
};

QTEST_GUILESS_MAIN(TestExportW3c)
#include "tst_export_w3c.moc"
