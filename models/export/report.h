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
};

/// Every section, in order.
QList<ReportSection> allReportSections();
/// "cover", "propositions", "sources", "tags", "verification", "charts", "appendix".
QString reportSectionKey(ReportSection section);
std::optional<ReportSection> reportSectionFromKey(QStringView key);

struct ReportOptions
{
    QList<ReportSection> sections = allReportSections();
    QDateTime madeAt = QDateTime::currentDateTimeUtc(); ///< "how the report was made"
};

/// The report as one self-contained HTML5 file: inline CSS with a print
/// stylesheet, charts as inline SVG, no script and nothing fetched.
QByteArray htmlReport(const ExportSelection &selection, const ReportOptions &options);

/// The same report in Markdown (CommonMark with pipe tables): charts as
/// tables of their figures, highlights as bold with note numbers.
QByteArray markdownReport(const ExportSelection &selection, const ReportOptions &options);

} // namespace crossread
