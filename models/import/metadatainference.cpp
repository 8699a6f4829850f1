#include "metadatainference.h"

#include <models/article.h>

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <cld2/public/compact_lang_det.h>

namespace crossread {
namespace {

/// Lines looked at near the start and near the end of an article.
constexpr int kEdgeLines = 6;

const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const auto add = [&](std::initializer_list<const char *> names, int month) {
            for (const char *name : names)
                m.insert(QString::fromUtf8(name), month);
        };
        add({"january", "jan", "janvier", "janv", "januar", "jänner", "enero", "января", "январь", "січня", "січень"}, 1);
        add({"february", "feb", "février", "fevrier", "févr", "februar", "febrero", "февраля", "февраль", "лютого", "лютий"}, 2);
        add({"march", "mar", "mars", "märz", "marzo", "марта", "март", "березня", "березень"}, 3);
        add({"april", "apr", "avril", "abril", "апреля", "апрель", "квітня", "квітень"}, 4);
        add({"may", "mai", "mayo", "мая", "май", "травня", "травень"}, 5);
        add({"june", "jun", "juin", "juni", "junio", "июня", "июнь", "червня", "червень"}, 6);
        add({"july", "jul", "juillet", "juli", "julio", "июля", "июль", "липня", "липень"}, 7);
        add({"august", "aug", "août", "aout", "agosto", "августа", "август", "серпня", "серпень"}, 8);
        add({"september", "sep", "sept", "septembre", "septiembre", "setiembre", "сентября", "сентябрь", "вересня", "вересень"}, 9);
        add({"october", "oct", "octobre", "oktober", "octubre", "октября", "октябрь", "жовтня", "жовтень"}, 10);
        add({"november", "nov", "novembre", "noviembre", "ноября", "ноябрь", "листопада", "листопад"}, 11);
        add({"december", "dec", "décembre", "decembre", "dezember", "diciembre", "декабря", "декабрь", "грудня", "грудень"}, 12);
        return m;
    }();
    return months;
}

QDate makeDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() && year >= 1800 && year <= 2200 ? date : QDate();
}

int monthOf(const QString &name)
{
    return monthNames().value(name.toLower(), 0);
}

/// A line that is only a date, perhaps with a weekday, a "Published:" label
/// or a time: at most a few words besides the date.
QDate dateLine(QStringView line)
{
    if (line.size() > 80)
        return {};
    const QDate date = parseDate(line);
    if (!date.isValid())
        return {};
    static const QRegularExpression words(QStringLiteral(R"(\p{L}+)"));
    auto it = words.globalMatch(line);
    int count = 0;
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count <= 6 ? date : QDate();
}

/// The name in a byline ("By Jane Doe", "Written by Vladimir P. Kozin, Moscow").
/// A name is two to five words that start with a capital (particles such as
/// "de" or "von" aside), so "By Monday, the talks…" is not a byline.
QString byline(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:Written by|Reported by|By|Par|Von|Por|Автор:?|Від)\s+([^|,–—]+?)\s*(?:[|,–—]\s*(.*))?$)"));
    static const QRegularExpression particle(QStringLiteral(R"(^(?:de|da|del|van|von|der|den|la|le|al|bin|ibn)$)"));
    if (line.size() > 100)
        return {};
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch() || match.capturedLength(2) > 40)
        return {};
    const QString name = match.captured(1).trimmed();
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5)
        return {};
    for (const QString &word : words) {
        if (!word.front().isUpper() && !particle.match(word).hasMatch())
            return {};
    }
    return name;
}

struct PrintLine
{
    QString outlet;
    QDate date;
};

PrintLine printLine(QStringView line)
{
    static const QRegularExpression print(
        QStringLiteral(R"(appears? in print in the (.+?) edition of (?:the )?(.+?)[.\s]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression source(
        QStringLiteral(R"(^(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*)?(?:©\s*)?(.+?)[.\s]*(?:All rights reserved.*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = print.match(line); match.hasMatch())
        return {match.captured(2).trimmed(), parseDate(match.capturedView(1))};
    if (line.size() <= 80) {
        if (const auto match = source.match(line); match.hasMatch())
            return {match.captured(1).trimmed(), {}};
    }
    return {};
}

QString urlLine(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(?:Source:\s*|URL:\s*)?(https?://\S+)$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(line.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

bool isTitleLike(QStringView line)
{
    if (line.isEmpty() || line.size() > 200 || line.endsWith(u'.') || line.endsWith(u','))
        return false;
    return line.count(u' ') < 30;
}

void set(QString &field, const QString &value, ArticleMetadata &meta, ArticleField which)
{
    if (field.isEmpty() && !value.isEmpty()) {
        field = value;
        meta.inferred |= quint32(which);
    }
}

} // namespace

QDate parseDate(QStringView text)
{
    static const QRegularExpression iso(QStringLiteral(R"(\b(\d{4})-(\d{2})-(\d{2})(?!\d))"));
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)"));
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})\b)"));
    static const QRegularExpression dotted(QStringLiteral(R"(\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b)"));

    // The earliest match wins, whatever its form.
    QDate best;
    qsizetype bestAt = text.size();
    const auto consider = [&](qsizetype at, QDate date) {
        if (date.isValid() && at < bestAt) {
            best = date;
            bestAt = at;
        }
    };
    for (auto it = iso.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        consider(m.capturedStart(), makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }
    for (auto it = monthFirst.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const int month = monthOf(m.captured(1)))
            consider(m.capturedStart(), makeDate(m.captured(3).toInt(), month, m.captured(2).toInt()));
    }
    for (auto it = dayFirst.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const int month = monthOf(m.captured(2)))
            consider(m.capturedStart(), makeDate(m.captured(3).toInt(), month, m.captured(1).toInt()));
    }
    for (auto it = dotted.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        consider(m.capturedStart(), makeDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()));
    }
    return best;
}

QString detectLanguage(QStringView text)
{
    const QByteArray utf8 = text.first(std::min<qsizetype>(text.size(), 20000)).toUtf8();
    CLD2::Language languages[3];
    int percents[3];
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language language = CLD2::DetectLanguageSummary(utf8.constData(), int(utf8.size()), true, languages,
                                                                percents, &textBytes, &reliable);
    // CLD2 calls a text with a quote in another language unreliable; a
    // language that has most of a long enough text is good enough.
    const bool mostly = textBytes >= 100 && languages[0] == language && percents[0] >= 60;
    if (language == CLD2::UNKNOWN_LANGUAGE || (!reliable && !mostly))
        return {};
    const QString code = QString::fromLatin1(CLD2::LanguageCode(language));
    return code.section(u'-', 0, 0); // "zh-Hant" → "zh"
}

QString outletFromUrl(const QString &url)
{
    QString host = QUrl(url).host();
    if (host.startsWith(QLatin1StringView("www.")))
        host = host.mid(4);
    return host;
}

void inferMetadata(const QString &text, ArticleMetadata &meta)
{
    const QList<QStringView> all = QStringView(text).split(u'\n', Qt::SkipEmptyParts);
    QList<QStringView> head = all.first(std::min<qsizetype>(all.size(), kEdgeLines));
    QList<QStringView> tail = all.sliced(std::max<qsizetype>(head.size(), all.size() - kEdgeLines));

    QDate published;
    QString author, outlet, url;
    QDate printDate;
    for (const QList<QStringView> *edge : {&head, &tail}) {
        for (QStringView line : *edge) {
            line = line.trimmed();
            if (!published.isValid())
                published = dateLine(line);
            if (author.isEmpty())
                author = byline(line);
            if (url.isEmpty())
                url = urlLine(line);
            if (const PrintLine print = printLine(line); !print.outlet.isEmpty() && outlet.isEmpty()) {
                outlet = print.outlet;
                printDate = print.date;
            }
        }
    }

    // The title: the first line, unless it is a date, a byline or a URL,
    // then the line after it; never a sentence of the body.
    for (qsizetype i = 0; i < std::min<qsizetype>(head.size(), 3); ++i) {
        const QStringView line = head[i].trimmed();
        if (dateLine(line).isValid() || !byline(line).isEmpty() || !urlLine(line).isEmpty())
            continue;
        if (isTitleLike(line))
            set(meta.title, line.toString(), meta, ArticleField::Title);
        break;
    }

    set(meta.author, author, meta, ArticleField::Author);
    set(meta.url, url, meta, ArticleField::Url);
    set(meta.outlet, outlet.isEmpty() && !meta.url.isEmpty() ? outletFromUrl(meta.url) : outlet, meta,
        ArticleField::Outlet);
    if (!meta.published.isValid()) {
        meta.published = published.isValid() ? published : printDate;
        if (meta.published.isValid())
            meta.inferred |= quint32(ArticleField::Date);
    }
    set(meta.language, detectLanguage(text), meta, ArticleField::Language);
}

} // namespace crossread
