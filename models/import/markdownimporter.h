#pragma once

#include <models/import/extractedarticle.h>
#include <models/import/importerror.h>

#include <QByteArrayView>

namespace crossread {

/// Imports Markdown with md4c as plain text: headings and paragraphs stay,
/// separated by blank lines, without their markup; list items and table
/// rows become lines; links keep their text, images and raw HTML go. A YAML
/// front matter block ("---" … "---") gives inferred title, author, date
/// and URL and is left out of the text.
ImportError importMarkdown(QByteArrayView bytes, const QString &encoding, ExtractedArticle &out);

} // namespace crossread
