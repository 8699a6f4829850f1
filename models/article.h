#pragma once

#include <models/ids.h>

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace crossread {

/// Metadata fields of an article, as bits of ArticleMetadata::inferred.
enum class ArticleField : quint32 {
    Title = 1u << 0,
    Outlet = 1u << 1,
    Author = 1u << 2,
    Date = 1u << 3,
    Url = 1u << 4,
    Language = 1u << 5,
};

/// What the user may edit about an article. The text is not part of it.
struct ArticleMetadata
{
    QString title;
    QString outlet;
    QString author;
    QDate published;
    QString url;
    QString language; ///< BCP 47 tag, e.g. "en"
    QStringList labels; ///< free labels, e.g. the outlet's stance
    QString notes;
    quint32 inferred = 0; ///< ArticleField bits guessed at import, not yet confirmed

    bool isInferred(ArticleField field) const { return inferred & quint32(field); }
    bool operator==(const ArticleMetadata &) const = default;
};

/// Where an article's text came from.
struct Provenance
{
    QString fileName; ///< original file name, without folders
    qint64 fileSize = 0;
    QByteArray sha256; ///< 32 raw bytes of the original file's SHA-256, or empty
    QString format; ///< "txt", "html", "pdf", ...
    QString encoding; ///< detected or chosen, e.g. "UTF-8", "windows-1251"
    qint64 importedAtMs = 0; ///< milliseconds since the epoch, UTC

    bool operator==(const Provenance &) const = default;
};

/// A source: one article's normalized text and what is known about it.
/// The text never changes after import; anchors index into it.
struct Article
{
    ArticleId id = NoId;
    ArticleMetadata meta;
    QString text;
    Provenance provenance;
    /// The article this one is a newer version of (re-imported with changed
    /// text), or NoId. Always an older article: previousVersion < id.
    ArticleId previousVersion = NoId;

    /// The title; without one, the start of the text's first line, then the
    /// file name, then the id.
    QString displayTitle() const;
    /// A short name for tables: the outlet, or else the title.
    QString sourceName() const;

    bool operator==(const Article &) const = default;
};

} // namespace crossread
