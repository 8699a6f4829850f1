#pragma once

#include <models/import/extractedarticle.h>
#include <models/import/importerror.h>

#include <QByteArrayView>

namespace crossread {

/// Imports a Word document (.docx) with QuaZip: the paragraphs of
/// word/document.xml (tabs and line breaks kept, deleted text of tracked
/// changes and field codes left out), separated by blank lines; the title
/// and author of docProps/core.xml as inferred metadata.
///
/// Only those two entries are read, each only up to `maxUnpackedSize`
/// bytes: a zip bomb or an entry with a path like "../x" does nothing.
ImportError importDocx(QByteArrayView bytes, qint64 maxUnpackedSize, ExtractedArticle &out);

} // namespace crossread
