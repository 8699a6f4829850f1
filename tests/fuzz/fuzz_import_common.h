#pragma once

// One importer target: importBytes on the input named `fileName`, with the
// first byte choosing a forced encoding where `withEncoding`.

#include "fuzzinput.h"
#include "fuzzsupport.h"

#include <models/import/articleimporter.h>

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
    (void)importBytes(bytes, fileName, options, article);
}

} // namespace crossread::fuzz
