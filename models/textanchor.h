#pragma once

#include <models/claim.h>

#include <QStringView>

namespace crossread {

/// Characters of context kept on each side of an anchor's quote.
inline constexpr int AnchorContextLength = 32;

/// True when `pos` falls between the two halves of a surrogate pair of
/// `text`, where no anchor may start or end.
inline bool splitsSurrogatePair(QStringView text, qsizetype pos)
{
    return pos > 0 && pos < text.size() && text[pos - 1].isHighSurrogate() && text[pos].isLowSurrogate();
}

/// True when [start, end) is a non-empty span inside `text` whose ends do not
/// split a surrogate pair.
inline bool isValidSpan(QStringView text, qsizetype start, qsizetype end)
{
    return start >= 0 && start < end && end <= text.size() && !splitsSurrogatePair(text, start)
        && !splitsSurrogatePair(text, end);
}

/// Start of the `occurrence`-th (1-based) occurrence of `quote` in `text`,
/// or -1 when there are fewer.
qsizetype findQuote(QStringView text, QStringView quote, int occurrence = 1);

/// The anchor of [start, end) in `text`: offsets and quote. The span must be
/// valid (isValidSpan).
Anchor makeAnchor(QStringView text, qsizetype start, qsizetype end);

/// How much two spans overlap: their common length over the length they
/// cover together (Jaccard), from 0 (disjoint) to 1 (the same span).
double spanOverlap(const Anchor &a, const Anchor &b);

/// Up to AnchorContextLength code units of `text` before the anchor's span,
/// never starting inside a surrogate pair (empty when the span does not fit
/// the text).
QStringView anchorPrefix(QStringView text, const Anchor &anchor);

/// Up to AnchorContextLength code units of `text` after the anchor's span,
/// never ending inside a surrogate pair (empty when the span does not fit).
QStringView anchorSuffix(QStringView text, const Anchor &anchor);

} // namespace crossread
