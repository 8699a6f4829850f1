#include "merge.h"

#include "propositiongrouping.h"
#include "textanchor.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace crossread {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::Merge)
};

/// The text with every run of white space one space, trimmed: copies of an
/// article imported from different files compare equal.
QString collapsed(const QString &text)
{
    return text.simplified();
}

/// Where a quote's occurrence is: its rank among the quote's occurrences
/// in `text` up to `start` (1-based).
int occurrenceAt(QStringView text, QStringView quote, qsizetype start)
{
    int rank = 0;
    for (qsizetype at = text.indexOf(quote); at >= 0 && at <= start; at = text.indexOf(quote, at + 1))
        ++rank;
    return std::max(rank, 1);
}

class Merger
{
public:
    Merger(Project &into, const Project &other, const MergeOptions &options)
        : m_into(into)
        , m_other(other)
        , m_options(options)
    {
    }

    MergeReport run()
    {
        mapArticles();
        mapTags();
        addClaims();
        addLinks();
        regroupAll(m_into);
        carryPropositionLabels();
        m_report.annotators = QStringList(m_annotators.begin(), m_annotators.end());
        m_report.annotators.sort();
        return m_report;
    }

private:
    Id allocate() { return m_into.nextId++; }

    void mapArticles()
    {
        QHash<QByteArray, ArticleId> byHash;
        QHash<QString, ArticleId> byText;
        for (const Article &a : m_into.articles) {
            if (!a.provenance.sha256.isEmpty())
                byHash.insert(a.provenance.sha256, a.id);
            byText.insert(collapsed(a.text), a.id);
        }
        for (const Article &a : m_other.articles) {
            ArticleId match = a.provenance.sha256.isEmpty() ? NoId : byHash.value(a.provenance.sha256, NoId);
            if (match == NoId)
                match = byText.value(collapsed(a.text), NoId);
            if (match != NoId) {
                ++m_report.articlesMatched;
                m_articles.insert(a.id, match);
                continue;
            }
            Article added = a;
            added.id = allocate();
            added.previousVersion = m_articles.value(a.previousVersion, NoId);
            m_into.articles.push_back(added);
            m_articles.insert(a.id, added.id);
            ++m_report.articlesAdded;
        }
    }

    void mapTags()
    {
        QHash<QString, TagId> byPath;
        const QHash<TagId, QString> ours = tagPaths(m_into.tags);
        for (auto it = ours.begin(); it != ours.end(); ++it)
            byPath.insert(it.value(), it.key());
        const QHash<TagId, QString> theirs = tagPaths(m_other.tags);
        // Parents before children: `other`'s tags in an order where each
        // parent comes first (ids of a tree need not be).
        std::vector<const Tag *> order;
        QSet<TagId> placed;
        while (order.size() < m_other.tags.size()) {
            const size_t before = order.size();
            for (const Tag &t : m_other.tags) {
                if (!placed.contains(t.id)
                    && (t.parent == NoId || placed.contains(t.parent) || !findById(m_other.tags, t.parent))) {
                    order.push_back(&t);
                    placed.insert(t.id);
                }
            }
            if (order.size() == before) // a cycle: a damaged file; the rest as top-level tags
                for (const Tag &t : m_other.tags)
                    if (!placed.contains(t.id)) {
                        order.push_back(&t);
                        placed.insert(t.id);
                    }
        }
        for (const Tag *t : order) {
            const QString path = theirs.value(t->id);
            TagId match = byPath.value(m_options.tagMapping.value(path, path), NoId);
            if (match != NoId) {
                ++m_report.tagsMatched;
                m_tags.insert(t->id, match);
                continue;
            }
            Tag added = *t;
            added.id = allocate();
            added.parent = m_tags.value(t->parent, NoId);
            // A key already used here stays with its tag.
            if (!added.shortcut.isEmpty() && std::any_of(m_into.tags.begin(), m_into.tags.end(), [&](const Tag &o) {
                    return o.shortcut == added.shortcut;
                }))
                added.shortcut.clear();
            m_into.tags.push_back(added);
            m_tags.insert(t->id, added.id);
            byPath.insert(path, added.id);
            m_report.tagsAdded << path;
        }
    }

    void addClaims()
    {
        // What is there already, by article and span.
        QMultiHash<std::pair<ArticleId, int>, const Claim *> existing;
        for (const Claim &c : m_into.claims)
            existing.insert({c.article, c.anchor.start}, &c);
        std::vector<Claim> added;
        for (const Claim &c : m_other.claims) {
            const ArticleId article = m_articles.value(c.article, NoId);
            const Article *target = findById(m_into.articles, article);
            const Article *source = findById(m_other.articles, c.article);
            if (!target || !source)
                continue;
            Claim claim = c;
            claim.article = article;
            if (target->text != source->text) {
                const qsizetype at = findQuote(target->text, c.anchor.quote,
                                               occurrenceAt(source->text, c.anchor.quote, c.anchor.start));
                if (at < 0 || c.anchor.quote.isEmpty()) {
                    m_report.claimsNotPlaced << target->sourceName() + u": “" + c.anchor.quote + u"”";
                    continue;
                }
                claim.anchor = makeAnchor(target->text, at, at + c.anchor.quote.size());
            }
            QList<TagId> tags;
            for (TagId t : c.attributes.tags)
                if (const TagId mapped = m_tags.value(t, NoId); mapped != NoId)
                    tags << mapped;
            std::sort(tags.begin(), tags.end());
            tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
            claim.attributes.tags = tags;
            const Claim *same = nullptr;
            for (auto it = existing.find({article, claim.anchor.start});
                 it != existing.end() && it.key() == std::pair{article, claim.anchor.start} && !same; ++it) {
                const Claim *o = it.value();
                if (o->anchor.end == claim.anchor.end && o->author == claim.author && o->attributes == claim.attributes)
                    same = o;
            }
            if (same) {
                m_claims.insert(c.id, same->id);
                ++m_report.claimsAlreadyThere;
                continue;
            }
            claim.id = allocate();
            m_claims.insert(c.id, claim.id);
            m_annotators.insert(claim.author);
            added.push_back(claim);
            ++m_report.claimsAdded;
        }
        m_into.claims.insert(m_into.claims.end(), added.begin(), added.end());
    }

    void addLinks()
    {
        // A link and its reverse are the same link.
        const auto key = [](ClaimId a, ClaimId b, Relation r, const QString &author) -> QString {
            return QStringLiteral("%1 %2 %3 ").arg(std::min(a, b)).arg(std::max(a, b)).arg(int(r)) + author;
        };
        QSet<QString> existing;
        for (const Link &l : m_into.links)
            existing.insert(key(l.from, l.to, l.relation, l.author));
        for (const Link &l : m_other.links) {
            const ClaimId from = m_claims.value(l.from, NoId), to = m_claims.value(l.to, NoId);
            if (from == NoId || to == NoId) {
                ++m_report.linksNotPlaced;
                continue;
            }
            if (existing.contains(key(from, to, l.relation, l.author))) {
                ++m_report.linksAlreadyThere;
                continue;
            }
            Link link = l;
            link.id = allocate();
            link.from = from;
            link.to = to;
            m_into.links.push_back(link);
            existing.insert(key(from, to, l.relation, l.author));
            m_annotators.insert(link.author);
            ++m_report.linksAdded;
        }
    }

    void carryPropositionLabels()
    {
        for (const Proposition &theirs : m_other.propositions) {
            if (theirs.label.isEmpty() && theirs.note.isEmpty())
                continue;
            const ClaimId first = m_claims.value(theirs.claims.value(0), NoId);
            for (Proposition &ours : m_into.propositions) {
                if (!ours.claims.contains(first))
                    continue;
                if (ours.label.isEmpty())
                    ours.label = theirs.label;
                if (ours.note.isEmpty())
                    ours.note = theirs.note;
            }
        }
    }

    Project &m_into;
    const Project &m_other;
    const MergeOptions &m_options;
    MergeReport m_report;
    QHash<ArticleId, ArticleId> m_articles;
    QHash<TagId, TagId> m_tags;
    QHash<ClaimId, ClaimId> m_claims;
    QSet<QString> m_annotators;
};

} // namespace

QStringList unmatchedTagPaths(const Project &into, const Project &other)
{
    const QHash<TagId, QString> ours = tagPaths(into.tags);
    const QSet<QString> known(ours.begin(), ours.end());
    const QHash<TagId, QString> theirs = tagPaths(other.tags);
    QStringList unmatched;
    for (const Tag &t : other.tags) {
        if (!known.contains(theirs.value(t.id)))
            unmatched << theirs.value(t.id);
    }
    return unmatched;
}

QString MergeReport::summary() const
{
    QStringList lines;
    lines << Tr::tr("Articles: %1 matched, %2 added.").arg(articlesMatched).arg(articlesAdded);
    lines << Tr::tr("Tags: %1 matched, %2 added%3.")
                 .arg(tagsMatched)
                 .arg(tagsAdded.size())
                 .arg(tagsAdded.isEmpty() ? QString() : u" (" + tagsAdded.join(u", ") + u")");
    lines << Tr::tr("Claims: %1 added, %2 already there.").arg(claimsAdded).arg(claimsAlreadyThere);
    lines << Tr::tr("Links: %1 added, %2 already there.").arg(linksAdded).arg(linksAlreadyThere);
    if (!claimsNotPlaced.isEmpty())
        lines << Tr::tr("Not placed, the quote not being in the matched article's text: %n claim(s), and %1 "
                        "link(s) ending at them:",
                        nullptr, int(claimsNotPlaced.size()))
                     .arg(linksNotPlaced)
              << claimsNotPlaced;
    if (!annotators.isEmpty())
        lines << Tr::tr("Annotators of what was added: %1.").arg(annotators.join(u", "));
    return lines.join(u'\n');
}

MergeReport merge(Project &into, const Project &other, const MergeOptions &options)
{
    return Merger(into, other, options).run();
}

} // namespace crossread
