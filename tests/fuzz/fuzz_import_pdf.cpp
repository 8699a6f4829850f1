// The PDF importer (QtPdf): the input is the file.

#include "fuzz_import_common.h"

#include <QPdfDocument>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    crossread::fuzz::makeApplication(argc, argv);
    // QtPdf initialises PDFium when its first document is made and tears it
    // down with its last: without one that lives on, every input would pay
    // for PDFium's start, its scan of the system's fonts included: 14 ms an
    // input instead of 1.4.
    static QPdfDocument *keepsPdfiumUp = new QPdfDocument;
    Q_UNUSED(keepsPdfiumUp);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    crossread::fuzz::importOnce(input, QStringLiteral("article.pdf"), false);
    return 0;
}
