#pragma once

#include <QByteArray>
#include <QString>

namespace crossread::test {

/// `text` in `charset` (any name ICU knows: "windows-1251", "KOI8-R",
/// "UTF-16LE"), without a byte order mark.
QByteArray encodeAs(const QString &text, const char *charset);

} // namespace crossread::test
