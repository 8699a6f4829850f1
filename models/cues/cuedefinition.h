#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

namespace crossread {

namespace cues {
struct DefinitionData;
}

/// What a cue span marks in an article's text. The first five are the item datas of the cue definition
/// ("Quotation", "Attribution", "Hedge", "Number", "Date"); Loaded marks the project's loaded terms.
enum class CueKind : quint8 { Quotation, Attribution, Hedge, Number, Date, Loaded };

/// Short text for a cue kind: "quotation", "attribution", "hedge", "number", "date", "loaded".
QString cueKindKey(CueKind kind);

/// A run of text carrying one cue: UTF-16 offsets [start, end) in the text searched.
struct CueSpan
{
    int start = 0;
    int end = 0;
    CueKind kind = CueKind::Quotation;
    bool operator==(const CueSpan &) const = default;
};

/// Cue rules written as a KSyntaxHighlighting syntax definition (resources/syntax/crossread-cues.xml), and
/// the engine that applies them.
///
/// When the build found KF6SyntaxHighlighting, the built-in definition is applied by KSyntaxHighlighting
/// itself; otherwise (and for definitions read with fromXml()) by a small engine that supports exactly the
/// subset of the format the shipped definition uses, so that the two cannot drift apart: fromXml() refuses
/// any element, rule or attribute outside supportedRules(). Its semantics are KSyntaxHighlighting's:
///  - the text is highlighted line by line (lines end at LF, CR LF, CR or U+2029) with a stack of contexts
///    kept across lines, starting with the first context;
///  - at each position the top context's rules are tried in order and the first that matches wins: its
///    attribute colours the match (no attribute: the attribute of the context switched to), then its
///    context switch applies: "#stay", "#pop" (repeated: "#pop#pop"), "#pop!Name" or a context name;
///    a character no rule matches takes the context's attribute;
///  - at the end of a non-empty line the top context's lineEndContext applies until it is "#stay" or would
///    pop the first context;
///  - DetectChar matches its char; RegExpr matches its pattern at the position (with Unicode properties,
///    so \w, \b and \s cover every script; `insensitive`); keyword matches when the word from the position
///    to the next word delimiter is in its list. Word delimiters are KSyntaxHighlighting's defaults (tab,
///    space and .():!+,-<=>%&*/;?[]^{|}~\), plus general/keywords' additionalDeliminator, minus its
///    weakDeliminator; general/keywords' casesensitive applies to every list. A keyword rule that fails on
///    a word is not tried again inside it, and a RegExpr that fails is not tried again before its next
///    match in the line, as in KSyntaxHighlighting.
class CueDefinition
{
public:
    /// Reads a definition; nullopt with `error` set when it is not valid or uses rules outside the subset.
    /// The error names the line and the element or attribute at fault.
    static std::optional<CueDefinition> fromXml(const QByteArray &xml, QString *error = nullptr);

    /// The definition shipped with Crossread (resources/syntax/crossread-cues.xml, compiled in as a Qt
    /// resource at ":/syntax/crossread-cues.xml").
    static const CueDefinition &builtIn();

    /// The cue spans of `text` (line by line, as KSyntaxHighlighting works), in order of start; `loadedTerms`
    /// added as kind Loaded. Spans of the same kind that touch are merged.
    ///
    /// The definition's spans never overlap one another and never cross a line end. A loaded term matches
    /// whole words, case-insensitively, within a line; the words of a multi-word term may be separated by
    /// any run of spaces. Of terms that match at the same start the longest wins. Loaded spans may lie inside or across
    /// the definition's spans; at the same start the definition's span comes first.
    QList<CueSpan> find(QStringView text, const QStringList &loadedTerms = {}) const;

    /// The rule types and attributes this engine supports (for the README and for tests), one entry per rule
    /// type: "RegExpr: String, insensitive, attribute, context".
    static QStringList supportedRules();

    /// The definition's name ("Crossread Cues").
    QString name() const;

private:
    explicit CueDefinition(std::shared_ptr<const cues::DefinitionData> data);

    std::shared_ptr<const cues::DefinitionData> d; // immutable once read, shared by copies
};

/// Which engine applies the built-in definition: "KSyntaxHighlighting 6.x" or
/// "built-in (subset of the KSyntaxHighlighting format)".
QString cueEngineName();

} // namespace crossread
