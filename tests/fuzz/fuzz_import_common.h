#pragma once

// One importer target: importBytes on the input named `fileName`, with the
// first byte choosing a forced encoding where `withEncoding`. An article
// imported must hold its contract: text, normalized (normalizeText changes
// it no more).

#include "fuzzinput.h"
#include "fuzzsupport.h"

#include <models/import/articleimporter.h>
#include <models/textnormalizer.h>

#include <cstdlib>

namespace crossread::fuzz {

inline void importOnce(QByteArrayView input, const QString &fileName, bool withEncoding)
{
    ImportOptions options;
    QByteArrayView bytes = input;
    if (withEncoding) {
        const EncodedInput split = splitEncoding(input);
        options.encoding = split.encoding;
        bytes = split.bytes;
    }
    ImportedArticle article;
    if (!importBytes(bytes, fileName, options, article).ok())
        return;
    if (article.text.isEmpty() || normalizeText(article.text) != article.text)
        std::abort(); // an article without text, or one whose text is not normalized
}

} // namespace crossread::fuzz
