#include "cuedefinition.h"

#include "cuedefinition_p.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace crossread {

namespace cues {

namespace {

// A rule's result at an offset, as KSyntaxHighlighting's MatchResult: `end` > offset when it matched;
// otherwise `skip` is where it may match next (-1: nowhere on this line, 0: anywhere).
struct MatchResult
{
    int end = 0;
    int skip = 0;
};

MatchResult match(const DefinitionData &definition, const Rule &rule, const QString &line, int offset)
{
    switch (rule.type) {
    case Rule::Type::DetectChar:
        return {line.at(offset) == rule.character ? offset + 1 : offset, 0};
    case Rule::Type::RegExpr: {
        // Searching on from `offset` finds the same match at `offset` as an anchored match would, and tells
        // where the rule can match next: KSyntaxHighlighting's regexMatch.
        const QRegularExpressionMatch found = rule.regExp.match(line, offset);
        if (!found.hasMatch())
            return {offset, -1};
        if (found.capturedStart() == offset)
            return {offset + int(found.capturedLength()), 0};
        return {offset, int(found.capturedStart())};
    }
    case Rule::Type::Keyword: {
        int end = offset;
        while (end < line.size() && !definition.delimiters.contains(line.at(end)))
            ++end;
        if (end == offset)
            return {offset, 0};
        const QString word = line.sliced(offset, end - offset);
        if (definition.lists.at(rule.list).contains(definition.caseSensitive ? word : word.toCaseFolded()))
            return {end, 0};
        return {offset, end}; // no keyword starts inside this word
    }
    }
    return {offset, 0};
}

// KSyntaxHighlighting's switchContext: the first context always stays; false when asked to pop it and
// nothing is pushed.
bool switchContext(QList<int> &stack, const ContextSwitch &contextSwitch)
{
    const bool firstSurvived = stack.size() > contextSwitch.pops;
    stack.resize(std::max(qsizetype(1), stack.size() - contextSwitch.pops));
    if (contextSwitch.push >= 0) {
        stack << contextSwitch.push;
        return true;
    }
    return firstSurvived;
}

void appendRun(const DefinitionData &definition, QList<CueSpan> &spans, int start, int end, int attribute)
{
    if (end <= start || attribute < 0)
        return;
    if (const auto kind = definition.itemKinds.at(attribute))
        appendSpan(spans, CueSpan{start, end, *kind});
}

// AbstractHighlighter::highlightLine over each line, for the subset.
QList<CueSpan> highlight(const DefinitionData &definition, QStringView text)
{
    QList<CueSpan> spans;
    if (definition.contexts.isEmpty())
        return spans;
    QList<int> stack{0};
    QList<int> skips(definition.ruleCount);
    for (const LineRange &range : lineRanges(text)) {
        // An empty line only applies lineEmptyContext, which the subset has not.
        if (range.length == 0)
            continue;
        const QString line = text.sliced(range.start, range.length).toString();
        std::fill(skips.begin(), skips.end(), 0);
        int offset = 0;
        int runStart = 0;
        int runAttribute = definition.contexts.at(stack.last()).attribute;
        while (offset < line.size()) {
            int end = offset;
            int attribute = -1;
            for (const Rule &rule : definition.contexts.at(stack.last()).rules) {
                int &skip = skips[rule.index];
                if (skip < 0 || skip > offset)
                    continue;
                const MatchResult result = match(definition, rule, line, offset);
                if (result.skip < 0 || result.skip > skip)
                    skip = result.skip;
                if (result.end <= offset)
                    continue;
                switchContext(stack, rule.contextSwitch);
                attribute = rule.attribute >= 0 ? rule.attribute : definition.contexts.at(stack.last()).attribute;
                end = result.end;
                break;
            }
            if (end <= offset) { // no rule matched
                end = offset + 1;
                attribute = definition.contexts.at(stack.last()).attribute;
            }
            if (attribute != runAttribute) {
                appendRun(definition, spans, range.start + runStart, range.start + offset, runAttribute);
                runStart = offset;
                runAttribute = attribute;
            }
            offset = end;
        }
        appendRun(definition, spans, range.start + runStart, range.start + offset, runAttribute);
        // Bounded like KSyntaxHighlighting's guard against switches that loop.
        for (int guard = 0; guard < 1024; ++guard) {
            const ContextSwitch &lineEnd = definition.contexts.at(stack.last()).lineEnd;
            if (lineEnd.isStay() || !switchContext(stack, lineEnd))
                break;
        }
    }
    return spans;
}

QList<CueSpan> loadedSpans(QStringView text, const QStringList &terms)
{
    QStringList patterns;
    QStringList sorted;
    for (const QString &term : terms) {
        const QString simplified = term.simplified();
        if (!simplified.isEmpty())
            sorted << simplified;
    }
    if (sorted.isEmpty())
        return {};
    // Longest first, so that of terms matching at the same start the longest wins.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &term : std::as_const(sorted)) {
        QStringList words = term.split(u' ');
        for (QString &word : words)
            word = QRegularExpression::escape(word);
        patterns << words.join(u"\\s+"_s);
    }
    const QRegularExpression expression(u"(?<!\\w)(?:"_s + patterns.join(u'|') + u")(?!\\w)"_s,
                                        QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::UseUnicodePropertiesOption);
    QList<CueSpan> spans;
    for (const LineRange &range : lineRanges(text)) {
        const QString line = text.sliced(range.start, range.length).toString();
        QRegularExpressionMatchIterator it = expression.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch found = it.next();
            const int start = range.start + int(found.capturedStart());
            appendSpan(spans, CueSpan{start, start + int(found.capturedLength()), CueKind::Loaded});
        }
    }
    return spans;
}

} // namespace

QList<LineRange> lineRanges(QStringView text)
{
    QList<LineRange> lines;
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r' && c != QChar::ParagraphSeparator)
            continue;
        lines << LineRange{start, i - start};
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    lines << LineRange{start, int(text.size()) - start};
    return lines;
}

void appendSpan(QList<CueSpan> &spans, const CueSpan &span)
{
    if (!spans.isEmpty() && spans.last().kind == span.kind && spans.last().end == span.start)
        spans.last().end = span.end;
    else
        spans << span;
}

std::optional<CueKind> cueKindForItemData(QStringView itemDataName)
{
    static const QHash<QString, CueKind> kinds{
        {u"Quotation"_s, CueKind::Quotation}, {u"Attribution"_s, CueKind::Attribution},
        {u"Hedge"_s, CueKind::Hedge},         {u"Number"_s, CueKind::Number},
        {u"Date"_s, CueKind::Date},
    };
    const auto it = kinds.constFind(itemDataName.toString());
    return it == kinds.constEnd() ? std::nullopt : std::optional<CueKind>(*it);
}

} // namespace cues

QString cueKindKey(CueKind kind)
{
    switch (kind) {
    case CueKind::Quotation:
        return u"quotation"_s;
    case CueKind::Attribution:
        return u"attribution"_s;
    case CueKind::Hedge:
        return u"hedge"_s;
    case CueKind::Number:
        return u"number"_s;
    case CueKind::Date:
        return u"date"_s;
    case CueKind::Loaded:
        return u"loaded"_s;
    }
    return {};
}

CueDefinition::CueDefinition(std::shared_ptr<const cues::DefinitionData> data)
    : d(std::move(data))
{
}

std::optional<CueDefinition> CueDefinition::fromXml(const QByteArray &xml, QString *error)
{
    std::shared_ptr<cues::DefinitionData> data = cues::readDefinition(xml, error);
    if (!data)
        return std::nullopt;
    return CueDefinition(std::move(data));
}

const CueDefinition &CueDefinition::builtIn()
{
    static const CueDefinition definition = [] {
        QFile file(u":/syntax/crossread-cues.xml"_s);
        QString error;
        std::shared_ptr<cues::DefinitionData> data;
        if (file.open(QIODevice::ReadOnly))
            data = cues::readDefinition(file.readAll(), &error);
        else
            error = file.errorString();
        if (!data) {
            // Only a broken build gets here (tst_cues reads the same file); highlight nothing.
            qCritical("The built-in cue definition %s is unusable: %s", qUtf8Printable(file.fileName()),
                      qUtf8Printable(error));
            data = std::make_shared<cues::DefinitionData>();
        }
        data->builtIn = true;
        return CueDefinition(std::move(data));
    }();
    return definition;
}

QList<CueSpan> CueDefinition::find(QStringView text, const QStringList &loadedTerms) const
{
    QList<CueSpan> spans;
#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
    std::optional<QList<CueSpan>> applied;
    if (d->builtIn)
        applied = cues::ksyntaxCueSpans(text);
    spans = applied ? *std::move(applied) : cues::highlight(*d, text);
#else
    spans = cues::highlight(*d, text);
#endif
    const QList<CueSpan> loaded = cues::loadedSpans(text, loadedTerms);
    if (!loaded.isEmpty()) {
        spans << loaded;
        std::stable_sort(spans.begin(), spans.end(),
                         [](const CueSpan &a, const CueSpan &b) { return a.start < b.start; });
    }
    return spans;
}

QStringList CueDefinition::supportedRules()
{
    return cues::supportedRuleDescriptions();
}

QString CueDefinition::name() const
{
    return d->name;
}

QString cueEngineName()
{
#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
    return u"KSyntaxHighlighting "_s + QString::fromUtf8(CROSSREAD_KSYNTAXHIGHLIGHTING_VERSION);
#else
    return u"built-in (subset of the KSyntaxHighlighting format)"_s;
#endif
}

} // namespace crossread
