#pragma once

#include <models/claim.h>

#include <QStringView>

namespace crossread {

/// Characters of context kept on each side of an anchor's quote.
inline constexpr int AnchorContextLength = 32;

/// True when `pos` falls between the two halves of a surrogate pair of
/// `text`, where no anchor may start or end.
bool splitsSurrogatePair(QStringView text, qsizetype pos);

/// True when [start, end) is a non-empty span inside `text` whose ends do not
/// split a surrogate pair.
bool isValidSpan(QStringView text, qsizetype start, qsizetype end);

/// The anchor of [start, end) in `text`: offsets, quote and context. The span
/// must be valid (isValidSpan). Context never starts or ends inside a pair.
Anchor makeAnchor(QStringView text, qsizetype start, qsizetype end);

} // namespace crossread
