#include "tag.h"

#include <models/project.h>

#include <QStringList>

namespace crossread {

QString tagPath(const std::vector<Tag> &tags, TagId id)
{
    QStringList names;
    for (const Tag *t = findById(tags, id); t && names.size() < 64; t = findById(tags, t->parent))
        names.prepend(t->name);
    return names.join(u" / ");
}

QHash<TagId, QString> tagPaths(const std::vector<Tag> &tags)
{
    QHash<TagId, QString> paths;
    for (const Tag &tag : tags)
        paths.insert(tag.id, tagPath(tags, tag.id));
    return paths;
}

} // namespace crossread
