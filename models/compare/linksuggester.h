#pragma once

#include <models/ids.h>

#include <QList>

#include <functional>
#include <memory>

namespace crossread {

struct Project;
struct RejectedSuggestion;
class PassageIndex;
class SuggestionFacts;

/// A candidate link: a claim, and a passage of another article that likely
/// states the same thing. When a claim of that article covers at least half
/// of the passage, `target` is that claim and the span is its span.
struct LinkSuggestion
{
    ClaimId claim = NoId;
    ArticleId article = NoId; ///< the passage's article
    int start = 0; ///< UTF-16 offsets in that article's text
    int end = 0;
    ClaimId target = NoId;
    double score = 0;

    bool operator==(const LinkSuggestion &) const = default;
};

/// `article` and its other versions (newer and older): what ranking for one
/// of its passages leaves out.
QList<ArticleId> articleFamily(const Project &project, ArticleId article);

/// The claim of `article` that covers the most of [start, end), if that is
/// at least half of it; else NoId.
ClaimId claimCovering(const Project &project, ArticleId article, int start, int end);

/// True when the suggestion needs no review any more: its claims are linked
/// (directly or through a proposition), or the user rejected it, either way
/// round. A passage that is not a claim is settled when a claim inside it is.
/// A suggestion whose claim is gone is settled too.
bool isSettled(const Project &project, const LinkSuggestion &suggestion);

/// isSettled() for many suggestions against one state of a project (which
/// must outlive it and not change meanwhile).
class SettledCheck
{
public:
    explicit SettledCheck(const Project &project);
    ~SettledCheck();
    bool operator()(const LinkSuggestion &suggestion) const;

private:
    std::unique_ptr<const SuggestionFacts> m_facts;
};

/// What rejecting `suggestion` records.
RejectedSuggestion rejectionOf(const LinkSuggestion &suggestion);

/// The project-wide pass: for every claim, its `perClaim` best passages in
/// the other articles (never in another version of its own article), less
/// the pairs that are settled; each pair of claims once. Best first.
///
/// Claims are ranked in parallel. `progress(done, total)` is called from the
/// worker threads now and then; when it returns false the pass stops and
/// returns what it has found so far.
QList<LinkSuggestion> suggestLinks(const Project &project, const PassageIndex &index, int perClaim = 3,
                                   const std::function<bool(int done, int total)> &progress = {});

} // namespace crossread
