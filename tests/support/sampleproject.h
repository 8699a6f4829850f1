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

/// The sample of populateSample() with every claim and link made and last
/// changed at `ms` (milliseconds since the epoch), so that what is written
/// of it never changes from run to run.
Project sampleProjectAt(qint64 ms);

/// The first span of `needle` in `haystack` as [start, end).
std::pair<int, int> spanOf(const QString &haystack, const QString &needle);

} // namespace crossread::test
