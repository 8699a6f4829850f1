#include "importerror.h"

namespace crossread {

QString ImportError::keyOf(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::IsFolder:
        return QStringLiteral("is-folder");
    case Code::Unreadable:
        return QStringLiteral("unreadable");
    case Code::Empty:
        return QStringLiteral("empty");
    case Code::TooLarge:
        return QStringLiteral("too-large");
    case Code::Binary:
        return QStringLiteral("binary");
    case Code::UnsupportedFormat:
        return QStringLiteral("unsupported-format");
    case Code::UnknownEncoding:
        return QStringLiteral("unknown-encoding");
    case Code::Malformed:
        return QStringLiteral("malformed");
    case Code::NoText:
        return QStringLiteral("no-text");
    case Code::PasswordProtected:
        return QStringLiteral("password-protected");
    }
    return QStringLiteral("unknown");
}

} // namespace crossread
