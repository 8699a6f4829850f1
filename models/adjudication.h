#pragma once

#include <models/agreement.h>

namespace crossread {

class Document;

/// A point on which annotators' versions differ, to be settled (issue 11).
///
/// Adjudication works on a merged project. Each decision adds the settled
/// version as a claim or link by consensusAuthor(), or removes the versions
/// no one keeps; the annotators' versions stay beside the settled ones
/// (agreement can still be measured) until finishAdjudication() removes
/// them, leaving a clean project. Every step is an undo step.
struct Disagreement
{
    enum class Kind : quint8 {
        ClaimVersions, ///< one claim (spans overlapping by half or more) in versions that differ
        ClaimByOneOnly, ///< a claim of one annotator, where others tagged the article but not it
        LinkVersions, ///< one pair of settled claims, linked with different relations
        LinkByOneOnly, ///< a pair of settled claims some linked and others, who tagged both articles, did not
    };
    Kind kind = Kind::ClaimVersions;
    ArticleId article = NoId; ///< of the claim; of a link's first end
    QStringList annotators; ///< who made each version
    QList<Id> versions; ///< their claims, or their links
    QStringList without; ///< who could have made a version and did not
    ClaimId from = NoId, to = NoId; ///< a link's settled ends

    bool isLink() const { return kind == Kind::LinkVersions || kind == Kind::LinkByOneOnly; }
};

/// Where adjudication stands.
struct Adjudication
{
    QList<Disagreement> disagreements;
    /// What all agree on (or one annotator alone tagged, in an article no
    /// one else tagged), not yet settled: any version will do.
    QList<Disagreement> agreed;
    int agreedClaims() const
    {
        return int(std::count_if(agreed.begin(), agreed.end(), [](const auto &d) { return !d.isLink(); }));
    }
    int agreedLinks() const { return int(agreed.size()) - agreedClaims(); }
    int waitingLinks = 0; ///< links whose ends are not both settled yet
    int settledClaims = 0, settledLinks = 0; ///< by consensus
};

/// `annotators` empty: annotatorsOf(project).
Adjudication adjudicate(const Project &project, QStringList annotators = {});

/// Settles `d` with version `version`: a consensus copy of it.
bool acceptVersion(Document &document, const Disagreement &d, int version);
/// Settles claim versions with one claim carrying the tags of all of them
/// (the other attributes and the span of the first).
bool acceptAll(Document &document, const Disagreement &d);
/// Settles `d` with nothing: its versions are removed.
bool rejectVersions(Document &document, const Disagreement &d);
/// Settles everything all annotators agree on (and what one annotator alone
/// tagged, where no one else tagged the article). Returns how many claims
/// and links it settled.
int acceptAgreements(Document &document, QStringList annotators = {});
/// Removes every claim and link not by consensus: the clean project.
bool finishAdjudication(Document &document);

} // namespace crossread
