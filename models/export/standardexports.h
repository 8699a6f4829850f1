#pragma once

#include <models/export/exportoptions.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace crossread {

/// The selection as W3C Web Annotations (https://www.w3.org/TR/annotation-model/),
/// one JSON-LD document: an AnnotationCollection whose first AnnotationPage
/// holds every annotation. Each claim is an Annotation with id
/// "urn:crossread:claim:cN" targeting its article (its URL, else
/// "urn:crossread:article:aN") through a TextQuoteSelector and a
/// TextPositionSelector counted in Unicode code points; its bodies are the tag
/// paths (purpose "tagging"), the note ("commenting"), and "kind:…",
/// "status:…", "confidence:…" ("classifying"). Each link is an Annotation with
/// motivation "linking" whose targets are its two claims' annotations (from,
/// then to), the relation a body ("classifying"), the note another
/// ("commenting"). Creators are left out when annotators are hidden.
QByteArray webAnnotationJson(const ExportSelection &selection);

/// One article in brat's standoff format (https://brat.nlplab.org/standoff.html).
struct BratDocument
{
    QString name; ///< the article's id ("a3"): files name.txt and name.ann
    QByteArray text; ///< the article's text, UTF-8
    QByteArray annotations; ///< the .ann file, UTF-8
};

/// The selection for brat: a document per article and the annotation.conf
/// that declares the entity types, relations and attributes used.
struct BratExport
{
    QList<BratDocument> documents;
    QByteArray config;
};

/// Each claim is a text-bound annotation (T) typed by its first tag's name
/// ("Claim" when untagged) with offsets in Unicode code points of the text; a
/// claim crossing line breaks becomes fragments ("0 5;6 9") that leave the
/// breaks out, its text field the quote with breaks as spaces. Kind (when
/// given), status and confidence (when set) are attributes (A), the note an
/// AnnotatorNotes comment (#), and a link between two claims of one article a
/// relation (R) named by the relation's key. Links across articles have no
/// place in brat and are left out.
BratExport bratStandoff(const ExportSelection &selection);

/// The claims with a verdict as schema.org ClaimReview (JSON-LD, what fact
/// checkers publish and search engines read): a "@graph" of ClaimReviews,
/// one per claim whose status is supported, disputed, misleading or false
/// (unverified and unverifiable claims have none). Each gives the quote as
/// `claimReviewed`, the verdict as `reviewRating` (ratingValue 1 false,
/// 2 misleading, 3 disputed, 5 supported, on a scale of 1 to 5, with its
/// name as `alternateName`), the note as `reviewBody`, the reviewer (the
/// annotator, unless hidden), and `itemReviewed`: a Claim by its speaker,
/// appearing in the article (URL, headline, outlet as publisher, date).
QByteArray claimReviewJson(const ExportSelection &selection);

/// The ClaimReview rating of a status (1–5), or 0 when it gives no verdict.
int claimReviewRating(VerificationStatus status);

} // namespace crossread
