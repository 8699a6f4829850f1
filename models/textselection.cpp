#include "textselection.h"

#include <QTextBoundaryFinder>

namespace crossread {
namespace {

Span clamp(QStringView text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, 0, text.size());
    return start <= end ? Span{start, end} : Span{end, start};
}

/// White space off both ends.
Span trimmed(QStringView text, Span span)
{
    auto [start, end] = span;
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return {start, end};
}

} // namespace

Span snapToGraphemes(QStringView text, qsizetype start, qsizetype end)
{
    auto [s, e] = clamp(text, start, end);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.toString());
    finder.setPosition(s);
    if (!finder.isAtBoundary())
        s = finder.toPreviousBoundary();
    finder.setPosition(e);
    if (!finder.isAtBoundary())
        e = finder.toNextBoundary();
    return {std::max<qsizetype>(s, 0), e < 0 ? text.size() : e};
}

Span snapToWords(QStringView text, qsizetype start, qsizetype end)
{
    auto [s, e] = trimmed(text, clamp(text, start, end));
    if (s >= e)
        return {s, s};
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c.isMark() || c == u'\'' || c == u'’' || c == u'-'; };
    // Only widen into a word the selection already touches.
    if (isWordChar(text[s])) {
        while (s > 0 && (isWordChar(text[s - 1]) || text[s - 1].isLowSurrogate() || text[s - 1].isHighSurrogate()))
            --s;
    }
    if (isWordChar(text[e - 1])) {
        while (e < text.size() && (isWordChar(text[e]) || text[e].isLowSurrogate()))
            ++e;
    }
    // A hyphen or apostrophe picked up at an edge is not part of a word.
    while (e > s && (text[e - 1] == u'-' || text[e - 1] == u'\'' || text[e - 1] == u'’'))
        --e;
    while (s < e && (text[s] == u'-' || text[s] == u'\'' || text[s] == u'’'))
        ++s;
    return {s, e};
}

Span snapSelection(QStringView text, qsizetype start, qsizetype end, bool words)
{
    Span span = words ? snapToWords(text, start, end) : trimmed(text, clamp(text, start, end));
    if (span.first >= span.second)
        return {span.first, span.first};
    return snapToGraphemes(text, span.first, span.second);
}

} // namespace crossread
