#include "cli.h"

#include "cli_p.h"

#include <models/defaultcodebook.h>
#include <models/document.h>
#include <models/filelock.h>
#include <models/import/importbatch.h>
#include <models/project.h>
#include <models/projectdescription.h>
#include <models/projectfile.h>
#include <models/projectvalidator.h>
#include <models/textanchor.h>
#include <models/vocabulary.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace crossread::cli {

QString programName()
{
    return u"crossread"_s;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, int positional, QTextStream &out,
                         QTextStream &err)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    parser.addOption(help);
    const QString command = arguments.first();
    if (!parser.parse(QStringList{programName()} + arguments.mid(1))) {
        err << programName() << ' ' << command << ": " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        // Qt's usage line names the running binary; name the command instead.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1);
        out << Tr::tr("Usage: %1 %2").arg(programName(), QString::fromUtf8(findCommand(command)->synopsis)) << '\n'
            << text;
        return Success;
    }
    // A negative count means "at least that many".
    const qsizetype given = parser.positionalArguments().size();
    if (positional >= 0 ? given != positional : given < -positional) {
        err << programName() << ' ' << command << ": ";
        if (positional < 0)
            err << Tr::tr("expected at least %1 arguments; see crossread %2 --help").arg(-positional).arg(command);
        else if (positional == 1)
            err << Tr::tr("expected 1 argument; see crossread %1 --help").arg(command);
        else
            err << Tr::tr("expected %1 arguments; see crossread %2 --help").arg(positional).arg(command);
        err << '\n';
        return UsageError;
    }
    return std::nullopt;
}

bool load(const QString &path, Project &project, QTextStream &err)
{
    const ProjectError e = loadProject(path, project);
    if (!e.ok())
        err << programName() << ": " << path << ": " << e.message << '\n';
    return e.ok();
}

ProjectError saveEdited(const Project &project, const QString &path)
{
    // Not behind the back of a window that has the project open: its next
    // save would overwrite this change, and its journal would no longer fit.
    const FileLock lock = lockFile(path);
    if (!lock.holder.isEmpty())
        return ProjectError::make(ProjectError::Code::CannotWrite,
                                  Tr::tr("%1 is open in Crossread (%2); close it there first").arg(path, lock.holder));
    SaveOptions options;
    options.backups = 3;
    return saveProject(project, path, options);
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

const Article *findArticle(const Project &p, const QString &name)
{
    if (!name.isEmpty() && name.front().isDigit()) {
        bool ok = false;
        const int index = name.toInt(&ok);
        return ok && index >= 1 && size_t(index) <= p.articles.size() ? &p.articles[size_t(index) - 1] : nullptr;
    }
    const auto id = idFromString(EntityKind::Article, name);
    return id ? findById(p.articles, *id) : nullptr;
}

namespace {

QJsonObject articleJson(const Article &a, int index)
{
    QJsonObject o;
    o[u"id"] = idToString(EntityKind::Article, a.id);
    o[u"index"] = index;
    o[u"title"] = a.meta.title;
    o[u"outlet"] = a.meta.outlet;
    o[u"author"] = a.meta.author;
    o[u"published"] = isoDate(a.meta.published);
    o[u"url"] = a.meta.url;
    o[u"language"] = a.meta.language;
    o[u"labels"] = QJsonArray::fromStringList(a.meta.labels);
    o[u"characters"] = a.text.size();
    QJsonObject provenance;
    provenance[u"fileName"] = a.provenance.fileName;
    provenance[u"fileSize"] = a.provenance.fileSize;
    provenance[u"sha256"] = QString::fromLatin1(a.provenance.sha256.toHex());
    provenance[u"format"] = a.provenance.format;
    provenance[u"encoding"] = a.provenance.encoding;
    o[u"provenance"] = provenance;
    return o;
}

int runInfo(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(Tr::tr("Shows a project's title, counts, and its articles with outlet and date."));
    parser.addPositionalArgument(u"project"_s, Tr::tr("The .crossread file."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print JSON instead of text."));
    parser.addOption(json);
    if (const auto stop = parse(parser, arguments, 1, out, err))
        return *stop;
    const QString path = parser.positionalArguments().constFirst();
    Project p;
    if (!load(path, p, err))
        return Failure;

    if (parser.isSet(json)) {
        QJsonObject o;
        o[u"title"] = p.info.title;
        o[u"description"] = p.info.description;
        QJsonObject counts;
        counts[u"articles"] = qint64(p.articles.size());
        counts[u"tags"] = qint64(p.tags.size());
        counts[u"claims"] = qint64(p.claims.size());
        counts[u"links"] = qint64(p.links.size());
        counts[u"propositions"] = qint64(p.propositions.size());
        o[u"counts"] = counts;
        QJsonArray articles;
        for (size_t i = 0; i < p.articles.size(); ++i)
            articles.append(articleJson(p.articles[i], int(i) + 1));
        o[u"articles"] = articles;
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Success;
    }

    out << Tr::tr("Title:        %1").arg(p.info.title.isEmpty() ? Tr::tr("(untitled)") : p.info.title) << '\n';
    if (!p.info.description.isEmpty())
        out << Tr::tr("Description:  %1").arg(p.info.description) << '\n';
    out << Tr::tr("Articles:     %1").arg(p.articles.size()) << '\n'
        << Tr::tr("Tags:         %1").arg(p.tags.size()) << '\n'
        << Tr::tr("Claims:       %1").arg(p.claims.size()) << '\n'
        << Tr::tr("Links:        %1").arg(p.links.size()) << '\n'
        << Tr::tr("Propositions: %1").arg(p.propositions.size()) << '\n';
    for (size_t i = 0; i < p.articles.size(); ++i) {
        const Article &a = p.articles[i];
        const QString date = a.meta.published.isValid() ? isoDate(a.meta.published) : Tr::tr("no date");
        const QString outlet = a.meta.outlet.isEmpty() ? Tr::tr("no outlet") : a.meta.outlet;
        out << u"%1. [%2] %3 (%4, %5)"_s.arg(i + 1).arg(idToString(EntityKind::Article, a.id), a.displayTitle(), outlet,
                                                        date)
            << '\n';
    }
    return Success;
}

int runCheck(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(Tr::tr("Reads and validates a project fully: header, checksum, data, and every "
                                            "reference and anchor. Exit code 0 when it is sound, 1 otherwise."));
    parser.addPositionalArgument(u"project"_s, Tr::tr("The .crossread file."));
    if (const auto stop = parse(parser, arguments, 1, out, err))
        return *stop;
    const QString path = parser.positionalArguments().constFirst();
    Project p;
    if (!load(path, p, err)) // loading validates everything
        return Failure;
    out << Tr::tr("%1: sound (%2 articles, %3 claims, %4 links)")
               .arg(path)
               .arg(p.articles.size())
               .arg(p.claims.size())
               .arg(p.links.size())
        << '\n';
    return Success;
}

int runDemo(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(Tr::tr("Writes the demo project: four fictional articles about one event, with "
                                            "claims, links and propositions."));
    const QCommandLineOption output({u"o"_s, u"output"_s}, Tr::tr("The .crossread file to write."), Tr::tr("file"));
    parser.addOption(output);
    if (const auto stop = parse(parser, arguments, 0, out, err))
        return *stop;
    if (!parser.isSet(output)) {
        err << programName() << " demo: " << Tr::tr("name the file to write with -o FILE") << '\n';
        return UsageError;
    }
    Project p;
    ProjectError e = loadProjectDescription(demoDescriptionPath(), p);
    if (e.ok())
        e = saveEdited(p, parser.value(output));
    if (!e.ok()) {
        err << programName() << " demo: " << e.message << '\n';
        return Failure;
    }
    out << Tr::tr("Wrote the demo project to %1").arg(parser.value(output)) << '\n';
    return Success;
}

int runText(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(Tr::tr("Prints an article's stored text as UTF-8, exactly as claims are anchored "
                                            "in it (offsets count UTF-16 code units of this text)."));
    parser.addPositionalArgument(u"project"_s, Tr::tr("The .crossread file."));
    parser.addPositionalArgument(u"article"_s, Tr::tr("An article id (a12) or its 1-based position (3)."));
    if (const auto stop = parse(parser, arguments, 2, out, err))
        return *stop;
    const QStringList args = parser.positionalArguments();
    Project p;
    if (!load(args[0], p, err))
        return Failure;
    const Article *article = findArticle(p, args[1]);
    if (!article) {
        err << programName() << " text: "
            << Tr::tr("no article “%1” in %2 (it has %3; see crossread info)")
                   .arg(args[1], args[0])
                   .arg(p.articles.size())
            << '\n';
        return Failure;
    }
    out << article->text;
    return Success;
}

QString describeImported(const Article &a)
{
    QStringList facts;
    facts << (a.meta.outlet.isEmpty() ? Tr::tr("no outlet") : a.meta.outlet);
    facts << (a.meta.published.isValid() ? isoDate(a.meta.published) : Tr::tr("no date"));
    if (!a.meta.language.isEmpty())
        facts << a.meta.language;
    if (!a.provenance.encoding.isEmpty())
        facts << a.provenance.encoding;
    return u"“%1” (%2)"_s.arg(a.displayTitle(), facts.join(u"; "));
}

int runImport(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(
        Tr::tr("Imports articles (text, Markdown, HTML, PDF, DOCX) into a project and saves it. Files already in "
               "the project are skipped; a file whose title and outlet match an article with other text is added as "
               "its new version. Exit code 1 when any file failed."));
    parser.addPositionalArgument(u"project"_s, Tr::tr("The .crossread file."));
    parser.addPositionalArgument(u"files"_s, Tr::tr("The files to import."), u"FILE..."_s);
    const QCommandLineOption create(u"create"_s, Tr::tr("Create the project if it does not exist."));
    const QCommandLineOption outlet(u"outlet"_s, Tr::tr("The outlet of every imported article."), u"name"_s);
    const QCommandLineOption encoding(u"encoding"_s, Tr::tr("Read text in this encoding instead of detecting it."),
                                      u"enc"_s);
    const QCommandLineOption maxSize(u"max-size"_s, Tr::tr("Refuse files larger than this many MB (default 50)."),
                                     u"MB"_s);
    const QCommandLineOption versions(u"new-versions"_s,
                                      Tr::tr("What to do with a new version of an article: version (default), "
                                             "separate, or skip."),
                                      u"how"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print JSON instead of text."));
    parser.addOptions({create, outlet, encoding, maxSize, versions, json});
    if (const auto stop = parse(parser, arguments, -2, out, err))
        return *stop;
    const QStringList args = parser.positionalArguments();
    const QString path = args[0];
    const QStringList files = args.mid(1);

    ImportOptions options;
    options.outlet = parser.value(outlet);
    options.encoding = parser.value(encoding);
    if (parser.isSet(maxSize)) {
        bool ok = false;
        const double mb = parser.value(maxSize).toDouble(&ok);
        if (!ok || mb <= 0) {
            err << programName() << " import: " << Tr::tr("--max-size needs a number of megabytes") << '\n';
            return UsageError;
        }
        options.maxFileSize = qint64(mb * 1024 * 1024);
    }
    const QString versionPolicy = parser.value(versions).isEmpty() ? u"version"_s : parser.value(versions);
    if (versionPolicy != u"version" && versionPolicy != u"separate" && versionPolicy != u"skip") {
        err << programName() << " import: " << Tr::tr("--new-versions is version, separate or skip") << '\n';
        return UsageError;
    }

    Project project;
    const bool exists = QFileInfo::exists(path);
    if (exists) {
        if (!load(path, project, err))
            return Failure;
    } else if (!parser.isSet(create)) {
        err << programName() << " import: " << Tr::tr("%1 does not exist; add --create to make a new project").arg(path)
            << '\n';
        return Failure;
    } else {
        project = newProject();
        project.info.title = QFileInfo(path).completeBaseName();
    }

    QFuture<ImportOutcome> future = startImport(files, options);
    future.waitForFinished();
    QList<ImportStep> steps = planImport(project, future.results());
    for (ImportStep &step : steps) {
        if (step.action != ImportStep::Action::AddAsNewVersion)
            continue;
        if (versionPolicy == u"separate") {
            step.action = ImportStep::Action::Add;
        } else if (versionPolicy == u"skip") {
            step.action = ImportStep::Action::Skip;
            step.reason = Tr::tr("it is a new version of %1, and --new-versions skip was given")
                              .arg(idToString(EntityKind::Article, step.versionCandidate));
        }
    }

    Document document;
    document.resetProject(std::move(project), path);
    const ImportSummary summary = applyImport(document, steps);
    if (!summary.added.isEmpty() || !exists) {
        if (const ProjectError e = saveEdited(document.project(), path); !e.ok()) {
            err << programName() << " import: " << e.message << '\n';
            return Failure;
        }
    }

    QJsonArray imported, skipped, failed;
    qsizetype added = 0;
    for (const ImportStep &step : steps) {
        const QString file = step.outcome.path;
        QJsonObject o;
        o[u"file"] = file;
        switch (step.action) {
        case ImportStep::Action::Add:
        case ImportStep::Action::AddAsNewVersion: {
            const Article &a = *findById(document.project().articles, summary.added[added++]);
            o[u"id"] = idToString(EntityKind::Article, a.id);
            o[u"article"] = articleJson(a, int(rowOf(document.project().articles, a.id)) + 1);
            if (a.previousVersion != NoId)
                o[u"newVersionOf"] = idToString(EntityKind::Article, a.previousVersion);
            imported.append(o);
            if (!parser.isSet(json)) {
                const QString version = a.previousVersion == NoId
                    ? QString()
                    : Tr::tr(" — new version of %1").arg(idToString(EntityKind::Article, a.previousVersion));
                out << u"imported  %1  %2  %3%4"_s.arg(idToString(EntityKind::Article, a.id), file, describeImported(a),
                                                       version)
                    << '\n';
            }
            break;
        }
        case ImportStep::Action::Skip:
            o[u"reason"] = step.reason;
            if (step.existing != NoId)
                o[u"duplicateOf"] = idToString(EntityKind::Article, step.existing);
            skipped.append(o);
            if (!parser.isSet(json))
                out << u"skipped   %1: %2"_s.arg(file, step.reason) << '\n';
            break;
        case ImportStep::Action::Fail:
            o[u"reason"] = step.outcome.error.message;
            o[u"code"] = ImportError::keyOf(step.outcome.error.code);
            failed.append(o);
            if (!parser.isSet(json))
                out << u"failed    %1: %2"_s.arg(file, step.outcome.error.message) << '\n';
            break;
        }
    }
    if (parser.isSet(json)) {
        QJsonObject o;
        o[u"project"] = path;
        o[u"imported"] = imported;
        o[u"skipped"] = skipped;
        o[u"failed"] = failed;
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << Tr::tr("%1 imported, %2 skipped, %3 failed.")
                   .arg(imported.size())
                   .arg(skipped.size())
                   .arg(failed.size());
        if (!summary.added.isEmpty() || !exists)
            out << ' ' << Tr::tr("Saved %1.").arg(path);
        out << '\n';
    }
    return failed.isEmpty() ? Success : Failure;
}

QJsonObject claimJson(const Project &p, const Claim &c)
{
    QJsonObject o;
    o[u"id"] = idToString(EntityKind::Claim, c.id);
    o[u"article"] = idToString(EntityKind::Article, c.article);
    o[u"start"] = c.anchor.start;
    o[u"end"] = c.anchor.end;
    o[u"quote"] = c.anchor.quote;
    QJsonArray tags;
    for (TagId id : c.attributes.tags) {
        if (const Tag *tag = findById(p.tags, id))
            tags.append(tag->name);
    }
    o[u"tags"] = tags;
    o[u"kind"] = keyOf(c.attributes.kind);
    o[u"status"] = keyOf(c.attributes.status);
    o[u"confidence"] = keyOf(c.attributes.confidence);
    o[u"attributedTo"] = c.attributes.attributedTo;
    o[u"note"] = c.attributes.note;
    o[u"author"] = c.author;
    o[u"created"] = QDateTime::fromMSecsSinceEpoch(c.createdMs, Qt::UTC).toString(Qt::ISODate);
    o[u"modified"] = QDateTime::fromMSecsSinceEpoch(c.modifiedMs, Qt::UTC).toString(Qt::ISODate);
    return o;
}

/// A colour for a tag made from the command line: the default codebook's
/// colours in turn.
QRgb colourForNewTag(const Project &p)
{
    const QList<Tag> palette = defaultCodebook();
    return palette[qsizetype(p.tags.size()) % palette.size()].color;
}

int runClaimAdd(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(
        Tr::tr("Tags a quote of an article as a claim, saves the project, and prints the new claim's id. The quote "
               "must be in the article's stored text (see crossread text); a tag not yet in the codebook is added."));
    parser.addPositionalArgument(u"project"_s, Tr::tr("The .crossread file."));
    const QCommandLineOption article(u"article"_s, Tr::tr("The article: an id (a12) or its 1-based position."),
                                     u"article"_s);
    const QCommandLineOption quote(u"quote"_s, Tr::tr("The exact text of the claim."), u"text"_s);
    const QCommandLineOption occurrence(u"occurrence"_s, Tr::tr("Which occurrence of the quote (default 1)."), u"n"_s);
    const QCommandLineOption tag(u"tag"_s, Tr::tr("A tag of the claim (repeat for several)."), u"name"_s);
    const QCommandLineOption kind(u"kind"_s, Tr::tr("The kind: %1.").arg(keyList<ClaimKind>()), u"kind"_s);
    const QCommandLineOption status(u"status"_s, Tr::tr("The status: %1.").arg(keyList<VerificationStatus>()),
                                    u"status"_s);
    const QCommandLineOption speaker(u"speaker"_s, Tr::tr("Who the article says makes the claim."), u"name"_s);
    const QCommandLineOption note(u"note"_s, Tr::tr("A note."), u"text"_s);
    parser.addOptions({article, quote, occurrence, tag, kind, status, speaker, note});
    if (const auto stop = parse(parser, arguments, 1, out, err))
        return *stop;
    const auto usage = [&](const QString &message) {
        err << programName() << " claim add: " << message << '\n';
        return int(UsageError);
    };
    if (!parser.isSet(article) || !parser.isSet(quote))
        return usage(Tr::tr("--article and --quote are needed"));

    ClaimAttributes attributes;
    if (parser.isSet(kind)) {
        const auto value = fromKey<ClaimKind>(parser.value(kind));
        if (!value)
            return usage(Tr::tr("--kind is one of %1").arg(keyList<ClaimKind>()));
        attributes.kind = *value;
    }
    if (parser.isSet(status)) {
        const auto value = fromKey<VerificationStatus>(parser.value(status));
        if (!value)
            return usage(Tr::tr("--status is one of %1").arg(keyList<VerificationStatus>()));
        attributes.status = *value;
    }
    bool numberOk = true;
    const int nth = parser.isSet(occurrence) ? parser.value(occurrence).toInt(&numberOk) : 1;
    if (!numberOk || nth < 1)
        return usage(Tr::tr("--occurrence is a number from 1"));
    attributes.attributedTo = parser.value(speaker);
    attributes.note = parser.value(note);

    const QString path = parser.positionalArguments().constFirst();
    Project project;
    if (!load(path, project, err))
        return Failure;
    const Article *target = findArticle(project, parser.value(article));
    if (!target) {
        err << programName() << " claim add: " << Tr::tr("no article “%1” in %2").arg(parser.value(article), path)
            << '\n';
        return Failure;
    }
    const QString text = parser.value(quote).normalized(QString::NormalizationForm_C);
    const qsizetype start = findQuote(target->text, text, nth);
    if (start < 0) {
        err << programName() << " claim add: "
            << (nth == 1 ? Tr::tr("the quote “%1” is not in article %2")
                               .arg(text, idToString(EntityKind::Article, target->id))
                         : Tr::tr("article %2 has fewer than %3 occurrences of “%1”")
                               .arg(text, idToString(EntityKind::Article, target->id))
                               .arg(nth))
            << '\n';
        return Failure;
    }
    const ArticleId articleId = target->id;

    Document document;
    document.resetProject(std::move(project), path);
    Document::EditGroup group(document, Tr::tr("Add claim"));
    for (const QString &name : parser.values(tag)) {
        const auto &tags = document.project().tags;
        const auto known = std::find_if(tags.begin(), tags.end(),
                                        [&](const Tag &t) { return t.name.compare(name, Qt::CaseInsensitive) == 0; });
        TagId id = known != tags.end() ? known->id : NoId;
        if (id == NoId) {
            id = document.addTag({NoId, NoId, name.trimmed(), colourForNewTag(document.project()), {}, {}});
            if (id == NoId)
                return usage(Tr::tr("a tag needs a name"));
        }
        attributes.tags << id;
    }
    const ClaimId id = document.addClaim(articleId, int(start), int(start + text.size()), attributes);
    if (id == NoId) {
        err << programName() << " claim add: " << Tr::tr("the quote cannot be a claim (it splits a character)") << '\n';
        return Failure;
    }
    if (const ProjectError e = saveEdited(document.project(), path); !e.ok()) {
        err << programName() << " claim add: " << e.message << '\n';
        return Failure;
    }
    out << idToString(EntityKind::Claim, id) << '\n';
    return Success;
}

int runClaimList(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(Tr::tr("Lists the claims of a project with their ids, articles, offsets (UTF-16 "
                                            "code units of the article's text), quotes and attributes."));
    parser.addPositionalArgument(u"project"_s, Tr::tr("The .crossread file."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print JSON instead of text."));
    parser.addOption(json);
    if (const auto stop = parse(parser, arguments, 1, out, err))
        return *stop;
    Project p;
    if (!load(parser.positionalArguments().constFirst(), p, err))
        return Failure;
    if (parser.isSet(json)) {
        QJsonArray claims;
        for (const Claim &c : p.claims)
            claims.append(claimJson(p, c));
        out << QJsonDocument(claims).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const Claim &c : p.claims) {
        const QJsonObject o = claimJson(p, c);
        QStringList tags;
        for (const QJsonValue &t : o[u"tags"].toArray())
            tags << t.toString();
        QString quote = c.anchor.quote.simplified();
        if (quote.size() > 70)
            quote = quote.left(69) + u'…';
        out << u"%1  %2  %3–%4  “%5”"_s.arg(o[u"id"].toString(), o[u"article"].toString())
                   .arg(c.anchor.start)
                   .arg(c.anchor.end)
                   .arg(quote);
        QStringList facts;
        if (!tags.isEmpty())
            facts << tags.join(u", ");
        if (c.attributes.kind != ClaimKind::Unspecified)
            facts << keyOf(c.attributes.kind);
        facts << keyOf(c.attributes.status);
        if (!c.attributes.attributedTo.isEmpty())
            facts << Tr::tr("said by %1").arg(c.attributes.attributedTo);
        out << "  [" << facts.join(u"; ") << "]\n";
    }
    out << Tr::tr("%1 claims").arg(p.claims.size()) << '\n';
    return Success;
}

int runClaim(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(1);
    if (sub == u"add")
        return runClaimAdd(parser, QStringList{u"claim add"_s} + arguments.mid(2), out, err);
    if (sub == u"list")
        return runClaimList(parser, QStringList{u"claim list"_s} + arguments.mid(2), out, err);
    err << programName() << " claim: " << Tr::tr("say add or list; see crossread claim add --help") << '\n';
    return UsageError;
}

constexpr Command kCommands[] = {
    {"info", "info PROJECT [--json]",
     QT_TRANSLATE_NOOP("crossread::cli", "title, counts, and articles with outlet and date"), runInfo},
    {"check", "check PROJECT",
     QT_TRANSLATE_NOOP("crossread::cli", "validate fully; exit 0 when sound, 1 with the problem"), runCheck},
    {"import", "import PROJECT FILE... [--create] [--outlet NAME] [--encoding ENC] [--json]",
     QT_TRANSLATE_NOOP("crossread::cli", "import articles into a project and save it"), runImport},
    {"text", "text PROJECT ARTICLE", QT_TRANSLATE_NOOP("crossread::cli", "print an article's stored text"), runText},
    {"claim",
     "claim add PROJECT --article ARTICLE --quote TEXT [--occurrence N] [--tag NAME]... [--kind K] "
     "[--status S] [--speaker NAME] [--note TEXT]",
     QT_TRANSLATE_NOOP("crossread::cli", "tag a quote as a claim and save; prints its id"), runClaim},
    {"claim list", "claim list PROJECT [--json]", QT_TRANSLATE_NOOP("crossread::cli", "list the claims"), runClaimList},
    {"link", "link add PROJECT CLAIM_A CLAIM_B --relation RELATION [--note TEXT]",
     QT_TRANSLATE_NOOP("crossread::cli", "link two claims and save; prints the link's id"), runLink},
    {"matrix", "matrix PROJECT [--json]",
     QT_TRANSLATE_NOOP("crossread::cli", "who reported which proposition, omissions and discrepancies"), runMatrix},
    {"suggest", "suggest PROJECT (--text QUOTE [--article ARTICLE] | --claim CLAIM | --all) [--top K] [--json]",
     QT_TRANSLATE_NOOP("crossread::cli", "passages of other articles that likely say the same thing"), runSuggest},
    {"export",
     "export PROJECT --format html|pdf|md|csv|json|qdpx|w3c|brat|claimreview -o OUT [--sections S,…] [--tags T,…] "
     "[--sources A,…] [--hide-annotators] [--bom]",
     QT_TRANSLATE_NOOP(
         "crossread::cli",
         "write a report (HTML, PDF, Markdown) or the data (CSV, JSON, REFI-QDA, W3C, brat, ClaimReview)"),
     runExport},
    {"import-qdpx", "import-qdpx FILE.qdpx -o PROJECT",
     QT_TRANSLATE_NOOP("crossread::cli", "a REFI-QDA project as a new Crossread project"), runImportQdpx},
    {"merge", "merge PROJECT PROJECT... -o OUT [--map-tag FROM=TO]... [--json]",
     QT_TRANSLATE_NOOP("crossread::cli", "merge annotators' copies of a project, keeping who made what"), runMerge},
    {"agreement", "agreement PROJECT [--annotators A,B] [--json]",
     QT_TRANSLATE_NOOP("crossread::cli", "how far the annotators agree: Krippendorff's alpha, Cohen's kappa"),
     runAgreement},
    {"demo", "demo -o PROJECT", QT_TRANSLATE_NOOP("crossread::cli", "write the demo project"), runDemo},
};

} // namespace

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    // "claim add": the command whose synopsis it begins.
    for (const Command &command : kCommands) {
        if (QLatin1StringView(command.synopsis).startsWith(QString(name + u' ')))
            return &command;
    }
    return nullptr;
}

namespace {

void printHelp(QTextStream &out)
{
    out << Tr::tr("Crossread %1: compare how several outlets report the same event.")
               .arg(QCoreApplication::applicationVersion())
        << "\n\n"
        << Tr::tr("Usage:") << '\n'
        << "  crossread [PROJECT]              " << Tr::tr("open the window, on PROJECT if given") << '\n'
        << "  crossread --demo                 " << Tr::tr("open the window on a fresh copy of the demo project")
        << '\n'
        << "  crossread COMMAND [OPTIONS]      " << Tr::tr("work without a window") << "\n\n"
        << Tr::tr("Commands:") << '\n';
    for (const Command &command : kCommands) {
        const QString synopsis = QString::fromUtf8(command.synopsis);
        const QString summary = QCoreApplication::translate("crossread::cli", command.summary);
        if (synopsis.size() <= 31)
            out << "  " << synopsis.leftJustified(31) << ' ' << summary << '\n';
        else // a long synopsis on its own line, the summary below it
            out << "  " << synopsis << '\n' << QString(35, u' ') << summary << '\n';
    }
    out << '\n'
        << Tr::tr("Options:") << '\n'
        << "  -h, --help                       " << Tr::tr("show this help; COMMAND --help shows a command's") << '\n'
        << "  -v, --version                    " << Tr::tr("show the version") << "\n\n"
        << Tr::tr("Exit codes: 0 success, 1 the command failed (the message says why), 2 wrong usage.") << '\n';
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (findCommand(first) || first == u"-h" || first == u"--help" || first == u"-v" || first == u"--version")
        return true;
    // A word that is no file (no dot, no slash) is a mistyped command, which
    // the command line reports, rather than a project for the window.
    return !first.startsWith(u'-') && !first.contains(u'.') && !first.contains(u'/') && !QFileInfo::exists(first);
}

bool needsGui(const QStringList &arguments)
{
    if (arguments.value(1) != u"export")
        return false;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if ((arguments[i] == u"--format" && arguments.value(i + 1).compare(u"pdf", Qt::CaseInsensitive) == 0)
            || arguments[i].compare(u"--format=pdf", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == u"-h" || args.first() == u"--help") {
        printHelp(out);
        return args.isEmpty() ? UsageError : Success;
    }
    if (args.first() == u"-v" || args.first() == u"--version") {
        out << "crossread " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    const Command *command = findCommand(args.first());
    if (!command) {
        err << programName() << ": " << Tr::tr("unknown command “%1”; see crossread --help").arg(args.first()) << '\n';
        return UsageError;
    }
    QCommandLineParser parser;
    return command->run(parser, args, out, err);
}

} // namespace crossread::cli
