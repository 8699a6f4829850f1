// The Word importer: a zip input is the file; anything else is word/document.xml in a fresh zip.

#include "fuzz_import_common.h"

CROSSREAD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    crossread::fuzz::importOnce(crossread::fuzz::asZip(input, QStringLiteral("word/document.xml")),
                                QStringLiteral("article.docx"), false);
    return 0;
}
