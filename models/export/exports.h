#pragma once

#include <models/export/exportoptions.h>

#include <QByteArray>

namespace crossread {

/// The claims as CSV (RFC 4180: CRLF line ends, fields quoted when they hold
/// a comma, quote or line break, quotes doubled), UTF-8, one row per claim:
/// id, article_id, outlet, article_title, start, end (UTF-16 offsets in the
/// article's text), quote, tags (paths, "; " between), kind, speaker, status,
/// confidence, note, proposition_id, annotator, created, modified.
QByteArray claimsCsv(const ExportSelection &selection);

/// The links as CSV, one row each: id, from_claim, to_claim, relation,
/// from_article, to_article, from_quote, to_quote, note, annotator, created,
/// modified.
QByteArray linksCsv(const ExportSelection &selection);

/// The whole project (as selected) as JSON, described by
/// resources/schema/crossread-project.schema.json.
QByteArray projectJson(const ExportSelection &selection);

} // namespace crossread
