#pragma once

#include <models/project.h>

#include <utility>
#include <vector>

namespace crossread {

// Propositions are derived: they are exactly the connected components (of
// two claims or more) of the graph whose edges are the grouping links. The
// Document keeps them so after every edit; these functions say how.

/// True for the relations that make two claims one proposition: same claim,
/// corroborates, differs in detail and contradicts. "Elaborates" and
/// "related" join claims without saying they state the same thing.
bool isGrouping(Relation relation);

using ClaimPair = std::pair<ClaimId, ClaimId>;

/// What regroup() changes in the proposition table.
struct PropositionEdits
{
    std::vector<Proposition> removed;
    std::vector<std::pair<Proposition, Proposition>> changed; ///< before, after (same id)
    std::vector<Proposition> added; ///< with new ids taken from `nextId`

    bool isEmpty() const { return removed.empty() && changed.empty() && added.empty(); }
};

/// The edits that make `propositions` the connected components of `edges`
/// again, after the edges at the claims in `touched` changed (links added,
/// removed, or given another relation, and claims deleted). `edges` are the
/// grouping links as they are after the change; only the components of the
/// touched claims are looked at, so an edit costs one pass over the edges.
///
/// Identity and labels follow the claims: when groups merge, the oldest
/// proposition (lowest id) stays, taking the first non-empty label among
/// them and every note; when a group splits, the part that keeps most of
/// its claims (ties: the part with the lowest claim) keeps its id, label and
/// note, and the other parts become new propositions with no label (shown as
/// a short form of their first claim). A group left with one claim goes.
PropositionEdits regroup(const std::vector<Proposition> &propositions, const std::vector<ClaimPair> &edges,
                         const QList<ClaimId> &touched, Id &nextId);

/// The grouping links of `links` as claim pairs.
std::vector<ClaimPair> groupingEdges(const std::vector<Link> &links);

/// Makes the propositions of `project` its components, keeping labels as
/// regroup() does. For projects written before propositions were derived,
/// and for files whose propositions do not match their links. Returns true
/// when anything changed.
bool regroupAll(Project &project);
/// True when the propositions of `project` are already the components of
/// its grouping links (every file this version writes): regroupAll() would
/// change nothing. Only reads the project.
bool isGroupedByLinks(const Project &project);

/// The label of `proposition`, or when it has none, a short form of the
/// quote of its first claim.
QString propositionLabel(const Project &project, const Proposition &proposition);

/// `text` shortened to about `maxChars` at a word boundary, with an ellipsis.
QString shortForm(const QString &text, int maxChars = 60);

/// The proposition `claim` belongs to, or nullptr. Linear: for one lookup.
const Proposition *propositionOf(const Project &project, ClaimId claim);

} // namespace crossread
