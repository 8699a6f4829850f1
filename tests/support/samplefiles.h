#pragma once

// Sample files for the import tests, kept out of the test sources: moc
// reads raw string literals as ordinary ones and loses its way in them.

#include <QByteArray>

namespace crossread::test {

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

} // namespace crossread::test
