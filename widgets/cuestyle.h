#pragma once

#include <models/cues/cuedefinition.h>

#include <QColor>
#include <QTextCharFormat>

namespace crossread {

/// Every cue kind, in menu order.
inline constexpr CueKind allCueKinds[] = {CueKind::Quotation, CueKind::Attribution, CueKind::Hedge,
                                          CueKind::Number,    CueKind::Date,        CueKind::Loaded};

/// The name of a cue kind in menus ("Quotations", "Attribution Phrases"…).
QString cueKindLabel(CueKind kind);

/// Cues change the text itself (colour, and weight or slant), while claims
/// tint the background and underline: the two stay apart when they meet.
/// Colours are picked for `base`, the text's background (light or dark).
QColor cueColor(CueKind kind, const QColor &base);
QTextCharFormat cueFormat(CueKind kind, const QColor &base);

/// The bit of a kind in ViewLayout::hiddenCues.
constexpr quint8 cueBit(CueKind kind)
{
    return quint8(1u << unsigned(kind));
}

} // namespace crossread
