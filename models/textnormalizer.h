#pragma once

#include <QString>

namespace crossread {

/// The one normalization an article's text gets, at import; the stored text
/// never changes afterwards. Unicode NFC; CRLF and CR become LF; spaces at
/// the end of each line are removed; runs of blank lines become a single
/// paragraph break; blank lines at the start and the end are dropped.
/// Nothing else changes.
QString normalizeText(const QString &text);

} // namespace crossread
