#pragma once
// What several benchmarks share: the keystrokes of a filter test, the edit
// made between searches, and the Boost archives the project file is
// measured against.

#include <models/document.h>
#include <models/projectarchive_p.h>

#include <QFile>
#include <QSaveFile>
#include <QStringList>

#include <sstream>
#include <stdexcept>

namespace crossread::bench {

/// "c", "ce", … "ceasefire", then back to "".
inline QStringList keystrokes()
{
    QStringList texts;
    const QString word = QStringLiteral("ceasefire");
    for (qsizetype i = 1; i <= word.size(); ++i)
        texts << word.left(i);
    for (qsizetype i = word.size() - 1; i >= 0; --i)
        texts << word.left(i);
    return texts;
}

/// An edit of the kind users make between searches (the first claim's note
/// set or cleared): it also empties the filter's memory of recent results,
/// so that no pass profits from the last.
inline void editFirstClaim(Document &doc)
{
    const Claim &first = doc.project().claims.front();
    ClaimAttributes attributes = first.attributes;
    attributes.note = attributes.note.isEmpty() ? QStringLiteral("checked") : QString();
    doc.setClaimAttributes(first.id, attributes);
}

/// The project through a plain Boost archive, written with QSaveFile (which
/// fsyncs on commit, as saveProject does).
template<class OArchive>
void saveWithBoost(const Project &project, const QString &path)
{
    std::ostringstream out;
    {
        OArchive ar(out);
        ar << boost::serialization::make_nvp("project", project);
    }
    const std::string bytes = out.str();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size())
        || !file.commit())
        throw std::runtime_error("cannot write " + path.toStdString());
}

/// The project read back from a plain Boost archive (anchors not restored).
template<class IArchive>
Project loadWithBoost(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    std::istringstream in(file.readAll().toStdString());
    IArchive ar(in);
    Project project;
    ar >> boost::serialization::make_nvp("project", project);
    return project;
}

} // namespace crossread::bench
