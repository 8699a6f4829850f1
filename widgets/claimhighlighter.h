#pragma once

#include <models/cues/cuedefinition.h>
#include <models/ids.h>

#include <QColor>
#include <QHash>
#include <QSyntaxHighlighter>

#include <vector>

namespace crossread {

class Document;

/// A claim as drawn in a pane.
struct ClaimSpan
{
    ClaimId id = NoId;
    int start = 0;
    int end = 0;
    QColor color; ///< of its first tag, or neutral
    int lane = 0; ///< its underline's row: overlapping claims get different lanes
};

/// Shows the claims of one article in its text: each claim's span gets a
/// background tinted with its tag's colour, and where claims overlap the
/// tints mix and darken, so overlaps stay visible. (ArticleTextView draws an
/// underline per claim on top, one lane per overlapping claim, so that two
/// overlapping claims are always told apart.)
///
/// It also shows the article's cues (quotations, attributions, hedges,
/// numbers, dates and the project's loaded terms; see CueDefinition) by the
/// text's colour and weight or slant (cueFormat()), so that a claim's tint
/// and a cue stay apart where they meet. Each kind can be hidden.
///
/// It follows the document: a claim added, removed or changed re-highlights
/// only the paragraphs it covers; a tag's new colour re-highlights all, and
/// so do new loaded terms.
class ClaimHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    /// The format property that holds int(CueKind) where a cue is shown
    /// (QTextFormat::UserProperty holds how many claims cover the text).
    static constexpr int CueKindProperty = QTextFormat::UserProperty + 1;

    ClaimHighlighter(const Document *document, QTextDocument *text);

    void setArticle(ArticleId article);
    ArticleId article() const { return m_article; }
    /// The colour tints are mixed into: the text's background.
    void setBaseColor(const QColor &base);

    /// The claims of the article, by start.
    const std::vector<ClaimSpan> &spans() const { return m_spans; }
    /// Claims covering `position`, innermost (shortest) first.
    QList<ClaimId> claimsAt(int position) const;
    const ClaimSpan *span(ClaimId id) const;

    /// Texts longer than this get their cues off the GUI thread: the pane
    /// shows at once, the cues (and cuesChanged()) follow.
    static constexpr int MaxCueCharsInline = 100000;

    /// The cues of the article, by start (hidden kinds included).
    const QList<CueSpan> &cueSpans() const { return m_cues; }
    /// Cue kinds not shown: bit n is CueKind n (see cueBit()).
    void setHiddenCues(quint8 hidden);
    quint8 hiddenCues() const { return m_hiddenCues; }

    /// The tint of text covered by `claims` claims of colours `colors`.
    static QColor tint(const QList<QColor> &colors, const QColor &base);

Q_SIGNALS:
    void spansChanged();
    void cuesChanged();

protected:
    void highlightBlock(const QString &text) override;

private:
    void rebuild();
    void rebuildCues();
    void setCues(QList<CueSpan> cues);
    void rehighlightRange(int start, int end);
    void claimsAddedOrChanged(int first, int last);

    const Document *m_document;
    ArticleId m_article = NoId;
    QColor m_base = Qt::white;
    std::vector<ClaimSpan> m_spans;
    QHash<int, std::vector<int>> m_byBlock; ///< block number → indexes into m_spans
    std::vector<std::pair<int, int>> m_pendingRanges; ///< of claims being removed
    QList<CueSpan> m_cues;
    QHash<int, std::vector<int>> m_cuesByBlock; ///< block number → indexes into m_cues
    quint8 m_hiddenCues = 0;
    quint64 m_cueGeneration = 0; ///< which request the cues answer
    QStringList m_cueTerms; ///< the loaded terms they were found with
};

} // namespace crossread
