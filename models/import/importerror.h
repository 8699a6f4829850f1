#pragma once

#include <QString>

namespace crossread {

/// Why a file was not imported, in words a user can act on.
struct ImportError
{
    enum class Code {
        None,
        NotFound, ///< no such file
        IsFolder,
        Unreadable, ///< the system refused to read it
        Empty,
        TooLarge, ///< over the size limit
        Binary, ///< not text: an image, an executable, NUL bytes
        UnsupportedFormat, ///< a file type Crossread does not import
        UnknownEncoding, ///< an encoding asked for that does not exist
        Malformed, ///< damaged or not what its name says
        NoText, ///< readable, but without article text (a scanned PDF, an empty page)
        PasswordProtected,
    };

    Code code = Code::None;
    QString message;

    bool ok() const { return code == Code::None; }
    static ImportError make(Code code, const QString &message) { return {code, message}; }
    /// A stable key for scripts ("password-protected").
    static QString keyOf(Code code);
};

} // namespace crossread
