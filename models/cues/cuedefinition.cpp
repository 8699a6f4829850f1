#include "cuedefinition.h"

#include "cuedefinition_p.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace crossread {

namespace cues {

// Pop `pops` contexts, then push the context `push` unless it is -1.
struct ContextSwitch
{
    int pops = 0;
    int push = -1;
    bool isStay() const { return pops == 0 && push < 0; }
};

struct Rule
{
    enum class Type : quint8 { DetectChar, RegExpr, Keyword };
    Type type = Type::DetectChar;
    int index = 0; // among all rules of the definition: where its skip offset is kept
    int attribute = -1; // an item data; -1: the attribute of the context switched to
    ContextSwitch contextSwitch;
    QChar character; // DetectChar
    QRegularExpression regExp; // RegExpr
    int list = -1; // keyword
};

struct Context
{
    QString name;
    int attribute = -1;
    ContextSwitch lineEnd;
    QList<Rule> rules;
};

struct DefinitionData
{
    QString name;
    QList<std::optional<CueKind>> itemKinds; // per item data
    QList<Context> contexts; // the first is the initial context
    QList<QSet<QString>> lists; // case-folded when keywords are not case-sensitive
    bool caseSensitive = true;
    QString delimiters;
    int ruleCount = 0;
    bool builtIn = false;
};

namespace {

// KSyntaxHighlighting's default word delimiters (WordDelimiters).
constexpr QStringView defaultDelimiters = u"\t !%&()*+,-./:;<=>?[\\]^{|}~";

struct ElementSpec
{
    QString element;
    QStringList attributes;
};

// The rule types of the subset and their attributes: the single source of what is accepted.
const QList<ElementSpec> &ruleSpecs()
{
    static const QList<ElementSpec> specs{
        {u"DetectChar"_s, {u"char"_s, u"attribute"_s, u"context"_s}},
        {u"RegExpr"_s, {u"String"_s, u"insensitive"_s, u"attribute"_s, u"context"_s}},
        {u"keyword"_s, {u"String"_s, u"attribute"_s, u"context"_s}},
    };
    return specs;
}

const ElementSpec *ruleSpec(QStringView element)
{
    for (const ElementSpec &spec : ruleSpecs()) {
        if (spec.element == element)
            return &spec;
    }
    return nullptr;
}

QStringList ruleNames()
{
    QStringList names;
    for (const ElementSpec &spec : ruleSpecs())
        names << spec.element;
    return names;
}

// Reads a definition in two steps: the elements as written (checked against the subset), then names
// resolved, since item datas and contexts may be used before they are defined.
class Parser
{
public:
    explicit Parser(const QByteArray &xml)
        : m_reader(xml)
    {
    }

    std::shared_ptr<DefinitionData> parse(QString *error)
    {
        if (!readDocument() || !resolve()) {
            if (error)
                *error = m_error;
            return nullptr;
        }
        return std::move(m_data);
    }

private:
    struct RawRule
    {
        QString type;
        QHash<QString, QString> attributes;
        qint64 line = 0;
    };
    struct RawContext
    {
        QHash<QString, QString> attributes;
        qint64 line = 0;
        QList<RawRule> rules;
    };

    bool fail(const QString &message, qint64 line = -1)
    {
        if (m_error.isEmpty())
            m_error = u"line "_s + QString::number(line < 0 ? m_reader.lineNumber() : line) + u": "_s + message;
        return false;
    }

    bool xmlError() { return fail(u"not well-formed XML: "_s + m_reader.errorString()); }

    QString elementName() const { return m_reader.name().toString(); }

    // The current element's attributes, when all are among `allowed` and the `required` ones are present.
    std::optional<QHash<QString, QString>> attributes(const QStringList &allowed, const QStringList &required = {})
    {
        QHash<QString, QString> result;
        const QString element = elementName();
        for (const QXmlStreamAttribute &attribute : m_reader.attributes()) {
            const QString name = attribute.qualifiedName().toString();
            if (!allowed.contains(name)) {
                fail(u"attribute \""_s + name + u"\" of <"_s + element + u"> is not supported (supported: "_s
                     + (allowed.isEmpty() ? u"none"_s : allowed.join(u", "_s)) + u')');
                return std::nullopt;
            }
            result.insert(name, attribute.value().toString());
        }
        for (const QString &name : required) {
            if (result.value(name).isEmpty()) {
                fail(u"<"_s + element + u"> needs a non-empty \""_s + name + u"\" attribute"_s);
                return std::nullopt;
            }
        }
        return result;
    }

    bool unsupportedChild(const QString &parent)
    {
        return fail(u"element <"_s + elementName() + u"> is not supported in <"_s + parent + u'>');
    }

    // Reads the next child element of the current one; false at its end (or on an error).
    bool nextChild() { return m_reader.readNextStartElement(); }

    bool readDocument()
    {
        if (!m_reader.readNextStartElement())
            return m_reader.hasError() ? xmlError() : fail(u"no <language> element"_s);
        if (m_reader.name() != u"language")
            return fail(u"the document element is <"_s + elementName() + u">, not <language>"_s);
        const auto language = attributes(
            {u"name"_s, u"section"_s, u"extensions"_s, u"version"_s, u"kateversion"_s, u"author"_s, u"license"_s},
            {u"name"_s});
        if (!language)
            return false;
        m_data->name = language->value(u"name"_s);
        bool highlighting = false;
        bool general = false;
        while (nextChild()) {
            if (m_reader.name() == u"highlighting" && !highlighting) {
                highlighting = true;
                if (!readHighlighting())
                    return false;
            } else if (m_reader.name() == u"general" && !general) {
                general = true;
                if (!readGeneral())
                    return false;
            } else {
                return unsupportedChild(u"language"_s);
            }
        }
        if (m_reader.hasError())
            return xmlError();
        if (!highlighting)
            return fail(u"<language> has no <highlighting>"_s);
        // Nothing may follow the document element but comments and white space.
        while (!m_reader.atEnd())
            m_reader.readNext();
        return m_reader.hasError() ? xmlError() : true;
    }

    bool readHighlighting()
    {
        if (!attributes({}))
            return false;
        bool contexts = false;
        bool itemDatas = false;
        while (nextChild()) {
            if (m_reader.name() == u"list") {
                if (!readList())
                    return false;
            } else if (m_reader.name() == u"contexts" && !contexts) {
                contexts = true;
                if (!readContexts())
                    return false;
            } else if (m_reader.name() == u"itemDatas" && !itemDatas) {
                itemDatas = true;
                if (!readItemDatas())
                    return false;
            } else {
                return unsupportedChild(u"highlighting"_s);
            }
        }
        if (m_reader.hasError())
            return xmlError();
        if (m_rawContexts.isEmpty())
            return fail(u"<highlighting> has no <context>"_s);
        return true;
    }

    bool readList()
    {
        const auto list = attributes({u"name"_s}, {u"name"_s});
        if (!list)
            return false;
        const QString name = list->value(u"name"_s);
        if (m_listIndex.contains(name))
            return fail(u"a second <list> named \""_s + name + u'"');
        QStringList items;
        while (nextChild()) {
            if (m_reader.name() != u"item")
                return unsupportedChild(u"list"_s);
            if (!attributes({}))
                return false;
            const QString item = m_reader.readElementText().trimmed();
            if (m_reader.hasError())
                return xmlError();
            if (!item.isEmpty())
                items << item;
        }
        if (m_reader.hasError())
            return xmlError();
        m_listIndex.insert(name, int(m_rawLists.size()));
        m_rawLists << items;
        return true;
    }

    bool readContexts()
    {
        if (!attributes({}))
            return false;
        while (nextChild()) {
            if (m_reader.name() != u"context")
                return unsupportedChild(u"contexts"_s);
            if (!readContext())
                return false;
        }
        return m_reader.hasError() ? xmlError() : true;
    }

    bool readContext()
    {
        RawContext context;
        context.line = m_reader.lineNumber();
        const auto attrs = attributes({u"name"_s, u"attribute"_s, u"lineEndContext"_s}, {u"name"_s});
        if (!attrs)
            return false;
        context.attributes = *attrs;
        while (nextChild()) {
            const ElementSpec *spec = ruleSpec(m_reader.name());
            if (!spec) {
                return fail(u"rule <"_s + elementName() + u"> is not supported (supported: "_s
                            + ruleNames().join(u", "_s) + u')');
            }
            RawRule rule;
            rule.type = spec->element;
            rule.line = m_reader.lineNumber();
            const auto ruleAttributes = attributes(spec->attributes);
            if (!ruleAttributes)
                return false;
            rule.attributes = *ruleAttributes;
            // Rules nest no rules in the subset.
            if (nextChild())
                return fail(u"<"_s + elementName() + u"> inside <"_s + rule.type + u"> is not supported"_s);
            if (m_reader.hasError())
                return xmlError();
            context.rules << rule;
        }
        if (m_reader.hasError())
            return xmlError();
        m_rawContexts << context;
        return true;
    }

    bool readItemDatas()
    {
        if (!attributes({}))
            return false;
        while (nextChild()) {
            if (m_reader.name() != u"itemData")
                return unsupportedChild(u"itemDatas"_s);
            const auto itemData = attributes({u"name"_s, u"defStyleNum"_s}, {u"name"_s});
            if (!itemData)
                return false;
            const QString name = itemData->value(u"name"_s);
            if (m_itemIndex.contains(name))
                return fail(u"a second <itemData> named \""_s + name + u'"');
            m_itemIndex.insert(name, int(m_data->itemKinds.size()));
            m_data->itemKinds << cueKindForItemData(name);
            if (nextChild())
                return unsupportedChild(u"itemData"_s);
            if (m_reader.hasError())
                return xmlError();
        }
        return m_reader.hasError() ? xmlError() : true;
    }

    bool readGeneral()
    {
        if (!attributes({}))
            return false;
        bool keywords = false;
        while (nextChild()) {
            if (m_reader.name() != u"keywords" || keywords)
                return unsupportedChild(u"general"_s);
            keywords = true;
            const auto attrs = attributes({u"casesensitive"_s, u"weakDeliminator"_s, u"additionalDeliminator"_s});
            if (!attrs)
                return false;
            if (attrs->contains(u"casesensitive"_s)) {
                const auto caseSensitive = toBool(attrs->value(u"casesensitive"_s), u"casesensitive"_s);
                if (!caseSensitive)
                    return false;
                m_data->caseSensitive = *caseSensitive;
            }
            m_additionalDelimiters = attrs->value(u"additionalDeliminator"_s);
            m_weakDelimiters = attrs->value(u"weakDeliminator"_s);
            if (nextChild())
                return unsupportedChild(u"keywords"_s);
            if (m_reader.hasError())
                return xmlError();
        }
        return m_reader.hasError() ? xmlError() : true;
    }

    // KSyntaxHighlighting reads "1" and "true" as true, anything else as false; the subset takes only
    // true/false/1/0 so that a typo is not silently false.
    std::optional<bool> toBool(const QString &value, const QString &attribute, qint64 line = -1)
    {
        if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0 || value == u"1")
            return true;
        if (value.compare(u"false"_s, Qt::CaseInsensitive) == 0 || value == u"0")
            return false;
        fail(u"attribute \""_s + attribute + u"\" is \""_s + value + u"\", not true or false"_s, line);
        return std::nullopt;
    }

    std::optional<int> itemData(const QString &name, qint64 line)
    {
        if (name.isEmpty())
            return -1;
        const auto it = m_itemIndex.constFind(name);
        if (it == m_itemIndex.constEnd()) {
            fail(u"no <itemData> named \""_s + name + u'"', line);
            return std::nullopt;
        }
        return *it;
    }

    // "#stay", "#pop", "#pop#pop"..., "#pop!Name" or "Name", as KSyntaxHighlighting's ContextSwitch reads them.
    std::optional<ContextSwitch> contextSwitch(const QString &text, qint64 line)
    {
        ContextSwitch result;
        QStringView rest(text);
        if (rest.isEmpty() || rest == u"#stay")
            return result;
        bool named = false;
        while (!named && rest.startsWith(u"#pop")) {
            ++result.pops;
            rest = rest.sliced(4);
            named = rest.startsWith(u'!');
            if (named)
                rest = rest.sliced(1);
        }
        if (rest.isEmpty() && !named)
            return result;
        if (rest.contains(u"##")) {
            fail(u"context switch \""_s + text + u"\" to another definition is not supported"_s, line);
            return std::nullopt;
        }
        const auto it = m_contextIndex.constFind(rest.toString());
        if (rest.isEmpty() || it == m_contextIndex.constEnd()) {
            fail(u"context switch \""_s + text + u"\" names no <context>"_s, line);
            return std::nullopt;
        }
        result.push = *it;
        return result;
    }

    bool resolveRule(const RawRule &raw, Rule &rule)
    {
        const auto attribute = itemData(raw.attributes.value(u"attribute"_s), raw.line);
        if (!attribute)
            return false;
        rule.attribute = *attribute;
        const auto contextSwitch = this->contextSwitch(raw.attributes.value(u"context"_s), raw.line);
        if (!contextSwitch)
            return false;
        rule.contextSwitch = *contextSwitch;
        if (raw.type == u"DetectChar") {
            rule.type = Rule::Type::DetectChar;
            const QString character = raw.attributes.value(u"char"_s);
            if (character.size() != 1)
                return fail(u"<DetectChar> needs one UTF-16 character in \"char\", not \""_s + character + u'"',
                            raw.line);
            rule.character = character.front();
        } else if (raw.type == u"RegExpr") {
            rule.type = Rule::Type::RegExpr;
            const QString pattern = raw.attributes.value(u"String"_s);
            if (pattern.isEmpty())
                return fail(u"<RegExpr> needs a non-empty \"String\""_s, raw.line);
            bool insensitive = false;
            if (raw.attributes.contains(u"insensitive"_s)) {
                const auto value = toBool(raw.attributes.value(u"insensitive"_s), u"insensitive"_s, raw.line);
                if (!value)
                    return false;
                insensitive = *value;
            }
            // As KSyntaxHighlighting compiles it (Unicode properties always on).
            rule.regExp.setPattern(pattern);
            rule.regExp.setPatternOptions(
                QRegularExpression::UseUnicodePropertiesOption
                | (insensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption));
            if (!rule.regExp.isValid()) {
                return fail(u"<RegExpr> pattern \""_s + pattern + u"\" is invalid: "_s + rule.regExp.errorString()
                                + u" at offset "_s + QString::number(rule.regExp.patternErrorOffset()),
                            raw.line);
            }
            rule.regExp.optimize();
        } else {
            rule.type = Rule::Type::Keyword;
            const QString list = raw.attributes.value(u"String"_s);
            const auto it = m_listIndex.constFind(list);
            if (it == m_listIndex.constEnd())
                return fail(u"<keyword> names no <list> \""_s + list + u'"', raw.line);
            rule.list = *it;
        }
        return true;
    }

    bool resolve()
    {
        for (const RawContext &raw : std::as_const(m_rawContexts)) {
            const QString name = raw.attributes.value(u"name"_s);
            if (m_contextIndex.contains(name))
                return fail(u"a second <context> named \""_s + name + u'"', raw.line);
            m_contextIndex.insert(name, int(m_contextIndex.size()));
        }
        for (const RawContext &raw : std::as_const(m_rawContexts)) {
            Context context;
            context.name = raw.attributes.value(u"name"_s);
            const auto attribute = itemData(raw.attributes.value(u"attribute"_s), raw.line);
            if (!attribute)
                return false;
            context.attribute = *attribute;
            const auto lineEnd = contextSwitch(raw.attributes.value(u"lineEndContext"_s), raw.line);
            if (!lineEnd)
                return false;
            context.lineEnd = *lineEnd;
            for (const RawRule &rawRule : raw.rules) {
                Rule rule;
                rule.index = m_data->ruleCount++;
                if (!resolveRule(rawRule, rule))
                    return false;
                context.rules << rule;
            }
            m_data->contexts << context;
        }
        for (const QStringList &items : std::as_const(m_rawLists)) {
            QSet<QString> list;
            for (const QString &item : items)
                list.insert(m_data->caseSensitive ? item : item.toCaseFolded());
            m_data->lists << list;
        }
        QString delimiters = defaultDelimiters.toString() + m_additionalDelimiters;
        for (const QChar c : std::as_const(m_weakDelimiters))
            delimiters.remove(c);
        m_data->delimiters = delimiters;
        return true;
    }

    QXmlStreamReader m_reader;
    QString m_error;
    std::shared_ptr<DefinitionData> m_data = std::make_shared<DefinitionData>();
    QList<RawContext> m_rawContexts;
    QList<QStringList> m_rawLists;
    QHash<QString, int> m_listIndex;
    QHash<QString, int> m_itemIndex;
    QHash<QString, int> m_contextIndex;
    QString m_additionalDelimiters;
    QString m_weakDelimiters;
};

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
    cues::Parser parser(xml);
    std::shared_ptr<cues::DefinitionData> data = parser.parse(error);
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
            data = cues::Parser(file.readAll()).parse(&error);
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
    QStringList rules;
    for (const cues::ElementSpec &spec : cues::ruleSpecs())
        rules << spec.element + u": "_s + spec.attributes.join(u", "_s);
    return rules;
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
