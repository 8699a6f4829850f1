#include "vocabulary.h"

#include <QCoreApplication>

#include <span>

namespace crossread {
namespace {

template<class E>
struct Name
{
    E value;
    const char *key;
    const char *label;
};

// Keys are written to files and scripts: never change one.
constexpr Name<ClaimKind> kClaimKinds[] = {
    {ClaimKind::Unspecified, "unspecified", QT_TRANSLATE_NOOP("crossread", "Unspecified")},
    {ClaimKind::Fact, "fact", QT_TRANSLATE_NOOP("crossread", "Fact")},
    {ClaimKind::Statistic, "statistic", QT_TRANSLATE_NOOP("crossread", "Statistic")},
    {ClaimKind::Quotation, "quotation", QT_TRANSLATE_NOOP("crossread", "Quotation")},
    {ClaimKind::Opinion, "opinion", QT_TRANSLATE_NOOP("crossread", "Opinion")},
    {ClaimKind::Prediction, "prediction", QT_TRANSLATE_NOOP("crossread", "Prediction")},
    {ClaimKind::Other, "other", QT_TRANSLATE_NOOP("crossread", "Other")},
};

constexpr Name<VerificationStatus> kStatuses[] = {
    {VerificationStatus::Unverified, "unverified", QT_TRANSLATE_NOOP("crossread", "Unverified")},
    {VerificationStatus::Supported, "supported", QT_TRANSLATE_NOOP("crossread", "Supported")},
    {VerificationStatus::Disputed, "disputed", QT_TRANSLATE_NOOP("crossread", "Disputed")},
    {VerificationStatus::False, "false", QT_TRANSLATE_NOOP("crossread", "False")},
    {VerificationStatus::Misleading, "misleading", QT_TRANSLATE_NOOP("crossread", "Misleading")},
    {VerificationStatus::Unverifiable, "unverifiable", QT_TRANSLATE_NOOP("crossread", "Unverifiable")},
};

constexpr Name<Confidence> kConfidences[] = {
    {Confidence::Unset, "unset", QT_TRANSLATE_NOOP("crossread", "Not set")},
    {Confidence::Low, "low", QT_TRANSLATE_NOOP("crossread", "Low")},
    {Confidence::Medium, "medium", QT_TRANSLATE_NOOP("crossread", "Medium")},
    {Confidence::High, "high", QT_TRANSLATE_NOOP("crossread", "High")},
};

constexpr Name<Relation> kRelations[] = {
    {Relation::Same, "same", QT_TRANSLATE_NOOP("crossread", "Same claim")},
    {Relation::Corroborates, "corroborates", QT_TRANSLATE_NOOP("crossread", "Corroborates")},
    {Relation::Contradicts, "contradicts", QT_TRANSLATE_NOOP("crossread", "Contradicts")},
    {Relation::Differs, "differs", QT_TRANSLATE_NOOP("crossread", "Differs in detail")},
    {Relation::Elaborates, "elaborates", QT_TRANSLATE_NOOP("crossread", "Elaborates")},
    {Relation::Related, "related", QT_TRANSLATE_NOOP("crossread", "Related")},
};

template<class E>
constexpr std::span<const Name<E>> names()
{
    if constexpr (std::is_same_v<E, ClaimKind>)
        return kClaimKinds;
    else if constexpr (std::is_same_v<E, VerificationStatus>)
        return kStatuses;
    else if constexpr (std::is_same_v<E, Confidence>)
        return kConfidences;
    else
        return kRelations;
}

template<class E>
const Name<E> &nameOf(E value)
{
    const auto table = names<E>();
    const auto index = size_t(value);
    // Tables list every value in declaration order.
    return index < table.size() ? table[index] : table[0];
}

} // namespace

template<class E>
QString keyOf(E value)
{
    return QString::fromLatin1(nameOf(value).key);
}

template<class E>
QString labelOf(E value)
{
    return QCoreApplication::translate("crossread", nameOf(value).label);
}

template<class E>
std::optional<E> fromKey(QStringView key)
{
    for (const auto &name : names<E>()) {
        if (key.compare(QLatin1StringView(name.key), Qt::CaseInsensitive) == 0)
            return name.value;
    }
    return std::nullopt;
}

template<class E>
bool isKnown(E value)
{
    return size_t(value) < names<E>().size();
}

template<class E>
QList<E> allValues()
{
    QList<E> values;
    for (const auto &name : names<E>())
        values.append(name.value);
    return values;
}

template<class E>
QString keyList()
{
    QStringList keys;
    for (const auto &name : names<E>())
        keys.append(QString::fromLatin1(name.key));
    return keys.join(u'|');
}

#define CROSSREAD_INSTANTIATE(E) \
    template QString keyOf<E>(E); \
    template QString labelOf<E>(E); \
    template std::optional<E> fromKey<E>(QStringView); \
    template bool isKnown<E>(E); \
    template QList<E> allValues<E>(); \
    template QString keyList<E>();

CROSSREAD_INSTANTIATE(ClaimKind)
CROSSREAD_INSTANTIATE(VerificationStatus)
CROSSREAD_INSTANTIATE(Confidence)
CROSSREAD_INSTANTIATE(Relation)

#undef CROSSREAD_INSTANTIATE

} // namespace crossread
