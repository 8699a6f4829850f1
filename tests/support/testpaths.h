#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace crossread::test {

/// tests/data in the source tree.
inline QString testDataDir()
{
    return QString::fromUtf8(CROSSREAD_TEST_DATA_DIR);
}

/// ../shared beside the repository, or an empty string when it is absent
/// (tests that need it skip, so the suite passes with the repository alone).
inline QString sharedDir()
{
    const QDir dir(QString::fromUtf8(CROSSREAD_SHARED_DIR));
    return dir.exists() ? dir.absolutePath() : QString();
}

/// Writes `bytes` to the file `name` of `dir` and returns its path; a test
/// that cannot write its own files stops at once.
inline QString writeFile(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
    return file.fileName();
}

} // namespace crossread::test
