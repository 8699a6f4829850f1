#include "article.h"

#include <QCoreApplication>

namespace crossread {

QString Article::displayTitle() const
{
    if (!meta.title.isEmpty())
        return meta.title;
    if (!provenance.fileName.isEmpty())
        return provenance.fileName;
    return QCoreApplication::translate("crossread", "Untitled article %1").arg(idToString(EntityKind::Article, id));
}

QString Article::sourceName() const
{
    return meta.outlet.isEmpty() ? displayTitle() : meta.outlet;
}

} // namespace crossread
