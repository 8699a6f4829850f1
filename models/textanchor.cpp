#include "textanchor.h"

namespace crossread {

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
