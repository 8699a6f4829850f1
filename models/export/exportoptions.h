#pragma once

#include <models/project.h>

#include <atomic>

namespace crossread {

/// What an export takes from the project.
struct ExportOptions
{
    QList<TagId> tags; ///< only claims with one of these tags or a tag under them; empty: all
    QList<ArticleId> sources; ///< only these articles and their claims; empty: all
    bool hideAnnotators = false; ///< leave out who made claims and links
    bool byteOrderMark = false; ///< CSV: start with a UTF-8 BOM, for spreadsheets
};

/// How far an export running on a worker has got, and whether it should
/// stop: shared with the window that shows it.
struct ExportProgress
{
    std::atomic<int> done{0};
    std::atomic<int> total{0}; ///< 0 while the export does not count its steps
    std::atomic<bool> cancelled{false};

    bool isCancelled() const { return cancelled.load(std::memory_order_relaxed); }
};

/// The part of a project an export shows, with lookups every format needs.
class ExportSelection
{
public:
    ExportSelection(const Project &project, const ExportOptions &options);

    const Project &project() const { return m_project; }
    const ExportOptions &options() const { return m_options; }
    /// The articles, claims and links chosen, in id order. A link is chosen
    /// when both its claims are.
    const QList<const Article *> &articles() const { return m_articles; }
    const QList<const Claim *> &claims() const { return m_claims; }
    const QList<const Link *> &links() const { return m_links; }

    const Article *article(ArticleId id) const { return findById(m_project.articles, id); }
    const Claim *claim(ClaimId id) const { return findById(m_project.claims, id); }
    /// A tag's names from the top of the codebook down, joined by " / ".
    QString tagPath(TagId id) const;
    /// Who made it, or empty when annotators are hidden.
    QString annotator(const QString &author) const { return m_options.hideAnnotators ? QString() : author; }
    /// The proposition a claim belongs to, or NoId.
    PropositionId propositionOf(ClaimId claim) const { return m_proposition.value(claim, NoId); }

private:
    const Project &m_project;
    ExportOptions m_options;
    QList<const Article *> m_articles;
    QList<const Claim *> m_claims;
    QList<const Link *> m_links;
    QHash<ClaimId, PropositionId> m_proposition;
};

/// UTF-16 offset `utf16` of `text` counted in Unicode code points (a
/// surrogate pair is one).
int codePointOffset(const QString &text, int utf16);

/// A colour as "#rrggbb" (its alpha left out).
QString colorName(QRgb color);

/// Milliseconds since the epoch as ISO 8601 UTC ("2025-06-02T10:15:00Z"), or
/// empty for 0.
QString isoTime(qint64 ms);

} // namespace crossread
