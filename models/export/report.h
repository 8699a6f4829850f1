#pragma once

#include <models/export/exportoptions.h>

#include <QByteArray>
#include <QDateTime>

namespace crossread {

/// The parts of a report, in the order they appear.
enum class ReportSection : quint8 {
    Cover, ///< title, description, date, the sources table
    Propositions, ///< each proposition: what each source says, discrepancies, omissions
    Sources, ///< each article's text with its claims highlighted and numbered notes
    ClaimsByTag,
    Verification, ///< claims by status and source
    Charts, ///< claims per tag per source; coverage of propositions per source
    Appendix, ///< the codebook, and how the report was made
    Agreement, ///< how far the annotators agree (only with two or more); before the appendix
};

/// Every section, in order.
QList<ReportSection> allReportSections();
/// "cover", "propositions", "sources", "tags", "verification", "charts", "appendix", "agreement".
/// Its heading in a report ("Claims by tag").
QString reportSectionLabel(ReportSection section);
QString reportSectionKey(ReportSection section);
std::optional<ReportSection> reportSectionFromKey(QStringView key);

struct ReportOptions
{
    QList<ReportSection> sections = allReportSections();
    QDateTime madeAt = QDateTime::currentDateTimeUtc(); ///< "how the report was made"
    /// When set, counts the sections and the annotated texts done, and a
    /// cancel stops the report at the next of them (what it returns then
    /// is unfinished: writeExport() writes nothing).
    ExportProgress *progress = nullptr;
};

/// The report as one self-contained HTML5 file: inline CSS with a print
/// stylesheet, charts as inline SVG, no script and nothing fetched.
QByteArray htmlReport(const ExportSelection &selection, const ReportOptions &options);

/// The HTML report with each chart an <img src="crossread-chart:N"> and its
/// SVG document the Nth of `charts`: for renderers without SVG (the PDF).
QByteArray htmlReportWithChartImages(const ExportSelection &selection, const ReportOptions &options,
                                     QStringList *charts);

/// The same report as PDF (A4), through QTextDocument: the HTML report with
/// its charts as images. Needs a QGuiApplication (fonts). False with `error`
/// set when the file cannot be written.
bool writePdfReport(const ExportSelection &selection, const ReportOptions &options, const QString &path,
                    QString *error);

/// The same report in Markdown (CommonMark with pipe tables): charts as
/// tables of their figures, highlights as bold with note numbers.
QByteArray markdownReport(const ExportSelection &selection, const ReportOptions &options);

} // namespace crossread
