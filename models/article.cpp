#include "article.h"

#include <QCoreApplication>

namespace crossread {

QString Article::displayTitle() const
{
    if (!meta.title.isEmpty())
        return meta.title;
    // The first words of the text say more than a file name such as "004_08bc5f.txt".
    const QStringView firstLine = QStringView(text).left(text.indexOf(u'\n')).trimmed();
    if (!firstLine.isEmpty()) {
        constexpr qsizetype maxLength = 60;
        if (firstLine.size() <= maxLength)
            return firstLine.toString();
        qsizetype cut = firstLine.left(maxLength).lastIndexOf(u' ');
        if (cut < maxLength / 2)
            cut = maxLength;
        return firstLine.left(cut).toString() + u'…';
    }
    if (!provenance.fileName.isEmpty())
        return provenance.fileName;
    return QCoreApplication::translate("crossread", "Untitled article %1").arg(idToString(EntityKind::Article, id));
}

QString Article::sourceName() const
{
    return meta.outlet.isEmpty() ? displayTitle() : meta.outlet;
}

} // namespace crossread
