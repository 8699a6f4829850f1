// A catalogue of bad inputs, one row each, run through the real `crossread`
// binary as a child process: opening a project (`crossread check FILE`),
// importing an article into a project (`crossread import PROJECT FILE`) and
// importing a REFI-QDA file (`crossread import-qdpx FILE -o PROJECT`).
//
// Every row proves four things:
//  1. a clear error that names the problem (the row's pattern, matched
//     against what the program printed), with the row's exit code;
//  2. no crash (the child exits; it is not killed by a signal) and no
//     endless read (it ends within kTimeoutSeconds);
//  3. bounded memory: the child's own peak RSS (wait4, ru_maxrss) stays under
//     kMaxRssMB (not asserted in sanitizer builds, whose shadow memory counts);
//  4. nothing changed: the project given to `import` is byte for byte what it
//     was, `import-qdpx` that fails writes no project, and no file appears
//     outside the row's own folder (path traversal).
//
// The rows (entry point: input → expected message):
//  open:  empty file, garbage bytes, truncated in the header, truncated
//         payload, trailing data, damaged header checksum, flipped payload
//         byte, newer format, unknown archive kind, forged payload length
//         (2^62), forged string length, forged list count, forged byte length,
//         forged article count, a forged count that fits but whose data end,
//         sparse 1 GB of zeros, sparse 1 GB with a valid header, a folder, an
//         unreadable file, a symlink loop, a dangling symlink, a FIFO,
//         /dev/zero, a missing file, a .qdpx named .crossread
//  import: empty file, NUL bytes, binary junk, invalid UTF-8 (with a BOM),
//         sparse 1 GB file, /dev/zero, a FIFO, a folder, an unreadable file, a
//         symlink loop, a PDF without text, a password-protected PDF, a
//         damaged PDF, text named .pdf, a PNG named .txt, .doc, a DOCX that is
//         not a zip, a DOCX without word/document.xml, a DOCX zip bomb, a DOCX
//         whose zip lies about its sizes, a DOCX with billion laughs, a DOCX
//         with an external entity (XXE), deeply nested HTML
//  import-qdpx: empty file, not a zip, a zip without project.qde, garbage
//         XML, invalid UTF-8 in project.qde, a project.qde zip bomb, a source
//         zip bomb, billion laughs, an external entity (XXE), path traversal
//         (../ and absolute entry names), a folder, an unreadable file, a FIFO,
//         /dev/zero, a symlink loop

#include <models/projectfile.h>
#include <support/samplefiles.h>
#include <support/sampleproject.h>
#include <support/testpaths.h>

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <zlib.h>

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

/// The bound on the peak resident memory of one run on a bad input.
constexpr long kMaxRssMB = 200;
constexpr int kTimeoutSeconds = 30;
constexpr qint64 kGigabyte = qint64(1) << 30;
/// The uid an unreadable file is tried as when the tests run as root.
constexpr uid_t kNobody = 65534;

enum Entry { Open, Import, ImportQdpx };
enum Flag { NoFlag = 0, AsNobody = 1 };

QString entryName(int entry)
{
    switch (entry) {
    case Open:
        return u"check"_s;
    case Import:
        return u"import"_s;
    default:
        return u"import-qdpx"_s;
    }
}

quint32 crc32Of(QByteArrayView bytes)
{
    return quint32(crc32_z(0, reinterpret_cast<const Bytef *>(bytes.data()), size_t(bytes.size())));
}

/// `file` with the payload checksum and the header checksum computed anew,
/// so that the decoder gets past them to what was forged.
QByteArray resealed(QByteArray file, bool payloadToo = true)
{
    char *p = file.data();
    if (payloadToo)
        qToLittleEndian(crc32Of(QByteArrayView(file).sliced(ProjectHeaderSize)), p + 24);
    qToLittleEndian(crc32Of(QByteArrayView(file).first(28)), p + 28);
    return file;
}

/// The 4 bytes `back` bytes before the first `marker` in the payload of
/// `file`, which must hold `expected`, replaced by `value`; resealed.
QByteArray forged(QByteArray file, const QByteArray &marker, int back, quint32 expected, quint32 value)
{
    const qsizetype at = file.indexOf(marker, ProjectHeaderSize);
    if (at < ProjectHeaderSize + back || qFromLittleEndian<quint32>(file.constData() + at - back) != expected)
        qFatal("tst_badinputs: the layout of the project file is not what the forgery expects");
    qToLittleEndian(value, file.data() + at - back);
    return resealed(file);
}

QByteArray utf16(const QString &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
}

/// A zip archive of `entries` (name, data); an entry of null data is
/// `bombSize` zero bytes written in pieces.
QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &entries, qint64 bombSize = 0)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("tst_badinputs: cannot create a zip");
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            qFatal("tst_badinputs: cannot add a zip entry");
        if (data.isNull()) {
            const QByteArray zeros(1 << 20, ' ');
            for (qint64 done = 0; done < bombSize; done += zeros.size())
                file.write(zeros);
        } else {
            file.write(data);
        }
        file.close();
    }
    zip.close();
    return buffer.data();
}

/// A zip whose entry `name` holds `actual` bytes of spaces but whose headers
/// say it holds `claimed` bytes (with a wrong CRC): a bomb that lies.
QByteArray lyingZip(const QString &name, qint64 actual, qint64 claimed)
{
    // Raw deflate of the spaces, written as is with the sizes claimed.
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("tst_badinputs: deflateInit2");
    QByteArray spaces(1 << 20, ' ');
    QByteArray compressed;
    QByteArray out(1 << 16, '\0');
    for (qint64 done = 0; done < actual;) {
        done += spaces.size();
        const int flush = done >= actual ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef *>(spaces.data());
        z.avail_in = uInt(spaces.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            deflate(&z, flush);
            compressed.append(out.constData(), out.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);

    QBuffer buffer;
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    info.uncompressedSize = ulong(claimed);
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0x12345678, Z_DEFLATED, 9, true))
        qFatal("tst_badinputs: cannot add a raw zip entry");
    file.write(compressed);
    file.close();
    zip.close();
    return buffer.data();
}

QByteArray docxOf(const QByteArray &documentXml)
{
    return zipOf(
        {{u"[Content_Types].xml"_s, "<?xml version=\"1.0\"?><Types/>"_ba}, {u"word/document.xml"_s, documentXml}});
}

/// A one-page PDF with a rectangle and no text, like a scan.
QByteArray pdfWithoutText()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawRect(100, 100, 2000, 1000);
    }
    return buffer.data();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, '\0');
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

/// Every path under `dir`, recursively, but `except` and below.
QStringList listing(const QString &dir, const QString &except)
{
    QStringList paths;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path != except && !path.startsWith(except + u'/'))
            paths << path;
    }
    paths.sort();
    return paths;
}

struct Run
{
    bool timedOut = false;
    bool started = true; ///< false when exec failed (exit 127) or privileges could not be dropped (126)
    int exitCode = -1;
    int signal = 0;
    long maxRssKB = 0;
    QString output;
};

/// Runs `binary` with `arguments` in `workDir` (fork, exec, wait4), its
/// stdout and stderr into `logPath`; as uid kNobody when `asNobody` and we are
/// root. Killed after kTimeoutSeconds.
Run runChild(const QString &binary, const QStringList &arguments, const QString &workDir, const QString &logPath,
             const QString &home, bool asNobody)
{
    // Everything the child needs is made before fork: after it, only
    // async-signal-safe calls.
    std::vector<std::string> argStrings{binary.toStdString()};
    for (const QString &a : arguments)
        argStrings.push_back(a.toStdString());
    std::vector<char *> argv;
    for (std::string &s : argStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    std::vector<std::string> envStrings;
    for (char **e = environ; *e; ++e) {
        const std::string s(*e);
        if (!s.starts_with("HOME=") && !s.starts_with("XDG_CONFIG_HOME=") && !s.starts_with("QT_QPA_PLATFORM="))
            envStrings.push_back(s);
    }
    envStrings.push_back("HOME=" + home.toStdString());
    envStrings.push_back("XDG_CONFIG_HOME=" + home.toStdString() + "/.config");
    envStrings.push_back("QT_QPA_PLATFORM=offscreen");
    std::vector<char *> envp;
    for (std::string &s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    const std::string dir = workDir.toStdString(), log = logPath.toStdString();
    const bool drop = asNobody && geteuid() == 0;

    const pid_t pid = fork();
    if (pid < 0)
        qFatal("tst_badinputs: fork failed");
    if (pid == 0) {
        const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int in = ::open("/dev/null", O_RDONLY);
        if (out < 0 || in < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(out, 2) < 0 || chdir(dir.c_str()) != 0)
            _exit(126);
#ifndef CROSSREAD_SANITIZED
        // A guard for the machine, far above the bound asserted: a runaway
        // allocation fails here instead of swapping.
        const rlimit limit{rlim_t(8) << 30, rlim_t(8) << 30};
        setrlimit(RLIMIT_AS, &limit);
#endif
        if (drop && (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0))
            _exit(126);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }

    Run run;
    int status = 0;
    rusage usage{};
    QElapsedTimer timer;
    timer.start();
    pid_t done = 0;
    while ((done = wait4(pid, &status, WNOHANG, &usage)) == 0) {
        if (timer.elapsed() > kTimeoutSeconds * 1000) {
            run.timedOut = true;
            kill(pid, SIGKILL);
            done = wait4(pid, &status, 0, &usage);
            break;
        }
        QTest::qSleep(10);
    }
    if (done != pid)
        qFatal("tst_badinputs: wait4 failed");
    run.maxRssKB = usage.ru_maxrss;
    if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);
    else if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    run.started = !(run.exitCode == 126 || run.exitCode == 127);
    QFile file(QString::fromStdString(log));
    if (file.open(QIODevice::ReadOnly))
        run.output = QString::fromUtf8(file.readAll());
    return run;
}

} // namespace

class TestBadInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Readable by kNobody, whom the unreadable rows run as under root.
        QVERIFY(QFile::setPermissions(m_dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(QDir(m_dir.path()).mkpath(u"rows"_s));
        QVERIFY(QDir(m_dir.path()).mkpath(u"home/.config"_s));
        m_token = QString::number(QRandomGenerator::global()->generate64(), 36);

        Project project = test::sampleProjectAt(1'750'000'000'000);
        project.info.title = u"FORGE-TITLE-MARK"_s;
        project.nextId = 0x13572468;
        project.assist.loadedTerms = QStringList{u"FORGE-TERM-MARK"_s};
        project.articles.front().provenance.sha256 = QByteArray(32, 'Q');
        m_projectBytes = encodeProject(project);
        {
            Project check;
            const ProjectError e = decodeProject(m_projectBytes, check);
            QVERIFY2(e.ok(), qPrintable(e.message));
        }
        m_articleCount = quint32(project.articles.size());
        m_secret = u"SECRET-"_s + m_token;
        test::writeFile(QDir(m_dir.path()), u"secret.txt"_s, m_secret.toUtf8());
    }

    void cleanupTestCase()
    {
        qInfo("peak RSS, the most of any row: %ld MB (row \"%s\"); the bound is %ld MB", m_maxRssKB / 1024,
              qPrintable(m_maxRssRow), kMaxRssMB);
    }

    void badInput_clearErrorNoCrashBoundedNothingChanged_data()
    {
        QTest::addColumn<int>("entry");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // a regular expression
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("flags");

        const QByteArray good = m_projectBytes;
        const auto header = [&](int offset, auto value) {
            QByteArray bytes = good;
            qToLittleEndian(value, bytes.data() + offset);
            return resealed(bytes, false);
        };
        const QString secretPath = m_dir.filePath(u"secret.txt"_s);

        // ---- Opening a project: crossread check FILE.
        row(Open, "empty project", file(u"empty.crossread"_s, ""), u"the file is empty"_s);
        row(Open, "garbage project", file(u"garbage.crossread"_s, randomBytes(4096, 1)), u"not a Crossread project"_s);
        row(Open, "truncated in header", file(u"short.crossread"_s, good.first(20)),
            u"truncated: the file ends inside its header"_s);
        row(Open, "truncated payload", file(u"cut.crossread"_s, good.first(good.size() - 100)),
            u"truncated: the project data should be \\d+ bytes long, but only \\d+ are there"_s);
        row(Open, "trailing data", file(u"long.crossread"_s, good + "more"), u"4 unexpected bytes follow"_s);
        {
            QByteArray bytes = good;
            bytes[9] = char(bytes[9] ^ 1);
            row(Open, "damaged header", file(u"header.crossread"_s, bytes), u"header is damaged"_s);
        }
        {
            QByteArray bytes = good;
            bytes[good.size() - 7] = char(bytes[good.size() - 7] ^ 0x10);
            row(Open, "flipped payload byte", file(u"flipped.crossread"_s, bytes),
                u"checksum mismatch: the file is damaged"_s);
        }
        row(Open, "newer format", file(u"newer.crossread"_s, header(8, quint32(9))),
            u"made by a newer Crossread \\(format 9\\); this version reads up to 1"_s);
        row(Open, "unknown archive kind", file(u"kind.crossread"_s, header(12, quint16(7))), u"archive kind 7"_s);
        row(Open, "forged payload length", file(u"length.crossread"_s, header(16, quint64(1) << 62)),
            u"truncated: the project data should be 4611686018427387904 bytes long"_s);
        row(Open, "forged string length",
            file(u"string.crossread"_s, forged(good, utf16(u"FORGE-TITLE-MARK"_s), 4, 16, 0x7fffffff)),
            u"malformed: a count of characters \\(2147483647\\) is larger than the data that follows"_s);
        row(Open, "forged list count",
            file(u"list.crossread"_s, forged(good, utf16(u"FORGE-TERM-MARK"_s), 8, 1, 0xffffffff)),
            u"malformed: a count of strings \\(4294967295\\) is larger than the data that follows"_s);
        row(Open, "forged byte length",
            file(u"bytes.crossread"_s, forged(good, QByteArray(32, 'Q'), 4, 32, 0x7ffffff0)),
            u"malformed: a count of bytes \\(2147483632\\) is larger than the data that follows"_s);
        {
            QByteArray nextId(4, '\0');
            qToLittleEndian(quint32(0x13572468), nextId.data());
            row(Open, "forged article count",
                file(u"articles.crossread"_s, forged(good, nextId, -4, m_articleCount, 0x40000000)),
                u"malformed: a count of articles \\(1073741824\\) is larger than the data that follows"_s);
            // A count small enough to pass the check: the decoder runs out of data.
            row(Open, "forged count that fits",
                file(u"fits.crossread"_s, forged(good, nextId, -4, m_articleCount, quint32(good.size() / 64))),
                u"malformed: (the data ends early|.*larger than the data that follows)"_s);
        }
        row(Open, "sparse 1 GB of zeros", sparse(u"zeros.crossread"_s, {}), u"not a Crossread project"_s);
        {
            QByteArray head = good.first(ProjectHeaderSize);
            qToLittleEndian(quint64(kGigabyte - ProjectHeaderSize), head.data() + 16);
            qToLittleEndian(quint32(0xdeadbeef), head.data() + 24);
            row(Open, "sparse 1 GB with a valid header", sparse(u"huge.crossread"_s, resealed(head, false)),
                u"checksum mismatch: the file is damaged"_s);
        }
        row(Open, "folder as project", folder(u"folder.crossread"_s), u"is a folder, not a project file"_s);
        row(Open, "unreadable project", unreadable(u"locked.crossread"_s, good), u"Permission denied"_s, 1, AsNobody);
        row(Open, "symlink loop as project", symlinkLoop(u"loop.crossread"_s), u"loop of symbolic links"_s);
        row(Open, "dangling symlink as project", symlink(u"dangling.crossread"_s, m_dir.filePath(u"nowhere"_s)),
            u"link to a file that does not exist"_s);
        row(Open, "FIFO as project", fifo(u"fifo.crossread"_s), u"not a regular file \\(a device, pipe or socket\\)"_s);
        row(Open, "/dev/zero as project", u"/dev/zero"_s, u"not a regular file \\(a device, pipe or socket\\)"_s);
        row(Open, "missing project", m_dir.filePath(u"rows/missing.crossread"_s), u"does not exist"_s);
        row(Open, "qdpx named .crossread",
            file(u"zip.crossread"_s, zipOf({{u"project.qde"_s, test::foreignQde(0, 3)}})),
            u"not a Crossread project"_s);

        // ---- Importing an article: crossread import PROJECT FILE.
        row(Import, "empty article", file(u"empty.txt"_s, ""), u"the file is empty"_s);
        row(Import, "NUL bytes", file(u"nul.txt"_s, "Talks end early.\n"_ba + QByteArray(16, '\0') + "In Istanbul.\n"),
            u"not a text file: it contains NUL bytes"_s);
        row(Import, "binary junk", file(u"junk.txt"_s, randomBytes(65536, 2)), u"not a text file: it contains"_s);
        row(Import, "invalid UTF-8 after a BOM",
            file(u"invalid.txt"_s, "\xEF\xBB\xBFTalks \xC3\x28 end \xFF\xFE early"_ba),
            u"starts with a UTF-8 byte order mark but is not valid UTF-8"_s);
        row(Import, "sparse 1 GB article", sparse(u"huge.txt"_s, "Talks end early"),
            u"the file is 1024 MB; the limit is 50 MB"_s);
        row(Import, "/dev/zero as article", u"/dev/zero"_s, u"not a regular file \\(a device, pipe or socket\\)"_s);
        row(Import, "FIFO as article", fifo(u"fifo.txt"_s), u"not a regular file \\(a device, pipe or socket\\)"_s);
        row(Import, "folder as article", folder(u"folder.txt"_s), u"it is a folder, not a file"_s);
        row(Import, "unreadable article", unreadable(u"locked.txt"_s, "Talks end early."),
            u"cannot be read: Permission denied"_s, 1, AsNobody);
        row(Import, "symlink loop as article", symlinkLoop(u"loop.txt"_s), u"loop of symbolic links"_s);
        row(Import, "PDF without text", file(u"scan.pdf"_s, pdfWithoutText()), u"the PDF has no text to import.*OCR"_s);
        {
            QFile pdf(test::testDataDir() + u"/password.pdf"_s);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            row(Import, "PDF with a password", file(u"password.pdf"_s, pdf.readAll()), u"password"_s);
        }
        row(Import, "damaged PDF", file(u"cut.pdf"_s, pdfWithoutText().first(60)), u"the PDF is damaged"_s);
        row(Import, "text named .pdf", file(u"text.pdf"_s, "Talks end early."), u"named .pdf but is not a PDF"_s);
        row(Import, "PNG named .txt", file(u"image.txt"_s, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"_ba),
            u"this is a PNG image, not an article"_s);
        row(Import, ".doc", file(u"old.doc"_s, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"_ba),
            u"\\.doc files are not supported"_s);
        row(Import, "DOCX not a zip", file(u"fake.docx"_s, "Talks end early."),
            u"named .docx but is not a Word document"_s);
        row(Import, "DOCX without document.xml",
            file(u"empty.docx"_s, zipOf({{u"[Content_Types].xml"_s, "<?xml version=\"1.0\"?><Types/>"_ba}})),
            u"not a Word document \\(no word/document.xml\\)"_s);
        row(Import, "DOCX zip bomb", file(u"bomb.docx"_s, zipOf({{u"word/document.xml"_s, QByteArray()}}, 256 << 20)),
            u"the Word document's text unpacks to more than 50 MB"_s);
        row(Import, "DOCX zip lying about its size",
            file(u"liar.docx"_s, lyingZip(u"word/document.xml"_s, 256 << 20, 1000)), u"the Word document is damaged"_s);
        row(Import, "DOCX billion laughs",
            file(u"laughs.docx"_s, docxOf(test::wordDocumentWithDtd(test::billionLaughsDtd("w:document"), "&lol9;"))),
            u"document type declaration"_s);
        row(Import, "DOCX external entity",
            file(
                u"xxe.docx"_s,
                docxOf(test::wordDocumentWithDtd(test::externalEntityDtd("w:document", secretPath.toUtf8()), "&xxe;"))),
            u"document type declaration"_s);
        {
            constexpr int depth = 200'000;
            QByteArray html = "<!DOCTYPE html><html><body>";
            html += QByteArray("<div>").repeated(depth) + "Talks end early." + QByteArray("</div>").repeated(depth);
            row(Import, "deeply nested HTML", file(u"deep.html"_s, html + "</body></html>"), u"nested too deeply"_s);
        }

        // ---- Importing a REFI-QDA file: crossread import-qdpx FILE -o PROJECT.
        row(ImportQdpx, "empty qdpx", file(u"empty.qdpx"_s, ""), u"is empty"_s);
        row(ImportQdpx, "qdpx not a zip", file(u"text.qdpx"_s, "Talks end early."),
            u"not a \\.qdpx file \\(not a zip archive\\)"_s);
        row(ImportQdpx, "qdpx without project.qde", file(u"noqde.qdpx"_s, zipOf({{u"Sources/a.txt"_s, "text"_ba}})),
            u"has no project.qde: not a REFI-QDA project"_s);
        row(ImportQdpx, "qdpx garbage XML", file(u"garbage.qdpx"_s, zipOf({{u"project.qde"_s, randomBytes(4096, 3)}})),
            u"project.qde is not well-formed XML"_s);
        row(ImportQdpx, "qdpx invalid UTF-8",
            file(u"utf8.qdpx"_s, zipOf({{u"project.qde"_s, test::qdeWithDtd({}, "caf\xC3\x28 \xFF")}})),
            u"project.qde is not well-formed XML.*(encod|UTF-8)"_s);
        row(ImportQdpx, "qdpx project.qde zip bomb",
            file(u"bomb.qdpx"_s, zipOf({{u"project.qde"_s, QByteArray()}}, qint64(1) << 30)),
            u"project.qde in .* unpacks to more than 64 MB"_s);
        row(ImportQdpx, "qdpx source zip bomb",
            file(u"sourcebomb.qdpx"_s,
                 zipOf({{u"project.qde"_s, test::qdeWithSourcePath("bomb.txt")}, {u"Sources/bomb.txt"_s, QByteArray()}},
                       qint64(1) << 30)),
            u"Sources/bomb.txt in .* unpacks to more than 64 MB"_s);
        row(ImportQdpx, "qdpx billion laughs",
            file(u"laughs.qdpx"_s,
                 zipOf({{u"project.qde"_s, test::qdeWithDtd(test::billionLaughsDtd("Project"), "&lol9;")}})),
            u"document type declaration"_s);
        row(ImportQdpx, "qdpx external entity",
            file(u"xxe.qdpx"_s,
                 zipOf({{u"project.qde"_s,
                         test::qdeWithDtd(test::externalEntityDtd("Project", secretPath.toUtf8()), "&xxe;")}})),
            u"document type declaration"_s);
        {
            const QString escape = u"escape-"_s + m_token + u".txt"_s;
            const QByteArray relative = "../../../" + escape.toUtf8();
            row(ImportQdpx, "qdpx path traversal",
                file(u"traversal.qdpx"_s,
                     zipOf({{u"project.qde"_s, test::qdeWithSourcePath(relative)},
                            {u"Sources/"_s + QString::fromUtf8(relative), "escaped"_ba},
                            {u"../"_s + escape, "escaped"_ba},
                            {u"/tmp/crossread-"_s + escape, "escaped"_ba}})),
                u"left out: source “Escape”: its path .* leads outside the archive's Sources folder"_s, 0);
        }
        row(ImportQdpx, "folder as qdpx", folder(u"folder.qdpx"_s), u"is a folder"_s);
        row(ImportQdpx, "unreadable qdpx",
            unreadable(u"locked.qdpx"_s, zipOf({{u"project.qde"_s, test::foreignQde(0, 3)}})), u"Permission denied"_s,
            1, AsNobody);
        row(ImportQdpx, "FIFO as qdpx", fifo(u"fifo.qdpx"_s), u"not a regular file \\(a device, pipe or socket\\)"_s);
        row(ImportQdpx, "/dev/zero as qdpx", u"/dev/zero"_s, u"not a regular file \\(a device, pipe or socket\\)"_s);
        row(ImportQdpx, "symlink loop as qdpx", symlinkLoop(u"loop.qdpx"_s), u"loop of symbolic links"_s);
    }

    void badInput_clearErrorNoCrashBoundedNothingChanged()
    {
        QFETCH(int, entry);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(int, exitCode);
        QFETCH(int, flags);

        const QString name = QString::fromUtf8(QTest::currentDataTag());
        QString tag = name;
        tag.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s);
        const QString rowDir = m_dir.filePath(u"rows/run-"_s + tag);
        QVERIFY(QDir().mkpath(rowDir));
        const QString project = rowDir + u"/project.crossread"_s;
        QStringList arguments{entryName(entry)};
        if (entry == Open) {
            arguments << input;
        } else if (entry == Import) {
            test::writeFile(QDir(rowDir), u"project.crossread"_s, m_projectBytes);
            arguments << project << input;
        } else {
            arguments << input << u"-o"_s << project;
        }

        const QStringList before = listing(m_dir.path(), rowDir);
        const QStringList escapes{m_dir.filePath(u"escape-"_s + m_token + u".txt"_s),
                                  QDir::tempPath() + u"/escape-"_s + m_token + u".txt"_s,
                                  QDir::tempPath() + u"/crossread-escape-"_s + m_token + u".txt"_s,
                                  QDir::rootPath() + u"escape-"_s + m_token + u".txt"_s};
        const Run run = runChild(QString::fromUtf8(CROSSREAD_BINARY), arguments, rowDir, rowDir + u"/output.log"_s,
                                 m_dir.filePath(u"home"_s), flags & AsNobody);
        if (!run.started && (flags & AsNobody))
            QSKIP(qPrintable(u"the binary cannot be run as uid %1 (to show that an unreadable file is refused "
                             "even to root): %2"_s.arg(kNobody)
                                 .arg(run.output)));
        QVERIFY2(run.started, qPrintable(u"crossread did not start: "_s + run.output));
        if (run.maxRssKB > m_maxRssKB) {
            m_maxRssKB = run.maxRssKB;
            m_maxRssRow = name;
        }
        const QString said = u"\n  crossread "_s + arguments.join(u' ') + u"\n  said: "_s + run.output;

        // 2. No crash, no endless read.
        QVERIFY2(!run.timedOut,
                 qPrintable(u"still running after %1 s (reading forever?)"_s.arg(kTimeoutSeconds) + said));
        QVERIFY2(run.signal == 0, qPrintable(u"killed by signal %1"_s.arg(run.signal) + said));
        // 1. A clear error naming the problem.
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(u"exit code %1, expected %2"_s.arg(run.exitCode).arg(exitCode) + said));
        const QRegularExpression pattern(expected, QRegularExpression::DotMatchesEverythingOption);
        QVERIFY2(pattern.isValid(), qPrintable(pattern.errorString()));
        QVERIFY2(pattern.match(run.output).hasMatch(),
                 qPrintable(u"no \""_s + expected + u"\" in what it said"_s + said));
        QVERIFY2(!run.output.contains(m_secret), qPrintable(u"the content of a local file leaked"_s + said));
        // 3. Bounded memory.
#ifndef CROSSREAD_SANITIZED
        QVERIFY2(run.maxRssKB < kMaxRssMB * 1024,
                 qPrintable(u"peak RSS %1 MB, the bound is %2 MB"_s.arg(run.maxRssKB / 1024).arg(kMaxRssMB) + said));
#endif
        // 4. Nothing changed, nothing written outside the row's folder.
        if (entry == Import) {
            QFile file(project);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.readAll() == m_projectBytes, qPrintable(u"the project was changed"_s + said));
        } else if (entry == ImportQdpx && exitCode != 0) {
            QVERIFY2(!QFile::exists(project), qPrintable(u"a project was written"_s + said));
        } else if (entry == ImportQdpx) {
            QFile file(project);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(utf16(m_secret)) && !bytes.contains(m_secret.toUtf8()));
            QVERIFY2(!bytes.contains(utf16(u"escaped"_s)), "text from an entry outside Sources/ was imported");
        }
        QCOMPARE(listing(m_dir.path(), rowDir), before);
        for (const QString &path : escapes)
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path + u" was written"_s));
    }

private:
    void row(int entry, const char *name, const QString &input, const QString &expected, int exitCode = 1,
             int flags = NoFlag)
    {
        QTest::newRow((entryName(entry) + u": "_s + QString::fromUtf8(name)).toUtf8().constData())
            << entry << input << expected << exitCode << flags;
    }

    QString inputPath(const QString &name) const
    {
        return m_dir.filePath(u"rows/"_s + name);
    }

    QString file(const QString &name, const QByteArray &bytes) const
    {
        return test::writeFile(QDir(m_dir.filePath(u"rows"_s)), name, bytes);
    }

    /// A sparse file of 1 GB that starts with `head`.
    QString sparse(const QString &name, const QByteArray &head) const
    {
        const QString path = file(name, head);
        QFile sparseFile(path);
        if (!sparseFile.resize(kGigabyte))
            qFatal("tst_badinputs: cannot make a sparse file");
        return path;
    }

    QString folder(const QString &name) const
    {
        QDir().mkpath(inputPath(name));
        return inputPath(name);
    }

    /// A file nobody but root may read; the row runs as kNobody under root.
    QString unreadable(const QString &name, const QByteArray &bytes) const
    {
        const QString path = file(name, bytes);
        QFile::setPermissions(path, {});
        return path;
    }

    QString symlink(const QString &name, const QString &target) const
    {
        QFile::link(target, inputPath(name));
        return inputPath(name);
    }

    /// `name` → `name`.2 → `name`.
    QString symlinkLoop(const QString &name) const
    {
        symlink(name + u".2"_s, inputPath(name));
        return symlink(name, inputPath(name + u".2"_s));
    }

    QString fifo(const QString &name) const
    {
        if (mkfifo(QFile::encodeName(inputPath(name)).constData(), 0644) != 0)
            qFatal("tst_badinputs: mkfifo");
        return inputPath(name);
    }

    QTemporaryDir m_dir;
    QString m_token;
    QString m_secret;
    QByteArray m_projectBytes;
    quint32 m_articleCount = 0;
    long m_maxRssKB = 0;
    QString m_maxRssRow;
};

QTEST_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
