#pragma once

#include <models/ids.h>

#include <QHash>
#include <QRgb>
#include <QString>

#include <vector>

namespace crossread {

/// A code of the codebook. Tags form a tree through `parent`.
struct Tag
{
    TagId id = NoId;
    TagId parent = NoId; ///< NoId for a top-level tag
    QString name;
    QRgb color = 0xff808080;
    QString description;
    QString shortcut; ///< a QKeySequence in portable text form, or empty

    bool operator==(const Tag &) const = default;
};

/// A tag's names from the top of the codebook down, joined by " / "
/// ("Quotation / Anonymous source"): how people, exports and merges name it.
QString tagPath(const std::vector<Tag> &tags, TagId id);

/// Every tag's path, by id.
QHash<TagId, QString> tagPaths(const std::vector<Tag> &tags);

} // namespace crossread
