// The PDF importer (QtPdf): the input is the file.

#include "fuzz_import_common.h"

CROSSREAD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    crossread::fuzz::importOnce(input, QStringLiteral("article.pdf"), false);
    return 0;
}
