#include "ids.h"

namespace crossread {
namespace {

QChar letterOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Article:
        return u'a';
    case EntityKind::Tag:
        return u't';
    case EntityKind::Claim:
        return u'c';
    case EntityKind::Link:
        return u'l';
    case EntityKind::Proposition:
        return u'p';
    }
    return u'?';
}

} // namespace

QString idToString(EntityKind kind, Id id)
{
    return letterOf(kind) + QString::number(id);
}

std::optional<Id> idFromString(EntityKind kind, QStringView text)
{
    if (!text.isEmpty() && text.front().toLower() == letterOf(kind))
        text = text.mid(1);
    if (text.isEmpty() || !text.front().isDigit())
        return std::nullopt;
    bool ok = false;
    const auto value = text.toUInt(&ok);
    if (!ok || value == NoId)
        return std::nullopt;
    return Id(value);
}

} // namespace crossread
