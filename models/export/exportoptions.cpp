#include "exportoptions.h"

#include <QDateTime>
#include <QSet>

namespace crossread {

ExportSelection::ExportSelection(const Project &project, const ExportOptions &options)
    : m_project(project)
    , m_options(options)
{
    // The tags asked for, with every tag under them.
    QSet<TagId> tags(options.tags.begin(), options.tags.end());
    for (bool grew = !tags.isEmpty(); grew;) {
        grew = false;
        for (const Tag &t : project.tags) {
            if (t.parent != NoId && tags.contains(t.parent) && !tags.contains(t.id)) {
                tags.insert(t.id);
                grew = true;
            }
        }
    }
    const QSet<ArticleId> sources(options.sources.begin(), options.sources.end());
    for (const Article &a : project.articles) {
        if (sources.isEmpty() || sources.contains(a.id))
            m_articles << &a;
    }
    QSet<ClaimId> chosen;
    for (const Claim &c : project.claims) {
        if (!sources.isEmpty() && !sources.contains(c.article))
            continue;
        if (!tags.isEmpty() && std::none_of(c.attributes.tags.begin(), c.attributes.tags.end(), [&](TagId t) {
                return tags.contains(t);
            }))
            continue;
        m_claims << &c;
        chosen.insert(c.id);
    }
    for (const Link &l : project.links) {
        if (chosen.contains(l.from) && chosen.contains(l.to))
            m_links << &l;
    }
    for (const Proposition &p : project.propositions) {
        for (ClaimId c : p.claims)
            m_proposition.insert(c, p.id);
    }
}

QString ExportSelection::tagPath(TagId id) const
{
    return crossread::tagPath(m_project.tags, id);
}

int codePointOffset(const QString &text, int utf16)
{
    int points = 0;
    const int end = std::min(utf16, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++points;
    }
    return points;
}

QString colorName(QRgb color)
{
    return QStringLiteral("#%1").arg(color & 0xffffff, 6, 16, QChar(u'0'));
}

QString isoTime(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace crossread
