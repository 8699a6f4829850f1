#pragma once

#include <models/project.h>

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <vector>

namespace crossread {

/// Krippendorff's alpha for nominal values. `units` is the reliability data
/// matrix, a unit per row, a value per annotator (any int; -1: the annotator
/// gave none); `weights`, if given, counts a unit as that many identical
/// units (a run of characters). Units with fewer than two values do not
/// count. NaN when it is undefined (fewer than two values in all, or a
/// single value throughout: no variation to agree on).
double krippendorffAlphaNominal(const std::vector<std::vector<int>> &units, const std::vector<double> &weights = {});

/// Cohen's kappa of two annotators' nominal values (pairs with a -1 do not
/// count), weighted as above. NaN when undefined.
double cohensKappa(const std::vector<std::pair<int, int>> &pairs, const std::vector<double> &weights = {});

/// One agreement figure and what it rests on.
struct AgreementFigure
{
    QString what; ///< "Overall", a tag's path, "Verification status", "Links"
    double alpha = 0; ///< Krippendorff's alpha (NaN: undefined)
    double kappa = 0; ///< Cohen's kappa, two annotators only (NaN otherwise or undefined)
    double units = 0; ///< how many units it counts (characters, claims, pairs)
    double agreed = 0; ///< the share of those units all their annotators agree on, 0 to 1
};

/// How far the annotators of a project agree (issue 11).
///
/// - Tags: per character. Over the articles that two or more of the
///   annotators tagged (each has a claim there), every character is a unit;
///   an annotator's value for tag t is whether a claim of theirs with t
///   covers it ("Overall": the set of tags covering it). Characters no one
///   tagged count too: agreeing on what is not a claim is agreement.
/// - Verification status: claims of different annotators are the same unit
///   when their spans overlap by half or more (Jaccard); the value is the
///   status.
/// - Links: a unit is a pair of such claim units that someone linked; an
///   annotator's value is the relation of their link between them, or "no
///   link" when they tagged both articles but did not link that pair.
struct AgreementReport
{
    QStringList annotators;
    int articles = 0; ///< tagged by two or more of them
    AgreementFigure overall;
    QList<AgreementFigure> tags; ///< every tag someone used, in codebook order
    AgreementFigure status;
    AgreementFigure links;

    /// Every figure in the order they are shown: overall, the tags, status, links.
    QList<AgreementFigure> figures() const;
};

/// A figure as the cells of a table row: what, alpha and kappa (three
/// decimals), the share agreed (a percentage, one decimal), units; "—" where
/// a figure is undefined. Numbers as `locale` writes them.
QStringList figureCells(const AgreementFigure &figure, const QLocale &locale);

/// `annotators` empty: everyone who made a claim.
AgreementReport measureAgreement(const Project &project, QStringList annotators = {});

/// The annotators of a project: who made its claims and links, sorted
/// (adjudicated claims and links, by ConsensusAuthor, left out).
QStringList annotatorsOf(const Project &project);

/// The author of what adjudication settled (data, not translated).
inline QString consensusAuthor()
{
    return QStringLiteral("Consensus");
}

/// Claims of different annotators that stand for one claim.
struct ClaimUnit
{
    ArticleId article = NoId;
    QList<ClaimId> claims; ///< by annotator (index in ClaimMatching::annotators); NoId: none
};

/// The claims of `annotators` matched across them: in each article that two
/// or more of them tagged, claims of different annotators whose spans
/// overlap by half or more (Jaccard) are one unit, best overlap first.
struct ClaimMatching
{
    QStringList annotators;
    QList<ClaimUnit> units;
    QHash<ClaimId, int> unitOf;
    QHash<ArticleId, QList<bool>> tagged; ///< which annotators have a claim in the article
    bool taggedBy(ArticleId article, int annotator) const { return tagged.value(article).value(annotator); }
    int taggers(ArticleId article) const { return int(tagged.value(article).count(true)); }
};
ClaimMatching matchClaims(const Project &project, const QStringList &annotators);

/// A pair of claim units someone linked, and each annotator's link between
/// them (NoId: none).
struct LinkUnit
{
    int from = -1, to = -1; ///< units, from < to
    QList<LinkId> links; ///< by annotator
};
QList<LinkUnit> matchLinks(const Project &project, const ClaimMatching &matching);

} // namespace crossread
