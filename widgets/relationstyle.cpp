#include "relationstyle.h"

#include "swatch.h"

#include <models/vocabulary.h>

#include <QComboBox>
#include <QPixmap>

namespace crossread {

QColor relationColor(Relation relation)
{
    switch (relation) {
    case Relation::Same:
        return QColor(0x3d, 0x7e, 0xd6);
    case Relation::Corroborates:
        return QColor(0x2e, 0x9e, 0x5b);
    case Relation::Contradicts:
        return QColor(0xd6, 0x3b, 0x3b);
    case Relation::Differs:
        return QColor(0xe0, 0x8e, 0x1b);
    case Relation::Elaborates:
        return QColor(0x8e, 0x63, 0xc7);
    case Relation::Related:
        return QColor(0x8a, 0x8f, 0x98);
    }
    return QColor(Qt::gray);
}

QIcon relationIcon(Relation relation)
{
    return swatchIcon(relationColor(relation));
}

void fillRelationBox(QComboBox *box)
{
    for (Relation r : allValues<Relation>())
        box->addItem(relationIcon(r), labelOf(r), int(r));
}

} // namespace crossread
