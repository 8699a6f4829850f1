#pragma once

#include <models/ids.h>

#include <QList>
#include <QString>

namespace crossread {

/// A labelled group of claims, from several sources, that state the same
/// thing: a row of the comparison matrix. A claim belongs to at most one.
struct Proposition
{
    PropositionId id = NoId;
    QString label; ///< empty: shown as a short form of the first claim
    QList<ClaimId> claims; ///< sorted, no duplicates
    QString note;

    bool operator==(const Proposition &) const = default;
};

} // namespace crossread
