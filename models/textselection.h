#pragma once

#include <QStringView>

#include <utility>

namespace crossread {

/// A span [start, end) of a text.
using Span = std::pair<qsizetype, qsizetype>;

/// Widens [start, end) to whole words: a start inside a word moves to the
/// word's start, an end inside a word to its end. White space at the edges
/// is trimmed first, so that a sloppy mouse selection becomes the words it
/// meant. Hyphens and apostrophes join words ("long-range", "Ukraine’s").
Span snapToWords(QStringView text, qsizetype start, qsizetype end);

/// Widens [start, end) so that neither end splits a grapheme cluster (a
/// letter and its combining marks, an emoji with its modifiers, a flag,
/// a surrogate pair).
Span snapToGraphemes(QStringView text, qsizetype start, qsizetype end);

/// The span a user's selection becomes: trimmed, on grapheme boundaries,
/// and on word boundaries when `words` is set. Empty (start == end) when
/// nothing but spaces was selected.
Span snapSelection(QStringView text, qsizetype start, qsizetype end, bool words);

} // namespace crossread
