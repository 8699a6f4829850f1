#pragma once

#include <QDir>
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

} // namespace crossread::test
