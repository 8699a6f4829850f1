#include "discrepancy.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <map>
#include <utility>

namespace crossread {
namespace {

using namespace Qt::StringLiterals;

// A word of one of the tables below: what it stands for and the pattern that finds it.
struct Word
{
    const char16_t *meaning;
    const char16_t *pattern;
};

// Scale words; the meaning is the power of ten.
constexpr Word kScales[] = {
    {u"3", u"thousands?|tsd\\.?|mille|тыс\\.?|тысяч[аи]?|(?<=[0-9])k"},
    {u"6", u"millions?|millionen|mn|mln|m|mio\\.?|млн\\.?|миллион(?:а|ов)?"},
    {u"9", u"billions?|bn|bln|milliards?|milliarden?|mrd\\.?|млрд\\.?|миллиард(?:а|ов)?"},
    {u"12", u"trillions?|billionen|tn|trn|трлн\\.?|триллион(?:а|ов)?"},
};

// Currencies written after the number (or its scale word).
constexpr Word kCurrencies[] = {
    {u"EUR", u"€|eur|euros?|d['’]\\h?euros|евро"},
    {u"USD", u"\\$|usd|(?:us\\h)?dollars?|de\\hdollars|долл(?:ар(?:ов|а|ы)?|\\.)"},
    {u"GBP", u"£|gbp|pounds?(?:\\hsterling)?|livres\\hsterling|фунт(?:ов|а)?(?:\\hстерлингов)?"},
    {u"RUB", u"₽|rub|roubles?|rubles?|de\\hroubles|rubel|рубл(?:ей|я|ь)|руб\\."},
    {u"UAH", u"₴|uah|hryvnias?|гривен|гривн[аыи]?"},
    {u"CHF", u"chf|swiss\\hfrancs?"},
    {u"JPY", u"¥|jpy|yen"},
    {u"CNY", u"cny|yuan|юаней"},
};

// Units written after the number (or its scale word); the meaning is the dimension.
constexpr Word kUnits[] = {
    {u"%", u"%|per\\h?cent|pour\\h?cent|prozent|pct|процент(?:а|ов)?"},
    {u"km", u"km|kilomet(?:re|er)s?|kilomètres?|км|километр(?:а|ов)?"},
    {u"mi", u"miles?|mi"},
    {u"m", u"met(?:re|er)s?|mètres?|метр(?:а|ов)?"},
    {u"kg", u"kg|kilo(?:gram(?:me)?s?)?|кг"},
    {u"t", u"tonnes?|tons?|тонн[аы]?"},
    {u"", // counts of people compare with bare counts ("1,200 residents" vs "1,500 people")
     u"people|persons?|civilians|soldiers|servicemen|prisoners|troops|children|personnes|menschen|personen|человека?"},
    {u"hours", u"hours?|hrs?|heures?|stunden?|час(?:а|ов)?"},
    {u"minutes", u"minutes?|mins?|minuten?|минут[аы]?"},
    {u"days", u"days?|jours?|tage?n?|дн(?:я|ей)|день"},
    {u"weeks", u"weeks?|semaines?|wochen?|недел[ьиюя]"},
    {u"months", u"months?|mois|monate?n?|месяц(?:а|ев)?"},
    {u"years", u"years?|ans|années?|jahren?|лет"},
};

constexpr const char16_t *kPrefixCurrencies[][2] = {{u"US$", u"USD"}, {u"€", u"EUR"}, {u"$", u"USD"}, {u"£", u"GBP"},
                                                    {u"₽", u"RUB"}, {u"₴", u"UAH"}, {u"¥", u"JPY"}};

// Words that introduce a name.
constexpr QStringView kTitles
    = u"president|président|präsident|vice-president|premier|chancellor|chancelier|chancelière|"
      u"kanzler|kanzlerin|bundeskanzler|minister|ministre|ministerin|secretary|"
      u"secretary-general|spokesman|spokeswoman|spokesperson|porte-parole|sprecher|ambassador|"
      u"ambassadeur|envoy|aide|adviser|advisor|general|gen\\.|colonel|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|"
      u"(?-i:M\\.)|mme|herr|frau|king|queen|pope|senator|governor|mayor|commissioner|chairman|"
      u"chairwoman|leader|counterpart|президент|премьер-министр|министр|глава|пресс-секретарь|"
      u"помощник|канцлер|посол|генерал";
constexpr QStringView kVerbs = u"said|says|told|tells|stated|added|noted|warned|commented|outlined|announced|affirmed|"
                               u"reiterated|stressed|insisted|claimed|declared|explained|wrote|argued|confirmed|denied|"
                               u"emphasi[sz]ed|replied|remarked|a\\hdéclaré|a\\hdit|a\\haffirmé|déclare|sagte|erklärte|"
                               u"betonte|заявил[аи]?|сказал[аи]?|сообщил[аи]?|отметил[аи]?";
constexpr QStringView kQuoteIntroducers = u"according\\hto|selon|laut|по\\hсловам";
// A capitalised word of a name: "Umerov", "McCain", "Jean-Noël", "Putin’s" (not "NATO").
constexpr QStringView kNameWord = u"\\p{Lu}[\\p{Ll}\\p{M}][\\p{L}\\p{M}]*+(?:[-'’][\\p{L}\\p{M}]++)*+";
// Words that may follow a name after a speech verb.
constexpr QStringView kNameFollowers = u"on|in|at|who|whose|while|when|after|before|during|to|for|from|and|but|as|"
                                       u"last|this|yesterday|today|earlier|à|le|am|im|в|во";
// Capitalised words before a name that are not part of it ("The Kremlin", "Yesterday Peskov"), folded.
constexpr QStringView kLeadingWords
    = u"the a an in on at by for from but and or so yet then now when while after before "
      u"also however meanwhile yesterday today earlier later he she they it we this that "
      u"these those as if le la les der die das un une ein eine";
// Last words that make a sequence no one's name, folded: capitals used for their governments, institutions.
// Territories, month and day names are added from QLocale.
constexpr QStringView kNotPeople
    = u"moscow kyiv kiev washington berlin paris london brussels ankara istanbul beijing "
      u"tehran minsk warsaw kremlin ministry ministere ministerium government cabinet council "
      u"committee commission office department agency army forces union nations parliament "
      u"duma senate congress assembly court bank party service press delegation embassy "
      u"administration pentagon elysee";

QString alternation(const Word *words, qsizetype count, QChar groupLetter)
{
    QStringList parts;
    for (qsizetype i = 0; i < count; ++i)
        parts << u"(?<"_s + groupLetter + QString::number(i) + u'>' + QStringView(words[i].pattern).toString()
                + u")(?![\\p{L}])"_s;
    return parts.join(u'|');
}

// The index of the alternative of `alternation()` that matched, or -1.
qsizetype matchedWord(const QRegularExpressionMatch &m, qsizetype count, QChar groupLetter)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (m.hasCaptured(QString(groupLetter) + QString::number(i)))
            return i;
    }
    return -1;
}

// Every pattern and table, compiled once.
struct Patterns
{
    QHash<QString, int> months; // lower-case month name without its abbreviation dot → 1..12
    QSet<QString> notPeople; // folded: kNotPeople, territories, month and day names
    QSet<QString> leadingWords; // folded
    QRegularExpression number, suffix, range, time;
    QRegularExpression dayFirst, monthFirst, iso;
    QRegularExpression titled, verbAfter, verbBefore, apposition, title;

    Patterns()
    {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        for (const auto language : {QLocale::English, QLocale::French, QLocale::German, QLocale::Russian}) {
            const QLocale locale(language);
            for (int month = 1; month <= 12; ++month) {
                for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                    for (QString name : {locale.monthName(month, format), locale.standaloneMonthName(month, format)}) {
                        name = name.toLower();
                        if (name.endsWith(u'.'))
                            name.chop(1);
                        if (!name.isEmpty() && !months.contains(name))
                            months.insert(name, month);
                    }
                }
            }
            for (int day = 1; day <= 7; ++day)
                notPeople.insert(foldName(locale.dayName(day)));
        }
        months.insert(u"sept"_s, 9);
        QStringList monthNames = months.keys();
        // Longest first, so that "juillet" is not read as "juil".
        std::sort(monthNames.begin(), monthNames.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        for (QString &name : monthNames) {
            notPeople.insert(foldName(name));
            name = QRegularExpression::escape(name);
        }
        const QString month = u"(?<month>"_s + monthNames.join(u'|') + u")(?![\\p{L}])"_s;
        const QString year = u"(?:\\.?,?\\h+(?<year>[0-9]{4})(?![0-9])(?:\\h?(?:г\\.|года))?)?"_s;
        dayFirst = QRegularExpression(
            u"(?<![\\p{L}\\p{N}.,])(?<day>[0-9]{1,2})(?:st|nd|rd|th|er|\\.)?\\h+(?:of\\h+)?"_s + month + year, ci);
        monthFirst = QRegularExpression(
            u"(?<![\\p{L}])"_s + month + u"\\.?\\h+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])"_s + year, ci);
        iso = QRegularExpression(
            u"(?<![\\p{L}\\p{N}-])(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})(?![\\p{N}-])"_s);

        const QString core = u"(?<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?:\\.[0-9]{3})+|"
                             u"[0-9]{1,3}(?:[\\x{00a0}\\x{202f}\\x{2009} ][0-9]{3})+|[0-9]+)"
                             u"(?:(?<dec>[.,])(?<frac>[0-9]+))?(?![0-9])"_s;
        number
            = QRegularExpression(u"(?<![\\p{L}\\p{N}_.,:/\\-–])"
                                 u"(?:(?<pre>US\\$|[€$£₽₴¥]|(?<![\\p{L}])(?:EUR|USD|GBP|RUB|UAH|CHF|JPY|CNY))"
                                 u"[\\x{00a0}\\x{202f} ]?)?(?<sign>[-−](?=[0-9]))?"_s
                                 + core);
        range = QRegularExpression(u"(?:\\h?[-–—]\\h?|\\h+(?i:to|bis|à|до)\\h+)"_s + core);
        const QString space = u"[\\x{00a0}\\x{202f} ]?"_s;
        suffix = QRegularExpression(u"(?:"_s + space + u"(?:"_s + alternation(kScales, std::size(kScales), u's')
                                        + u"))?(?:"_s + space + u"(?:"_s
                                        + alternation(kCurrencies, std::size(kCurrencies), u'c') + u'|'
                                        + alternation(kUnits, std::size(kUnits), u'u') + u"))?"_s,
                                    ci);
        // What after a number makes it a time or part of a numeric date.
        time = QRegularExpression(u"[:/][0-9]|\\h?(?:a\\.m\\.|p\\.m\\.|am|pm|noon|uhr)(?![\\p{L}])"_s, ci);

        const QString name
            = u"(?<name>"_s + kNameWord + u"(?:\\h+(?:\\p{Lu}\\.\\h+)?"_s + kNameWord + u"){0,2})(?![\\p{L}\\p{M}])"_s;
        const QString titles = u"(?i:"_s + kTitles + u")(?![\\p{L}])"_s;
        const QString verbs = u"(?i:"_s + kVerbs + u")(?![\\p{L}])"_s;
        const QString auxiliary = u"(?:(?i:has|had|have)\\h+)?"_s;
        titled = QRegularExpression(u"(?<![\\p{L}])"_s + titles + u",?\\h+"_s + name);
        verbAfter = QRegularExpression(u"(?<![\\p{L}\\p{M}'’-])"_s + name + u"\\h+"_s + auxiliary + verbs);
        // After "said X" comes punctuation or a function word ("said Peskov on Sunday"), not a noun
        // ("according to Ukrainian security services").
        verbBefore = QRegularExpression(u"(?<![\\p{L}])(?:"_s + verbs + u"|(?i:"_s + kQuoteIntroducers + u")),?\\h+"_s
                                        + name + u"(?=\\h*(?:[^\\h\\p{L}]|$|"_s + kNameFollowers + u"(?![\\p{L}])))"_s);
        apposition = QRegularExpression(u"(?<![\\p{L}\\p{M}'’-])"_s + name
                                        + u",\\h+[^.,;:!?“”\"\\n]{1,120}?(?:,\\h*|\\h+)"_s + auxiliary + verbs);
        title = QRegularExpression(u"^(?:"_s + kTitles + u")$"_s, ci);

        for (const QStringView word : kNotPeople.split(u' '))
            notPeople.insert(word.toString());
        for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
            const QString territory = QLocale::territoryToString(QLocale::Territory(t));
            notPeople.insert(foldName(territory.sliced(territory.lastIndexOf(u' ') + 1)));
        }
        for (const QStringView word : kLeadingWords.split(u' '))
            leadingWords.insert(word.toString());
    }
};

const Patterns &patterns()
{
    static const Patterns p;
    return p;
}

Mention makeMention(MentionKind kind, const QString &text, qsizetype start, qsizetype end)
{
    Mention m;
    m.kind = kind;
    m.start = int(start);
    m.end = int(end);
    m.text = text.sliced(start, end - start);
    return m;
}

// ---- Dates

// Of the dates with this month and day, the one nearest to `reference` (null for an impossible day).
QDate nearestDate(int month, int day, const QDate &reference)
{
    QDate best;
    qint64 bestDistance = 0;
    for (int year = reference.year() - 4; year <= reference.year() + 4; ++year) {
        const QDate candidate(year, month, day);
        const qint64 distance = candidate.isValid() ? std::abs(reference.daysTo(candidate)) : -1;
        if (distance >= 0 && (!best.isValid() || distance < bestDistance)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QList<Mention> findDates(const QString &text, const QDate &reference)
{
    const Patterns &p = patterns();
    QList<Mention> found;
    for (const QRegularExpression *re : {&p.dayFirst, &p.monthFirst, &p.iso}) {
        for (const QRegularExpressionMatch &m : re->globalMatch(text)) {
            if (m.captured(u"month") == u"may") // the verb; the month is capitalised in English
                continue;
            const int month
                = re == &p.iso ? m.captured(u"month").toInt() : p.months.value(m.captured(u"month").toLower(), 0);
            const int day = m.captured(u"day").toInt();
            Mention mention = makeMention(MentionKind::Date, text, m.capturedStart(), m.capturedEnd());
            mention.dimension = u"date"_s;
            if (m.hasCaptured(u"year")) {
                mention.date = QDate(m.captured(u"year").toInt(), month, day);
                mention.key = mention.date.toString(Qt::ISODate);
            } else if (reference.isValid()) {
                mention.date = nearestDate(month, day, reference);
                mention.yearInferred = true;
                mention.key = mention.date.toString(Qt::ISODate);
            } else if (QDate(2000, month, day).isValid()) { // a leap year: "February 29" is possible
                mention.key = u"--%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
            }
            if (!mention.key.isEmpty())
                found << mention;
        }
    }
    return found;
}

// ---- Numbers

// The decimal `integer`.`fraction` × 10^`exponent`, without exponent or needless zeros: "5200000000", "0.25".
QString canonicalNumber(bool negative, const QString &integer, const QString &fraction, int exponent)
{
    QString digits = integer + fraction;
    const qsizetype point = integer.size() + exponent;
    if (point > digits.size())
        digits += QString(point - digits.size(), u'0');
    QString whole = digits.first(point);
    QString decimals = digits.sliced(point);
    while (whole.size() > 1 && whole.front() == u'0')
        whole.remove(0, 1);
    while (decimals.endsWith(u'0'))
        decimals.chop(1);
    QString out = whole;
    if (!decimals.isEmpty())
        out += u'.' + decimals;
    if (negative && out != u"0"_s)
        out.prepend(u'-');
    return out;
}

struct ParsedNumber
{
    QString integer; // the digits of `int`, separators removed
    QString fraction;
    bool grouped = false; // written with thousands separators
    QChar singleSeparator; // the separator when `int` has exactly one, else null
    qsizetype start = 0, end = 0; // of the digits, without sign or currency
};

ParsedNumber parseDigits(const QRegularExpressionMatch &m)
{
    ParsedNumber n;
    const QString written = m.captured(u"int");
    int separators = 0;
    for (const QChar c : written) {
        if (c.isDigit()) {
            n.integer += c;
        } else {
            ++separators;
            n.singleSeparator = c;
        }
    }
    if (separators != 1)
        n.singleSeparator = QChar();
    n.grouped = separators > 0;
    n.fraction = m.captured(u"frac");
    n.start = m.capturedStart(u"int");
    n.end = m.capturedEnd();
    return n;
}

struct Suffix
{
    int exponent = 0;
    QString dimension;
    qsizetype end = 0;
    bool any = false;
};

Suffix readSuffix(const QString &text, qsizetype at)
{
    const Patterns &p = patterns();
    const QRegularExpressionMatch m
        = p.suffix.match(text, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    Suffix s;
    s.end = m.hasMatch() ? m.capturedEnd() : at;
    s.any = s.end > at;
    if (const qsizetype i = matchedWord(m, std::size(kScales), u's'); i >= 0)
        s.exponent = QStringView(kScales[i].meaning).toInt();
    if (const qsizetype i = matchedWord(m, std::size(kCurrencies), u'c'); i >= 0)
        s.dimension = QStringView(kCurrencies[i].meaning).toString();
    else if (const qsizetype j = matchedWord(m, std::size(kUnits), u'u'); j >= 0)
        s.dimension = QStringView(kUnits[j].meaning).toString();
    return s;
}

Mention numberMention(const QString &text, qsizetype start, const ParsedNumber &n, bool negative,
                      const QString &prefixCurrency, const Suffix &s)
{
    QString integer = n.integer;
    QString fraction = n.fraction;
    // Before a scale word a lone comma or point is a decimal mark: "1,465 Milliarden", "5.200 bn".
    if (s.exponent > 0 && !n.singleSeparator.isNull() && (n.singleSeparator == u',' || n.singleSeparator == u'.')
        && fraction.isEmpty()) {
        fraction = integer.sliced(integer.size() - 3);
        integer.chop(3);
    }
    Mention m = makeMention(MentionKind::Number, text, start, s.end);
    m.dimension = prefixCurrency.isEmpty() ? s.dimension : prefixCurrency;
    const QString value = canonicalNumber(negative, integer, fraction, s.exponent);
    m.amount = value.toDouble();
    m.key = value;
    if (!m.dimension.isEmpty())
        m.key += u' ' + m.dimension;
    return m;
}

bool isYear(const ParsedNumber &n, const Suffix &s, bool hasSignOrCurrency)
{
    return !hasSignOrCurrency && !s.any && !n.grouped && n.fraction.isEmpty() && n.integer.size() == 4
        && n.integer.toInt() >= 1800 && n.integer.toInt() <= 2199;
}

QList<Mention> findNumbers(const QString &text, const QString &masked)
{
    const Patterns &p = patterns();
    QList<Mention> found;
    const auto anchored = [&](const QRegularExpression &re, qsizetype at) {
        return re.match(masked, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    };
    const auto gluedToWord = [&](qsizetype at) { return at < masked.size() && masked[at].isLetter(); };
    qsizetype at = 0;
    for (QRegularExpressionMatch m = p.number.match(masked); m.hasMatch(); m = p.number.match(masked, at)) {
        at = m.capturedEnd();
        const ParsedNumber first = parseDigits(m);
        const bool negative = m.hasCaptured(u"sign");
        QString currency;
        for (const auto &[symbol, code] : kPrefixCurrencies) {
            if (m.captured(u"pre") == QStringView(symbol))
                currency = QStringView(code).toString();
        }
        if (currency.isEmpty() && m.hasCaptured(u"pre"))
            currency = m.captured(u"pre");
        if (anchored(p.time, first.end).hasMatch())
            continue;
        Suffix s = readSuffix(masked, first.end);
        if (!s.any) {
            // A range: the scale, currency or unit after its second end is the first end's too.
            if (const QRegularExpressionMatch r = anchored(p.range, first.end); r.hasMatch()) {
                const ParsedNumber second = parseDigits(r);
                const Suffix s2 = readSuffix(masked, second.end);
                if (s2.any || !gluedToWord(second.end)) {
                    at = s2.end;
                    Suffix s1 = s2;
                    s1.end = first.end;
                    if (!isYear(first, s1, negative || !currency.isEmpty()))
                        found << numberMention(text, m.capturedStart(), first, negative, currency, s1);
                    if (!isYear(second, s2, !currency.isEmpty()))
                        found << numberMention(text, second.start, second, false, currency, s2);
                    continue;
                }
            }
            if (gluedToWord(first.end)) // "28th", "7G"
                continue;
        }
        at = s.end;
        if (!isYear(first, s, negative || !currency.isEmpty()))
            found << numberMention(text, m.capturedStart(), first, negative, currency, s);
    }
    return found;
}

// ---- People

// The person a matched name sequence names, or nullopt-like empty key: drops words up to a title and leading
// function words, and a possessive; rejects places and institutions.
Mention personMention(const QString &text, qsizetype start, qsizetype end, bool wantFullName)
{
    const Patterns &p = patterns();
    static const QRegularExpression word(u"\\S+"_s);
    QList<std::pair<qsizetype, qsizetype>> words;
    for (const QRegularExpressionMatch &w : word.globalMatch(QStringView(text).sliced(start, end - start)))
        words.append({start + w.capturedStart(), start + w.capturedEnd()});
    const auto wordText = [&](qsizetype i) { return text.sliced(words[i].first, words[i].second - words[i].first); };
    qsizetype first = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (p.title.match(wordText(i)).hasMatch())
            first = i + 1;
    }
    while (first < words.size() && p.leadingWords.contains(foldName(wordText(first))))
        ++first;
    Mention m;
    m.kind = MentionKind::Person;
    if (first >= words.size() || (wantFullName && words.size() - first < 2))
        return m;
    qsizetype last = words.last().second;
    if (text.sliced(start, last - start).endsWith(u"’s"_s) || text.sliced(start, last - start).endsWith(u"'s"_s))
        last -= 2;
    m = makeMention(MentionKind::Person, text, words[first].first, last);
    m.dimension = u"person"_s;
    const QString surname = text.sliced(words.last().first, last - words.last().first);
    m.key = foldName(surname);
    if (p.notPeople.contains(m.key))
        m.key.clear();
    return m;
}

QList<Mention> findPeople(const QString &text, const QString &masked)
{
    const Patterns &p = patterns();
    QList<Mention> found;
    for (const QRegularExpression *re : {&p.titled, &p.verbAfter, &p.verbBefore, &p.apposition}) {
        for (const QRegularExpressionMatch &m : re->globalMatch(masked)) {
            Mention person = personMention(text, m.capturedStart(u"name"), m.capturedEnd(u"name"), re == &p.apposition);
            if (!person.key.isEmpty())
                found << person;
        }
    }
    return found;
}

// Sorts by start and drops mentions that overlap an earlier (or, at the same start, a longer) one.
QList<Mention> withoutOverlaps(QList<Mention> mentions)
{
    std::stable_sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<Mention> out;
    for (const Mention &m : mentions) {
        if (out.isEmpty() || m.start >= out.last().end)
            out << m;
    }
    return out;
}

} // namespace

QString foldName(QStringView name)
{
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            out += c;
    }
    return out.toCaseFolded();
}

QList<Mention> extractMentions(const QString &text, const QDate &reference)
{
    const QList<Mention> dates = withoutOverlaps(findDates(text, reference));
    // Dates hide their day and year from numbers, and their month from names.
    QString masked = text;
    for (const Mention &d : dates)
        masked.replace(d.start, d.end - d.start, QString(d.end - d.start, QChar::ObjectReplacementCharacter));
    QList<Mention> all = dates + findNumbers(text, masked) + withoutOverlaps(findPeople(text, masked));
    std::sort(all.begin(), all.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    return all;
}

Mention speakerMention(const QString &speaker)
{
    qsizetype cut = 0;
    while (cut < speaker.size() && speaker[cut] != u',' && speaker[cut] != u'(')
        ++cut;
    const QString name = speaker.first(cut).trimmed();
    Mention m;
    m.kind = MentionKind::Person;
    m.dimension = u"person"_s;
    if (name.isEmpty())
        return m;
    const Mention person = personMention(name, 0, name.size(), false);
    // The speaker field says who speaks; an institution ("Kremlin") is kept there.
    const qsizetype lastSpace = name.lastIndexOf(u' ');
    m.text = person.text.isEmpty() ? name : person.text;
    m.key = person.key.isEmpty() ? foldName(name.sliced(lastSpace + 1)) : person.key;
    m.start = -1;
    m.end = -1;
    return m;
}

QList<Discrepancy> findDiscrepancies(const QList<ClaimFacts> &claims)
{
    using Group = std::pair<MentionKind, QString>;
    std::map<Group, QList<Discrepancy::Values>> groups;
    for (const ClaimFacts &claim : claims) {
        QList<Mention> mentions;
        if (const Mention speaker = speakerMention(claim.speaker); !speaker.key.isEmpty())
            mentions << speaker;
        mentions += extractMentions(claim.quote, claim.articleDate);
        std::map<Group, QList<Mention>> own;
        for (const Mention &m : std::as_const(mentions))
            own[{m.kind, m.dimension}] << m;
        for (auto &[group, list] : own)
            groups[group].push_back({claim.claim, list});
    }
    const auto keysOf = [](const Discrepancy::Values &v) {
        QSet<QString> keys;
        for (const Mention &m : v.mentions)
            keys.insert(m.key);
        return keys;
    };
    QList<Discrepancy> out;
    for (const auto &[group, values] : groups) {
        if (values.size() < 2)
            continue;
        const QSet<QString> first = keysOf(values.first());
        if (std::all_of(values.cbegin() + 1, values.cend(), [&](const auto &v) { return keysOf(v) == first; }))
            continue;
        out.push_back({group.first, group.second, values});
    }
    return out;
}

QString mentionKindKey(MentionKind kind)
{
    switch (kind) {
    case MentionKind::Number:
        return u"number"_s;
    case MentionKind::Date:
        return u"date"_s;
    case MentionKind::Person:
        return u"person"_s;
    }
    return {};
}

QStringList distinctTexts(const QList<Mention> &mentions)
{
    QStringList keys, texts;
    for (const Mention &m : mentions) {
        if (keys.contains(m.key))
            continue;
        keys << m.key;
        texts << m.text;
    }
    return texts;
}

} // namespace crossread
