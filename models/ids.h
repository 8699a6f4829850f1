#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace crossread {

/// Identifier of an object of a project. Ids come from one counter per
/// project (Project::nextId): an id names exactly one object, survives save
/// and load, and is never given to another object, even after a deletion.
using Id = quint32;
using ArticleId = Id;
using TagId = Id;
using ClaimId = Id;
using LinkId = Id;
using PropositionId = Id;

/// No object. Also the parent of a top-level tag.
inline constexpr Id NoId = 0;

enum class EntityKind : quint8 { Article, Tag, Claim, Link, Proposition };

/// The id as people and scripts see it: a kind letter and the number ("c42").
/// The letter keeps ids apart from 1-based positions on the command line.
QString idToString(EntityKind kind, Id id);

/// Reads "c42" or "42" as the id 42 of a claim; nullopt for anything else,
/// including a letter of another kind.
std::optional<Id> idFromString(EntityKind kind, QStringView text);

} // namespace crossread
