#pragma once

#include <models/export/exportoptions.h>

#include <QUuid>

namespace crossread {

/// REFI-QDA project exchange (QDA-XML 1.0, the schema of REFI-QDA 1.5): a
/// `.qdpx` zip with `project.qde` and the articles as UTF-8 text under
/// `Sources/`. Tags become codes (with their hierarchy, colour and
/// description), claims `PlainTextSelection`s coded with their tags
/// (positions in Unicode code points; the note as the selection's
/// description), links `Link`s between selections (named by relation),
/// article metadata variables (Outlet, Author, Published, URL, Language),
/// annotators users.

/// The XML of `project.qde`, and the text file of each article
/// (`Sources/<guid>.txt`) into `sources`.
QByteArray qdeXml(const ExportSelection &selection, QList<std::pair<QString, QByteArray>> *sources);

/// Writes the `.qdpx` file; false with `error` set when it cannot.
bool writeQdpx(const ExportSelection &selection, const QString &path, QString *error);

/// The GUID of an object in the exchange: the same for the same project
/// title and id, so that exporting twice gives the same file.
QUuid exchangeGuid(const Project &project, EntityKind kind, Id id);

} // namespace crossread
