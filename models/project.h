#pragma once

#include <models/article.h>
#include <models/claim.h>
#include <models/link.h>
#include <models/proposition.h>
#include <models/tag.h>

#include <algorithm>
#include <vector>

namespace crossread {

struct ProjectInfo
{
    QString title;
    QString description;
    QString notes;

    bool operator==(const ProjectInfo &) const = default;
};

/// How the project was last laid out for reading: the article of each pane,
/// left to right (NoId for an empty pane), the panes' widths, and whether
/// they scroll together. Saved with the project; not an edit (no undo, and
/// it does not make the project modified on its own).
struct ViewLayout
{
    QList<ArticleId> panes;
    QList<quint32> sizes;
    bool syncScroll = false;
    bool syncByLinks = false; ///< scrolling together keeps linked claims level (else: proportionally)
    quint8 hiddenCues = 0; ///< cue kinds not highlighted: bit n is CueKind n

    bool operator==(const ViewLayout &) const = default;
};

/// A suggested link the user turned down: a claim, and the passage of
/// another article it was paired with (UTF-16 offsets in that article's
/// text). The pass over the project does not suggest it again.
struct RejectedSuggestion
{
    ClaimId claim = NoId;
    ArticleId article = NoId;
    int start = 0;
    int end = 0;

    bool operator==(const RejectedSuggestion &) const = default;
};

/// What the comparison aids keep per project: the loaded terms that cue
/// highlighting marks, and the suggested links rejected.
struct AssistState
{
    QStringList loadedTerms;
    std::vector<RejectedSuggestion> rejected;

    bool operator==(const AssistState &) const = default;
};

/// The whole annotation project as plain values. Each table is sorted by id,
/// so a row is found by binary search and new objects (which get the highest
/// id yet) are appended. Project is changed only through Document, which
/// keeps these invariants and records every change for undo.
struct Project
{
    ProjectInfo info;
    std::vector<Article> articles;
    std::vector<Tag> tags;
    std::vector<Claim> claims;
    std::vector<Link> links;
    std::vector<Proposition> propositions;
    Id nextId = 1; ///< the next id to hand out; ids are never reused
    ViewLayout layout;
    AssistState assist;

    bool operator==(const Project &) const = default;
};

/// Row of the object with `id` in a table sorted by id, or -1.
template<class T>
int rowOf(const std::vector<T> &table, Id id)
{
    const auto it
        = std::lower_bound(table.begin(), table.end(), id, [](const T &item, Id value) { return item.id < value; });
    return it != table.end() && it->id == id ? int(it - table.begin()) : -1;
}

/// The object with `id` in a table sorted by id, or nullptr.
template<class T>
const T *findById(const std::vector<T> &table, Id id)
{
    const int row = rowOf(table, id);
    return row < 0 ? nullptr : &table[size_t(row)];
}

} // namespace crossread
