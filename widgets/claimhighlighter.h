#pragma once

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
/// It follows the document: a claim added, removed or changed re-highlights
/// only the paragraphs it covers; a tag's new colour re-highlights all.
class ClaimHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
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

    /// The tint of text covered by `claims` claims of colours `colors`.
    static QColor tint(const QList<QColor> &colors, const QColor &base);

Q_SIGNALS:
    void spansChanged();

protected:
    void highlightBlock(const QString &text) override;

private:
    void rebuild();
    void rehighlightRange(int start, int end);
    void claimsAddedOrChanged(int first, int last);

    const Document *m_document;
    ArticleId m_article = NoId;
    QColor m_base = Qt::white;
    std::vector<ClaimSpan> m_spans;
    QHash<int, std::vector<int>> m_byBlock; ///< block number → indexes into m_spans
    std::vector<std::pair<int, int>> m_pendingRanges; ///< of claims being removed
};

} // namespace crossread
