#pragma once

#include <Qt>

namespace crossread {

/// Item data roles shared by Crossread's models.
enum ModelRole {
    IdRole = Qt::UserRole + 1, ///< the object's Id (quint32)
    SortRole, ///< a value that sorts the column the way people expect
    ArticleIdRole, ///< the article a row belongs to
    TitleRole, ///< an article's title alone
    ClaimIdsRole, ///< QList<ClaimId>: the claims a cell shows
    StanceRole, ///< int(Stance) of a matrix cell; invalid for an omission
    OmissionRole, ///< bool: the cell is an omission
    DiscrepancyRole, ///< QStringList: the values, as written, in which a cell differs from the others
    SpanRole, ///< QPoint(start, end): a passage's UTF-16 offsets in its article
};

} // namespace crossread
