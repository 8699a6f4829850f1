#pragma once

#include <models/project.h>

namespace crossread {

/// What reading a REFI-QDA project brought in, and what it had to leave.
struct QdpxReport
{
    int codes = 0;
    int sources = 0;
    int selections = 0;
    int links = 0;
    QStringList skipped; ///< one line per thing left out, with the reason
};

/// Reads a REFI-QDA project exchange file (`.qdpx`, QDA-XML 1.0) into a new
/// project: codes become tags (hierarchy, colour, description); text
/// sources become articles (their text from `Sources/` or
/// `PlainTextContent`, line ends made LF; the variables Outlet, Author,
/// Published, URL and Language become their metadata); plain-text
/// selections become claims (positions in code points), tagged with their
/// codings' codes, their description as the note, their creating user as
/// the annotator; links between two selections become links (a name that is
/// a relation, as Crossread writes them, gives the relation; else
/// "related"). Picture, PDF, audio and video sources, and selections that do
/// not fit their text, are left out and listed in `report`.
/// False with `error` set when the file cannot be read at all.
bool readQdpx(const QString &path, Project &project, QdpxReport &report, QString *error);

} // namespace crossread
