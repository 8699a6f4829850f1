// crossread export: reports (HTML, Markdown) and the project's data (CSV, JSON, REFI-QDA, W3C Web Annotations
// and brat standoff).

#include "cli.h"
#include "cli_p.h"

#include <models/export/exportformat.h>

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace crossread::cli {
namespace {

/// The tags named on the command line (names or paths, "t3" ids too).
std::optional<QList<TagId>> tagsNamed(const Project &p, const QStringList &names, QString *unknown)
{
    QList<TagId> tags;
    for (const QString &name : names) {
        const auto id = idFromString(EntityKind::Tag, name);
        const auto it = std::find_if(p.tags.begin(), p.tags.end(), [&](const Tag &t) {
            return (id && t.id == *id) || t.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (it == p.tags.end()) {
            *unknown = name;
            return std::nullopt;
        }
        tags << it->id;
    }
    return tags;
}

QStringList listValue(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QStringList items;
    for (const QString &value : parser.values(option)) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts))
            items << item.trimmed();
    }
    return items;
}

} // namespace

int runExport(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(Tr::tr(
        "Exports the project: html writes the report as one self-contained HTML file OUT, pdf as PDF, md as "
        "Markdown; csv writes claims.csv and links.csv into the folder OUT (RFC 4180, "
        "UTF-8); json writes the whole project to the file OUT, as described by "
        "resources/schema/crossread-project.schema.json; qdpx writes a REFI-QDA project exchange file OUT; "
        "w3c writes the claims and links as W3C Web Annotations (JSON-LD, an AnnotationCollection) to the file "
        "OUT; brat writes, into the folder OUT, aN.txt and aN.ann (brat standoff) for each article and an "
        "annotation.conf; claimreview writes the claims with a verdict as schema.org ClaimReview (JSON-LD) to the "
        "file OUT."));
    parser.addPositionalArgument(u"project"_s, Tr::tr("The .crossread file."));
    const QCommandLineOption format(u"format"_s, Tr::tr("html, pdf, md, csv, json, qdpx, w3c, brat or claimreview."),
                                    u"format"_s);
    const QCommandLineOption sections(
        u"sections"_s,
        Tr::tr("html, pdf and md: the report's sections, comma-separated, of cover, propositions, sources, tags, "
               "verification, charts, appendix (default: all)."),
        u"sections"_s);
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s}, Tr::tr("Where to write."), u"out"_s);
    const QCommandLineOption tags(u"tags"_s,
                                  Tr::tr("Only claims with these tags or tags under them (names or ids, "
                                         "comma-separated)."),
                                  u"tags"_s);
    const QCommandLineOption sources(u"sources"_s, Tr::tr("Only these articles (ids or positions, comma-separated)."),
                                     u"articles"_s);
    const QCommandLineOption hide(u"hide-annotators"_s, Tr::tr("Leave out who made claims and links."));
    const QCommandLineOption bom(u"bom"_s, Tr::tr("CSV: start with a UTF-8 byte order mark, for spreadsheets."));
    parser.addOptions({format, output, sections, tags, sources, hide, bom});
    if (const auto stop = parse(parser, arguments, 1, out, err))
        return *stop;
    const auto fail = [&](const QString &message, int code) {
        err << programName() << " export: " << message << '\n';
        return code;
    };
    const std::optional<ExportFormat> kind = exportFormatFromKey(parser.value(format));
    if (!kind)
        return fail(Tr::tr("--format is html, pdf, md, csv, json, qdpx, w3c, brat or claimreview"), UsageError);
    ReportOptions reportOptions;
    if (parser.isSet(sections)) {
        reportOptions.sections.clear();
        for (const QString &key : listValue(parser, sections)) {
            const auto section = reportSectionFromKey(key);
            if (!section)
                return fail(Tr::tr("no report section “%1”").arg(key), UsageError);
            reportOptions.sections << *section;
        }
    }
    if (!parser.isSet(output))
        return fail(Tr::tr("name where to write with -o OUT"), UsageError);

    const QString path = parser.positionalArguments().constFirst();
    Project project;
    if (!load(path, project, err))
        return Failure;
    ExportOptions options;
    options.hideAnnotators = parser.isSet(hide);
    options.byteOrderMark = parser.isSet(bom);
    QString unknown;
    const auto tagIds = tagsNamed(project, listValue(parser, tags), &unknown);
    if (!tagIds)
        return fail(Tr::tr("no tag “%1” in %2").arg(unknown, path), Failure);
    options.tags = *tagIds;
    for (const QString &name : listValue(parser, sources)) {
        const Article *a = findArticle(project, name);
        if (!a)
            return fail(Tr::tr("no article “%1” in %2").arg(name, path), Failure);
        options.sources << a->id;
    }
    const ExportSelection selection(project, options);

    QString error;
    const std::optional<QString> wrote = writeExport(selection, *kind, reportOptions, parser.value(output), &error);
    if (!wrote)
        return fail(error, Failure);
    out << *wrote << '\n';
    return Success;
}

} // namespace crossread::cli
