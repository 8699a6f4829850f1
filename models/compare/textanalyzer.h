#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace crossread {

/// A term of a passage or a query, with the weight its matches count for.
struct Term
{
    QString key; ///< "s:propos" (a stem), "k:mrv" (a name's skeleton), "v:2025-05-28" (a value)
    float weight = 1.0f;
    /// The word (or value) of the text the term comes from, counting from 0.
    int word = 0;
    /// Counts only where the word's other terms do not match (a long stem's
    /// first letters: a way of matching forms the stemmer keeps apart, not
    /// more evidence when the stems match).
    bool fallback = false;

    bool operator==(const Term &) const = default;
};

/// Turns text into the terms passages are matched by, so that what real
/// coverage of one event does to words still matches:
/// - words are case-folded, stripped of accents, and stemmed with Snowball
///   (libstemmer) for the article's language (English, French, German,
///   Russian; Cyrillic words always as Russian); stop words of those four
///   languages are dropped;
/// - a capitalised word (a name) also gives its consonant skeleton, after
///   transliteration from Cyrillic, so Umerov/Oumerov/Умеров, Kiev/Kyiv and
///   Medinsky/Medinskiy meet;
/// - numbers and dates give their values (extractMentions), so "May 28th",
///   "28 May" and "May 28, 2025" meet, and "€5 billion" meets "5 billion
///   euros"; amounts also give their dimension, so two sums in euros share
///   something even when they differ;
/// - words of one concept (talks, negotiations, summit; truce, ceasefire;
///   Moscow, Kremlin, Russia) share a concept term, and long stems their
///   first five letters (memoranda, memorandum);
/// - words joined by a hyphen also give the word they make written as one
///   (at half weight), so "cease-fire" meets "ceasefire".
///
/// In plain mode (the baseline) a term is just a lower-cased word.
///
/// Not thread-safe (the stemmers keep state): one per thread.
class TextAnalyzer
{
public:
    enum class Mode { Full, Plain };
    explicit TextAnalyzer(Mode mode = Mode::Full);
    ~TextAnalyzer();
    TextAnalyzer(const TextAnalyzer &) = delete;
    TextAnalyzer &operator=(const TextAnalyzer &) = delete;

    Mode mode() const { return m_mode; }

    /// The terms of `text`, in the language `language` ("en", "fr", …;
    /// empty: English) and dated `reference` (for dates without a year).
    QList<Term> terms(QStringView text, const QString &language, const QDate &reference = {}) const;

    /// A term by its id in this analyzer (see key()): what an index keeps.
    struct TermId
    {
        int id = 0;
        float weight = 1.0f;
        int word = 0;
    };
    /// The terms of `text`, as terms() gives them, appended to `out` as ids.
    /// Ids stay valid until the next call of terms() or trimCaches().
    void termIds(QStringView text, const QString &language, const QDate &reference, std::vector<TermId> &out) const;
    /// The term an id stands for.
    const QString &key(int id) const;
    /// Empties the caches of words and terms when they have grown large.
    void trimCaches() const;

    /// The stem of one lower-case word in `language`.
    QString stem(const QString &word, const QString &language) const;
    /// The consonant skeleton of a name: "oumerov" → "mrv", "kyiv" → "kv".
    static QString skeleton(QStringView word);
    /// Latin letters for Cyrillic ones ("умеров" → "umerov"); others unchanged.
    static QString transliterate(QStringView word);
    static bool isStopWord(const QString &foldedWord);
    /// The concept a stem belongs to ("truce" → "ceasefire"; "kremlin" →
    /// "russia"), from a small table of the words news reports use for one
    /// another, or empty.
    QString conceptOf(const QString &stem) const;

private:
    struct Word;
    QList<Term> wordTerms(QStringView word, const QString &language) const;
    int intern(const QString &key) const;
    template<typename Sink>
    void analyze(QStringView text, const QString &language, const QDate &reference, Sink &&sink) const;

    struct Stemmers;
    Mode m_mode;
    std::unique_ptr<Stemmers> m_stemmers;
};

} // namespace crossread
