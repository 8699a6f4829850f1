// Applies the built-in cue definition with KSyntaxHighlighting. Compiled only when CMake finds
// KF6SyntaxHighlighting (see CMakeLists.txt); the built-in engine in cuedefinition.cpp reads the same file.

#include "cuedefinition_p.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

using namespace Qt::StringLiterals;

namespace crossread::cues {

namespace {

// The repository that holds the definition compiled in at ":/syntax/crossread-cues.xml": a custom search
// path P makes KSyntaxHighlighting read the definitions in P + "/syntax".
struct LoadedDefinition
{
    KSyntaxHighlighting::Repository repository;
    KSyntaxHighlighting::Definition definition;

    LoadedDefinition()
    {
        repository.addCustomSearchPath(u":"_s);
        definition = repository.definitionForName(u"Crossread Cues"_s);
        if (!definition.isValid())
            qWarning("KSyntaxHighlighting did not load :/syntax/crossread-cues.xml; using the built-in engine");
    }
};

// Turns the formats KSyntaxHighlighting applies into cue spans.
class SpanCollector : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit SpanCollector(const KSyntaxHighlighting::Definition &definition) { setDefinition(definition); }

    QList<CueSpan> spans(QStringView text)
    {
        QList<CueSpan> result;
        m_spans = &result;
        KSyntaxHighlighting::State state;
        for (const LineRange &line : lineRanges(text)) {
            m_lineStart = line.start;
            state = highlightLine(text.sliced(line.start, line.length), state);
        }
        m_spans = nullptr;
        return result;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || !m_spans)
            return;
        if (const auto kind = cueKindForItemData(format.name()))
            appendSpan(*m_spans, CueSpan{m_lineStart + offset, m_lineStart + offset + length, *kind});
    }

private:
    QList<CueSpan> *m_spans = nullptr;
    int m_lineStart = 0;
};

} // namespace

std::optional<QList<CueSpan>> ksyntaxCueSpans(QStringView text)
{
    static const LoadedDefinition loaded;
    if (!loaded.definition.isValid())
        return std::nullopt;
    SpanCollector collector(loaded.definition);
    return collector.spans(text);
}

} // namespace crossread::cues
