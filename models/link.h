#pragma once

#include <models/ids.h>

#include <QString>

namespace crossread {

enum class Relation : quint8 { Same, Corroborates, Contradicts, Differs, Elaborates, Related };

/// A typed relation between two claims, usually of different articles.
struct Link
{
    LinkId id = NoId;
    ClaimId from = NoId;
    ClaimId to = NoId;
    Relation relation = Relation::Same;
    QString note;
    QString author; ///< the annotator who made it
    qint64 createdMs = 0; ///< milliseconds since the epoch, UTC
    qint64 modifiedMs = 0;

    bool involves(ClaimId claim) const { return from == claim || to == claim; }
    bool operator==(const Link &) const = default;
};

} // namespace crossread
