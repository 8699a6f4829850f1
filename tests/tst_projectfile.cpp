// .crossread files: round trips, damaged and forged files, validation of
// content, and the golden file of format 1.

#include <models/document.h>
#include <models/projectfile.h>
#include <models/projectvalidator.h>
#include <models/textanchor.h>
#include <support/sampleproject.h>
#include <support/synthproject.h>
#include <support/testpaths.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QtEndian>

#include <zlib.h>

#include <functional>
#include <sys/resource.h>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

using Code = ProjectError::Code;

quint32 crc(const char *data, qsizetype size)
{
    return quint32(crc32_z(0, reinterpret_cast<const Bytef *>(data), size_t(size)));
}

/// Recomputes both checksums of a file whose payload or header was edited,
/// as a forger would, so that only the content checks stand in the way.
QByteArray resealed(QByteArray file)
{
    char *p = file.data();
    qToLittleEndian(quint64(file.size() - ProjectHeaderSize), p + 16);
    qToLittleEndian(crc(p + ProjectHeaderSize, file.size() - ProjectHeaderSize), p + 24);
    qToLittleEndian(crc(p, 28), p + 28);
    return file;
}

/// Offset in `file` of the UTF-16 text `marker`, which must occur once.
qsizetype offsetOf(const QByteArray &file, const QString &marker)
{
    const QByteArray needle(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2);
    const qsizetype at = file.indexOf(needle);
    Q_ASSERT(at > 0 && file.indexOf(needle, at + 1) < 0);
    return at;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, while the peak memory of the process is still low.
    void forgedCounts_failWithBoundedMemory_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::addColumn<int>("delta"); // from the marker's offset to the forged field
        // A string's length is the 4 bytes before its characters.
        QTest::newRow("string length") << u"TITLEMARK"_s << -4;
        // The articles count follows the last info string and nextId.
        QTest::newRow("articles count") << u"NOTESMARK"_s << int(sizeof(u"NOTESMARK") - 2) + 4;
        // A list of labels: its count, then the first label's length.
        QTest::newRow("labels count") << u"LABELMARK"_s << -8;
    }

    void forgedCounts_failWithBoundedMemory()
    {
        QFETCH(QString, marker);
        QFETCH(int, delta);
        Project p = test::sampleProjectAt(1748822400000);
        p.info.title = u"TITLEMARK"_s;
        p.info.notes = u"NOTESMARK"_s;
        p.articles[1].meta.labels = QStringList{u"LABELMARK"_s, u"second"_s};
        const QByteArray file = encodeProject(p);
        const qsizetype field = offsetOf(file, marker) + delta;

        const long before = peakRssKiB();
        for (quint32 forged : {0x7fffffffu, 0xffffffffu, 0x10000000u, 5000000u}) {
            QByteArray bad = file;
            qToLittleEndian(forged, bad.data() + field);
            Project loaded;
            const ProjectError e = decodeProject(resealed(bad), loaded);
            QCOMPARE(e.code, Code::MalformedData);
            QVERIFY2(e.message.contains(u"is larger than the data that follows"_s), qPrintable(e.message));
            QVERIFY(loaded == Project{});
        }
        const long grownKiB = peakRssKiB() - before;
        QVERIFY2(grownKiB < 64 * 1024, qPrintable(u"peak memory grew by %1 KiB"_s.arg(grownKiB)));
    }

    void saveThenLoad_roundTrip()
    {
        const Project original = test::sampleProjectAt(1748822400000);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sample.crossread"_s);
        QVERIFY(saveProject(original, path).ok());
        Project loaded;
        const ProjectError e = loadProject(path, loaded);
        QVERIFY2(e.ok(), qPrintable(e.message));
        QVERIFY(loaded == original);
        // Spot checks of what is hardest to keep.
        QCOMPARE(loaded.articles[0].text, test::emojiText());
        QCOMPARE(loaded.articles[1].text, test::combiningText());
        QCOMPARE(loaded.articles[2].text, test::rightToLeftText());
        QCOMPARE(loaded.articles[3].text, test::formerCrlfText());
        QCOMPARE(loaded.claims[0].anchor.quote, u"😀 talks went well"_s);
        QCOMPARE(loaded.nextId, original.nextId);
    }

    void ids_surviveSaveAndLoad_andAreNeverReused()
    {
        Document doc;
        test::populateSample(doc);
        const ArticleId article = doc.project().articles.front().id;
        const ClaimId undone = doc.addClaim(article, 0, 8, {});
        doc.undoStack()->undo(); // the id was handed out; it must stay spent

        Project loaded;
        QVERIFY(decodeProject(encodeProject(doc.project()), loaded).ok());
        for (size_t i = 0; i < loaded.claims.size(); ++i)
            QCOMPARE(loaded.claims[i].id, doc.project().claims[i].id);
        Document reopened;
        reopened.resetProject(loaded);
        const ClaimId next = reopened.addClaim(article, 0, 8, {});
        QVERIFY(next != NoId);
        QVERIFY(next > undone);
    }

    void saveThenLoad_keepsPreviousVersion()
    {
        Project p = test::sampleProjectAt(1748822400000);
        p.articles[3].previousVersion = p.articles[0].id;
        Project loaded;
        QVERIFY(decodeProject(encodeProject(p), loaded).ok());
        QCOMPARE(loaded.articles[3].previousVersion, p.articles[0].id);
    }

    void saveThenLoad_keepsLayout_andForgetsPanesOfMissingArticles()
    {
        Project p = test::sampleProjectAt(1748822400000);
        p.layout = {{p.articles[2].id, NoId, p.articles[0].id}, {300, 200, 500}, true};
        Project loaded;
        QVERIFY(decodeProject(encodeProject(p), loaded).ok());
        QCOMPARE(loaded.layout, p.layout);

        p.layout.panes = {p.articles[1].id, 4242};
        QVERIFY(decodeProject(encodeProject(p), loaded).ok());
        QCOMPARE(loaded.layout.panes, (QList<ArticleId>{p.articles[1].id, NoId}));
    }

    void saveThenLoad_emptyProject()
    {
        Project loaded;
        loaded.info.title = u"not empty yet"_s;
        QVERIFY(decodeProject(encodeProject(Project{}), loaded).ok());
        QVERIFY(loaded == Project{});
    }

    void saveThenLoad_generatedProject()
    {
        const Project original = test::synthesizeProject({.articles = 40, .claims = 2000, .links = 1000, .seed = 7});
        QVERIFY(validateProject(original).ok());
        Project loaded;
        QVERIFY(decodeProject(encodeProject(original), loaded).ok());
        QVERIFY(loaded == original);
    }

    // Past 65,536 claims, the quotes and contexts are rebuilt by two threads,
    // each from half of the claims: the halves meet inside an article's run.
    void saveThenLoad_largeProject_restoresEveryAnchor()
    {
        const Project original = test::synthesizeProject({.articles = 61, .claims = 70000, .links = 500, .seed = 3});
        const size_t half = original.claims.size() / 2;
        QCOMPARE(original.claims[half - 1].article, original.claims[half].article);
        const QByteArray file = encodeProject(original);
        Project loaded;
        const ProjectError error = decodeProject(file, loaded);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(loaded.claims.size(), original.claims.size());
        for (size_t i : {size_t(0), half - 1, half, original.claims.size() - 1})
            QCOMPARE(loaded.claims[i].anchor, original.claims[i].anchor);
        QVERIFY(loaded == original);

        // Past 4 MB the checksum is computed beside the decoding: a damaged
        // file is still refused as damaged, and nothing is replaced.
        QVERIFY2(file.size() > (4 << 20), qPrintable(QString::number(file.size())));
        for (qsizetype at : {file.size() / 2, file.size() - 1}) {
            QByteArray damaged = file;
            damaged[at] = char(damaged[at] ^ 0x20);
            const ProjectError e = decodeProject(damaged, loaded);
            QCOMPARE(e.code, Code::ChecksumMismatch);
            QVERIFY(loaded == original);
        }
    }

    void loadProject_readsInPieces_andNamesDamageCutsAndExtras()
    {
        // A file is decoded as it is read, 256 KB at a time, its checksum
        // computed on the way: these bytes span many pieces.
        const Project original = test::synthesizeProject({.articles = 30, .claims = 12000, .links = 200, .seed = 5});
        const QByteArray file = encodeProject(original);
        QVERIFY2(file.size() > (1 << 20), qPrintable(QString::number(file.size())));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pieces.crossread"_s);
        const auto write = [&](const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(bytes), bytes.size());
        };
        write(file);
        Project loaded;
        QList<int> told;
        ProjectError e = loadProject(path, loaded, [&](int permille) { told << permille; });
        QVERIFY2(e.ok(), qPrintable(e.message));
        QVERIFY(loaded == original);
        // Progress: a step a piece read, never backwards, whole at the end.
        QVERIFY2(told.size() >= file.size() / (256 << 10), qPrintable(QString::number(told.size())));
        QVERIFY(std::is_sorted(told.begin(), told.end()));
        QVERIFY(told.first() > 0 && told.first() < 900);
        QCOMPARE(told.last(), 1000);

        // Saving tells its progress too: encoding, writing, syncing.
        told.clear();
        SaveOptions options;
        options.progress = [&](int permille) { told << permille; };
        const QString saved = dir.filePath(u"saved.crossread"_s);
        QVERIFY(saveProject(original, saved, options).ok());
        QVERIFY(told.size() >= 10);
        QVERIFY(std::is_sorted(told.begin(), told.end()));
        QVERIFY(told.first() < 500);
        QCOMPARE(told.last(), 1000);
        QVERIFY(loadProject(saved, loaded).ok());
        QVERIFY(loaded == original);

        // Damage anywhere is named as damage, even where it breaks the
        // decoding first (a count at the start), and nothing is replaced.
        for (qsizetype at :
             {qsizetype(ProjectHeaderSize), qsizetype(ProjectHeaderSize + 3), file.size() / 2, file.size() - 1}) {
            QByteArray damaged = file;
            damaged[at] = char(damaged[at] ^ 0x5a);
            write(damaged);
            e = loadProject(path, loaded);
            QVERIFY2(e.code == Code::ChecksumMismatch, qPrintable(u"%1: %2"_s.arg(at).arg(e.message)));
            QCOMPARE(e.message, u"checksum mismatch: the file is damaged"_s);
            QVERIFY(loaded == original);
        }
        // Cut short, or with bytes after the payload: named before decoding.
        write(file.first(file.size() - 1000));
        e = loadProject(path, loaded);
        QCOMPARE(e.code, Code::Truncated);
        QVERIFY2(e.message.contains(u"only"_s), qPrintable(e.message));
        write(file + QByteArray("extra"));
        e = loadProject(path, loaded);
        QCOMPARE(e.code, Code::TrailingData);
        QVERIFY2(e.message.contains(u"5 unexpected bytes"_s), qPrintable(e.message));
        write(file.first(ProjectHeaderSize - 4));
        e = loadProject(path, loaded);
        QCOMPARE(e.code, Code::Truncated);
        QVERIFY(loaded == original);
    }

    void save_overwritesAtomicallyAndReportsUnwritablePlaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.crossread"_s);
        QVERIFY(saveProject(test::sampleProjectAt(1748822400000), path).ok());
        Project smaller;
        smaller.info.title = u"second save"_s;
        QVERIFY(saveProject(smaller, path).ok());
        Project loaded;
        QVERIFY(loadProject(path, loaded).ok());
        QCOMPARE(loaded.info.title, u"second save"_s);

        const ProjectError e = saveProject(smaller, dir.filePath(u"no/such/folder/p.crossread"_s));
        QCOMPARE(e.code, Code::CannotWrite);
        QVERIFY(e.message.contains(u"no/such/folder"_s));
    }

    void load_truncatedAtEveryLength_failsCleanly()
    {
        const QByteArray file = encodeProject(test::sampleProjectAt(1748822400000));
        const Project untouched = test::sampleProjectAt(1748822400000);
        for (qsizetype length = 0; length < file.size(); ++length) {
            Project target = untouched;
            const ProjectError e = decodeProject(QByteArrayView(file).first(length), target);
            QVERIFY2(!e.ok(), qPrintable(u"truncated to %1 bytes was accepted"_s.arg(length)));
            QVERIFY(!e.message.isEmpty());
            if (length >= 8)
                QVERIFY2(e.code == Code::Truncated, qPrintable(u"%1: %2"_s.arg(length).arg(e.message)));
            QVERIFY(target == untouched);
        }
    }

    void load_everyFlippedByte_isDetected()
    {
        const QByteArray file = encodeProject(test::sampleProjectAt(1748822400000));
        for (qsizetype at = 0; at < file.size(); ++at) {
            for (char mask : {char(0x01), char(0x80), char(0xff)}) {
                QByteArray bad = file;
                bad[at] = char(bad[at] ^ mask);
                Project target;
                const ProjectError e = decodeProject(bad, target);
                QVERIFY2(!e.ok(), qPrintable(u"flipping byte %1 was not noticed"_s.arg(at)));
                QVERIFY(target == Project{});
            }
        }
    }

    void load_resealedCorruption_failsOrStaysValid()
    {
        // Checksums recomputed after each change: the decoder itself must
        // refuse the data, or produce a project that holds every invariant.
        const QByteArray file = encodeProject(test::sampleProjectAt(1748822400000));
        int refused = 0;
        for (qsizetype at = ProjectHeaderSize; at < file.size(); ++at) {
            for (char value : {char(0x00), char(0x7f), char(0xff)}) {
                if (file[at] == value)
                    continue;
                QByteArray bad = file;
                bad[at] = value;
                Project target;
                const ProjectError e = decodeProject(resealed(bad), target);
                if (e.ok())
                    QVERIFY(validateProject(target).ok());
                else
                    ++refused;
            }
        }
        QVERIFY(refused > 0);
    }

    void load_damagedHeaders_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QByteArray good = encodeProject(test::sampleProjectAt(1748822400000));

        QTest::newRow("empty") << QByteArray() << int(Code::NotAProject) << u"not a Crossread project"_s;
        QTest::newRow("text file") << QByteArray("Hello, this is plain text and not a project at all.")
                                   << int(Code::NotAProject) << u"signature"_s;
        QByteArray magic = good;
        magic[1] = 'X';
        QTest::newRow("wrong magic") << magic << int(Code::NotAProject) << u"not a Crossread project"_s;
        QByteArray crlf = good;
        crlf.replace(4, 2, "\n"); // what a text-mode transfer does to \r\n
        QTest::newRow("CRLF damage") << crlf << int(Code::NotAProject) << u"signature"_s;

        QByteArray newer = good;
        qToLittleEndian(quint32(3), newer.data() + 8);
        QTest::newRow("newer format") << resealed(newer) << int(Code::NewerFormat)
                                      << u"made by a newer Crossread (format 3); this version reads up to 1"_s;
        QByteArray kind = good;
        qToLittleEndian(quint16(9), kind.data() + 12);
        QTest::newRow("unknown archive kind") << resealed(kind) << int(Code::UnsupportedArchive) << u"archive kind 9"_s;
        QByteArray library = good;
        qToLittleEndian(quint16(999), library.data() + 14);
        QTest::newRow("newer boost archive")
            << resealed(library) << int(Code::UnsupportedArchive) << u"newer serialization library"_s;
        QByteArray version0 = good;
        qToLittleEndian(quint32(0), version0.data() + 8);
        QTest::newRow("format 0") << resealed(version0) << int(Code::HeaderDamaged) << u"header is damaged"_s;

        QByteArray header = good;
        header[9] = char(header[9] ^ 1);
        QTest::newRow("header byte flipped") << header << int(Code::HeaderDamaged) << u"header is damaged"_s;
        QByteArray payload = good;
        payload[good.size() / 2] = char(payload[good.size() / 2] ^ 0x20);
        QTest::newRow("payload byte flipped")
            << payload << int(Code::ChecksumMismatch) << u"checksum mismatch: the file is damaged"_s;
        QTest::newRow("trailing bytes") << good + QByteArray("junk") << int(Code::TrailingData)
                                        << u"4 unexpected bytes"_s;
        QTest::newRow("cut short") << good.first(good.size() - 10) << int(Code::Truncated) << u"truncated"_s;
        QByteArray garbage = good.first(ProjectHeaderSize) + QByteArray(good.size() - ProjectHeaderSize, '\xa5');
        QTest::newRow("garbage payload, resealed") << resealed(garbage) << int(Code::MalformedData) << u"malformed"_s;
    }

    void load_damagedHeaders()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, message);
        Project target = test::sampleProjectAt(1748822400000);
        const Project before = target;
        const ProjectError e = decodeProject(bytes, target);
        QCOMPARE(int(e.code), code);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY(target == before);
    }

    void load_inconsistentContent_isRefusedWithItsReason_data()
    {
        using Edit = std::function<void(Project &)>;
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("message");
        QTest::newRow("claim of missing article")
            << Edit([](Project &p) { p.claims[0].article = 999; }) << u"refers to article a999"_s;
        QTest::newRow("anchor past the end")
            << Edit([](Project &p) { p.claims[0].anchor.end = 100000; }) << u"not a valid span"_s;
        QTest::newRow("anchor splits a surrogate pair") << Edit([](Project &p) {
            Claim &c = p.claims[0]; // starts at an emoji
            c.anchor.start += 1;
            c.anchor.quote = p.articles[0].text.mid(c.anchor.start, c.anchor.length());
        }) << u"not a valid span"_s;
        QTest::newRow("duplicate id across tables")
            << Edit([](Project &p) { p.links[0].id = p.claims[0].id; }) << u"used by two objects"_s;
        QTest::newRow("unsorted table") << Edit([](Project &p) { std::swap(p.tags[0], p.tags[1]); })
                                        << u"out of order"_s;
        QTest::newRow("id zero") << Edit([](Project &p) { p.tags[0].id = 0; }) << u"no id"_s;
        QTest::newRow("next id too low") << Edit([](Project &p) { p.nextId = 2; }) << u"next free id"_s;
        QTest::newRow("previous version is newer")
            << Edit([](Project &p) { p.articles[0].previousVersion = p.articles[1].id; }) << u"previous version"_s;
        QTest::newRow("previous version missing")
            << Edit([](Project &p) { p.articles[1].previousVersion = 3; }) << u"previous version"_s;
        QTest::newRow("tag cycle") << Edit([](Project &p) { p.tags[0].parent = p.tags[2].id; })
                                   << u"its own ancestor"_s;
        QTest::newRow("missing parent tag")
            << Edit([](Project &p) { p.tags[2].parent = 4242; }) << u"not in the codebook"_s;
        // Found by fuzz_project: the walk up from tags[0] read past the codebook.
        QTest::newRow("missing grandparent tag") << Edit([](Project &p) {
            p.tags[0].parent = p.tags[1].id;
            p.tags[1].parent = 4242;
        }) << u"not in the codebook"_s;
        QTest::newRow("tag cycle above a tag") << Edit([](Project &p) {
            p.tags[0].parent = p.tags[1].id;
            p.tags[1].parent = p.tags[2].id;
            p.tags[2].parent = p.tags[1].id;
        }) << u"its own ancestor"_s;
        QTest::newRow("unknown tag on claim")
            << Edit([](Project &p) { p.claims[0].attributes.tags = {4242}; }) << u"not in the codebook"_s;
        QTest::newRow("unknown status") << Edit([](Project &p) {
            p.claims[0].attributes.status = VerificationStatus(77);
        }) << u"unknown kind, status"_s;
        QTest::newRow("link to missing claim")
            << Edit([](Project &p) { p.links[0].to = 4242; }) << u"refers to claim c4242"_s;
        QTest::newRow("link to itself") << Edit([](Project &p) { p.links[0].to = p.links[0].from; }) << u"to itself"_s;
        QTest::newRow("unknown relation")
            << Edit([](Project &p) { p.links[0].relation = Relation(200); }) << u"unknown relation"_s;
        QTest::newRow("claim in two propositions") << Edit([](Project &p) {
            Proposition copy = p.propositions[0];
            copy.id = p.nextId++;
            p.propositions.push_back(copy);
        }) << u"belongs to two propositions"_s;
    }

    void load_inconsistentContent_isRefusedWithItsReason()
    {
        QFETCH(std::function<void(Project &)>, edit);
        QFETCH(QString, message);
        Project bad = test::sampleProjectAt(1748822400000);
        edit(bad);
        Project target;
        const ProjectError e = decodeProject(encodeProject(bad), target);
        QCOMPARE(e.code, Code::InvalidContent);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY(target == Project{});
    }

    void validate_quoteThatDoesNotMatchItsText_isReported()
    {
        // Files store offsets only and loading rebuilds quotes from the text,
        // but a project in memory is checked against its text too.
        Project p = test::sampleProjectAt(1748822400000);
        p.claims[0].anchor.quote = u"something else entirely"_s;
        const ProjectError e = validateProject(p);
        QCOMPARE(e.code, Code::InvalidContent);
        QVERIFY2(e.message.contains(u"quotes text that its article does not have"_s), qPrintable(e.message));
    }

    void load_rebuildsQuoteAndContextFromText()
    {
        Project p = test::sampleProjectAt(1748822400000);
        for (Claim &c : p.claims)
            c.anchor.quote = QString(); // not stored in files
        Project loaded;
        QVERIFY(decodeProject(encodeProject(p), loaded).ok());
        QVERIFY(loaded == test::sampleProjectAt(1748822400000));
        QCOMPARE(loaded.claims[1].anchor.quote, u"met for 90 minutes 👍🏽"_s);
        const Article &article = *std::find_if(loaded.articles.begin(), loaded.articles.end(),
                                               [&](const Article &a) { return a.id == loaded.claims[1].article; });
        QCOMPARE(anchorSuffix(article.text, loaded.claims[1].anchor), u" and agreed on a swap."_s);
    }

    void load_pathsThatAreNotFiles()
    {
        QTemporaryDir dir;
        Project target;
        ProjectError e = loadProject(dir.path(), target);
        QCOMPARE(e.code, Code::CannotRead);
        QVERIFY(e.message.contains(u"folder"_s));
        e = loadProject(dir.filePath(u"missing.crossread"_s), target);
        QCOMPARE(e.code, Code::CannotRead);
        QVERIFY(e.message.contains(u"does not exist"_s));
        QFile empty(dir.filePath(u"empty.crossread"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(loadProject(empty.fileName(), target).code, Code::NotAProject);
    }

    void goldenFormat1_stillLoads()
    {
        // Written by format 1 (Crossread 0.1, Boost 1.74). Never regenerate
        // it: it proves that later versions read what this one wrote.
        Project p;
        const ProjectError e = loadProject(test::testDataDir() + u"/format1.crossread"_s, p);
        QVERIFY2(e.ok(), qPrintable(e.message));
        QCOMPARE(p.info.title, u"Sample 🧪"_s);
        QCOMPARE(p.info.notes, u"Notes\nwith two lines"_s);
        QCOMPARE(p.articles.size(), size_t(4));
        QCOMPARE(p.tags.size(), size_t(3));
        QCOMPARE(p.claims.size(), size_t(4));
        QCOMPARE(p.links.size(), size_t(3));
        // Format 1 kept propositions as the user made them; loading regroups
        // them by their links: "Talks went well" (c1–c3 same) keeps its
        // label, and the c2–c4 "differs" link makes a new one, id 16.
        QCOMPARE(p.propositions.size(), size_t(2));
        QCOMPARE(p.propositions[1].id, Id(16));
        QVERIFY(p.propositions[1].label.isEmpty());
        QCOMPARE(p.propositions[1].claims, (QList<ClaimId>{p.claims[1].id, p.claims[3].id}));
        QCOMPARE(p.nextId, Id(17));

        const Article &a = p.articles[0];
        QCOMPARE(a.id, Id(1));
        QCOMPARE(a.meta.title, u"Talks in Istanbul 🤝"_s);
        QCOMPARE(a.meta.published, QDate(2025, 6, 2));
        QCOMPARE(a.meta.labels, (QStringList{u"centre"_s, u"print"_s}));
        QVERIFY(a.meta.isInferred(ArticleField::Date));
        QVERIFY(!a.meta.isInferred(ArticleField::Outlet));
        QCOMPARE(
            a.text,
            u"Officials said 😀 talks went well.\nThe delegation 🇺🇦 met for 90 minutes 👍🏽 and agreed on a swap."_s);
        QCOMPARE(a.provenance.sha256, QByteArray(32, '\x5a'));
        QCOMPARE(a.provenance.importedAtMs, qint64(1748800000000));
        QCOMPARE(p.articles[2].text, u"قال المتحدث إن المحادثات كانت مثمرة.\nوأضاف: «سنلتقي مجددا في 2 يونيو»."_s);

        QCOMPARE(p.tags[2].name, u"Meeting"_s);
        QCOMPARE(p.tags[2].parent, p.tags[0].id);
        QCOMPARE(p.tags[0].color, QRgb(0xff3366cc));

        const Claim &c = p.claims[0];
        QCOMPARE(c.anchor.start, 15);
        QCOMPARE(c.anchor.end, 33);
        QCOMPARE(c.anchor.quote, u"😀 talks went well"_s);
        QCOMPARE(c.attributes.kind, ClaimKind::Fact);
        QCOMPARE(c.attributes.status, VerificationStatus::Supported);
        QCOMPARE(c.attributes.confidence, Confidence::High);
        QCOMPARE(c.attributes.note, u"📝 note"_s);
        QCOMPARE(c.author, u"Zoë"_s);
        QCOMPARE(c.createdMs, qint64(1748822400000));
        QCOMPARE(p.links[1].relation, Relation::Differs);
        QCOMPARE(p.propositions[0].label, u"Talks went well"_s);
        QCOMPARE(p.propositions[0].claims, (QList<ClaimId>{c.id, p.claims[2].id}));
    }

    // Writes the golden file of the current format. Run by hand only, once
    // per new format:
    //   CROSSREAD_WRITE_GOLDEN=tests/data/format2.crossread tst_projectfile writeGolden
    void writeGolden()
    {
        const QString path = qEnvironmentVariable("CROSSREAD_WRITE_GOLDEN");
        if (path.isEmpty())
            QSKIP("writes a golden file only when CROSSREAD_WRITE_GOLDEN names one");
        QVERIFY(saveProject(test::sampleProjectAt(1748822400000), path).ok());
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
