#include "standardexports.h"

#include <models/vocabulary.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crossread {

int claimReviewRating(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::False:
        return 1;
    case VerificationStatus::Misleading:
        return 2;
    case VerificationStatus::Disputed:
        return 3;
    case VerificationStatus::Supported:
        return 5;
    case VerificationStatus::Unverified:
    case VerificationStatus::Unverifiable:
        return 0;
    }
    return 0;
}

QByteArray claimReviewJson(const ExportSelection &s)
{
    const Project &p = s.project();
    QJsonArray graph;
    for (const Claim *c : s.claims()) {
        const int rating = claimReviewRating(c->attributes.status);
        if (rating == 0)
            continue;
        const Article *a = s.article(c->article);
        QJsonObject appearance{{u"@type"_s, u"CreativeWork"_s}};
        if (a) {
            if (!a->meta.url.isEmpty())
                appearance[u"url"_s] = a->meta.url;
            appearance[u"headline"_s] = a->displayTitle();
            if (!a->meta.outlet.isEmpty())
                appearance[u"publisher"_s] = QJsonObject{{u"@type"_s, u"Organization"_s}, {u"name"_s, a->meta.outlet}};
            if (a->meta.published.isValid())
                appearance[u"datePublished"_s] = a->meta.published.toString(Qt::ISODate);
        }
        QJsonObject claim{{u"@type"_s, u"Claim"_s}, {u"appearance"_s, appearance}};
        if (!c->attributes.attributedTo.isEmpty())
            claim[u"author"_s] = QJsonObject{{u"@type"_s, u"Person"_s}, {u"name"_s, c->attributes.attributedTo}};
        if (a && a->meta.published.isValid())
            claim[u"datePublished"_s] = a->meta.published.toString(Qt::ISODate);
        QJsonObject review{
            {u"@type"_s, u"ClaimReview"_s},
            {u"@id"_s, QString(u"urn:crossread:claim:"_s + idToString(EntityKind::Claim, c->id) + u"#review"_s)},
            {u"claimReviewed"_s, c->anchor.quote},
            {u"itemReviewed"_s, claim}};
        review[u"reviewRating"_s] = QJsonObject{{u"@type"_s, u"Rating"_s},
                                                {u"ratingValue"_s, rating},
                                                {u"bestRating"_s, 5},
                                                {u"worstRating"_s, 1},
                                                {u"alternateName"_s, labelOf(c->attributes.status)}};
        if (!c->attributes.note.isEmpty())
            review[u"reviewBody"_s] = c->attributes.note;
        if (c->modifiedMs)
            review[u"datePublished"_s] = isoTime(c->modifiedMs).left(10);
        const QString reviewer = s.annotator(c->author);
        if (!reviewer.isEmpty())
            review[u"author"_s] = QJsonObject{{u"@type"_s, u"Person"_s}, {u"name"_s, reviewer}};
        else if (!p.info.title.isEmpty())
            review[u"author"_s] = QJsonObject{{u"@type"_s, u"Organization"_s}, {u"name"_s, p.info.title}};
        graph.append(review);
    }
    return QJsonDocument(QJsonObject{{u"@context"_s, u"https://schema.org"_s}, {u"@graph"_s, graph}})
        .toJson(QJsonDocument::Indented);
}

} // namespace crossread
