#include "textanchor.h"

namespace crossread {

qsizetype findQuote(QStringView text, QStringView quote, int occurrence)
{
    if (quote.isEmpty() || occurrence < 1)
        return -1;
    qsizetype at = -1;
    for (int found = 0; found < occurrence; ++found) {
        at = text.indexOf(quote, at + 1);
        if (at < 0)
            return -1;
    }
    return at;
}

Anchor makeAnchor(QStringView text, qsizetype start, qsizetype end)
{
    Q_ASSERT(isValidSpan(text, start, end));
    Anchor anchor;
    anchor.start = qint32(start);
    anchor.end = qint32(end);
    anchor.quote = text.sliced(start, end - start).toString();
    return anchor;
}

QStringView anchorPrefix(QStringView text, const Anchor &anchor)
{
    if (!isValidSpan(text, anchor.start, anchor.end))
        return {};
    qsizetype from = std::max<qsizetype>(0, anchor.start - AnchorContextLength);
    if (splitsSurrogatePair(text, from))
        ++from;
    return text.sliced(from, anchor.start - from);
}

QStringView anchorSuffix(QStringView text, const Anchor &anchor)
{
    if (!isValidSpan(text, anchor.start, anchor.end))
        return {};
    qsizetype to = std::min(text.size(), qsizetype(anchor.end) + AnchorContextLength);
    if (splitsSurrogatePair(text, to))
        --to;
    return text.sliced(anchor.end, to - anchor.end);
}

double spanOverlap(const Anchor &a, const Anchor &b)
{
    const int common = std::min(a.end, b.end) - std::max(a.start, b.start);
    return common <= 0 ? 0 : double(common) / double(std::max(a.end, b.end) - std::min(a.start, b.start));
}

} // namespace crossread
