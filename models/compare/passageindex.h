#pragma once

#include <models/compare/textanalyzer.h>
#include <models/ids.h>

#include <QHash>

#include <vector>

namespace crossread {

struct Project;

/// A sentence of an article (or a clause of a long one), by UTF-16 offsets.
struct Passage
{
    ArticleId article = NoId;
    int start = 0;
    int end = 0;
};

/// The sentences of `text`, with long ones (over 40 words) cut into clauses
/// at semicolons, colons, dashes and ", and"/", but"/", while"…; each
/// trimmed of white space. Headlines and bylines (lines without a full stop)
/// are passages too.
QList<Passage> splitPassages(const QString &text, ArticleId article = NoId);

/// A ranked passage.
struct PassageHit
{
    int passage = -1; ///< index into PassageIndex::passages()
    ArticleId article = NoId;
    int start = 0;
    int end = 0;
    double score = 0;
};

/// Every passage of a set of articles, indexed for ranking by BM25 over the
/// terms of a TextAnalyzer (k1 = 1.2, b = 0.75, each term's weight
/// multiplying its inverse document frequency; a passage's length is its
/// number of words). Terms that most of the articles use count for less, and
/// the list of hits favours passages of articles not yet in it. With
/// Mode::Plain it is plain BM25 over lower-cased words: the baseline.
class PassageIndex
{
public:
    struct Source
    {
        ArticleId article = NoId;
        QString text;
        QString language;
        QDate published;
    };

    /// How passages are ranked; the defaults are Crossread's. Plain mode uses
    /// only k1 and b.
    struct Options
    {
        double k1 = 1.2; ///< BM25: how soon more occurrences of a term stop counting
        double b = 0.75; ///< BM25: how much a passage's length discounts its matches
        /// How much less a term counts for being in many of the articles: its
        /// weight is multiplied by (log(1 + articles / articles with it) /
        /// log(1 + articles)) to this power (0: not at all).
        double spread = 1.0;
        /// Each passage of an article already listed among the hits lowers
        /// the scores of the article's other passages by this share, so
        /// that several articles are listed early (0: none).
        double diversity = 0.2;
    };

    explicit PassageIndex(TextAnalyzer::Mode mode = TextAnalyzer::Mode::Full);
    PassageIndex(TextAnalyzer::Mode mode, const Options &options);

    const Options &options() const { return m_options; }

    /// Indexes the articles (replacing what was there). Splits the work over
    /// the machine's cores.
    void build(const QList<Source> &sources);
    /// The articles of `project`.
    void build(const Project &project);

    const std::vector<Passage> &passages() const { return m_passages; }
    /// The passage of `article` that holds `position`, or -1.
    int passageAt(ArticleId article, int position) const;

    /// The `top` passages most like `text` (written in `language`, dated
    /// `reference`), best first, leaving out the articles in `exclude`. A
    /// hit's score is its BM25 score, lowered for the passages of its
    /// article listed before it (see Options::diversity).
    /// Safe to call from several threads at once.
    QList<PassageHit> search(QStringView text, const QString &language, const QDate &reference,
                             const QList<ArticleId> &exclude, int top) const;

    /// What each term of `text` alone adds to the score of `passage`, highest
    /// first: why the passage was found.
    QList<std::pair<QString, double>> explain(QStringView text, const QString &language, const QDate &reference,
                                              int passage) const;

private:
    struct Posting
    {
        int passage;
        float frequency; ///< the summed weights of the term's occurrences
    };
    struct Entry
    {
        size_t first = 0; ///< of the term's postings in m_postings, by passage
        int count = 0;
        int articles = 0; ///< in how many articles the term is
    };
    struct QueryTerm
    {
        int entry;
        float weight;
        int word;
        bool fallback;
        QString key;
    };
    /// The terms of `text` the index has, each once, a word's fallbacks last.
    std::vector<QueryTerm> query(QStringView text, const QString &language, const QDate &reference) const;
    /// Adds each passage's score for `terms` to `scores`, listing in
    /// `touched` the passages it scores first.
    void score(const std::vector<QueryTerm> &terms, std::vector<double> &scores, std::vector<int> &touched) const;

    TextAnalyzer::Mode m_mode;
    Options m_options;
    std::vector<Passage> m_passages;
    std::vector<float> m_lengths; ///< each passage's number of words (plain: of terms)
    float m_averageLength = 1;
    QHash<QString, int> m_terms; ///< term → index in m_entries
    std::vector<Entry> m_entries;
    std::vector<Posting> m_postings; ///< each term's in turn
    QHash<ArticleId, std::pair<int, int>> m_articleRange; ///< first passage, count
};

} // namespace crossread
