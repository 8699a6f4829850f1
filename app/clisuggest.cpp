// crossread suggest: passages of other articles that likely state the same thing.

#include "cli.h"
#include "cli_p.h"

#include <models/compare/linksuggester.h>
#include <models/compare/passageindex.h>
#include <models/vocabulary.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace crossread::cli {

namespace {

QString passageText(const Article *article, int start, int end)
{
    return article->text.mid(start, end - start);
}

int printSuggestedLinks(const Project &project, int count, bool json, QTextStream &out)
{
    PassageIndex index;
    index.build(project);
    const QList<LinkSuggestion> found = suggestLinks(project, index).mid(0, count);
    if (json) {
        QJsonArray array;
        for (const LinkSuggestion &s : found) {
            const Claim *claim = findById(project.claims, s.claim);
            const Article *a = findById(project.articles, s.article);
            array.append(
                QJsonObject{{u"claim_id"_s, idToString(EntityKind::Claim, s.claim)},
                            {u"claim_article_id"_s, idToString(EntityKind::Article, claim->article)},
                            {u"claim_text"_s, claim->anchor.quote},
                            {u"article_id"_s, idToString(EntityKind::Article, s.article)},
                            {u"article_title"_s, a->displayTitle()},
                            {u"start"_s, s.start},
                            {u"end"_s, s.end},
                            {u"text"_s, passageText(a, s.start, s.end)},
                            {u"target_claim_id"_s,
                             s.target != NoId ? QJsonValue(idToString(EntityKind::Claim, s.target)) : QJsonValue()},
                            {u"score"_s, std::round(s.score * 1000) / 1000}});
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    int rank = 0;
    for (const LinkSuggestion &s : found) {
        const Claim *claim = findById(project.claims, s.claim);
        const Article *from = findById(project.articles, claim->article);
        const Article *a = findById(project.articles, s.article);
        out << ++rank << ". " << QString::number(s.score, 'f', 2) << "  " << idToString(EntityKind::Claim, s.claim)
            << " (" << from->sourceName() << ")  →  "
            << (s.target != NoId ? idToString(EntityKind::Claim, s.target) : Tr::tr("passage")) << " ("
            << a->sourceName() << ", " << idToString(EntityKind::Article, s.article) << " " << s.start << "–" << s.end
            << ")\n"
            << "   " << claim->anchor.quote.simplified() << '\n'
            << "   " << passageText(a, s.start, s.end).simplified() << '\n';
    }
    if (found.isEmpty())
        out << Tr::tr("No candidate link: every claim's likely matches are linked or rejected.") << '\n';
    return Success;
}

} // namespace

int runSuggest(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(
        Tr::tr("Ranks the passages (sentences, or clauses of long ones) of the project's articles that most likely "
               "state the same thing as a quote or a claim, or contradict it, best first."));
    parser.addPositionalArgument(u"project"_s, Tr::tr("The .crossread file."));
    const QCommandLineOption text(u"text"_s, Tr::tr("The words to look for."), u"quote"_s);
    const QCommandLineOption claim(u"claim"_s, Tr::tr("A claim (c12) whose quote to look for, in the other articles."),
                                   u"claim"_s);
    const QCommandLineOption article(
        u"article"_s, Tr::tr("With --text: the article it comes from (an id or position), left out of the results."),
        u"article"_s);
    const QCommandLineOption all(
        u"all"_s,
        Tr::tr("List candidate links for the whole project: for each claim its best passages in "
               "the other articles, less the pairs linked already or rejected."));
    const QCommandLineOption top(u"top"_s, Tr::tr("How many passages, or with --all pairs (default 10, --all 50)."),
                                 u"k"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print JSON instead of text."));
    parser.addOptions({text, claim, article, all, top, json});
    if (const auto stop = parse(parser, arguments, 1, out, err))
        return *stop;
    const auto fail = [&](const QString &message, int code) {
        err << programName() << " suggest: " << message << '\n';
        return code;
    };
    if (int(parser.isSet(text)) + int(parser.isSet(claim)) + int(parser.isSet(all)) != 1)
        return fail(Tr::tr("give one of --text, --claim and --all"), UsageError);
    if (parser.isSet(all) && parser.isSet(article))
        return fail(Tr::tr("--article goes with --text"), UsageError);
    bool ok = true;
    const int count = parser.isSet(top) ? parser.value(top).toInt(&ok) : parser.isSet(all) ? 50 : 10;
    if (!ok || count < 1)
        return fail(Tr::tr("--top is a number from 1"), UsageError);

    const QString path = parser.positionalArguments().constFirst();
    Project project;
    if (!load(path, project, err))
        return Failure;
    if (parser.isSet(all))
        return printSuggestedLinks(project, count, parser.isSet(json), out);
    QString query;
    const Article *source = nullptr;
    if (parser.isSet(claim)) {
        const auto id = idFromString(EntityKind::Claim, parser.value(claim));
        const Claim *c = id ? findById(project.claims, *id) : nullptr;
        if (!c)
            return fail(Tr::tr("no claim “%1” in %2").arg(parser.value(claim), path), Failure);
        query = c->anchor.quote;
        source = findById(project.articles, c->article);
    } else {
        query = parser.value(text).normalized(QString::NormalizationForm_C);
        if (query.trimmed().isEmpty())
            return fail(Tr::tr("--text is empty"), UsageError);
        if (parser.isSet(article)) {
            source = findArticle(project, parser.value(article));
            if (!source)
                return fail(Tr::tr("no article “%1” in %2").arg(parser.value(article), path), Failure);
        }
    }

    PassageIndex index;
    index.build(project);
    const QList<PassageHit> hits
        = index.search(query, source ? source->meta.language : QString(), source ? source->meta.published : QDate(),
                       source ? articleFamily(project, source->id) : QList<ArticleId>{}, count);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const PassageHit &hit : hits) {
            const Article *a = findById(project.articles, hit.article);
            array.append(QJsonObject{{u"article_id"_s, idToString(EntityKind::Article, hit.article)},
                                     {u"article_title"_s, a->displayTitle()},
                                     {u"start"_s, hit.start},
                                     {u"end"_s, hit.end},
                                     {u"text"_s, passageText(a, hit.start, hit.end)},
                                     {u"score"_s, std::round(hit.score * 1000) / 1000}});
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    int rank = 0;
    for (const PassageHit &hit : hits) {
        const Article *a = findById(project.articles, hit.article);
        out << ++rank << ". " << QString::number(hit.score, 'f', 2) << "  "
            << idToString(EntityKind::Article, hit.article) << "  " << a->sourceName() << "  " << hit.start << "–"
            << hit.end << '\n'
            << "   " << passageText(a, hit.start, hit.end).simplified() << '\n';
    }
    if (hits.isEmpty())
        out << Tr::tr("No passage shares anything with it.") << '\n';
    return Success;
}

} // namespace crossread::cli
