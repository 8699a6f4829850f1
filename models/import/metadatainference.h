#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace crossread {

struct ArticleMetadata;

/// Reads a date written as people write them: "May 30, 2025", "May 28th,
/// 2025", "30 May 2025", "5 June, 2025", "2025-05-30", "30.05.2025", and
/// month names in English, French, German, Spanish, Russian and Ukrainian
/// ("30 mai 2025", "30. Mai 2025", "30 de mayo de 2025", "30 мая 2025").
/// Returns the first date found in `text`, or an invalid date.
QDate parseDate(QStringView text);

/// Fills the fields of `meta` that are still empty from what the normalized
/// text of an article shows, and marks each one inferred:
/// - title: the first line, when it is short and not a sentence;
/// - published: a line near the start or the end that is only a date, or a
///   print line ("appears in print in the 5 June, 2025 edition of …");
/// - author: a byline ("By …", "Written by …", "Par …", "Von …", "Автор …");
/// - outlet: a print line, a copyright line, or the domain of the URL;
/// - url: a line near the start or the end that is only a URL;
/// - language: detected from the text (CLD2), as a two-letter code.
void inferMetadata(const QString &text, ArticleMetadata &meta);

/// The language of `text` as an ISO 639-1 code ("en", "uk"), or an empty
/// string when it cannot be told reliably.
QString detectLanguage(QStringView text);

/// The host of `url` without "www.", for use as an outlet name.
QString outletFromUrl(const QString &url);

} // namespace crossread
