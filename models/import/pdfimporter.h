#pragma once

#include <models/import/extractedarticle.h>
#include <models/import/importerror.h>

#include <QByteArrayView>
#include <QStringList>

namespace crossread {

/// Imports a PDF with QtPdf: the text of each page, its lines joined into
/// paragraphs (joinPdfLines), pages joined where a paragraph runs on. The
/// document's title and author properties become inferred metadata.
/// Fails for a damaged PDF, one protected by a password, and one without a
/// text layer (a scan).
ImportError importPdf(QByteArrayView bytes, ExtractedArticle &out);

/// Joins the lines of PDF pages into paragraphs, separated by blank lines.
/// QtPdf (PDFium) gives a page's text with CRLF where it sees a line end and
/// no blank lines between paragraphs, so a line ends a paragraph when it
/// ends a sentence and is clearly shorter than the page's full lines, or
/// when the next line starts a list item. Hyphenation at line ends is
/// undone (PDFium's U+FFFE marker, soft hyphens, and "-" before a line that
/// starts in lower case); ligatures are spelled out; lines that are only a
/// page number are dropped.
QString joinPdfLines(const QStringList &pages);

} // namespace crossread
