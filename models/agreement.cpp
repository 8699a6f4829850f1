#include "agreement.h"

#include "textanchor.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace crossread {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::Agreement)
};

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr int Missing = -1;
constexpr int NoLink = 1000; ///< the value of "did not link this pair"

double weightOf(const std::vector<double> &weights, size_t i)
{
    return i < weights.size() ? weights[i] : 1.0;
}

/// The share of the pairable units (two values or more) whose values all agree.
double agreedShare(const std::vector<std::vector<int>> &units, const std::vector<double> &weights, double *counted)
{
    double all = 0, agreed = 0;
    for (size_t u = 0; u < units.size(); ++u) {
        int first = Missing, values = 0;
        bool same = true;
        for (int v : units[u]) {
            if (v == Missing)
                continue;
            if (values++ == 0)
                first = v;
            else if (v != first)
                same = false;
        }
        if (values < 2)
            continue;
        all += weightOf(weights, u);
        agreed += same ? weightOf(weights, u) : 0;
    }
    *counted = all;
    return all > 0 ? agreed / all : NaN;
}

AgreementFigure figure(const QString &what, const std::vector<std::vector<int>> &units,
                       const std::vector<double> &weights, int annotators)
{
    AgreementFigure f;
    f.what = what;
    f.alpha = krippendorffAlphaNominal(units, weights);
    f.agreed = agreedShare(units, weights, &f.units);
    f.kappa = NaN;
    if (annotators == 2) {
        std::vector<std::pair<int, int>> pairs;
        pairs.reserve(units.size());
        for (const auto &u : units)
            pairs.emplace_back(u.size() > 0 ? u[0] : Missing, u.size() > 1 ? u[1] : Missing);
        f.kappa = cohensKappa(pairs, weights);
    }
    return f;
}

/// Each article's claims by `annotators` (index), and their index by name.
struct ClaimsByArticle
{
    QHash<QString, int> coderOf;
    QHash<ArticleId, QList<QList<const Claim *>>> lists;

    ClaimsByArticle(const Project &project, const QStringList &annotators)
    {
        const int coders = int(annotators.size());
        for (int i = 0; i < coders; ++i)
            coderOf.insert(annotators[i], i);
        for (const Claim &c : project.claims) {
            const int coder = coderOf.value(c.author, -1);
            if (coder < 0)
                continue;
            auto &byCoder = lists[c.article];
            if (byCoder.isEmpty())
                byCoder.resize(coders);
            byCoder[coder] << &c;
        }
    }
};

} // namespace

double krippendorffAlphaNominal(const std::vector<std::vector<int>> &units, const std::vector<double> &weights)
{
    // The coincidence matrix o(c, k): each unit with m values adds, for each
    // ordered pair of its values from different annotators, 1 / (m - 1).
    std::map<std::pair<int, int>, double> o;
    for (size_t u = 0; u < units.size(); ++u) {
        std::map<int, double> count;
        double m = 0;
        for (int v : units[u]) {
            if (v != Missing) {
                count[v] += 1;
                m += 1;
            }
        }
        if (m < 2)
            continue;
        const double w = weightOf(weights, u) / (m - 1);
        for (const auto &[c, nc] : count)
            for (const auto &[k, nk] : count)
                o[{c, k}] += w * (c == k ? nc * (nc - 1) : nc * nk);
    }
    std::map<int, double> marginal;
    double n = 0, disagreeing = 0;
    for (const auto &[ck, value] : o) {
        marginal[ck.first] += value;
        n += value;
        if (ck.first != ck.second)
            disagreeing += value;
    }
    double expected = 0; // sum over c != k of n_c n_k
    for (const auto &[c, nc] : marginal)
        for (const auto &[k, nk] : marginal)
            if (c != k)
                expected += nc * nk;
    if (n < 2 || expected <= 0)
        return NaN;
    return 1.0 - (n - 1) * disagreeing / expected;
}

double cohensKappa(const std::vector<std::pair<int, int>> &pairs, const std::vector<double> &weights)
{
    std::map<int, double> a, b;
    double total = 0, same = 0;
    for (size_t i = 0; i < pairs.size(); ++i) {
        const auto [x, y] = pairs[i];
        if (x == Missing || y == Missing)
            continue;
        const double w = weightOf(weights, i);
        a[x] += w;
        b[y] += w;
        total += w;
        same += x == y ? w : 0;
    }
    if (total <= 0)
        return NaN;
    double chance = 0;
    for (const auto &[c, nc] : a)
        chance += (nc / total) * (b.count(c) ? b[c] / total : 0);
    if (chance >= 1)
        return NaN;
    return (same / total - chance) / (1 - chance);
}

QList<AgreementFigure> AgreementReport::figures() const
{
    return QList<AgreementFigure>{overall} + tags + QList<AgreementFigure>{status, links};
}

QStringList figureCells(const AgreementFigure &f, const QLocale &locale)
{
    const auto number = [&](double v, int decimals) {
        return std::isnan(v) ? QStringLiteral("—") : locale.toString(v, 'f', decimals);
    };
    return {f.what, number(f.alpha, 3), number(f.kappa, 3),
            std::isnan(f.agreed) ? QStringLiteral("—") : number(f.agreed * 100, 1) + u'%',
            locale.toString(qint64(f.units))};
}

QStringList annotatorsOf(const Project &project)
{
    QSet<QString> names;
    for (const Claim &c : project.claims)
        if (!c.author.isEmpty())
            names.insert(c.author);
    for (const Link &l : project.links)
        if (!l.author.isEmpty())
            names.insert(l.author);
    names.remove(consensusAuthor());
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted;
}

ClaimMatching matchClaims(const Project &project, const QStringList &annotators)
{
    ClaimMatching m;
    m.annotators = annotators;
    const int coders = int(annotators.size());
    const ClaimsByArticle claims(project, annotators);
    const auto &byArticle = claims.lists;
    for (auto it = byArticle.begin(); it != byArticle.end(); ++it) {
        QList<bool> &tagged = m.tagged[it.key()];
        for (const auto &list : it.value())
            tagged << !list.isEmpty();
    }
    for (const Article &article : project.articles) {
        if (m.taggers(article.id) < 2)
            continue;
        const auto lists = byArticle.value(article.id);
        QSet<ClaimId> taken;
        for (int coder = 0; coder < coders; ++coder) {
            for (const Claim *c : lists[coder]) {
                if (taken.contains(c->id))
                    continue;
                ClaimUnit unit{article.id, QList<ClaimId>(coders, NoId)};
                unit.claims[coder] = c->id;
                taken.insert(c->id);
                for (int other = coder + 1; other < coders; ++other) {
                    const Claim *best = nullptr;
                    double bestOverlap = 0.5 - 1e-9;
                    for (const Claim *d : lists[other]) {
                        const double j = spanOverlap(c->anchor, d->anchor);
                        if (!taken.contains(d->id) && j > bestOverlap) {
                            best = d;
                            bestOverlap = j;
                        }
                    }
                    if (best) {
                        unit.claims[other] = best->id;
                        taken.insert(best->id);
                    }
                }
                for (ClaimId id : unit.claims)
                    if (id != NoId)
                        m.unitOf.insert(id, int(m.units.size()));
                m.units << unit;
            }
        }
    }
    return m;
}

QList<LinkUnit> matchLinks(const Project &project, const ClaimMatching &matching)
{
    QHash<QString, int> coderOf;
    for (int i = 0; i < matching.annotators.size(); ++i)
        coderOf.insert(matching.annotators[i], i);
    std::map<std::pair<int, int>, LinkUnit> pairs;
    for (const Link &l : project.links) {
        const int coder = coderOf.value(l.author, -1);
        const int a = matching.unitOf.value(l.from, -1), b = matching.unitOf.value(l.to, -1);
        if (coder < 0 || a < 0 || b < 0 || a == b)
            continue;
        LinkUnit &unit = pairs[{std::min(a, b), std::max(a, b)}];
        if (unit.links.isEmpty())
            unit = LinkUnit{std::min(a, b), std::max(a, b), QList<LinkId>(matching.annotators.size(), NoId)};
        if (unit.links[coder] == NoId)
            unit.links[coder] = l.id;
    }
    QList<LinkUnit> units;
    for (const auto &[key, unit] : pairs)
        units << unit;
    return units;
}

AgreementReport measureAgreement(const Project &project, QStringList annotators)
{
    if (annotators.isEmpty())
        annotators = annotatorsOf(project);
    AgreementReport report;
    report.annotators = annotators;
    const int coders = int(annotators.size());
    const ClaimsByArticle claims(project, annotators);
    const QHash<QString, int> &coderOf = claims.coderOf;
    const auto &byArticle = claims.lists;

    // Tags, per character (runs of characters covered alike are one
    // weighted unit).
    QList<TagId> used;
    for (const Tag &t : project.tags) {
        const bool someone = std::any_of(project.claims.begin(), project.claims.end(), [&](const Claim &c) {
            return coderOf.contains(c.author) && c.attributes.tags.contains(t.id);
        });
        if (someone)
            used << t.id;
    }
    std::vector<std::vector<int>> overall;
    std::vector<double> weights;
    std::vector<std::vector<std::vector<int>>> perTag(size_t(used.size()));
    QHash<QString, int> tagSets; // a set of tags as a value
    for (const Article &article : project.articles) {
        const auto lists = byArticle.value(article.id);
        const int present = int(std::count_if(lists.begin(), lists.end(), [](const auto &l) { return !l.isEmpty(); }));
        if (present < 2)
            continue;
        ++report.articles;
        std::vector<int> cuts{0, int(article.text.size())};
        for (const auto &list : lists)
            for (const Claim *c : list) {
                cuts.push_back(c->anchor.start);
                cuts.push_back(c->anchor.end);
            }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        for (size_t s = 0; s + 1 < cuts.size(); ++s) {
            const int from = cuts[s], to = cuts[s + 1];
            if (from >= to || from < 0 || to > article.text.size())
                continue;
            std::vector<int> setValues(size_t(coders), Missing);
            std::vector<std::vector<int>> tagValues(size_t(used.size()), std::vector<int>(size_t(coders), Missing));
            for (int coder = 0; coder < coders; ++coder) {
                if (lists[coder].isEmpty())
                    continue; // did not tag this article: no value
                QList<TagId> covering;
                for (const Claim *c : lists[coder])
                    if (c->anchor.start <= from && c->anchor.end >= to)
                        covering += c->attributes.tags;
                std::sort(covering.begin(), covering.end());
                covering.erase(std::unique(covering.begin(), covering.end()), covering.end());
                QString key;
                for (TagId t : covering)
                    key += QString::number(t) + u',';
                setValues[size_t(coder)] = int(tagSets.insert(key, tagSets.value(key, int(tagSets.size()))).value());
                for (qsizetype i = 0; i < used.size(); ++i)
                    tagValues[size_t(i)][size_t(coder)] = covering.contains(used[i]) ? 1 : 0;
            }
            overall.push_back(std::move(setValues));
            weights.push_back(double(to - from));
            for (qsizetype i = 0; i < used.size(); ++i)
                perTag[size_t(i)].push_back(std::move(tagValues[size_t(i)]));
        }
    }
    report.overall = figure(Tr::tr("Overall (the set of tags on each character)"), overall, weights, coders);
    const QHash<TagId, QString> paths = tagPaths(project.tags);
    for (qsizetype i = 0; i < used.size(); ++i)
        report.tags << figure(paths.value(used[i]), perTag[size_t(i)], weights, coders);

    // Verification status, on claims matched across annotators by overlap.
    const ClaimMatching matching = matchClaims(project, annotators);
    std::vector<std::vector<int>> statusUnits;
    for (const ClaimUnit &unit : matching.units) {
        std::vector<int> values(size_t(coders), Missing);
        for (int coder = 0; coder < coders; ++coder)
            if (const Claim *c = findById(project.claims, unit.claims.value(coder, NoId)))
                values[size_t(coder)] = int(c->attributes.status);
        statusUnits.push_back(std::move(values));
    }
    report.status = figure(Tr::tr("Verification status (claims matched by overlap)"), statusUnits, {}, coders);

    // Links: pairs of claim units someone linked; who tagged both articles
    // but did not link the pair said "no link".
    std::vector<std::vector<int>> linkUnits;
    for (const LinkUnit &pair : matchLinks(project, matching)) {
        const ArticleId first = matching.units[pair.from].article, second = matching.units[pair.to].article;
        std::vector<int> values(size_t(coders), Missing);
        for (int coder = 0; coder < coders; ++coder) {
            if (const Link *l = findById(project.links, pair.links.value(coder, NoId)))
                values[size_t(coder)] = int(l->relation);
            else if (matching.taggedBy(first, coder) && matching.taggedBy(second, coder))
                values[size_t(coder)] = NoLink;
        }
        linkUnits.push_back(std::move(values));
    }
    report.links = figure(Tr::tr("Links (the same pair, the same relation)"), linkUnits, {}, coders);
    return report;
}

} // namespace crossread
