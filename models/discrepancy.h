#pragma once

#include <models/ids.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace crossread {

enum class MentionKind : quint8 { Number, Date, Person };

/// A value a text mentions, found by extractMentions().
struct Mention
{
    MentionKind kind = MentionKind::Number;
    int start = 0; ///< UTF-16 offsets in the text searched; -1 for a claim's speaker (not in its quote)
    int end = 0;
    QString text; ///< as written, e.g. "€5.2 billion", "May 28th", "Umerov"
    QString dimension; ///< what numbers are compared within: "EUR", "USD", "%", "km", "people", "" (plain count)
                       ///< ...; "date" for dates; "person" for people
    double amount = 0; ///< numbers: the value with the scale word applied (€5.2 billion → 5.2e9)
    QDate date; ///< dates: resolved; a missing year comes from `reference`; null when there is no reference
    bool yearInferred = false;
    QString key; ///< canonical form compared for equality: numbers e.g. "5200000000 EUR" (a plain count has no
                 ///< dimension: "1465"), dates ISO "2025-05-28" ("--05-28" when the year is missing and there is
                 ///< no reference), people a folded surname ("umerov")
    bool operator==(const Mention &) const = default;
};

/// The numbers, dates and people `text` mentions, in text order, never overlapping.
///
/// Numbers: digits with an optional sign ("-3", "−3" when not glued to a word), an optional currency before
/// ("€", "$" (taken as USD), "US$", "£", "₽", "₴", "¥", or a code EUR, USD, GBP, RUB, UAH, CHF, JPY, CNY), then
/// optionally a scale word (thousand, million, billion, trillion, bn, m (always million, never metres), k glued
/// to the digits, mn, mln, milliard(s), Mio., Mrd., Milliarde(n), Billionen (German 10^12), тыс., млн, млрд,
/// трлн and their inflections) and a currency or unit after ("euros", "d’euros", "Euro", "евро", "dollars",
/// "рублей", "%", "per cent", "Prozent", "km", "kilometres", "miles", "tonnes", "hours", "people", "человек"...).
/// "billion" is always 10^9, also in French text. Separators:
///  - a run of groups of three digits after one to three digits, all separated by the same comma, point or
///    (no-break, thin) space, is one integer: "1,465", "1.465", "1 465", "1,465,000" are 1465 and 1465000;
///    a following point or comma then digits is the decimal part ("1,234.5", "1.234,5");
///  - except right before a scale word, where a single comma or point is the decimal mark ("1,465 Milliarden"
///    is 1.465e9, "5,2 milliards" 5.2e9);
///  - a comma or point followed by other than three digits is a decimal mark ("5,2", "3.14", "1,4655").
/// A range ("5-6 billion euros", "5–6", "5 to 6 km") gives one mention per end; the scale, currency or unit
/// written once applies to both. Not numbers: a bare four-digit integer from 1800 to 2199 without currency,
/// scale or unit (a year, "2025"), ordinals ("2nd", "28th", "1er"), digits glued to letters or joined to a word
/// by a hyphen ("F-16", "G7", "COVID19"), times ("13:00", "1 p.m."), parts of numeric dates ("28/05"), the day
/// and year of a date, and numbers written in words.
///
/// Dates: in English, French, German and Russian, month names as QLocale spells them (long, short, genitive,
/// standalone) plus "Sept", case-insensitively except "may" (the verb): "May 28th", "May 29, 2025", "June 2nd 2025",
/// "28 May", "28 May 2025", "28 mai", "1er juin", "28. Mai", "28 мая 2025 года", and ISO "2025-05-28". A month alone
/// ("May 2025") is not a date. A date without a year takes, of the years near `reference`'s, the one that puts
/// it nearest to `reference`, and sets yearInferred ("30 December" read on 2026-01-05 is 2025-12-30); with
/// a null `reference` its date stays null and its key is "--MM-DD". An impossible day ("February 30") is not a
/// date (its digits may then be a number).
///
/// People, a heuristic that favours precision: one to three capitalised words (with an optional initial,
/// "Vladimir P. Kozin")
///  - after a title ("President", "Minister", "Chancellor", "Mr", "aide", "envoy", "président", "ministre",
///    "Kanzler", "президент", "министр"...): "Foreign Minister Sergey Lavrov", "aide, Vladimir Medinsky";
///  - before a speech verb ("said", "told", "stated", "outlined", "warned", "sagte", "заявил"...), possibly
///    after "has"/"had": "Peskov said", "Medinsky outlined";
///  - after a speech verb or "according to", "selon", "laut", "по словам": "said Dmitry Peskov";
///  - a full name (two words or more) followed by a comma, a short apposition and a speech verb:
///    "Rustem Umerov, Ukrainian Defense Minister has told".
/// Leading function words and titles are dropped ("The", "Foreign Minister"), and a possessive "’s" is not
/// part of the name. Not people: a sequence whose last word names a territory as QLocale spells it in English
/// ("Russia", "Ukraine"), a month or a weekday, a capital commonly used for its government ("Moscow", "Kyiv")
/// or an institution ("Kremlin", "Ministry", "Committee"). After a speech verb the name must be followed by
/// punctuation or a small word ("said Peskov on Sunday"), so that "according to Ukrainian security services"
/// names no one. The key is the last word folded (diacritics removed, case-folded):
/// "Rustem Umerov" and "Umerov" are both "umerov"; inflected forms ("Путина") and transliterations
/// ("Zelensky", "Zelenskyy") are not reconciled.
QList<Mention> extractMentions(const QString &text, const QDate &reference = {});

/// The person a claim's speaker field names ("Rustem Umerov", "Dmitry Peskov, Kremlin spokesman",
/// "Kremlin spokesman Dmitry Peskov"): the text before any comma or parenthesis, without leading titles, keyed
/// by its folded last word. Unlike in a quote, an institution ("Kremlin") counts here. start and end are -1.
/// The key is empty when `speaker` is blank.
Mention speakerMention(const QString &speaker);

/// The folded form people are compared by: diacritics removed, case-folded ("Erdoğan" → "erdogan").
QString foldName(QStringView name);

/// One claim of a proposition, as discrepancy finding sees it.
struct ClaimFacts
{
    ClaimId claim = NoId;
    QString quote; ///< the claim's exact text
    QString speaker; ///< who the article says makes the claim (may be empty); counts as a person mention
    QDate articleDate; ///< the article's publication date (may be null)
};

/// Values of one kind (and dimension) that differ between claims of a proposition.
struct Discrepancy
{
    MentionKind kind = MentionKind::Number;
    QString dimension; ///< as in Mention
    struct Values
    {
        ClaimId claim = NoId;
        QList<Mention> mentions; ///< in text order; for people the speaker (if any) comes first
        bool operator==(const Values &) const = default;
    };
    QList<Values> values; ///< per claim that mentions this kind/dimension, in input order
    bool operator==(const Discrepancy &) const = default;
};

/// The discrepancies among `claims`: for each kind+dimension that at least two claims mention, a Discrepancy
/// when their sets of keys differ (repeating a value, or giving values in another order, is no difference).
/// A claim that does not mention a kind at all does not take part (silence is an omission, not a
/// discrepancy). People: a claim's people are its speaker plus the people in its quote, compared by key.
/// Sorted by kind, then dimension.
QList<Discrepancy> findDiscrepancies(const QList<ClaimFacts> &claims);

/// Short text for a mention kind: "number", "date", "person" (for the CLI's JSON).
QString mentionKindKey(MentionKind kind);

/// The texts of `mentions`, one per distinct key, as first written: a
/// speaker "Fire Chief Rolan Petrich" and a quoted "Petrich" give one.
QStringList distinctTexts(const QList<Mention> &mentions);

} // namespace crossread
