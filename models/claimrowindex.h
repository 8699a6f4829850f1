#pragma once

#include <models/claim.h>

#include <QHash>

#include <span>
#include <vector>

namespace crossread {

/// Where each article's claims are in a table of claims: the rows of the
/// claims, grouped by article (in table order within each). Built in a few
/// passes over the table, on any thread: a project's loader builds it beside
/// the project, so that the window does not when it shows it.
class ClaimRowIndex
{
public:
    ClaimRowIndex() = default;
    explicit ClaimRowIndex(const std::vector<Claim> &claims);

    /// The rows of the claims of `article`: none for an unknown article.
    std::span<const int> rowsOf(ArticleId article) const;
    /// Rows indexed: the size of the table it was built from.
    size_t size() const { return m_rows.size(); }

private:
    std::vector<int> m_rows;
    QHash<ArticleId, std::pair<int, int>> m_groups; ///< article → first position in m_rows, count
};

} // namespace crossread
