// The Markdown importer: the first byte forces an encoding (or none), the rest is the file.

#include "fuzz_import_common.h"

CROSSREAD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    crossread::fuzz::importOnce(input, QStringLiteral("article.md"), true);
    return 0;
}
