#pragma once

// Boost.Serialization of Project. Private: included by projectfile.cpp, which
// instantiates it for the binary archive of .crossread files, and by the
// benchmarks, which measure the text and XML archives against it.
//
// Loading never trusts the data: in a binary archive every count and length
// is checked against the bytes left before anything is allocated for it
// (see LoadLimits), so a forged count fails instead of allocating gigabytes.

#include "project.h"

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include <stdexcept>
#include <streambuf>
#include <string>

namespace crossread::archive {

/// Rebuilds the quote and context of every claim whose offsets are a valid
/// span of its article (the others are left for validation to report).
void restoreAnchors(Project &project);

/// A stream buffer that knows how many bytes are left to read: what decoding
/// bounds counts and lengths by (LoadLimits).
class LimitedInBuf : public std::streambuf
{
public:
    virtual size_t remaining() const = 0;
};

/// A stream buffer reading from memory in place.
class MemoryInBuf final : public LimitedInBuf
{
public:
    MemoryInBuf(const char *data, size_t size)
    {
        char *begin = const_cast<char *>(data); // read-only: no put area is set
        setg(begin, begin, begin + size);
    }
    size_t remaining() const override { return size_t(egptr() - gptr()); }
};

/// A stream buffer appending to a std::string.
class StringOutBuf : public std::streambuf
{
public:
    explicit StringOutBuf(std::string &out)
        : m_out(out)
    {
    }
    /// The bytes in the string so far.
    size_t written() const { return m_out.size(); }

protected:
    std::streamsize xsputn(const char *s, std::streamsize n) override
    {
        m_out.append(s, size_t(n));
        return n;
    }
    int_type overflow(int_type c) override
    {
        if (!traits_type::eq_int_type(c, traits_type::eof()))
            m_out.push_back(traits_type::to_char_type(c));
        return traits_type::not_eof(c);
    }

private:
    std::string &m_out;
};

/// Thrown when the data contradicts itself or its limits.
class DecodeError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Bounds counts and lengths by the bytes left in `source` for binary
/// archives decoded on this thread while it lives (scoped around a decode).
/// Not a Boost archive helper: looking a helper up compares type names, and
/// every string of a project asks (a twentieth of a second at 1M claims).
class LoadLimits
{
public:
    explicit LoadLimits(const LimitedInBuf &source)
        : m_outer(current)
    {
        current = &source;
    }
    ~LoadLimits() { current = m_outer; }
    LoadLimits(const LoadLimits &) = delete;
    LoadLimits &operator=(const LoadLimits &) = delete;

    /// The bytes being decoded on this thread, if any.
    static const LimitedInBuf *source() { return current; }

private:
    static inline thread_local const LimitedInBuf *current = nullptr;
    const LimitedInBuf *m_outer;
};

template<class Archive>
constexpr bool isBinary
    = std::is_same_v<Archive,
                     boost::archive::binary_oarchive> || std::is_same_v<Archive, boost::archive::binary_iarchive>;

/// Throws unless `count` items of at least `minBytes` each fit in what is
/// left. Returns whether that was checked (a binary archive decoded under
/// LoadLimits).
template<class Archive>
bool checkFits(Archive &, quint64 count, quint64 minBytes, const char *what)
{
    if constexpr (!isBinary<Archive>)
        return false;
    const LimitedInBuf *source = LoadLimits::source();
    if (source && count > source->remaining() / minBytes)
        throw DecodeError(std::string("a count of ") + what + " (" + std::to_string(count)
                          + ") is larger than the data that follows");
    return source != nullptr;
}

// Smallest encoded size of one item in a binary archive: true lower bounds,
// used only to reject counts that cannot fit.
template<class T>
constexpr quint64 minEncodedSize = 4;
template<>
inline constexpr quint64 minEncodedSize<Article> = 32;
template<>
inline constexpr quint64 minEncodedSize<Tag> = 16;
template<>
inline constexpr quint64 minEncodedSize<Claim> = 32;
template<>
inline constexpr quint64 minEncodedSize<Link> = 16;
template<>
inline constexpr quint64 minEncodedSize<Proposition> = 12;
template<>
inline constexpr quint64 minEncodedSize<RejectedSuggestion> = 16;

template<class Archive, class Container>
void saveItems(Archive &ar, const Container &items)
{
    const quint32 count = quint32(items.size());
    ar << boost::serialization::make_nvp("count", count);
    for (const auto &item : items)
        ar << boost::serialization::make_nvp("item", item);
}

template<class Archive, class Container>
void loadItems(Archive &ar, Container &items, const char *what)
{
    using T = typename Container::value_type;
    quint32 count = 0;
    ar >> boost::serialization::make_nvp("count", count);
    const bool fits = checkFits(ar, count, minEncodedSize<T>, what);
    items.clear();
    // A count that fits what is left takes a few times the file's size at
    // most, in address space that decoding touches as it goes: reserved, as
    // growing moved a million claims four times over. Unchecked, it grows.
    items.reserve(fits ? count : std::min<quint32>(count, 1u << 16));
    for (quint32 i = 0; i < count; ++i) {
        items.emplace_back();
        ar >> boost::serialization::make_nvp("item", items.back());
    }
}

} // namespace crossread::archive

namespace boost::serialization {

// ---- Qt value types: no class information, no tracking (they are values).

template<class Archive>
void save(Archive &ar, const QString &s, unsigned)
{
    if constexpr (crossread::archive::isBinary<Archive>) {
        const quint32 size = quint32(s.size());
        ar << size;
        if (size)
            ar.save_binary(s.constData(), size * sizeof(QChar));
    } else {
        const std::string utf8 = s.toStdString();
        ar << make_nvp("utf8", utf8);
    }
}

template<class Archive>
void load(Archive &ar, QString &s, unsigned)
{
    if constexpr (crossread::archive::isBinary<Archive>) {
        quint32 size = 0;
        ar >> size;
        crossread::archive::checkFits(ar, size, sizeof(QChar), "characters");
        // Exactly the size: resize() would round the capacity up for growth.
        s = size ? QString(qsizetype(size), Qt::Uninitialized) : QString();
        if (size)
            ar.load_binary(s.data(), size * sizeof(QChar));
    } else {
        std::string utf8;
        ar >> make_nvp("utf8", utf8);
        s = QString::fromStdString(utf8);
    }
}

template<class Archive>
void save(Archive &ar, const QByteArray &b, unsigned)
{
    if constexpr (crossread::archive::isBinary<Archive>) {
        const quint32 size = quint32(b.size());
        ar << size;
        if (size)
            ar.save_binary(b.constData(), size);
    } else {
        const std::string hex = b.toHex().toStdString();
        ar << make_nvp("hex", hex);
    }
}

template<class Archive>
void load(Archive &ar, QByteArray &b, unsigned)
{
    if constexpr (crossread::archive::isBinary<Archive>) {
        quint32 size = 0;
        ar >> size;
        crossread::archive::checkFits(ar, size, 1, "bytes");
        b = size ? QByteArray(qsizetype(size), Qt::Uninitialized) : QByteArray();
        if (size)
            ar.load_binary(b.data(), size);
    } else {
        std::string hex;
        ar >> make_nvp("hex", hex);
        b = QByteArray::fromHex(QByteArray::fromStdString(hex));
    }
}

template<class Archive>
void save(Archive &ar, const QDate &date, unsigned)
{
    const qint64 julianDay = date.toJulianDay();
    ar << make_nvp("jd", julianDay);
}

template<class Archive>
void load(Archive &ar, QDate &date, unsigned)
{
    qint64 julianDay = 0;
    ar >> make_nvp("jd", julianDay);
    date = QDate::fromJulianDay(julianDay);
}

template<class Archive>
void save(Archive &ar, const QStringList &list, unsigned)
{
    crossread::archive::saveItems(ar, list);
}

template<class Archive>
void load(Archive &ar, QStringList &list, unsigned)
{
    crossread::archive::loadItems(ar, list, "strings");
}

template<class Archive>
void save(Archive &ar, const QList<quint32> &ids, unsigned)
{
    if constexpr (crossread::archive::isBinary<Archive>) {
        const quint32 size = quint32(ids.size());
        ar << size;
        if (size)
            ar.save_binary(ids.constData(), size * sizeof(quint32));
    } else {
        crossread::archive::saveItems(ar, ids);
    }
}

template<class Archive>
void load(Archive &ar, QList<quint32> &ids, unsigned)
{
    if constexpr (crossread::archive::isBinary<Archive>) {
        quint32 size = 0;
        ar >> size;
        crossread::archive::checkFits(ar, size, sizeof(quint32), "ids");
        ids = size ? QList<quint32>(qsizetype(size)) : QList<quint32>();
        if (size)
            ar.load_binary(ids.data(), size * sizeof(quint32));
    } else {
        crossread::archive::loadItems(ar, ids, "ids");
    }
}

template<class Archive>
void serialize(Archive &ar, QString &value, const unsigned version)
{
    split_free(ar, value, version);
}

template<class Archive>
void serialize(Archive &ar, QByteArray &value, const unsigned version)
{
    split_free(ar, value, version);
}

template<class Archive>
void serialize(Archive &ar, QDate &value, const unsigned version)
{
    split_free(ar, value, version);
}

template<class Archive>
void serialize(Archive &ar, QStringList &value, const unsigned version)
{
    split_free(ar, value, version);
}

template<class Archive>
void serialize(Archive &ar, QList<quint32> &value, const unsigned version)
{
    split_free(ar, value, version);
}

// ---- The domain. Fields are only ever added at the end, under a new
// BOOST_CLASS_VERSION, so that every older file still loads.

template<class Archive>
void serialize(Archive &ar, crossread::ArticleMetadata &m, unsigned)
{
    ar &make_nvp("title", m.title) & make_nvp("outlet", m.outlet) & make_nvp("author", m.author)
        & make_nvp("published", m.published) & make_nvp("url", m.url) & make_nvp("language", m.language)
        & make_nvp("labels", m.labels) & make_nvp("notes", m.notes) & make_nvp("inferred", m.inferred);
}

template<class Archive>
void serialize(Archive &ar, crossread::Provenance &p, unsigned)
{
    ar &make_nvp("fileName", p.fileName) & make_nvp("fileSize", p.fileSize) & make_nvp("sha256", p.sha256)
        & make_nvp("format", p.format) & make_nvp("encoding", p.encoding) & make_nvp("importedAtMs", p.importedAtMs);
}

template<class Archive>
void serialize(Archive &ar, crossread::Article &a, const unsigned version)
{
    ar &make_nvp("id", a.id) & make_nvp("meta", a.meta) & make_nvp("text", a.text)
        & make_nvp("provenance", a.provenance);
    if (version >= 1)
        ar &make_nvp("previousVersion", a.previousVersion);
}

template<class Archive>
void serialize(Archive &ar, crossread::Tag &t, unsigned)
{
    ar &make_nvp("id", t.id) & make_nvp("parent", t.parent) & make_nvp("name", t.name) & make_nvp("color", t.color)
        & make_nvp("description", t.description) & make_nvp("shortcut", t.shortcut);
}

// Only the offsets: quote and context are copies of the article's text,
// which never changes, and restoreAnchors() rebuilds them exactly on load.
// Storing them too made files 2.2 times larger and saves and loads slower.
template<class Archive>
void serialize(Archive &ar, crossread::Anchor &a, unsigned)
{
    ar &make_nvp("start", a.start) & make_nvp("end", a.end);
}

template<class Archive>
void serialize(Archive &ar, crossread::ClaimAttributes &c, unsigned)
{
    ar &make_nvp("tags", c.tags) & make_nvp("kind", c.kind) & make_nvp("attributedTo", c.attributedTo)
        & make_nvp("status", c.status) & make_nvp("confidence", c.confidence) & make_nvp("note", c.note);
}

template<class Archive>
void serialize(Archive &ar, crossread::Claim &c, unsigned)
{
    ar &make_nvp("id", c.id) & make_nvp("article", c.article) & make_nvp("anchor", c.anchor)
        & make_nvp("attributes", c.attributes) & make_nvp("author", c.author) & make_nvp("createdMs", c.createdMs)
        & make_nvp("modifiedMs", c.modifiedMs);
}

template<class Archive>
void serialize(Archive &ar, crossread::Link &l, unsigned)
{
    ar &make_nvp("id", l.id) & make_nvp("from", l.from) & make_nvp("to", l.to) & make_nvp("relation", l.relation)
        & make_nvp("note", l.note) & make_nvp("author", l.author) & make_nvp("createdMs", l.createdMs)
        & make_nvp("modifiedMs", l.modifiedMs);
}

template<class Archive>
void serialize(Archive &ar, crossread::Proposition &p, unsigned)
{
    ar &make_nvp("id", p.id) & make_nvp("label", p.label) & make_nvp("claims", p.claims) & make_nvp("note", p.note);
}

template<class Archive>
void serialize(Archive &ar, crossread::ProjectInfo &i, unsigned)
{
    ar &make_nvp("title", i.title) & make_nvp("description", i.description) & make_nvp("notes", i.notes);
}

template<class Archive>
void serialize(Archive &ar, crossread::RejectedSuggestion &r, unsigned)
{
    ar &make_nvp("claim", r.claim) & make_nvp("article", r.article) & make_nvp("start", r.start)
        & make_nvp("end", r.end);
}

template<class Archive>
void save(Archive &ar, const crossread::AssistState &a, unsigned)
{
    ar << make_nvp("loadedTerms", a.loadedTerms);
    crossread::archive::saveItems(ar, a.rejected);
}

template<class Archive>
void load(Archive &ar, crossread::AssistState &a, unsigned)
{
    ar >> make_nvp("loadedTerms", a.loadedTerms);
    crossread::archive::loadItems(ar, a.rejected, "rejected suggestions");
}

template<class Archive>
void serialize(Archive &ar, crossread::AssistState &a, const unsigned version)
{
    split_free(ar, a, version);
}

// Never a bool through Boost: its binary archive asserts that the byte is 0
// or 1, so a forged file could abort a debug build (and is undefined in a
// release one). A byte, checked here, instead.
template<class Archive>
void save(Archive &ar, const crossread::ViewLayout &l, unsigned)
{
    const quint8 sync = l.syncScroll ? 1 : 0;
    const quint8 byLinks = l.syncByLinks ? 1 : 0;
    ar << make_nvp("panes", l.panes) << make_nvp("sizes", l.sizes) << make_nvp("syncScroll", sync)
       << make_nvp("syncByLinks", byLinks) << make_nvp("hiddenCues", l.hiddenCues);
}

template<class Archive>
void load(Archive &ar, crossread::ViewLayout &l, const unsigned version)
{
    quint8 sync = 0, byLinks = 0;
    ar >> make_nvp("panes", l.panes) >> make_nvp("sizes", l.sizes) >> make_nvp("syncScroll", sync);
    if (version >= 1)
        ar >> make_nvp("syncByLinks", byLinks);
    if (version >= 2)
        ar >> make_nvp("hiddenCues", l.hiddenCues);
    if (sync > 1 || byLinks > 1)
        throw crossread::archive::DecodeError("a yes/no value is neither");
    l.syncScroll = sync == 1;
    l.syncByLinks = byLinks == 1;
}

template<class Archive>
void serialize(Archive &ar, crossread::ViewLayout &l, const unsigned version)
{
    split_free(ar, l, version);
}

template<class Archive>
void save(Archive &ar, const crossread::Project &p, unsigned)
{
    using crossread::archive::saveItems;
    ar << make_nvp("info", p.info) << make_nvp("nextId", p.nextId);
    saveItems(ar, p.articles);
    saveItems(ar, p.tags);
    saveItems(ar, p.claims);
    saveItems(ar, p.links);
    saveItems(ar, p.propositions);
    ar << make_nvp("layout", p.layout) << make_nvp("assist", p.assist);
}

template<class Archive>
void load(Archive &ar, crossread::Project &p, const unsigned version)
{
    using crossread::archive::loadItems;
    ar >> make_nvp("info", p.info) >> make_nvp("nextId", p.nextId);
    loadItems(ar, p.articles, "articles");
    loadItems(ar, p.tags, "tags");
    loadItems(ar, p.claims, "claims");
    loadItems(ar, p.links, "links");
    loadItems(ar, p.propositions, "propositions");
    if (version >= 1)
        ar >> make_nvp("layout", p.layout);
    if (version >= 2)
        ar >> make_nvp("assist", p.assist);
}

template<class Archive>
void serialize(Archive &ar, crossread::Project &p, const unsigned version)
{
    split_free(ar, p, version);
}

} // namespace boost::serialization

#define CROSSREAD_QT_VALUE(T) \
    BOOST_CLASS_IMPLEMENTATION(T, boost::serialization::object_serializable) \
    BOOST_CLASS_TRACKING(T, boost::serialization::track_never)

CROSSREAD_QT_VALUE(QString)
CROSSREAD_QT_VALUE(QByteArray)
CROSSREAD_QT_VALUE(QDate)
CROSSREAD_QT_VALUE(QStringList)
CROSSREAD_QT_VALUE(QList<quint32>)
#undef CROSSREAD_QT_VALUE

#define CROSSREAD_DOMAIN_CLASS(T, VERSION) \
    BOOST_CLASS_VERSION(T, VERSION) \
    BOOST_CLASS_TRACKING(T, boost::serialization::track_never)

CROSSREAD_DOMAIN_CLASS(crossread::ArticleMetadata, 0)
CROSSREAD_DOMAIN_CLASS(crossread::Provenance, 0)
CROSSREAD_DOMAIN_CLASS(crossread::Article, 1) // 1: previousVersion
CROSSREAD_DOMAIN_CLASS(crossread::Tag, 0)
CROSSREAD_DOMAIN_CLASS(crossread::Anchor, 0)
CROSSREAD_DOMAIN_CLASS(crossread::ClaimAttributes, 0)
CROSSREAD_DOMAIN_CLASS(crossread::Claim, 0)
CROSSREAD_DOMAIN_CLASS(crossread::Link, 0)
CROSSREAD_DOMAIN_CLASS(crossread::Proposition, 0)
CROSSREAD_DOMAIN_CLASS(crossread::ProjectInfo, 0)
CROSSREAD_DOMAIN_CLASS(crossread::ViewLayout, 2) // 1: syncByLinks, 2: hiddenCues
CROSSREAD_DOMAIN_CLASS(crossread::RejectedSuggestion, 0)
CROSSREAD_DOMAIN_CLASS(crossread::AssistState, 0)
CROSSREAD_DOMAIN_CLASS(crossread::Project, 2) // 1: layout, 2: assist
#undef CROSSREAD_DOMAIN_CLASS
