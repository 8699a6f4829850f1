#pragma once

#include <models/article.h>
#include <models/import/importerror.h>

#include <QByteArrayView>
#include <QStringList>

namespace crossread {

/// The formats Crossread imports.
enum class FileFormat { Text, Markdown, Html, Pdf, Docx };

/// "txt", "md", "html", "pdf", "docx": as recorded in an article's provenance.
QString formatKey(FileFormat format);

/// The name filters of a file dialog for the formats Crossread imports.
QStringList importNameFilters();

struct ImportOptions
{
    /// Decode text with this encoding (any name ICU knows) instead of detecting it.
    QString encoding;
    /// Files larger than this are refused (default 50 MB).
    qint64 maxFileSize = qint64(50) * 1024 * 1024;
    /// The outlet of every imported article, instead of inferring one.
    QString outlet;
};

/// An article ready to be added to a project: normalized text, metadata
/// (inferred fields marked) and provenance.
struct ImportedArticle
{
    ArticleMetadata meta;
    QString text;
    Provenance provenance;
};

/// Imports one file: checks it (exists, is a file, is readable, is not
/// empty, is within the size limit), recognises its format by its content
/// and name, extracts its text and metadata, normalizes the text
/// (normalizeText), infers what the file does not say (inferMetadata) and
/// records its provenance. Safe to call from several threads at once.
ImportError importFile(const QString &path, const ImportOptions &options, ImportedArticle &out);

/// The same for bytes already read, named `fileName`.
ImportError importBytes(QByteArrayView bytes, const QString &fileName, const ImportOptions &options,
                        ImportedArticle &out);

} // namespace crossread
