#pragma once

#include <QString>

namespace crossread {

/// What a path names, as far as reading it as a file goes. Symbolic links
/// are followed.
enum class FileKind {
    Regular, ///< a file that can be opened and read to its end
    Missing, ///< nothing there
    DanglingLink, ///< a symbolic link to something that does not exist
    LinkLoop, ///< symbolic links that lead to each other and never to a file
    Folder,
    Special, ///< a device, pipe (FIFO) or socket: opening or reading it may never end
};

FileKind fileKind(const QString &path);

} // namespace crossread
