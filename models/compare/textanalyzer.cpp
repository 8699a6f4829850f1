#include "textanalyzer.h"

#include <models/discrepancy.h>

#include <QHash>
#include <QSet>

#include <libstemmer.h>
#include <string>
#include <string_view>
#include <unordered_map>

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

struct TextAnalyzer::Stemmers
{
    QHash<QByteArray, sb_stemmer *> byName;
    mutable QHash<QByteArray, QHash<QString, QString>> cache; ///< by stemmer: "proposals" → "propos"
    QHash<QString, QString> concepts; ///< English stem → the first word of its group

    struct ViewHash
    {
        using is_transparent = void;
        size_t operator()(std::u16string_view v) const { return std::hash<std::u16string_view>()(v); }
    };
    /// By language: a word as written → its terms (found with no allocation).
    QHash<QString, std::unordered_map<std::u16string, QList<Term>, ViewHash, std::equal_to<>>> words;

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
        result.append({u"p:"_s + stemmed.left(5), 0.4f});
    if (word.front().isUpper()) {
        const QString key = skeleton(folded);
        if (key.size() >= 3)
            result.append({u"k:"_s + key, 1.0f});
    }
    return result;
}

QList<Term> TextAnalyzer::terms(QStringView text, const QString &language, const QDate &reference) const
{
    QList<Term> result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !text.at(i).isLetterOrNumber())
            ++i;
        qsizetype j = i;
        while (j < n && (text.at(j).isLetterOrNumber() || text.at(j).category() == QChar::Mark_NonSpacing))
            ++j;
        if (j == i)
            break;
        const QStringView word = text.mid(i, j - i);
        i = j;
        if (m_mode == Mode::Plain) {
            result.append({word.toString().toLower(), 1.0f});
            continue;
        }
        if (word.front().isDigit())
            continue; // values come from extractMentions below
        // A word's terms depend only on the word and the language: keep them.
        auto &cache = m_stemmers->words[language];
        auto hit = cache.find(std::u16string_view(word.utf16(), size_t(word.size())));
        if (hit == cache.end()) {
            if (cache.size() > 500000)
                cache.clear();
            hit = cache.emplace(std::u16string(word.utf16(), size_t(word.size())), wordTerms(word, language)).first;
        }
        result.append(hit->second);
    }
    // Values need digits ("May 28th", "€5 billion"): most passages have none.
    const bool digits = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    if (m_mode == Mode::Full && digits) {
        for (const Mention &m : extractMentions(text.toString(), reference)) {
            if (m.kind == MentionKind::Person)
                continue; // names are matched as words
            result.append({u"v:"_s + m.key, 1.5f});
            if (m.kind == MentionKind::Number && !m.dimension.isEmpty())
                result.append({u"d:"_s + m.dimension, 0.3f});
        }
    }
    return result;
}

} // namespace crossread
