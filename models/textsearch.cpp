#include "textsearch.h"

#include "project.h"

namespace crossread {
namespace {

constexpr qsizetype kContext = 50;

} // namespace

QList<qsizetype> findAll(QStringView text, QStringView needle)
{
    QList<qsizetype> hits;
    if (needle.isEmpty())
        return hits;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
        hits << at;
    return hits;
}

QList<SearchHit> searchArticles(const Project &project, QStringView needle, int limit)
{
    QList<SearchHit> hits;
    for (const Article &article : project.articles) {
        for (qsizetype at : findAll(article.text, needle)) {
            SearchHit hit{article.id, at, at + needle.size(), {}, 0};
            // The hit with some words around it, within its paragraph.
            qsizetype from = std::max<qsizetype>(0, at - kContext);
            qsizetype to = std::min(article.text.size(), hit.end + kContext);
            const qsizetype lineStart = article.text.lastIndexOf(u'\n', at);
            const qsizetype lineEnd = article.text.indexOf(u'\n', hit.end);
            if (lineStart >= from)
                from = lineStart + 1;
            if (lineEnd >= 0 && lineEnd < to)
                to = lineEnd;
            while (from < at && from > 0 && !article.text[from - 1].isSpace())
                ++from; // start on a word
            hit.context = (from > 0 && lineStart < from - 1 ? QStringLiteral("…") : QString()) + article.text.sliced(from, to - from);
            hit.contextStart = at - from + (hit.context.startsWith(u'…') ? 1 : 0);
            if (to < article.text.size() && article.text[to] != u'\n')
                hit.context += u'…';
            hits << hit;
            if (limit > 0 && hits.size() >= limit)
                return hits;
        }
    }
    return hits;
}

} // namespace crossread
