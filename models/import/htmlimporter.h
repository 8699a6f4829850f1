#pragma once

#include <models/import/extractedarticle.h>
#include <models/import/importerror.h>

#include <QByteArrayView>

namespace crossread {

/// Imports a web page saved from a browser, with gumbo (an HTML5 parser
/// that accepts any page, however malformed).
///
/// Metadata: schema.org NewsArticle JSON-LD first, then Open Graph and other
/// <meta> tags, <link rel=canonical>, <html lang> and <title>.
/// Text: the article's main element (articleBody, <article>, <main>, or the
/// block with the most paragraph text), without navigation, scripts,
/// styles, forms, figures, and blocks whose class or id mark them as ads,
/// sharing, related links, comments or newsletters. The page's headline
/// leads the text. Blocks become paragraphs separated by a blank line.
///
/// `encoding` forces the page's encoding; otherwise a byte order mark, valid
/// UTF-8, the page's <meta charset> and detection decide, in that order.
ImportError importHtml(QByteArrayView bytes, const QString &encoding, ExtractedArticle &out);

} // namespace crossread
