#pragma once

#include <QFont>

namespace crossread {

/// How article text is set for reading. Stored with QSettings, for every
/// project.
struct ReadingStyle
{
    QFont font;
    int lineWidth = 72; ///< the longest line, in average characters; 0: as wide as the pane
    int lineSpacing = 150; ///< percent of the font's line height
    bool snapToWords = true; ///< selections widen to whole words when tagged

    static ReadingStyle load();
    void save() const;
    bool operator==(const ReadingStyle &) const = default;
};

} // namespace crossread
