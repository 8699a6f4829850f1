#include "tagcontrast.h"

#include "claimhighlighter.h"

#include <models/colorcontrast.h>

#include <QCoreApplication>
#include <QPalette>

namespace crossread {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::TagContrast)
};

} // namespace

QString tagContrastProblem(const QColor &color, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const double onTint = contrastRatio(text.rgb(), ClaimHighlighter::tint({color}, base).rgb());
    const double mark = contrastRatio(color.rgb(), base.rgb());
    const QString ratio = QStringLiteral("%1:1");
    if (onTint < MinimumTextContrast)
        return Tr::tr("Low contrast: text on this tag's tint is %1 (4.5:1 is the least that reads well).")
            .arg(ratio.arg(onTint, 0, 'f', 1));
    if (mark < MinimumMarkContrast)
        return Tr::tr("Low contrast: this colour is %1 against the page, so underlines and swatches are hard to see "
                      "(3:1 is the least).")
            .arg(ratio.arg(mark, 0, 'f', 1));
    return {};
}

} // namespace crossread
