#include "synthproject.h"

#include <models/propositiongrouping.h>
#include <models/textanchor.h>

#include <random>

using namespace Qt::StringLiterals;

namespace crossread::test {
namespace {

const QStringList &vocabulary()
{
    static const QStringList words = {
        u"talks"_s,      u"delegation"_s, u"ceasefire"_s, u"minister"_s, u"said"_s,       u"according"_s,
        u"to"_s,         u"the"_s,        u"officials"_s, u"proposal"_s, u"memorandum"_s, u"prisoners"_s,
        u"exchange"_s,   u"June"_s,       u"2025"_s,      u"€5.2"_s,     u"billion"_s,    u"Istanbul"_s,
        u"переговоры"_s, u"делегация"_s,  u"министр"_s,   u"заявил"_s,   u"المحادثات"_s,  u"الوفد"_s,
        u"وقف"_s,        u"إطلاق"_s,      u"النار"_s,     u"😀"_s,        u"🇺🇦"_s,         u"👍🏽"_s,
        u"reportedly"_s, u"sources"_s,    u"claimed"_s,   u"1,465"_s,    u"Umerov"_s,     u"Medinsky"_s,
    };
    return words;
}

QString makeText(std::mt19937 &rng, int chars)
{
    const QStringList &words = vocabulary();
    std::uniform_int_distribution<qsizetype> pick(0, words.size() - 1);
    std::uniform_int_distribution<int> sentence(8, 24);
    QString text;
    text.reserve(chars + 64);
    while (text.size() < chars) {
        const int length = sentence(rng);
        for (int i = 0; i < length; ++i) {
            if (i > 0)
                text += u' ';
            text += words[pick(rng)];
        }
        text += (rng() % 5 == 0) ? u".\n"_s : u". "_s;
    }
    return text.trimmed();
}

/// A random span of 3 to 25 words of `text` (ends on word boundaries).
std::pair<int, int> randomSpan(std::mt19937 &rng, const QString &text)
{
    const auto size = text.size();
    qsizetype start = std::uniform_int_distribution<qsizetype>(0, size - 2)(rng);
    while (start > 0 && text[start - 1] != u' ' && text[start - 1] != u'\n')
        --start;
    qsizetype end = start;
    const int words = std::uniform_int_distribution<int>(3, 25)(rng);
    for (int w = 0; w < words && end < size; ++w) {
        end = text.indexOf(u' ', end + 1);
        if (end < 0)
            end = size;
    }
    return {int(start), int(std::max(end, start + 1))};
}

} // namespace

SynthOptions scaleOptions(int articles, int claims, int links, quint32 seed)
{
    SynthOptions o;
    o.articles = articles;
    o.claims = claims;
    o.propositionSize = 4;
    o.propositions = std::min(links / 10, claims / 4);
    o.links = links - o.propositions * (o.propositionSize - 1);
    o.seed = seed;
    return o;
}

Project synthesizeProject(const SynthOptions &o)
{
    std::mt19937 rng(o.seed);
    Project p;
    p.info = {u"Synthetic project"_s, u"Generated with seed %1"_s.arg(o.seed), {}};
    Id next = 1;

    for (int i = 0; i < o.tags; ++i) {
        Tag tag;
        tag.id = next++;
        tag.parent = (i >= 10 && !p.tags.empty()) ? p.tags[size_t(i % 10)].id : NoId;
        tag.name = u"Tag %1"_s.arg(i + 1);
        tag.color = 0xff000000u | (rng() & 0xffffffu);
        p.tags.push_back(tag);
    }

    for (int i = 0; i < o.articles; ++i) {
        Article a;
        a.id = next++;
        a.meta.title = u"Article %1: %2"_s.arg(i + 1).arg(vocabulary()[i % vocabulary().size()]);
        a.meta.outlet = u"Outlet %1"_s.arg(i % 7 + 1);
        a.meta.published = QDate(2025, 5, 1).addDays(i % 60);
        a.meta.language = u"en"_s;
        a.text = makeText(rng, o.articleChars);
        a.provenance.fileName = u"article-%1.txt"_s.arg(i + 1);
        a.provenance.fileSize = a.text.toUtf8().size();
        a.provenance.format = u"txt"_s;
        a.provenance.encoding = u"UTF-8"_s;
        p.articles.push_back(std::move(a));
    }

    // Which article each claim goes to: in blocks, or at random.
    std::vector<size_t> owners;
    owners.reserve(size_t(std::max(o.claims, 0)));
    std::uniform_int_distribution<size_t> pickArticle(0, p.articles.empty() ? 0 : p.articles.size() - 1);
    for (int i = 0; i < o.claims && !p.articles.empty(); ++i)
        owners.push_back(o.scatterClaims ? pickArticle(rng) : size_t(i) * p.articles.size() / size_t(o.claims));

    for (size_t i = 0; i < owners.size(); ++i) {
        const Article &article = p.articles[owners[i]];
        auto [start, end] = randomSpan(rng, article.text);
        Claim c;
        c.id = next++;
        c.article = article.id;
        c.anchor = makeAnchor(article.text, start, end);
        if (!p.tags.empty())
            c.attributes.tags = {p.tags[rng() % p.tags.size()].id};
        c.attributes.kind = ClaimKind(rng() % 7);
        c.attributes.status = VerificationStatus(rng() % 6);
        c.attributes.attributedTo = (rng() % 3 == 0) ? u"Speaker %1"_s.arg(rng() % 50) : QString();
        c.author = u"synth"_s;
        c.createdMs = c.modifiedMs = 1748736000000 + qint64(i) * 1000;
        p.claims.push_back(std::move(c));
    }
    if (!o.scatterClaims) {
        // Reading order within each article: sort each article's block by
        // position and renumber (ids stay sorted, as Project requires).
        auto blockStart = p.claims.begin();
        while (blockStart != p.claims.end()) {
            auto blockEnd = std::find_if(blockStart, p.claims.end(),
                                         [&](const Claim &c) { return c.article != blockStart->article; });
            std::vector<Id> ids;
            for (auto it = blockStart; it != blockEnd; ++it)
                ids.push_back(it->id);
            std::sort(blockStart, blockEnd,
                      [](const Claim &a, const Claim &b) { return a.anchor.start < b.anchor.start; });
            for (auto it = blockStart; it != blockEnd; ++it)
                it->id = ids[size_t(it - blockStart)];
            blockStart = blockEnd;
        }
    }

    // Propositions: groups of claims spread over articles, joined in a chain
    // by grouping links; then links between random claims, of any relation.
    const Relation grouping[] = {Relation::Same, Relation::Corroborates, Relation::Differs, Relation::Contradicts};
    const auto addLink = [&](ClaimId from, ClaimId to, Relation relation) {
        Link l;
        l.id = next++;
        l.from = from;
        l.to = to;
        l.relation = relation;
        l.author = u"synth"_s;
        p.links.push_back(l);
    };
    const size_t groupSize = size_t(std::max(o.propositionSize, 2));
    const size_t stride = p.claims.size() / groupSize;
    for (size_t g = 0; g < size_t(std::max(o.propositions, 0)) && g < stride; ++g) {
        for (size_t k = 1; k < groupSize; ++k)
            addLink(p.claims[g + (k - 1) * stride].id, p.claims[g + k * stride].id, grouping[rng() % 4]);
    }
    std::uniform_int_distribution<size_t> pickClaim(0, p.claims.empty() ? 0 : p.claims.size() - 1);
    for (int i = 0; i < o.links && p.claims.size() > 1; ++i) {
        const ClaimId from = p.claims[pickClaim(rng)].id;
        const ClaimId to = p.claims[pickClaim(rng)].id;
        if (from != to)
            addLink(from, to, Relation(rng() % 6));
    }
    p.nextId = next;
    regroupAll(p);
    for (size_t i = 0; i < p.propositions.size(); i += 2)
        p.propositions[i].label = u"Proposition %1"_s.arg(i + 1);
    return p;
}

} // namespace crossread::test
