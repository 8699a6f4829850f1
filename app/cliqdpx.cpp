// crossread import-qdpx: a REFI-QDA project as a new Crossread project.

#include "cli.h"
#include "cli_p.h"

#include <models/import/qdpximporter.h>
#include <models/projectfile.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace crossread::cli {

int runImportQdpx(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(Tr::tr(
        "Reads a REFI-QDA project exchange file (.qdpx, from ATLAS.ti, MAXQDA, NVivo, QualCoder…) into a new "
        "Crossread project: codes as tags, text sources as articles, text selections as claims, links as links."));
    parser.addPositionalArgument(u"file"_s, Tr::tr("The .qdpx file."));
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s}, Tr::tr("The .crossread file to write."),
                                    u"project"_s);
    parser.addOption(output);
    if (const auto stop = parse(parser, arguments, 1, out, err))
        return *stop;
    const auto fail = [&](const QString &message, int code) {
        err << programName() << " import-qdpx: " << message << '\n';
        return code;
    };
    if (!parser.isSet(output))
        return fail(Tr::tr("name the project to write with -o PROJECT"), UsageError);
    const QString target = parser.value(output);
    if (QFileInfo::exists(target))
        return fail(Tr::tr("%1 exists; name a new file").arg(target), Failure);
    Project project;
    QdpxReport report;
    QString error;
    if (!readQdpx(parser.positionalArguments().constFirst(), project, report, &error))
        return fail(error, Failure);
    if (ProjectError e = saveEdited(project, target); !e.ok())
        return fail(e.message, Failure);
    out << Tr::tr("Wrote %1: %2 codes, %3 sources, %4 selections, %5 links")
               .arg(target)
               .arg(report.codes)
               .arg(report.sources)
               .arg(report.selections)
               .arg(report.links)
        << '\n';
    for (const QString &line : std::as_const(report.skipped))
        out << Tr::tr("left out: %1").arg(line) << '\n';
    return Success;
}

} // namespace crossread::cli
