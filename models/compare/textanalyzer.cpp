#include "textanalyzer.h"

#include <models/discrepancy.h>

#include <QHash>
#include <QSet>

#include <libstemmer.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

// Short stop word lists: function words that say nothing of what a passage
// reports. Attribution verbs stay (they are matched on purpose).
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char16_t *lists[] = {
            // English
            u"a an the and or but if then than that this these those there here of in on at to from by for with "
            u"without about into onto over under after before during between through as is are was were be been "
            u"being has have had having do does did it its it's he she they them their his her we our you your i "
            u"me my not no nor so such also very just only which who whom whose what when where why how all any "
            u"both each few more most other some own same too can will would should could may might must shall "
            u"up down out off again further once",
            // French
            u"le la les un une des du de d l et ou mais donc or ni car que qui quoi dont ou à au aux en dans par "
            u"pour sur sous avec sans ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous je tu "
            u"ne pas plus est sont était été être a ont avait se s qu c n y",
            // German
            u"der die das den dem des ein eine einer eines einem einen und oder aber doch wenn dass daß zu zum zur "
            u"von vom mit bei aus nach vor über unter für gegen ohne um im in an am auf ist sind war waren sein hat "
            u"haben hatte wird werden wurde es er sie wir ihr ich du nicht auch als wie so sich",
            // Russian
            u"и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было "
            u"вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас "
            u"нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем "
            u"была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем "
            u"ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец "
            u"два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя "
            u"впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между",
        };
        for (const char16_t *list : lists) {
            for (const QString &w : QString::fromUtf16(list).split(u' ', Qt::SkipEmptyParts))
                set.insert(w);
        }
        return set;
    }();
    return words;
}

QString foldWord(QStringView word)
{
    QString folded = word.toString().toCaseFolded();
    bool ascii = true;
    for (QChar c : std::as_const(folded))
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return folded;
    // Accents off (é → e, ё → е); й stays й, whose breve is part of the letter in Russian.
    QString decomposed = folded.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c.category() == QChar::Mark_NonSpacing) {
            if (c.unicode() == 0x0306 && !result.isEmpty() && result.back() == u'и')
                result.back() = u'й';
            continue;
        }
        result += c;
    }
    return result;
}

bool isCyrillic(QStringView word)
{
    for (QChar c : word) {
        if (c.unicode() >= 0x0400 && c.unicode() <= 0x04ff)
            return true;
    }
    return false;
}

const char *snowballName(const QString &language)
{
    if (language.startsWith(u"fr"))
        return "french";
    if (language.startsWith(u"de"))
        return "german";
    if (language.startsWith(u"ru"))
        return "russian";
    return "english";
}

/// Words as written → `Value`, by open addressing: a look-up costs about
/// one cache miss for the slot and one for the word, and allocates nothing.
template<typename Value>
class WordMap
{
public:
    Value *find(QStringView word, size_t hash)
    {
        if (m_slots.empty())
            return nullptr;
        for (size_t i = hash & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot &slot = m_slots[i];
            if (slot.index < 0)
                return nullptr;
            if (slot.hash == hash && m_entries[size_t(slot.index)].first == word)
                return &m_entries[size_t(slot.index)].second;
        }
    }
    Value &insert(QStringView word, size_t hash, Value value)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            grow();
        m_entries.emplace_back(word.toString(), std::move(value));
        place(hash, int(m_entries.size() - 1));
        return m_entries.back().second;
    }
    size_t size() const { return m_entries.size(); }
    void clear()
    {
        m_slots.clear();
        m_entries.clear();
    }

private:
    struct Slot
    {
        size_t hash = 0;
        int index = -1;
    };
    void place(size_t hash, int index)
    {
        size_t i = hash & (m_slots.size() - 1);
        while (m_slots[i].index >= 0)
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = {hash, index};
    }
    void grow()
    {
        const std::vector<Slot> old
            = std::exchange(m_slots, std::vector<Slot>(std::max<size_t>(64, m_slots.size() * 2)));
        for (const Slot &slot : old) {
            if (slot.index >= 0)
                place(slot.hash, slot.index);
        }
    }
    std::vector<Slot> m_slots; ///< a power of two of them, at most half used
    std::vector<std::pair<QString, Value>> m_entries;
};

// Words that news reports use for one another. Each group is a concept;
// its words are stemmed (English unless marked) when the table is built.
// Capitals stand for their countries, as reports use them.
constexpr const char16_t *kConcepts[] = {
    u"talks negotiations negotiate negotiating meeting meet summit round session dialogue",
    u"ceasefire truce armistice",
    u"propose proposal suggest offer initiative",
    u"memorandum memoranda memo document draft",
    u"kidnap kidnapping abduct abduction deport deportation",
    u"kill killed dead death die casualties",
    u"attack strike assault bombard shelling raid",
    u"drone drones uav unmanned",
    u"missile missiles rocket",
    u"weapon weapons arms armament munitions",
    u"refuse reject rebuff deny denial dismiss",
    u"exchange swap",
    u"prisoner prisoners captive captives pows",
    u"territory territories region regions land lands oblast",
    u"cede surrender relinquish",
    u"demand demands condition conditions require requirement insist",
    u"war conflict hostilities fighting",
    u"invasion aggression offensive incursion",
    u"russia russian russians moscow kremlin",
    u"ukraine ukrainian ukrainians kyiv kiev",
    u"children child kids minors",
    u"delegation delegations team",
    u"germany german germans berlin",
    u"america american americans washington",
    u"europe european eu brussels",
    u"turkey turkish ankara türkiye",
    u"peace settlement",
    u"hour hours minutes",
    u"agree agreed accept consent",
};

} // namespace

/// A word's terms, and their ids.
struct TextAnalyzer::Word
{
    QList<Term> terms;
    std::vector<int> ids;
};

struct TextAnalyzer::Stemmers
{
    QHash<QByteArray, sb_stemmer *> byName;
    mutable QHash<QByteArray, QHash<QString, QString>> cache; ///< by stemmer: "proposals" → "propos"
    QHash<QString, QString> concepts; ///< English stem → the first word of its group

    /// By language: a word as written → its terms.
    QHash<QString, WordMap<Word>> words;
    /// Terms by id, and back.
    QHash<QString, int> ids;
    QList<QString> keys;

    ~Stemmers()
    {
        for (sb_stemmer *s : std::as_const(byName))
            sb_stemmer_delete(s);
    }

    sb_stemmer *get(const char *name)
    {
        auto it = byName.find(name);
        if (it == byName.end())
            it = byName.insert(name, sb_stemmer_new(name, "UTF_8"));
        return it.value();
    }
};

TextAnalyzer::TextAnalyzer(Mode mode)
    : m_mode(mode)
    , m_stemmers(std::make_unique<Stemmers>())
{
}

TextAnalyzer::~TextAnalyzer() = default;

QString TextAnalyzer::stem(const QString &word, const QString &language) const
{
    const char *name = isCyrillic(word) ? "russian" : snowballName(language);
    QHash<QString, QString> &cache = m_stemmers->cache[QByteArray::fromRawData(name, qsizetype(strlen(name)))];
    if (const auto hit = cache.constFind(word); hit != cache.constEnd())
        return hit.value();
    sb_stemmer *stemmer = m_stemmers->get(name);
    QString result = word;
    if (stemmer) {
        const QByteArray utf8 = word.toUtf8();
        const sb_symbol *out
            = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
        if (out)
            result = QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(stemmer));
    }
    if (cache.size() > 200000)
        cache.clear();
    cache.insert(word, result);
    return result;
}

QString TextAnalyzer::transliterate(QStringView word)
{
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> t;
        const QString from = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"_s;
        const QStringList to = {u"a"_s, u"b"_s,  u"v"_s,  u"g"_s,  u"d"_s,  u"e"_s,  u"e"_s,  u"zh"_s, u"z"_s, u"i"_s,
                                u"y"_s, u"k"_s,  u"l"_s,  u"m"_s,  u"n"_s,  u"o"_s,  u"p"_s,  u"r"_s,  u"s"_s, u"t"_s,
                                u"u"_s, u"f"_s,  u"kh"_s, u"ts"_s, u"ch"_s, u"sh"_s, u"sh"_s, u""_s,   u"y"_s, u""_s,
                                u"e"_s, u"yu"_s, u"ya"_s, u"i"_s,  u"yi"_s, u"ye"_s, u"g"_s};
        for (qsizetype i = 0; i < from.size(); ++i)
            t.insert(from.at(i), to.at(i));
        return t;
    }();
    QString out;
    out.reserve(word.size() + 4);
    for (QChar c : word) {
        const auto it = table.constFind(c);
        if (it != table.constEnd())
            out += it.value();
        else
            out += c;
    }
    return out;
}

QString TextAnalyzer::skeleton(QStringView word)
{
    // Spelling variants of one name keep their consonants: drop vowels (and
    // y, j, w, h as vowel-like in transliterations), merge digraphs and
    // doubled letters, and keep at most five, so that endings added in
    // another language ("Medinskian") do not count.
    QString latin = transliterate(word);
    latin.replace(u"kh"_s, u"h"_s).replace(u"ph"_s, u"f"_s).replace(u"ck"_s, u"k"_s).replace(u"ts"_s, u"c"_s);
    latin.replace(u"sch"_s, u"s"_s).replace(u"sh"_s, u"s"_s).replace(u"ch"_s, u"c"_s).replace(u"zh"_s, u"j"_s);
    QString out;
    for (QChar c : std::as_const(latin)) {
        const char16_t u = c.unicode();
        if (u < u'a' || u > u'z')
            continue;
        if (QStringView(u"aeiouyhjw").contains(c))
            continue;
        const QChar mapped = u == u'q' ? QChar(u'k') : u == u'x' ? QChar(u'k') : u == u'z' ? QChar(u's') : c;
        if (!out.isEmpty() && out.back() == mapped)
            continue;
        out += mapped;
        if (out.size() == 5)
            break;
    }
    return out;
}

QString TextAnalyzer::conceptOf(const QString &stem) const
{
    if (m_stemmers->concepts.isEmpty()) {
        for (const char16_t *group : kConcepts) {
            const QStringList words = QString::fromUtf16(group).split(u' ', Qt::SkipEmptyParts);
            for (const QString &word : words) { // a stem in two groups stays in the first
                const QString stemmed = this->stem(word, u"en"_s);
                if (!m_stemmers->concepts.contains(stemmed))
                    m_stemmers->concepts.insert(stemmed, words.first());
            }
        }
    }
    return m_stemmers->concepts.value(stem);
}

bool TextAnalyzer::isStopWord(const QString &foldedWord)
{
    return stopWords().contains(foldedWord);
}

QList<Term> TextAnalyzer::wordTerms(QStringView word, const QString &language) const
{
    QList<Term> result;
    if (m_mode == Mode::Plain) {
        result.append({word.toString().toLower(), 1.0f});
        return result;
    }
    if (word.front().isDigit())
        return result; // values come from extractMentions
    const QString folded = foldWord(word);
    if (folded.size() < 2 || isStopWord(folded))
        return result;
    const QString stemmed = stem(folded, language);
    result.append({u"s:"_s + stemmed, 1.0f});
    if (const QString group = conceptOf(stemmed); !group.isEmpty())
        result.append({u"c:"_s + group, 0.6f});
    // Forms the stemmer keeps apart (memoranda, memorandum; production,
    // producing; accusation, accuse) share their first letters.
    if (stemmed.size() >= 6)
        result.append({u"p:"_s + stemmed.left(5), 0.4f, 0, true});
    if (word.front().isUpper()) {
        const QString key = skeleton(folded);
        if (key.size() >= 3)
            result.append({u"k:"_s + key, 1.0f});
    }
    return result;
}

int TextAnalyzer::intern(const QString &key) const
{
    const auto it = m_stemmers->ids.constFind(key);
    if (it != m_stemmers->ids.constEnd())
        return it.value();
    const int id = int(m_stemmers->keys.size());
    m_stemmers->ids.insert(key, id);
    m_stemmers->keys.append(key);
    return id;
}

const QString &TextAnalyzer::key(int id) const
{
    return m_stemmers->keys.at(id);
}

void TextAnalyzer::trimCaches() const
{
    qsizetype words = 0;
    for (const auto &byLanguage : std::as_const(m_stemmers->words))
        words += qsizetype(byLanguage.size());
    if (words > 500000 || m_stemmers->keys.size() > 2000000) {
        m_stemmers->words.clear();
        m_stemmers->ids.clear();
        m_stemmers->keys.clear();
    }
}

/// Calls sink(word, index, scale) for each word of `text` (its cached terms,
/// the index of the word, the weight to give them), then sink(term, index)
/// for each value.
template<typename Sink>
void TextAnalyzer::analyze(QStringView text, const QString &language, const QDate &reference, Sink &&sink) const
{
    auto &cache = m_stemmers->words[language];
    int words = 0;
    // A word's terms depend only on the word and the language: keep them.
    const auto lookUp = [&](QStringView word, float scale) {
        const size_t hash = qHash(word, 0);
        const Word *hit = cache.find(word, hash);
        if (!hit) {
            Word w{wordTerms(word, language), {}};
            for (const Term &t : std::as_const(w.terms))
                w.ids.push_back(intern(t.key));
            hit = &cache.insert(word, hash, std::move(w));
        }
        if (hit->terms.isEmpty())
            return;
        sink(*hit, words, scale);
        ++words;
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    qsizetype previous = -1; // where the word before starts, when a hyphen joins it to this one
    QString joined;
    while (i < n) {
        const qsizetype end = i;
        while (i < n && !text.at(i).isLetterOrNumber())
            ++i;
        qsizetype j = i;
        while (j < n && (text.at(j).isLetterOrNumber() || text.at(j).category() == QChar::Mark_NonSpacing))
            ++j;
        if (j == i)
            break;
        const QStringView word = text.mid(i, j - i);
        const qsizetype start = i;
        i = j;
        lookUp(word, 1.0f);
        if (m_mode == Mode::Plain)
            continue;
        // Words joined by a hyphen are also the word they make written as
        // one ("cease-fire", "ceasefire"); as a second spelling, at half weight.
        const char16_t between = start == end + 1 ? text.at(end).unicode() : u' ';
        const bool hyphen = (between == u'-' || between == u'\u2010' || between == u'\u2011') && previous >= 0
            && text.at(previous).isLetter() && word.front().isLetter();
        if (hyphen) {
            joined.clear();
            for (QChar c : text.mid(previous, j - previous)) {
                if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
                    joined += c;
            }
            lookUp(joined, 0.5f);
        }
        previous = hyphen ? -1 : start;
    }
    // Values need digits ("May 28th", "€5 billion"): most passages have none.
    const bool digits = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    if (m_mode == Mode::Full && digits) {
        for (const Mention &m : extractMentions(text.toString(), reference)) {
            if (m.kind == MentionKind::Person)
                continue; // names are matched as words
            sink(Term{u"v:"_s + m.key, 1.5f, words}, words);
            if (m.kind == MentionKind::Number && !m.dimension.isEmpty())
                sink(Term{u"d:"_s + m.dimension, 0.3f, words}, words);
            ++words;
        }
    }
}

QList<Term> TextAnalyzer::terms(QStringView text, const QString &language, const QDate &reference) const
{
    trimCaches();
    QList<Term> result;
    struct Sink
    {
        QList<Term> &result;
        void operator()(const Word &w, int word, float scale)
        {
            for (Term term : w.terms) {
                term.word = word;
                term.weight *= scale;
                result.append(std::move(term));
            }
        }
        void operator()(const Term &term, int) { result.append(term); }
    };
    analyze(text, language, reference, Sink{result});
    return result;
}

void TextAnalyzer::termIds(QStringView text, const QString &language, const QDate &reference,
                           std::vector<TermId> &out) const
{
    struct Sink
    {
        const TextAnalyzer &analyzer;
        std::vector<TermId> &out;
        void operator()(const Word &w, int word, float scale)
        {
            for (size_t i = 0; i < w.ids.size(); ++i)
                out.push_back({w.ids[i], w.terms[qsizetype(i)].weight * scale, word});
        }
        void operator()(const Term &term, int word) { out.push_back({analyzer.intern(term.key), term.weight, word}); }
    };
    analyze(text, language, reference, Sink{*this, out});
}

} // namespace crossread
