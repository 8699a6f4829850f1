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
/// multiplying its inverse document frequency). With Mode::Plain it is plain
/// BM25 over lower-cased words: the baseline.
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

    explicit PassageIndex(TextAnalyzer::Mode mode = TextAnalyzer::Mode::Full);

    /// Indexes the articles (replacing what was there). Splits the work over
    /// the machine's cores.
    void build(const QList<Source> &sources);
    /// The articles of `project`.
    void build(const Project &project);

    const std::vector<Passage> &passages() const { return m_passages; }
    /// The passage of `article` that holds `position`, or -1.
    int passageAt(ArticleId article, int position) const;

    /// The `top` passages most like `text` (written in `language`, dated
    /// `reference`), best first, leaving out the articles in `exclude`.
    /// Safe to call from several threads at once.
    QList<PassageHit> search(QStringView text, const QString &language, const QDate &reference,
                             const QList<ArticleId> &exclude, int top) const;

private:
    struct Posting
    {
        int passage;
        float frequency; ///< the summed weights of the term's occurrences
    };

    TextAnalyzer::Mode m_mode;
    std::vector<Passage> m_passages;
    std::vector<float> m_lengths; ///< the summed weights of each passage's terms
    float m_averageLength = 1;
    struct Entry
    {
        std::vector<Posting> postings; ///< by passage
        int articles = 0; ///< in how many articles the term is
    };
    const Entry *entry(const QString &term) const;

    std::vector<QHash<QString, Entry>> m_shards; ///< terms split by hash, merged in parallel
    QHash<ArticleId, std::pair<int, int>> m_articleRange; ///< first passage, count
};

} // namespace crossread
