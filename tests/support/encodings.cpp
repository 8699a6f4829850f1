#include "encodings.h"

#include <memory>
#include <stdexcept>
#include <unicode/ucnv.h>

namespace crossread::test {

QByteArray encodeAs(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &status), &ucnv_close);
    if (U_FAILURE(status))
        throw std::runtime_error("unknown charset");
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length
        = ucnv_fromUChars(converter.get(), out.data(), int32_t(out.size()),
                          reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    if (U_FAILURE(status))
        throw std::runtime_error("cannot encode");
    out.truncate(length);
    return out;
}

} // namespace crossread::test
