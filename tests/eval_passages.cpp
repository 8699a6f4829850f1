// Evaluates passage ranking on pairs annotated by hand (tests/data/passage-pairs.json)
// over the articles of ../shared/corpus/istanbul-2025: for each pair, the
// sentence holding the query's words is the query, and the rank of the first
// passage holding a target's words among the passages of the other articles
// is its result. Prints recall@1, recall@5 and MRR for Crossread's ranking
// and for plain BM25 over words (the baseline), computed in the same run.
// It measures; it does not judge: it exits 0 whatever the figures, and 0
// with a note when ../shared is absent. Give -v to list every pair's ranks.
//
// The figures are also given for two halves of the pairs (even and odd
// positions in the file): a change to the ranking is worth keeping only when
// it helps both, so that it is not tuned to a few pairs of this one event.
// Pairs of one query fall in both halves, so they are also given by the
// article of the query: a change should help pairs from most articles.
// "Crossread, target article" ranks among the target article's passages
// alone: how often the target is its article's best match, whatever the
// other articles say about the same thing.
//
// --explain lists the pairs not found in the first five, with what each
// term adds to the scores of the targets and of the hits found instead;
// with --within, the pairs whose target is not its article's best, and the
// hits of that article. --set NAME=VALUE changes an option of the ranking
// (k1, b, spread, diversity), to measure what it does.

#include <models/compare/passageindex.h>
#include <models/import/articleimporter.h>
#include <support/testpaths.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <cstdio>

using namespace crossread;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDepth = 50; ///< ranks beyond this count as not found (reciprocal rank 0)

struct Located
{
    ArticleId article = NoId;
    int position = -1;
};

struct Pair
{
    QString id;
    QString kind;
    Located query;
    QList<Located> targets;
};

struct Scores
{
    int pairs = 0;
    int atOne = 0;
    int atFive = 0;
    double reciprocal = 0;

    void add(int rank)
    {
        ++pairs;
        atOne += rank == 1;
        atFive += rank >= 1 && rank <= 5;
        reciprocal += rank >= 1 ? 1.0 / rank : 0.0;
    }
    QString row(const QString &name) const
    {
        const double n = std::max(1, pairs);
        return u"%1 %2 %3 %4"_s.arg(name.leftJustified(26))
            .arg(atOne / n, 8, 'f', 3)
            .arg(atFive / n, 9, 'f', 3)
            .arg(reciprocal / n, 7, 'f', 3);
    }
};

/// The articles a pair's query is not to be matched in: its own, and with
/// `targetArticleOnly` all but the target's.
QList<ArticleId> excluded(const Pair &pair, qsizetype articles, bool targetArticleOnly)
{
    QList<ArticleId> out{pair.query.article};
    for (qsizetype a = 1; targetArticleOnly && a <= articles; ++a) {
        if (ArticleId(a) != pair.targets.first().article)
            out << ArticleId(a);
    }
    return out;
}

/// The rank (from 1) of the first hit in a target passage, or 0; with
/// `targetArticleOnly`, among the passages of the target's article alone.
int rankOf(const PassageIndex &index, const QList<PassageIndex::Source> &sources, const Pair &pair,
           bool targetArticleOnly = false)
{
    const int queryPassage = index.passageAt(pair.query.article, pair.query.position);
    if (queryPassage < 0)
        return 0;
    const Passage &q = index.passages()[size_t(queryPassage)];
    const PassageIndex::Source &source = sources[qsizetype(pair.query.article) - 1];
    const QString text = source.text.mid(q.start, q.end - q.start);
    QList<int> wanted;
    for (const Located &t : pair.targets)
        wanted << index.passageAt(t.article, t.position);
    const QList<PassageHit> hits = index.search(text, source.language, source.published,
                                                excluded(pair, sources.size(), targetArticleOnly), kDepth);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (wanted.contains(hits[i].passage))
            return int(i + 1);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const bool verbose = app.arguments().contains(u"-v"_s);
    const QString shared = test::sharedDir();
    const QString corpus = shared + u"/corpus/istanbul-2025"_s;
    if (shared.isEmpty() || !QFile::exists(corpus)) {
        out << "eval_passages: ../shared/corpus/istanbul-2025 is absent; nothing to evaluate.\n";
        return 0;
    }
    QFile file(test::testDataDir() + u"/passage-pairs.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "eval_passages: cannot read " << file.fileName() << '\n';
        return 1;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();

    // The articles, imported as the application imports them; ids by first use.
    QList<PassageIndex::Source> sources;
    QMap<QString, ArticleId> idOf;
    const auto article = [&](const QString &name) -> ArticleId {
        if (idOf.contains(name))
            return idOf.value(name);
        ImportedArticle imported;
        if (!importFile(corpus + u'/' + name, {}, imported).ok())
            return NoId;
        const ArticleId id = ArticleId(sources.size() + 1);
        sources.append({id, imported.text, imported.meta.language, imported.meta.published});
        idOf.insert(name, id);
        return id;
    };
    const auto locate = [&](const QJsonObject &o) {
        const ArticleId id = article(o.value(u"file").toString());
        if (id == NoId)
            return Located{};
        const qsizetype at = sources[qsizetype(id) - 1].text.indexOf(o.value(u"find").toString());
        return Located{id, int(at)};
    };
    QList<Pair> pairs;
    int unusable = 0;
    for (const QJsonValue &v : root.value(u"pairs").toArray()) {
        const QJsonObject o = v.toObject();
        Pair pair{o.value(u"id").toString(), o.value(u"kind").toString(), locate(o.value(u"query").toObject()), {}};
        for (const QJsonValue &t : o.value(u"targets").toArray())
            pair.targets << locate(t.toObject());
        const bool found = pair.query.position >= 0
            && std::all_of(pair.targets.begin(), pair.targets.end(), [](const Located &l) { return l.position >= 0; });
        if (found && !pair.targets.isEmpty())
            pairs << pair;
        else
            ++unusable;
    }

    // --set name=value changes an option of Crossread's ranking, to measure what it does.
    PassageIndex::Options options;
    const QHash<QString, double *> settable{{u"k1"_s, &options.k1},
                                            {u"b"_s, &options.b},
                                            {u"spread"_s, &options.spread},
                                            {u"diversity"_s, &options.diversity}};
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] != u"--set")
            continue;
        const QString name = arguments[i + 1].section(u'=', 0, 0);
        if (!settable.contains(name)) {
            out << "eval_passages: no option " << name << "; there are " << settable.keys().join(u", ") << '\n';
            return 1;
        }
        *settable.value(name) = arguments[i + 1].section(u'=', 1).toDouble();
    }
    PassageIndex full(TextAnalyzer::Mode::Full, options), plain(TextAnalyzer::Mode::Plain);
    full.build(sources);
    plain.build(sources);

    Scores crossread, baseline;
    Scores withinArticle; // Crossread, among the passages of the target's article alone
    Scores half[2][2]; // [even, odd][crossread, baseline]
    QMap<QString, std::pair<Scores, Scores>> byKind;
    QMap<ArticleId, std::pair<Scores, Scores>> byArticle;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const Pair &pair = pairs[i];
        const int a = rankOf(full, sources, pair), b = rankOf(plain, sources, pair);
        const int within = rankOf(full, sources, pair, true);
        crossread.add(a);
        baseline.add(b);
        withinArticle.add(within);
        const qsizetype parity = i % 2;
        half[parity][0].add(a);
        half[parity][1].add(b);
        byKind[pair.kind].first.add(a);
        byKind[pair.kind].second.add(b);
        byArticle[pair.query.article].first.add(a);
        byArticle[pair.query.article].second.add(b);
        const bool onlyWithin = app.arguments().contains(u"--within"_s);
        if (app.arguments().contains(u"--explain"_s) && (onlyWithin ? within != 1 : (a == 0 || a > 5))) {
            const Passage &q = full.passages()[size_t(full.passageAt(pair.query.article, pair.query.position))];
            const auto &src = sources[qsizetype(pair.query.article) - 1];
            const QString query = src.text.mid(q.start, q.end - q.start);
            const auto show = [&](const char *label, int passage, double score) {
                const Passage &p = full.passages()[size_t(passage)];
                out << label << ' ' << QString::number(score, 'f', 2) << ' ' << p.article << ": "
                    << sources[qsizetype(p.article) - 1].text.mid(p.start, p.end - p.start) << "\n   ";
                for (const auto &[key, part] : full.explain(query, src.language, src.published, passage))
                    out << ' ' << key << '=' << QString::number(part, 'f', 2);
                out << '\n';
            };
            out << "\n== " << pair.id << " (rank " << a << ")\nQ: " << query << '\n';
            for (const Located &t : pair.targets)
                show("T", full.passageAt(t.article, t.position), 0);
            const auto hits
                = full.search(query, src.language, src.published, excluded(pair, sources.size(), onlyWithin), 3);
            for (const PassageHit &h : hits)
                show("H", h.passage, h.score);
        }
        if (verbose)
            out << u"  %1 %2 crossread %3, bm25 %4\n"_s.arg(pair.id.leftJustified(36), pair.kind.leftJustified(16))
                       .arg(a ? QString::number(a) : u"-"_s, b ? QString::number(b) : u"-"_s);
    }

    out << "Passage ranking: " << pairs.size() << " annotated pairs over " << sources.size() << " articles ("
        << full.passages().size() << " passages)";
    if (unusable > 0)
        out << "; " << unusable << " pairs whose words were not found were left out";
    out << "\n\n";
    out << u"%1 %2 %3 %4\n"_s.arg(QString().leftJustified(26), u"recall@1"_s, u"recall@5"_s, u"    MRR"_s);
    out << crossread.row(u"Crossread"_s) << '\n';
    out << baseline.row(u"BM25 over words (baseline)"_s) << '\n';
    out << withinArticle.row(u"  Crossread, target article"_s) << '\n';
    for (int parity = 0; parity < 2; ++parity) {
        const QString which = parity == 0 ? u"even"_s : u"odd"_s;
        out << half[parity][0].row(u"  Crossread, %1 pairs"_s.arg(which)) << '\n';
        out << half[parity][1].row(u"  baseline, %1 pairs"_s.arg(which)) << '\n';
    }
    out << "\nBy kind of pair (Crossread | baseline):\n";
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        out << u"  %1 %2 pairs  R@1 %3 | %4   R@5 %5 | %6\n"_s.arg(it.key().leftJustified(16))
                   .arg(it->first.pairs, 3)
                   .arg(double(it->first.atOne) / it->first.pairs, 0, 'f', 2)
                   .arg(double(it->second.atOne) / it->second.pairs, 0, 'f', 2)
                   .arg(double(it->first.atFive) / it->first.pairs, 0, 'f', 2)
                   .arg(double(it->second.atFive) / it->second.pairs, 0, 'f', 2);
    }
    out << "\nBy the article of the query (Crossread | baseline):\n";
    for (auto it = byArticle.cbegin(); it != byArticle.cend(); ++it) {
        out << u"  %1 %2 pairs  R@1 %3 | %4   R@5 %5 | %6\n"_s.arg(idOf.key(it.key()).left(16).leftJustified(16))
                   .arg(it->first.pairs, 3)
                   .arg(double(it->first.atOne) / it->first.pairs, 0, 'f', 2)
                   .arg(double(it->second.atOne) / it->second.pairs, 0, 'f', 2)
                   .arg(double(it->first.atFive) / it->first.pairs, 0, 'f', 2)
                   .arg(double(it->second.atFive) / it->second.pairs, 0, 'f', 2);
    }
    return 0;
}
