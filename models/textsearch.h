#pragma once

#include <models/ids.h>

#include <QList>
#include <QString>
#include <QStringView>

namespace crossread {

struct Project;

/// Every occurrence of `needle` in `text`, ignoring case, not overlapping.
QList<qsizetype> findAll(QStringView text, QStringView needle);

struct SearchHit
{
    ArticleId article = NoId;
    qsizetype start = 0;
    qsizetype end = 0;
    QString context; ///< the line around the hit, shortened, on one line
    qsizetype contextStart = 0; ///< where the hit starts within `context`
};

/// The occurrences of `needle` in every article, in article order, at most
/// `limit` (0: all).
QList<SearchHit> searchArticles(const Project &project, QStringView needle, int limit = 5000);

} // namespace crossread
