#pragma once

#include <models/article.h>

namespace crossread {

/// What a format importer takes from a file: its text as the file has it
/// (normalization comes after) and what the file's own metadata says (HTML
/// head and JSON-LD, PDF and DOCX properties), each field marked inferred.
struct ExtractedArticle
{
    QString text;
    ArticleMetadata meta;
    QString encoding; ///< of the file's text, when it has one
};

} // namespace crossread
