#pragma once

// Shared by the built-in engine (cuedefinition.cpp) and the KSyntaxHighlighting adapter (ksyntaxcues.cpp).

#include <models/cues/cuedefinition.h>

#include <QList>
#include <QStringView>

#include <optional>

namespace crossread::cues {

/// One line of a text: UTF-16 offset and length, without its line end.
struct LineRange
{
    int start = 0;
    int length = 0;
};

/// The lines of `text`; a line ends at LF, CR LF, CR or U+2029 (QTextDocument's paragraph separator).
QList<LineRange> lineRanges(QStringView text);

/// Appends `span` to `spans`, merging it into the last span when that has the same kind and touches it.
void appendSpan(QList<CueSpan> &spans, const CueSpan &span);

/// The cue kind an item data of the definition stands for: "Quotation" → Quotation ...; nullopt for others
/// ("Normal Text").
std::optional<CueKind> cueKindForItemData(QStringView itemDataName);

#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
/// The definition's spans of `text` as KSyntaxHighlighting finds them with the definition compiled in as a
/// resource; nullopt when KSyntaxHighlighting could not load it.
std::optional<QList<CueSpan>> ksyntaxCueSpans(QStringView text);
#endif

} // namespace crossread::cues
