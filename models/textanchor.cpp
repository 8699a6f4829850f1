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
    qsizetype prefixStart = std::max<qsizetype>(0, start - AnchorContextLength);
    if (splitsSurrogatePair(text, prefixStart))
        ++prefixStart;
    qsizetype suffixEnd = std::min(text.size(), end + AnchorContextLength);
    if (splitsSurrogatePair(text, suffixEnd))
        --suffixEnd;

    Anchor anchor;
    anchor.start = qint32(start);
    anchor.end = qint32(end);
    anchor.quote = text.sliced(start, end - start).toString();
    anchor.prefix = text.sliced(prefixStart, start - prefixStart).toString();
    anchor.suffix = text.sliced(end, suffixEnd - end).toString();
    return anchor;
}

} // namespace crossread
