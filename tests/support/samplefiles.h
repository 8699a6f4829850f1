#pragma once

// Sample files for the import tests, kept out of the test sources: moc
// reads raw string literals as ordinary ones and loses its way in them.

#include <QByteArray>
#include <QList>

namespace crossread::test {

/// A PDF of `objects` (numbered from 1, the first the catalog) with its
/// cross-reference table; `trailer` adds entries to the trailer ("/Info 5 0 R").
QByteArray assemblePdf(const QList<QByteArray> &objects, const QByteArray &trailer = {});

QByteArray markdownSample();
/// A news page: navigation, ads, sharing, related links, a form and scripts
/// around the article, with NewsArticle JSON-LD.
QByteArray newsPageSample();
/// A page without <article> or <main>: the text is in a plain <div>.
QByteArray plainPageSample();
/// word/document.xml of a DOCX with a title, runs, deleted text, tabs, a
/// line break and a field code; `body` replaced by the paragraphs given.
QByteArray wordDocumentXml(const QByteArray &body);
QByteArray wordSampleBody();
QByteArray wordCoreProperties();
/// project.qde as another tool may write it: two nested codes, a text source
/// with a selection from code point `start` to `end` coded with the inner
/// code, a selection past the end of its text, and a picture source.
QByteArray foreignQde(int start, int end);

/// The bad inputs of tst_badinputs.
/// A document type declaration of nested entities ("billion laughs"):
/// `&lol9;` expands to 10^9 "lol"s.
QByteArray billionLaughsDtd(const QByteArray &root);
/// A document type declaration of an external entity `&xxe;` that names the
/// local file `path`.
QByteArray externalEntityDtd(const QByteArray &root, const QByteArray &path);
/// word/document.xml with `dtd` after the XML declaration and one paragraph
/// of `text` (which may hold entity references).
QByteArray wordDocumentWithDtd(const QByteArray &dtd, const QByteArray &text);
/// project.qde with `dtd` after the XML declaration and a text source whose
/// content is `text` (which may hold entity references).
QByteArray qdeWithDtd(const QByteArray &dtd, const QByteArray &text);
/// project.qde of one text source read from the archive's entry
/// `internal://` + `entry` (a name that may try to leave Sources/).
QByteArray qdeWithSourcePath(const QByteArray &entry);

} // namespace crossread::test
