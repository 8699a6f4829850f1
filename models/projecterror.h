#pragma once

#include <QString>

namespace crossread {

/// Why a project could not be read, checked or written. The message names
/// the problem in words a user can act on.
struct ProjectError
{
    enum class Code {
        None,
        CannotRead, ///< the file could not be opened or read
        CannotWrite, ///< the file could not be written
        TooLarge, ///< larger than any project this version can hold in memory
        NotAProject, ///< no Crossread magic bytes
        HeaderDamaged, ///< the header's own checksum does not match
        NewerFormat, ///< written by a newer Crossread
        UnsupportedArchive, ///< an archive kind this version cannot read
        Truncated, ///< shorter than its header says
        TrailingData, ///< longer than its header says
        ChecksumMismatch, ///< the data does not match its checksum
        MalformedData, ///< the data cannot be decoded
        InvalidContent, ///< decoded, but inconsistent (dangling reference, bad anchor, ...)
    };

    Code code = Code::None;
    QString message;

    bool ok() const { return code == Code::None; }
    static ProjectError make(Code code, const QString &message) { return {code, message}; }
};

} // namespace crossread
