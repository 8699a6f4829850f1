#pragma once

#include <models/projecterror.h>

namespace crossread {

struct Project;

/// Checks every invariant a project must hold: ids unique, non-zero, below
/// nextId and sorted in each table; every reference resolves; the tag tree
/// has no cycle; an article's previous version is an older article; every anchor is a valid span of its article's text
/// whose quote matches it; enumerations hold known values; a claim belongs to at most one proposition. Returns the
/// first problem found, or no error. With QuotesFromText, the quotes were just rebuilt from the texts (as loading
/// does): comparing them again is skipped, a tenth of a second at a million claims.
enum class QuoteCheck { Compare, QuotesFromText };
ProjectError validateProject(const Project &project, QuoteCheck quotes = QuoteCheck::Compare);

} // namespace crossread
