#pragma once

#include <QString>

namespace crossread {

/// `one` when `n` is 1, else `many` with %1 replaced by `n`: "1 claim",
/// "4 claims". (Qt's %n plurals need a loaded translation even for English.)
inline QString countText(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace crossread
