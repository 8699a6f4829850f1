#pragma once

#include <models/ids.h>

#include <QList>
#include <QString>

namespace crossread {

enum class ClaimKind : quint8 { Unspecified, Fact, Statistic, Quotation, Opinion, Prediction, Other };

enum class VerificationStatus : quint8 { Unverified, Supported, Disputed, False, Misleading, Unverifiable };

enum class Confidence : quint8 { Unset, Low, Medium, High };

/// Where a claim sits in its article's text. `start` and `end` count UTF-16
/// code units of the normalized text (what QString indexes); `quote` is the
/// exact text between them. The context on either side (W3C's prefix and
/// suffix) is not kept: an article's text never changes, so anchorPrefix() and
/// anchorSuffix() (textanchor.h) read it from the text when it is needed.
struct Anchor
{
    qint32 start = 0;
    qint32 end = 0;
    QString quote;

    qint32 length() const { return end - start; }
    bool operator==(const Anchor &) const = default;
};

/// What the user says about a claim: everything editable after creation.
struct ClaimAttributes
{
    QList<TagId> tags; ///< sorted, no duplicates
    ClaimKind kind = ClaimKind::Unspecified;
    QString attributedTo; ///< who the article says makes the claim
    VerificationStatus status = VerificationStatus::Unverified;
    Confidence confidence = Confidence::Unset;
    QString note;

    bool operator==(const ClaimAttributes &) const = default;
};

/// A span of an article's text tagged as a claim.
struct Claim
{
    ClaimId id = NoId;
    ArticleId article = NoId;
    Anchor anchor;
    ClaimAttributes attributes;
    QString author; ///< the annotator who made it
    qint64 createdMs = 0; ///< milliseconds since the epoch, UTC
    qint64 modifiedMs = 0;

    bool operator==(const Claim &) const = default;
};

} // namespace crossread
