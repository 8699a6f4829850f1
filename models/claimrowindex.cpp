#include "claimrowindex.h"

#include <numeric>

namespace crossread {

ClaimRowIndex::ClaimRowIndex(const std::vector<Claim> &claims)
{
    // An article's claims mostly follow one another: one hash lookup a run
    // of them, not one a claim. Counted first, then placed, so that a
    // million rows are one array and not ten thousand growing ones.
    const auto forEachRun = [&claims](auto &&visit) {
        for (size_t first = 0; first < claims.size();) {
            size_t end = first + 1;
            while (end < claims.size() && claims[end].article == claims[first].article)
                ++end;
            visit(claims[first].article, first, end);
            first = end;
        }
    };
    forEachRun([this](ArticleId article, size_t first, size_t end) { m_groups[article].second += int(end - first); });
    int next = 0;
    for (auto &group : m_groups) {
        group.first = next;
        next += group.second;
    }
    m_rows.resize(claims.size());
    QHash<ArticleId, int> placed;
    forEachRun([&](ArticleId article, size_t first, size_t end) {
        int &count = placed[article];
        const auto at = m_rows.begin() + m_groups.value(article).first + count;
        std::iota(at, at + int(end - first), int(first));
        count += int(end - first);
    });
}

std::span<const int> ClaimRowIndex::rowsOf(ArticleId article) const
{
    const auto it = m_groups.constFind(article);
    if (it == m_groups.constEnd())
        return {};
    return std::span<const int>(m_rows).subspan(size_t(it->first), size_t(it->second));
}

} // namespace crossread
