#pragma once

#include <models/ids.h>

#include <QRgb>
#include <QString>

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

} // namespace crossread
