#pragma once

#include <models/claim.h>
#include <models/link.h>

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace crossread {

// Names of the enumerations of the domain. Defined for ClaimKind,
// VerificationStatus, Confidence and Relation.

/// A stable key for files, the command line and exports ("differs").
template<class E>
QString keyOf(E value);

/// A translated name for people ("Differs in detail").
template<class E>
QString labelOf(E value);

/// The value whose key is `key` (case-insensitive), or nullopt.
template<class E>
std::optional<E> fromKey(QStringView key);

/// True when `value` is one of the named values (a loaded file may hold others).
template<class E>
bool isKnown(E value);

/// Every value, in order.
template<class E>
QList<E> allValues();

/// The keys of every value joined by '|', for help texts ("same|corroborates|…").
template<class E>
QString keyList();

} // namespace crossread
