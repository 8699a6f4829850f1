#include "qdpximporter.h"

#include "zipentry.h"

#include <models/document.h>
#include <models/filekind.h>
#include <models/vocabulary.h>

#include <QColor>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <quazip/quazip.h>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::QdpxImporter)
};

// Unpacked, project.qde and the sources' texts together: far more text than
// any set of articles, and a bound on the memory a zip bomb can take.
constexpr qint64 kMaxUnpacked = qint64(64) << 20;

QString tooLarge(const QString &entry, const QString &path)
{
    return Tr::tr("%1 in %2 unpacks to more than %3 MB: too large to be read (a zip bomb?)")
        .arg(entry, path)
        .arg(kMaxUnpacked >> 20);
}

/// True when an entry name given by the file could lead out of Sources/.
bool leavesSources(QStringView name)
{
    if (name.startsWith(u'/') || name.contains(u'\\'))
        return true;
    for (QStringView part : name.split(u'/')) {
        if (part == u"..")
            return true;
    }
    return false;
}

struct RawCode
{
    QString guid;
    QString parent;
    QString name;
    QString color;
    QString description;
};

struct RawSelection
{
    QString guid;
    qint64 start = 0;
    qint64 end = 0;
    QString user;
    QString description;
    QStringList codes;
};

struct RawSource
{
    QString guid;
    QString name;
    QString path;
    QString content;
    bool hasContent = false;
    QString description;
    QList<RawSelection> selections;
    QHash<QString, QString> variables; ///< variable guid → value
};

struct RawLink
{
    QString name;
    QString origin;
    QString target;
};

struct RawProject
{
    QString name;
    QString description;
    QHash<QString, QString> users; ///< guid → name
    QHash<QString, QString> variables; ///< guid → name
    QList<RawCode> codes; ///< parents before children
    QList<RawSource> sources;
    QList<RawLink> links;
    QStringList skipped;
};

QString attr(const QXmlStreamReader &xml, const char16_t *name)
{
    return xml.attributes().value(QString::fromUtf16(name)).toString();
}

/// Parses project.qde.
bool parseQde(const QByteArray &bytes, RawProject &raw, QString *error)
{
    QXmlStreamReader xml(bytes);
    QStringList codeStack; // guids of the open Code elements
    RawSource *source = nullptr;
    RawSelection *selection = nullptr;
    QString variableRef;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD) {
            // Entities could expand to gigabytes ("billion laughs") or name
            // local files; REFI-QDA files never declare any.
            *error = Tr::tr("project.qde has a document type declaration (<!DOCTYPE>), which REFI-QDA files never "
                            "have: it is not read, as its entities could expand without end or read other files");
            return false;
        }
        if (xml.isEndElement()) {
            const QStringView name = xml.name();
            if (name == u"Code")
                codeStack.removeLast();
            else if (name == u"TextSource")
                source = nullptr;
            else if (name == u"PlainTextSelection")
                selection = nullptr;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"Project") {
            raw.name = attr(xml, u"name");
        } else if (name == u"User") {
            raw.users.insert(attr(xml, u"guid"), attr(xml, u"name"));
        } else if (name == u"Code") {
            raw.codes.append({attr(xml, u"guid"),
                              codeStack.value(codeStack.size() - 1),
                              attr(xml, u"name"),
                              attr(xml, u"color"),
                              {}});
            codeStack << raw.codes.last().guid;
        } else if (name == u"Variable") {
            raw.variables.insert(attr(xml, u"guid"), attr(xml, u"name"));
        } else if (name == u"TextSource" && !source) {
            raw.sources.append(
                {attr(xml, u"guid"), attr(xml, u"name"), attr(xml, u"plainTextPath"), {}, false, {}, {}, {}});
            source = &raw.sources.last();
        } else if (name == u"PictureSource" || name == u"PDFSource" || name == u"AudioSource"
                   || name == u"VideoSource") {
            raw.skipped << Tr::tr("%1 “%2”: only text sources are read").arg(name.toString(), attr(xml, u"name"));
            xml.skipCurrentElement();
        } else if (name == u"PlainTextContent" && source) {
            source->content = xml.readElementText();
            source->hasContent = true;
        } else if (name == u"PlainTextSelection" && source) {
            source->selections.append({attr(xml, u"guid"),
                                       attr(xml, u"startPosition").toLongLong(),
                                       attr(xml, u"endPosition").toLongLong(),
                                       attr(xml, u"creatingUser"),
                                       {},
                                       {}});
            selection = &source->selections.last();
        } else if (name == u"Description") {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (selection)
                selection->description = text;
            else if (source)
                source->description = text;
            else if (!codeStack.isEmpty())
                raw.codes.last().description = text;
            else
                raw.description = text;
        } else if (name == u"CodeRef" && selection) {
            selection->codes << attr(xml, u"targetGUID");
        } else if (name == u"VariableRef" && source) {
            variableRef = attr(xml, u"targetGUID");
        } else if ((name == u"TextValue" || name == u"DateValue" || name == u"IntegerValue" || name == u"FloatValue"
                    || name == u"BooleanValue" || name == u"DateTimeValue")
                   && source) {
            source->variables.insert(variableRef, xml.readElementText());
        } else if (name == u"Link") {
            raw.links.append({attr(xml, u"name"), attr(xml, u"originGUID"), attr(xml, u"targetGUID")});
        } else if (name == u"Notes" || name == u"Cases" || name == u"Sets" || name == u"Graphs") {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error
            = Tr::tr("project.qde is not well-formed XML: %1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    if (raw.name.isNull() && raw.sources.isEmpty() && raw.codes.isEmpty()) {
        *error = Tr::tr("project.qde is not a REFI-QDA project");
        return false;
    }
    return true;
}

/// UTF-16 offset of code point `points` in `text`, or -1 past its end.
int utf16Offset(const QString &text, qint64 points)
{
    qint64 seen = 0;
    for (int i = 0; i <= text.size(); ++i) {
        if (seen == points)
            return i;
        if (i == text.size())
            break;
        if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))
            ++seen;
    }
    return -1;
}

} // namespace

bool readQdpx(const QString &path, Project &project, QdpxReport &report, QString *error)
{
    switch (fileKind(path)) {
    case FileKind::Regular:
        break;
    case FileKind::Missing:
        *error = Tr::tr("%1 does not exist").arg(path);
        return false;
    case FileKind::DanglingLink:
        *error = Tr::tr("%1 is a link to a file that does not exist").arg(path);
        return false;
    case FileKind::LinkLoop:
        *error = Tr::tr("%1 is a loop of symbolic links that never leads to a file").arg(path);
        return false;
    case FileKind::Folder:
        *error = Tr::tr("%1 is a folder, not a .qdpx file").arg(path);
        return false;
    case FileKind::Special:
        *error = Tr::tr("%1 is not a regular file (a device, pipe or socket), not a .qdpx file").arg(path);
        return false;
    }
    if (QFile file(path); !file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    } else if (file.size() == 0) {
        *error = Tr::tr("%1 is empty, not a .qdpx file").arg(path);
        return false;
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = Tr::tr("%1 is not a .qdpx file (not a zip archive)").arg(path);
        return false;
    }
    QByteArray qde;
    switch (readZipEntry(zip, u"project.qde"_s, kMaxUnpacked, qde)) {
    case ZipEntry::Read:
        break;
    case ZipEntry::Missing:
        *error = Tr::tr("%1 has no project.qde: not a REFI-QDA project").arg(path);
        return false;
    case ZipEntry::TooLarge:
        *error = tooLarge(u"project.qde"_s, path);
        return false;
    case ZipEntry::Damaged:
        *error = Tr::tr("%1 is damaged").arg(path);
        return false;
    }
    RawProject raw;
    if (!parseQde(qde, raw, error))
        return false;
    report.skipped = raw.skipped;

    Document doc;
    doc.setProjectInfo({raw.name, raw.description, {}});
    QHash<QString, TagId> tags;
    for (const RawCode &code : std::as_const(raw.codes)) {
        Tag tag;
        tag.parent = tags.value(code.parent, NoId);
        tag.name = code.name.isEmpty() ? Tr::tr("(unnamed code)") : code.name;
        const QColor color(code.color);
        tag.color = color.isValid() ? color.rgba() : 0xff808080;
        tag.description = code.description;
        const TagId id = doc.addTag(tag);
        if (id != NoId) {
            tags.insert(code.guid, id);
            ++report.codes;
        }
    }
    const auto variable = [&](const RawSource &s, const char16_t *name) {
        for (auto it = s.variables.cbegin(); it != s.variables.cend(); ++it) {
            if (raw.variables.value(it.key()).compare(QStringView(name), Qt::CaseInsensitive) == 0)
                return it.value();
        }
        return QString();
    };
    QHash<QString, ClaimId> selections;
    qint64 unpacked = qde.size();
    for (const RawSource &s : std::as_const(raw.sources)) {
        QString text;
        if (s.hasContent) {
            text = s.content;
        } else {
            QString entry = s.path;
            if (!entry.startsWith(u"internal://")) {
                report.skipped << Tr::tr("source “%1”: its text is outside the file (%2)").arg(s.name, s.path);
                continue;
            }
            if (leavesSources(QStringView(entry).mid(11))) {
                report.skipped << Tr::tr("source “%1”: its path “%2” leads outside the archive's Sources folder")
                                      .arg(s.name, s.path);
                continue;
            }
            entry = u"Sources/"_s + entry.mid(11);
            QByteArray bytes;
            const ZipEntry read = readZipEntry(zip, entry, kMaxUnpacked - unpacked, bytes);
            if (read == ZipEntry::TooLarge) {
                *error = tooLarge(entry, path);
                return false;
            }
            if (read != ZipEntry::Read) {
                report.skipped << Tr::tr("source “%1”: %2 cannot be read").arg(s.name, entry);
                continue;
            }
            unpacked += bytes.size();
            if (bytes.startsWith("\xEF\xBB\xBF"))
                bytes.remove(0, 3);
            text = QString::fromUtf8(bytes);
        }
        // Positions count code points of the text as stored; line ends
        // become LF here, so each CR of a CR LF pair moves later positions.
        const QString original = text;
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
        const auto toLf = [&](int offset) { return offset - int(QStringView(original).first(offset).count(u"\r\n")); };

        ArticleMetadata meta;
        meta.title = s.name;
        meta.outlet = variable(s, u"Outlet");
        meta.author = variable(s, u"Author");
        meta.published = QDate::fromString(variable(s, u"Published").left(10), Qt::ISODate);
        meta.url = variable(s, u"URL");
        meta.language = variable(s, u"Language");
        meta.notes = s.description;
        Provenance provenance;
        provenance.fileName = QFileInfo(path).fileName();
        provenance.format = u"qdpx"_s;
        provenance.encoding = u"UTF-8"_s;
        const ArticleId article = doc.addArticle(meta, text, provenance);
        ++report.sources;
        for (const RawSelection &sel : s.selections) {
            const int start = utf16Offset(original, sel.start), end = utf16Offset(original, sel.end);
            if (start < 0 || end < 0 || start >= end) {
                report.skipped << Tr::tr("selection %1 of “%2”: positions %3–%4 do not fit its text")
                                      .arg(sel.guid, s.name)
                                      .arg(sel.start)
                                      .arg(sel.end);
                continue;
            }
            ClaimAttributes attributes;
            for (const QString &code : sel.codes) {
                if (const TagId t = tags.value(code, NoId); t != NoId && !attributes.tags.contains(t))
                    attributes.tags << t;
            }
            std::sort(attributes.tags.begin(), attributes.tags.end());
            attributes.note = sel.description;
            doc.setAnnotator(raw.users.value(sel.user));
            const ClaimId claim = doc.addClaim(article, toLf(start), toLf(end), attributes);
            if (claim == NoId) {
                report.skipped << Tr::tr("selection %1 of “%2”: not a span of its text").arg(sel.guid, s.name);
                continue;
            }
            selections.insert(sel.guid, claim);
            ++report.selections;
        }
    }
    doc.setAnnotator({});
    for (const RawLink &l : std::as_const(raw.links)) {
        const ClaimId from = selections.value(l.origin, NoId), to = selections.value(l.target, NoId);
        if (from == NoId || to == NoId) {
            report.skipped << Tr::tr("link “%1”: it does not join two text selections").arg(l.name);
            continue;
        }
        Relation relation = fromKey<Relation>(l.name).value_or(Relation::Related);
        for (Relation r : allValues<Relation>()) {
            if (labelOf(r).compare(l.name, Qt::CaseInsensitive) == 0)
                relation = r;
        }
        if (doc.addLink(from, to, relation) != NoId)
            ++report.links;
        else
            report.skipped << Tr::tr("link “%1”: the same two selections are linked already").arg(l.name);
    }
    project = doc.project();
    return true;
}

} // namespace crossread
