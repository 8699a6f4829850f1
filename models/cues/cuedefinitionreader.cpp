// Reading a cue definition: the subset of the KSyntaxHighlighting format the
// built-in engine supports, and nothing else.

#include "cuedefinition_p.h"

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace crossread::cues {
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

} // namespace

std::shared_ptr<DefinitionData> readDefinition(const QByteArray &xml, QString *error)
{
    return Parser(xml).parse(error);
}

QStringList supportedRuleDescriptions()
{
    QStringList rules;
    for (const ElementSpec &spec : ruleSpecs())
        rules << spec.element + u": "_s + spec.attributes.join(u", "_s);
    return rules;
}

} // namespace crossread::cues
