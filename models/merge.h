#pragma once

#include <models/project.h>

#include <QHash>
#include <QStringList>

namespace crossread {

/// How merge() treats the tags of the other project that no tag of the
/// project merged into has by path ("Parent / Child").
struct MergeOptions
{
    /// A tag path of the other project → the path of an existing tag to use
    /// instead. Paths not here are added as new tags (with their parents).
    QHash<QString, QString> tagMapping;
};

/// What merge() did, for the user to see: nothing is dropped silently.
struct MergeReport
{
    int articlesMatched = 0; ///< by the original file's SHA-256, or by the same text
    int articlesAdded = 0;
    int tagsMatched = 0; ///< by path, or by the mapping
    QStringList tagsAdded; ///< paths
    int claimsAdded = 0;
    int claimsAlreadyThere = 0; ///< the same span, tags, attributes and annotator
    QStringList claimsNotPlaced; ///< "article: “quote”": the quote is not in the matched article's text
    int linksAdded = 0;
    int linksAlreadyThere = 0;
    int linksNotPlaced = 0; ///< an end was a claim not placed
    QStringList annotators; ///< of the claims and links added

    bool addedNothing() const
    {
        return articlesAdded == 0 && tagsAdded.isEmpty() && claimsAdded == 0 && linksAdded == 0;
    }
    /// A few lines saying the above.
    QString summary() const;
};

/// The tag paths of `other` that `into` has no tag for (by path), in the
/// order of `other`'s codebook: what a mapping may send elsewhere.
QStringList unmatchedTagPaths(const Project &into, const Project &other);

/// Merges `other` (another annotator's copy, usually) into `into`:
/// - an article of `other` is the article of `into` whose original file has
///   the same SHA-256, or else whose text is the same once white space is
///   collapsed (a copy imported from another encoding); otherwise it is added;
/// - a tag is the tag of `into` with the same path, or the one the mapping
///   names; otherwise it is added;
/// - each claim and link is added with its annotator and times, unless the
///   same one (span, tags, attributes, annotator; ends and relation) is
///   there already: merging the same file twice adds nothing;
/// - a claim whose quote is not found in a matched article (texts that
///   differ) is not added, and the report names it, with the links it ends.
/// Propositions follow the links; labels and notes of `other`'s propositions
/// go to the merged ones that have none.
MergeReport merge(Project &into, const Project &other, const MergeOptions &options = {});

} // namespace crossread
