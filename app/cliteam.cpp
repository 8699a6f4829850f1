// Commands for team work: merging annotators' projects, measuring their agreement.

#include "cli.h"
#include "cli_p.h"

#include <models/agreement.h>
#include <models/merge.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace crossread::cli {

int runMerge(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(
        Tr::tr("Merges annotators' copies of a project into one: the first project, then each of the others into "
               "it. Articles are matched by the original file's SHA-256 or by their text, tags by path; claims and "
               "links keep their annotator, and what is there already is not added twice. Tags of the others that "
               "the first has no tag for are added, unless --map-tag sends them to an existing tag."));
    parser.addPositionalArgument(u"projects"_s, Tr::tr("Two or more .crossread files."), u"PROJECT PROJECT..."_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, Tr::tr("The .crossread file to write."), Tr::tr("file"));
    const QCommandLineOption mapTag(
        u"map-tag"_s, Tr::tr("Use the existing tag TO for the others' tag FROM (paths: \"Parent / Child\")."),
        u"FROM=TO"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print what was merged as JSON."));
    parser.addOptions({output, mapTag, json});
    if (const auto stop = parse(parser, arguments, -2, out, err))
        return *stop;
    if (!parser.isSet(output)) {
        err << programName() << " merge: " << Tr::tr("name the file to write with -o FILE") << '\n';
        return UsageError;
    }
    MergeOptions options;
    for (const QString &mapping : parser.values(mapTag)) {
        const qsizetype eq = mapping.indexOf(u'=');
        if (eq <= 0) {
            err << programName() << " merge: " << Tr::tr("--map-tag wants FROM=TO, not %1").arg(mapping) << '\n';
            return UsageError;
        }
        options.tagMapping.insert(mapping.left(eq).trimmed(), mapping.mid(eq + 1).trimmed());
    }
    const QStringList paths = parser.positionalArguments();
    Project merged;
    if (!load(paths.first(), merged, err))
        return Failure;
    QJsonArray reports;
    for (const QString &path : paths.mid(1)) {
        Project other;
        if (!load(path, other, err))
            return Failure;
        const MergeReport report = merge(merged, other, options);
        if (parser.isSet(json)) {
            reports.append(QJsonObject{{u"file"_s, path},
                                       {u"articlesMatched"_s, report.articlesMatched},
                                       {u"articlesAdded"_s, report.articlesAdded},
                                       {u"tagsMatched"_s, report.tagsMatched},
                                       {u"tagsAdded"_s, QJsonArray::fromStringList(report.tagsAdded)},
                                       {u"claimsAdded"_s, report.claimsAdded},
                                       {u"claimsAlreadyThere"_s, report.claimsAlreadyThere},
                                       {u"claimsNotPlaced"_s, QJsonArray::fromStringList(report.claimsNotPlaced)},
                                       {u"linksAdded"_s, report.linksAdded},
                                       {u"linksAlreadyThere"_s, report.linksAlreadyThere},
                                       {u"linksNotPlaced"_s, report.linksNotPlaced},
                                       {u"annotators"_s, QJsonArray::fromStringList(report.annotators)}});
        } else {
            out << Tr::tr("Merged %1:").arg(path) << '\n' << report.summary() << "\n\n";
        }
    }
    if (const ProjectError e = saveEdited(merged, parser.value(output)); !e.ok()) {
        err << programName() << " merge: " << e.message << '\n';
        return Failure;
    }
    if (parser.isSet(json))
        out << QJsonDocument(QJsonObject{{u"output"_s, parser.value(output)}, {u"merged"_s, reports}}).toJson();
    else
        out << Tr::tr("Wrote %1").arg(parser.value(output)) << '\n';
    return Success;
}

} // namespace crossread::cli

namespace crossread::cli {
namespace {

QJsonValue jsonNumber(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(value);
}

QJsonObject figureJson(const AgreementFigure &f)
{
    return {{u"what"_s, f.what},
            {u"alpha"_s, jsonNumber(f.alpha)},
            {u"kappa"_s, jsonNumber(f.kappa)},
            {u"units"_s, f.units},
            {u"agreed"_s, jsonNumber(f.agreed)}};
}

} // namespace

int runAgreement(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(
        Tr::tr("How far the annotators of a project agree: Krippendorff's alpha (and Cohen's kappa for two "
               "annotators) per tag and overall, per character of the articles two or more of them tagged; on the "
               "verification status of claims matched by overlap; on links (the same pair, the same relation). "
               "Each figure comes with the number of units behind it."));
    parser.addPositionalArgument(u"project"_s, Tr::tr("The .crossread file (merge annotators' copies first)."));
    const QCommandLineOption who(u"annotators"_s, Tr::tr("Compare only these annotators (comma-separated)."),
                                 u"NAMES"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print the figures as JSON."));
    parser.addOptions({who, json});
    if (const auto stop = parse(parser, arguments, 1, out, err))
        return *stop;
    Project p;
    if (!load(parser.positionalArguments().first(), p, err))
        return Failure;
    QStringList names;
    for (const QString &name : parser.value(who).split(u',', Qt::SkipEmptyParts))
        names << name.trimmed();
    const AgreementReport r = measureAgreement(p, names);
    if (parser.isSet(json)) {
        QJsonArray tags;
        for (const AgreementFigure &f : r.tags)
            tags.append(figureJson(f));
        out << QJsonDocument(QJsonObject{{u"annotators"_s, QJsonArray::fromStringList(r.annotators)},
                                         {u"articles"_s, r.articles},
                                         {u"overall"_s, figureJson(r.overall)},
                                         {u"tags"_s, tags},
                                         {u"status"_s, figureJson(r.status)},
                                         {u"links"_s, figureJson(r.links)}})
                   .toJson();
        return Success;
    }
    out << Tr::tr("Annotators: %1").arg(r.annotators.join(u", ")) << '\n'
        << Tr::tr("Articles tagged by two or more: %1").arg(r.articles) << "\n\n";
    if (r.annotators.size() < 2)
        out << Tr::tr("Agreement needs two annotators or more: merge their copies of the project first "
                      "(crossread merge).")
            << "\n\n";
    out << QStringLiteral("%1  %2  %3  %4  %5")
               .arg(Tr::tr("alpha"), 6)
               .arg(Tr::tr("kappa"), 6)
               .arg(Tr::tr("agreed"), 7)
               .arg(Tr::tr("units"), 8)
               .arg(Tr::tr("what"))
        << '\n';
    for (const AgreementFigure &f : r.figures()) {
        const QStringList cells = figureCells(f, QLocale::c());
        out << QStringLiteral("%1  %2  %3  %4  %5")
                   .arg(cells[1], 6)
                   .arg(cells[2], 6)
                   .arg(cells[3], 7)
                   .arg(cells[4], 8)
                   .arg(cells[0])
            << '\n';
    }
    return Success;
}

} // namespace crossread::cli
