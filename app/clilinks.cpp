// crossread link add, crossread matrix.

#include "cli.h"
#include "cli_p.h"

#include <models/comparisonmatrix.h>
#include <models/document.h>
#include <models/projectfile.h>
#include <models/propositiongrouping.h>
#include <models/vocabulary.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace crossread::cli {
namespace {

/// A claim named on the command line: "c12" (or just "12").
std::optional<ClaimId> claimId(const QString &name)
{
    if (!name.isEmpty() && name.front().isDigit()) {
        bool ok = false;
        const uint id = name.toUInt(&ok);
        return ok && id > 0 ? std::optional<ClaimId>(id) : std::nullopt;
    }
    const auto id = idFromString(EntityKind::Claim, name);
    return id ? std::optional<ClaimId>(*id) : std::nullopt;
}

int runLinkAdd(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(
        Tr::tr("Links two claims, saves the project, and prints the new link's id. Same claim, corroborates, differs "
               "and contradicts make the two claims one proposition; elaborates and related do not."));
    parser.addPositionalArgument(u"project"_s, Tr::tr("The .crossread file."));
    parser.addPositionalArgument(u"claim-a"_s, Tr::tr("A claim id (c12); see crossread claim list."));
    parser.addPositionalArgument(u"claim-b"_s, Tr::tr("The other claim."));
    const QCommandLineOption relation(u"relation"_s, Tr::tr("How they relate: %1.").arg(keyList<Relation>()),
                                      u"relation"_s);
    const QCommandLineOption note(u"note"_s, Tr::tr("A note on the link."), u"text"_s);
    parser.addOptions({relation, note});
    if (const auto stop = parse(parser, arguments, 3, out, err))
        return *stop;
    const auto fail = [&](const QString &message, int code) {
        err << programName() << " link add: " << message << '\n';
        return code;
    };
    if (!parser.isSet(relation))
        return fail(Tr::tr("--relation is needed: %1").arg(keyList<Relation>()), UsageError);
    const auto kind = fromKey<Relation>(parser.value(relation));
    if (!kind)
        return fail(Tr::tr("--relation is one of %1").arg(keyList<Relation>()), UsageError);
    const QStringList args = parser.positionalArguments();
    const auto a = claimId(args[1]), b = claimId(args[2]);
    if (!a || !b)
        return fail(Tr::tr("a claim is named by its id, such as c12"), UsageError);

    const QString path = args[0];
    Project project;
    if (!load(path, project, err))
        return Failure;
    for (ClaimId id : {*a, *b}) {
        if (!findById(project.claims, id))
            return fail(Tr::tr("no claim %1 in %2").arg(idToString(EntityKind::Claim, id), path), Failure);
    }
    if (*a == *b)
        return fail(Tr::tr("a claim cannot be linked to itself"), Failure);
    const auto existing = std::find_if(project.links.begin(), project.links.end(),
                                       [&](const Link &l) { return l.involves(*a) && l.involves(*b); });
    if (existing != project.links.end())
        return fail(Tr::tr("%1 and %2 are already linked by %3 (%4)")
                        .arg(idToString(EntityKind::Claim, *a), idToString(EntityKind::Claim, *b),
                             idToString(EntityKind::Link, existing->id), keyOf(existing->relation)),
                    Failure);

    Document document;
    document.resetProject(std::move(project), path);
    const LinkId id = document.addLink(*a, *b, *kind, parser.value(note));
    if (id == NoId)
        return fail(Tr::tr("the claims cannot be linked"), Failure);
    if (const ProjectError e = saveEdited(document.project(), path); !e.ok())
        return fail(e.message, Failure);
    out << idToString(EntityKind::Link, id) << '\n';
    return Success;
}

QJsonObject articleRef(const Article &a)
{
    return {{u"id"_s, idToString(EntityKind::Article, a.id)},
            {u"outlet"_s, a.meta.outlet},
            {u"title"_s, a.displayTitle()},
            {u"date"_s, isoDate(a.meta.published)}};
}

QString articleName(const Project &p, ArticleId id)
{
    const Article *a = findById(p.articles, id);
    if (!a)
        return {};
    return a->meta.published.isValid() ? u"%1 (%2)"_s.arg(a->sourceName(), isoDate(a->meta.published))
                                       : a->sourceName();
}

QJsonObject matrixJson(const Project &p, const ComparisonMatrix &m)
{
    QJsonArray articles;
    for (ArticleId id : m.columns)
        articles.append(articleRef(*findById(p.articles, id)));
    QJsonArray propositions;
    for (const auto &row : m.rows) {
        const Proposition &prop = *findById(p.propositions, row.proposition);
        const QList<Stance> stances = stancesOf(p, prop);
        QJsonArray cells;
        for (size_t c = 0; c < row.cells.size(); ++c) {
            const auto &cell = row.cells[c];
            QJsonObject o{{u"article"_s, idToString(EntityKind::Article, m.columns[qsizetype(c)])}};
            if (cell.isOmission()) {
                o[u"omission"] = true;
            } else {
                QJsonArray claims;
                for (ClaimId id : cell.claims) {
                    const Claim &claim = *findById(p.claims, id);
                    claims.append(QJsonObject{{u"id"_s, idToString(EntityKind::Claim, id)},
                                              {u"quote"_s, claim.anchor.quote},
                                              {u"relation"_s, stanceKey(stances.value(prop.claims.indexOf(id)))}});
                }
                o[u"claims"] = claims;
                o[u"relation"] = stanceKey(cell.stance);
            }
            cells.append(o);
        }
        QJsonArray discrepancies;
        for (const Discrepancy &d : discrepanciesOf(p, prop)) {
            QJsonArray values;
            for (const auto &v : d.values) {
                const QJsonArray texts = QJsonArray::fromStringList(distinctTexts(v.mentions));
                const Claim *claim = findById(p.claims, v.claim);
                values.append(QJsonObject{{u"claim"_s, idToString(EntityKind::Claim, v.claim)},
                                          {u"article"_s, idToString(EntityKind::Article, claim->article)},
                                          {u"values"_s, texts}});
            }
            discrepancies.append(
                QJsonObject{{u"kind"_s, mentionKindKey(d.kind)}, {u"dimension"_s, d.dimension}, {u"values"_s, values}});
        }
        propositions.append(QJsonObject{{u"id"_s, idToString(EntityKind::Proposition, prop.id)},
                                        {u"label"_s, propositionLabel(p, prop)},
                                        {u"labelled"_s, !prop.label.isEmpty()},
                                        {u"note"_s, prop.note},
                                        {u"cells"_s, cells},
                                        {u"discrepancies"_s, discrepancies}});
    }
    return {{u"articles"_s, articles}, {u"propositions"_s, propositions}};
}

void printMatrix(const Project &p, const ComparisonMatrix &m, QTextStream &out)
{
    int width = 0;
    for (ArticleId id : m.columns)
        width = std::max(width, int(articleName(p, id).size()));
    for (const auto &row : m.rows) {
        const Proposition &prop = *findById(p.propositions, row.proposition);
        const size_t reported = row.cells.reportedCount();
        out << idToString(EntityKind::Proposition, prop.id) << "  " << propositionLabel(p, prop) << "  ("
            << Tr::tr("reported by %1 of %2").arg(reported).arg(row.cells.size()) << ")\n";
        for (size_t c = 0; c < row.cells.size(); ++c) {
            const auto &cell = row.cells[c];
            out << "  " << articleName(p, m.columns[qsizetype(c)]).leftJustified(width) << "  ";
            if (cell.isOmission()) {
                out << Tr::tr("— omitted") << '\n';
                continue;
            }
            QStringList claims;
            for (ClaimId id : cell.claims) {
                QString quote = shortForm(findById(p.claims, id)->anchor.quote, 70);
                claims << u"%1 “%2”"_s.arg(idToString(EntityKind::Claim, id), quote);
            }
            out << stanceKey(cell.stance) << "  " << claims.join(u"; ") << '\n';
        }
        for (const Discrepancy &d : discrepanciesOf(p, prop)) {
            QStringList values;
            for (const auto &v : d.values) {
                values << u"%1: %2"_s.arg(articleName(p, findById(p.claims, v.claim)->article),
                                          distinctTexts(v.mentions).join(u", "));
            }
            out << "  ≠ " << mentionKindKey(d.kind)
                << (d.dimension.isEmpty() || d.dimension == mentionKindKey(d.kind) ? QString()
                                                                                   : u" (%1)"_s.arg(d.dimension))
                << ": " << values.join(u" | ") << '\n';
        }
        out << '\n';
    }
    out << Tr::tr("%n propositions", nullptr, int(m.rows.size())) << ", "
        << Tr::tr("%n articles", nullptr, int(m.columns.size())) << '\n';
}

} // namespace

int runLink(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(1) == u"add")
        return runLinkAdd(parser, QStringList{u"link add"_s} + arguments.mid(2), out, err);
    err << programName() << " link: " << Tr::tr("say add; see crossread link add --help") << '\n';
    return UsageError;
}

int runMatrix(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(
        Tr::tr("Prints the comparison matrix: for each proposition, what each article says (the claim, and whether "
               "it asserts, differs or contradicts) or that it is silent (an omission), and the numbers, dates and "
               "people on which the claims differ."));
    parser.addPositionalArgument(u"project"_s, Tr::tr("The .crossread file."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print JSON instead of text."));
    const QCommandLineOption tag(u"tag"_s, Tr::tr("Only propositions with a claim under this tag."), u"name"_s);
    const QCommandLineOption status(
        u"status"_s, Tr::tr("Only propositions with a claim of this status: %1.").arg(keyList<VerificationStatus>()),
        u"status"_s);
    parser.addOptions({json, tag, status});
    if (const auto stop = parse(parser, arguments, 1, out, err))
        return *stop;
    Project p;
    if (!load(parser.positionalArguments().constFirst(), p, err))
        return Failure;
    MatrixFilter filter;
    if (parser.isSet(tag)) {
        const auto it = std::find_if(p.tags.begin(), p.tags.end(), [&](const Tag &t) {
            return t.name.compare(parser.value(tag), Qt::CaseInsensitive) == 0;
        });
        if (it == p.tags.end()) {
            err << programName() << " matrix: " << Tr::tr("no tag “%1” in the codebook").arg(parser.value(tag)) << '\n';
            return Failure;
        }
        filter.tag = it->id;
    }
    if (parser.isSet(status)) {
        filter.status = fromKey<VerificationStatus>(parser.value(status));
        if (!filter.status) {
            err << programName() << " matrix: " << Tr::tr("--status is one of %1").arg(keyList<VerificationStatus>())
                << '\n';
            return UsageError;
        }
    }
    const ComparisonMatrix m = buildMatrix(p, filter);
    if (parser.isSet(json))
        out << QJsonDocument(matrixJson(p, m)).toJson(QJsonDocument::Indented);
    else
        printMatrix(p, m, out);
    return Success;
}

} // namespace crossread::cli
