#pragma once

#include <models/export/report.h>

namespace crossread {

/// Everything Crossread exports to, by what the user picks.
enum class ExportFormat : quint8 { Html, Pdf, Markdown, Csv, Json, Qdpx, WebAnnotation, Brat, ClaimReview };

QList<ExportFormat> allExportFormats();
/// The command line's name: html, pdf, md, csv, json, qdpx, w3c, brat, claimreview.
QString exportFormatKey(ExportFormat format);
std::optional<ExportFormat> exportFormatFromKey(QStringView key);
/// For people: "HTML report", "REFI-QDA project (.qdpx)"…
QString exportFormatLabel(ExportFormat format);
/// Whether it writes a folder of files (CSV, brat) rather than one file.
bool exportsToFolder(ExportFormat format);
/// The file name extension, without the dot ("html"); empty for a folder.
QString exportExtension(ExportFormat format);

/// Writes `format` to `target` (a file, or a folder it makes). Returns a
/// line saying what was written, or nullopt with `error` set. Files are
/// written whole or not at all (QSaveFile).
std::optional<QString> writeExport(const ExportSelection &selection, ExportFormat format,
                                   const ReportOptions &reportOptions, const QString &target, QString *error);

} // namespace crossread
