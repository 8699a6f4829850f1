#pragma once

#include <models/project.h>

namespace crossread {
class Document;
}

namespace crossread::test {

/// Texts that are hard to get right: emoji (surrogate pairs), combining
/// marks that have no precomposed form, right-to-left script, and line
/// breaks that were CRLF before normalization.
QString emojiText();
QString combiningText();
QString rightToLeftText();
QString formerCrlfText();

/// Fills an empty document, through its edit functions, with three articles
/// of those texts, a two-level codebook, claims (some on emoji), links and a
/// proposition.
void populateSample(Document &document);

/// The first span of `needle` in `haystack` as [start, end).
std::pair<int, int> spanOf(const QString &haystack, const QString &needle);

} // namespace crossread::test
