#include "exportformat.h"

#include "exports.h"
#include "qdpx.h"
#include "standardexports.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::Export)
};

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

struct FormatInfo
{
    ExportFormat format;
    const char *key;
    const char *label;
    const char *extension; ///< empty: a folder
};

const FormatInfo kFormats[] = {
    {ExportFormat::Html, "html", QT_TRANSLATE_NOOP("crossread::Export", "Report (HTML)"), "html"},
    {ExportFormat::Pdf, "pdf", QT_TRANSLATE_NOOP("crossread::Export", "Report (PDF)"), "pdf"},
    {ExportFormat::Markdown, "md", QT_TRANSLATE_NOOP("crossread::Export", "Report (Markdown)"), "md"},
    {ExportFormat::Csv, "csv", QT_TRANSLATE_NOOP("crossread::Export", "Claims and links (CSV, a folder)"), ""},
    {ExportFormat::Json, "json", QT_TRANSLATE_NOOP("crossread::Export", "Whole project (JSON)"), "json"},
    {ExportFormat::Qdpx, "qdpx", QT_TRANSLATE_NOOP("crossread::Export", "REFI-QDA project (.qdpx)"), "qdpx"},
    {ExportFormat::WebAnnotation, "w3c", QT_TRANSLATE_NOOP("crossread::Export", "W3C Web Annotations (JSON-LD)"),
     "jsonld"},
    {ExportFormat::Brat, "brat", QT_TRANSLATE_NOOP("crossread::Export", "brat standoff (a folder)"), ""},
    {ExportFormat::ClaimReview, "claimreview",
     QT_TRANSLATE_NOOP("crossread::Export", "ClaimReview of claims with a verdict (JSON-LD)"), "json"},
};

const FormatInfo &info(ExportFormat format)
{
    return kFormats[int(format)];
}

} // namespace

QList<ExportFormat> allExportFormats()
{
    QList<ExportFormat> all;
    for (const FormatInfo &f : kFormats)
        all << f.format;
    return all;
}

QString exportFormatKey(ExportFormat format)
{
    return QString::fromLatin1(info(format).key);
}

std::optional<ExportFormat> exportFormatFromKey(QStringView key)
{
    for (const FormatInfo &f : kFormats) {
        if (key.compare(QLatin1StringView(f.key), Qt::CaseInsensitive) == 0)
            return f.format;
    }
    return std::nullopt;
}

QString exportFormatLabel(ExportFormat format)
{
    return Tr::tr(info(format).label);
}

bool exportsToFolder(ExportFormat format)
{
    return info(format).extension[0] == '\0';
}

QString exportExtension(ExportFormat format)
{
    return QString::fromLatin1(info(format).extension);
}

std::optional<QString> writeExport(const ExportSelection &selection, ExportFormat format,
                                   const ReportOptions &reportOptions, const QString &target, QString *error)
{
    const auto wrote = [&] { return std::optional<QString>(Tr::tr("Wrote %1").arg(target)); };
    // A cancelled report is unfinished: nothing of it is written.
    const auto writeReport = [&](const QByteArray &bytes) {
        if (reportOptions.progress && reportOptions.progress->isCancelled()) {
            *error = Tr::tr("the export was cancelled");
            return false;
        }
        return writeFile(target, bytes, error);
    };
    switch (format) {
    case ExportFormat::Html:
        return writeReport(htmlReport(selection, reportOptions)) ? wrote() : std::nullopt;
    case ExportFormat::Pdf:
        return writePdfReport(selection, reportOptions, target, error) ? wrote() : std::nullopt;
    case ExportFormat::Markdown:
        return writeReport(markdownReport(selection, reportOptions)) ? wrote() : std::nullopt;
    case ExportFormat::Json:
        return writeFile(target, projectJson(selection), error) ? wrote() : std::nullopt;
    case ExportFormat::WebAnnotation:
        return writeFile(target, webAnnotationJson(selection), error) ? wrote() : std::nullopt;
    case ExportFormat::ClaimReview:
        return writeFile(target, claimReviewJson(selection), error) ? wrote() : std::nullopt;
    case ExportFormat::Qdpx:
        return writeQdpx(selection, target, error) ? wrote() : std::nullopt;
    case ExportFormat::Csv:
    case ExportFormat::Brat:
        break;
    }
    if (!QDir().mkpath(target)) {
        *error = Tr::tr("cannot make the folder %1").arg(target);
        return std::nullopt;
    }
    const QDir folder(target);
    if (format == ExportFormat::Brat) {
        const BratExport brat = bratStandoff(selection);
        if (!writeFile(folder.filePath(u"annotation.conf"_s), brat.config, error))
            return std::nullopt;
        for (const BratDocument &d : brat.documents) {
            if (!writeFile(folder.filePath(d.name + u".txt"_s), d.text, error)
                || !writeFile(folder.filePath(d.name + u".ann"_s), d.annotations, error))
                return std::nullopt;
        }
        return Tr::tr("Wrote %1 articles with %2 claims to %3")
            .arg(brat.documents.size())
            .arg(selection.claims().size())
            .arg(folder.path());
    }
    if (!writeFile(folder.filePath(u"claims.csv"_s), claimsCsv(selection), error)
        || !writeFile(folder.filePath(u"links.csv"_s), linksCsv(selection), error))
        return std::nullopt;
    return Tr::tr("Wrote %1 claims and %2 links to %3")
        .arg(selection.claims().size())
        .arg(selection.links().size())
        .arg(folder.path());
}

} // namespace crossread
