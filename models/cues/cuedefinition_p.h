#pragma once

// Shared by the built-in engine (cuedefinition.cpp) and the KSyntaxHighlighting adapter (ksyntaxcues.cpp).

#include <models/cues/cuedefinition.h>

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringView>

#include <memory>
#include <optional>

namespace crossread::cues {

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

/// Reads a definition (cuedefinitionreader.cpp): nullptr with `error` set,
/// naming the line and the element or attribute, when it is not valid or
/// uses rules outside the subset.
std::shared_ptr<DefinitionData> readDefinition(const QByteArray &xml, QString *error);

/// The rule types of the subset with their attributes ("RegExpr: String, …").
QStringList supportedRuleDescriptions();

/// One line of a text: UTF-16 offset and length, without its line end.
struct LineRange
{
    int start = 0;
    int length = 0;
};

/// The lines of `text`; a line ends at LF, CR LF, CR or U+2029 (QTextDocument's paragraph separator).
QList<LineRange> lineRanges(QStringView text);

/// Appends `span` to `spans`, merging it into the last span when that has the same kind and touches it.
void appendSpan(QList<CueSpan> &spans, const CueSpan &span);

/// The cue kind an item data of the definition stands for: "Quotation" → Quotation ...; nullopt for others
/// ("Normal Text").
std::optional<CueKind> cueKindForItemData(QStringView itemDataName);

#ifdef CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING
/// The definition's spans of `text` as KSyntaxHighlighting finds them with the definition compiled in as a
/// resource; nullopt when KSyntaxHighlighting could not load it.
std::optional<QList<CueSpan>> ksyntaxCueSpans(QStringView text);
#endif

} // namespace crossread::cues
