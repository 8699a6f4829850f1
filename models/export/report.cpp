#include "report.h"

#include <models/comparisonmatrix.h>
#include <models/longworkpool.h>
#include <models/propositiongrouping.h>
#include <models/vocabulary.h>

#include <QColor>
#include <QCoreApplication>
#include <QSet>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("crossread::Report", text, nullptr, n);
}

/// Up to this many sources, a proposition's table has a row for each,
/// omissions included; beyond, only those that report it, and a count.
constexpr qsizetype kMaxSourcesSideBySide = 12;

const char *const kSectionKeys[] = {"cover", "propositions", "sources", "tags", "verification", "charts", "appendix"};

/// A claim as shown in a source's text: its note number and colour.
struct Highlight
{
    const Claim *claim = nullptr;
    int number = 0;
    QRgb color = 0xff888888;
};

/// A bar of a chart: a label and its parts (value, colour, name).
struct Bar
{
    QString label;
    struct Part
    {
        double value;
        QRgb color;
        QString name;
    };
    QList<Part> parts;
};

/// What a report is written with: HTML and Markdown each implement it, and
/// ReportBuilder says the same things to both.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;
    virtual void begin(const QString &title) = 0;
    virtual void end() = 0;
    virtual void section(const QString &id, const QString &title) = 0;
    virtual void subheading(const QString &id, const QString &title) = 0;
    virtual void paragraph(const QString &text) = 0;
    /// A table; a cell starting with "≠ " is marked as a discrepancy, one equal
    /// to the omission text as an omission.
    virtual void table(const QStringList &headers, const QList<QStringList> &rows) = 0;
    virtual void annotatedText(const QString &text, const QList<Highlight> &highlights) = 0;
    virtual void notes(const QList<std::pair<int, QString>> &notes, const QString &anchorPrefix) = 0;
    virtual void chart(const QString &title, const QList<Bar> &bars, const QString &unit) = 0;
    /// A new writer of the same kind, for a section written on another thread.
    virtual std::unique_ptr<ReportWriter> fresh() const = 0;
    /// Ends the section being written, if that needs saying.
    virtual void closeSection() { }
    QByteArray result() const { return m_out.toUtf8(); }
    const QString &text() const { return m_out; }
    /// Puts text written elsewhere at `position` of this one.
    void insertText(qsizetype position, const QString &text) { m_out.insert(position, text); }

protected:
    QString m_out;
};

/// Appends `text` escaped for HTML, line breaks as <br> when `breaks`.
void appendEscaped(QString &out, QStringView text, bool breaks)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'&':
            out += u"&amp;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        case u'\n':
            out += breaks ? QStringView(u"<br>\n") : QStringView(u"\n");
            break;
        default:
            out += c;
        }
    }
}

/// Where claims start and end: the segments of `text` and the highlights over each.
template<class Emit>
void segments(const QString &text, const QList<Highlight> &highlights, Emit emit)
{
    std::vector<int> cuts{0, int(text.size())};
    for (const Highlight &h : highlights) {
        cuts.push_back(std::clamp(h.claim->anchor.start, 0, int(text.size())));
        cuts.push_back(std::clamp(h.claim->anchor.end, 0, int(text.size())));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        QList<const Highlight *> over;
        QList<const Highlight *> ending;
        for (const Highlight &h : highlights) {
            if (h.claim->anchor.start <= cuts[i] && h.claim->anchor.end >= cuts[i + 1])
                over << &h;
            if (h.claim->anchor.end == cuts[i + 1])
                ending << &h;
        }
        emit(QStringView(text).sliced(cuts[i], cuts[i + 1] - cuts[i]), over, ending);
    }
}

class HtmlWriter : public ReportWriter
{
public:
    void begin(const QString &title) override
    {
        m_out += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
            + title.toHtmlEscaped() + u"</title>\n<style>\n"_s + css() + u"</style>\n</head>\n<body>\n<main>\n<h1>"_s
            + title.toHtmlEscaped() + u"</h1>\n"_s;
    }
    void end() override { m_out += u"</main>\n</body>\n</html>\n"_s; }
    void section(const QString &id, const QString &title) override
    {
        if (m_open)
            m_out += u"</section>\n"_s;
        m_open = true;
        m_out += u"<section id=\""_s + id + u"\">\n<h2>"_s + title.toHtmlEscaped() + u"</h2>\n"_s;
    }
    void subheading(const QString &id, const QString &title) override
    {
        m_out += u"<h3 id=\""_s + id + u"\">"_s + title.toHtmlEscaped() + u"</h3>\n"_s;
    }
    void paragraph(const QString &text) override { m_out += u"<p>"_s + text.toHtmlEscaped() + u"</p>\n"_s; }
    void table(const QStringList &headers, const QList<QStringList> &rows) override
    {
        m_out += u"<table>\n<thead><tr>"_s;
        for (const QString &h : headers)
            m_out += u"<th scope=\"col\">"_s + h.toHtmlEscaped() + u"</th>"_s;
        m_out += u"</tr></thead>\n<tbody>\n"_s;
        for (const QStringList &row : rows) {
            m_out += u"<tr>"_s;
            for (const QString &cell : row) {
                const QString cls = cell.startsWith(u"≠ ") ? u" class=\"differs\""_s
                    : cell == omitted()                    ? u" class=\"omitted\""_s
                                                           : QString();
                m_out += u"<td"_s + cls + u">"_s;
                appendEscaped(m_out, cell, true);
                m_out += u"</td>"_s;
            }
            m_out += u"</tr>\n"_s;
        }
        m_out += u"</tbody>\n</table>\n"_s;
    }
    void annotatedText(const QString &text, const QList<Highlight> &highlights) override
    {
        m_out += u"<div class=\"article\">"_s;
        segments(text, highlights,
                 [&](QStringView part, const QList<const Highlight *> &over, const QList<const Highlight *> &ending) {
                     if (!over.isEmpty()) {
                         const Highlight *inner = *std::min_element(over.begin(), over.end(), [](auto *a, auto *b) {
                             return a->claim->anchor.length() < b->claim->anchor.length();
                         });
                         const QColor c = QColor::fromRgb(inner->color);
                         m_out += u"<mark style=\"background-color: rgba(%1, %2, %3, %4)\">"_s.arg(c.red())
                                      .arg(c.green())
                                      .arg(c.blue())
                                      .arg(std::min(0.25 + 0.15 * double(over.size() - 1), 0.6), 0, 'f', 2);
                     }
                     appendEscaped(m_out, part, true);
                     if (!over.isEmpty())
                         m_out += u"</mark>"_s;
                     for (const Highlight *h : ending)
                         m_out += u"<sup><a href=\"#n%1\">%2</a></sup>"_s.arg(h->claim->id).arg(h->number);
                 });
        m_out += u"</div>\n"_s;
    }
    void notes(const QList<std::pair<int, QString>> &notes, const QString &anchorPrefix) override
    {
        if (notes.isEmpty())
            return;
        m_out += u"<ol class=\"notes\">\n"_s;
        for (const auto &[id, text] : notes)
            m_out
                += u"<li id=\""_s + anchorPrefix + QString::number(id) + u"\">"_s + text.toHtmlEscaped() + u"</li>\n"_s;
        m_out += u"</ol>\n"_s;
    }
    void chart(const QString &title, const QList<Bar> &bars, const QString &unit) override
    {
        constexpr int labelWidth = 190, barWidth = 420, rowHeight = 26;
        double most = 0;
        QList<std::pair<QString, QRgb>> legend;
        for (const Bar &b : bars) {
            double sum = 0;
            for (const Bar::Part &p : b.parts) {
                sum += p.value;
                if (!p.name.isEmpty()
                    && std::none_of(legend.begin(), legend.end(), [&](auto &l) { return l.first == p.name; }))
                    legend.append({p.name, p.color});
            }
            most = std::max(most, sum);
        }
        const int legendRows = int((legend.size() + 2) / 3);
        const int height = int(bars.size()) * rowHeight + 10 + legendRows * 20;
        m_out += u"<figure>\n"_s;
        const qsizetype svgStart = m_out.size();
        m_out += u"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%1\" height=\"%2\" "
                 u"viewBox=\"0 0 %1 %2\"><title>%3</title>\n"_s.arg(labelWidth + barWidth + 60)
                     .arg(height)
                     .arg(title.toHtmlEscaped());
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const int y = int(i) * rowHeight + 4;
            m_out += u"<text x=\"%1\" y=\"%2\" text-anchor=\"end\" font-size=\"12\">%3</text>\n"_s.arg(labelWidth - 6)
                         .arg(y + 15)
                         .arg(bars[i].label.left(30).toHtmlEscaped());
            double x = labelWidth, sum = 0;
            for (const Bar::Part &p : bars[i].parts) {
                const double w = most > 0 ? p.value / most * barWidth : 0;
                if (w > 0)
                    m_out
                        += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" fill=\"%4\"><title>%5: %6</title></rect>\n"_s
                               .arg(x, 0, 'f', 1)
                               .arg(y + 2)
                               .arg(w, 0, 'f', 1)
                               .arg(colorName(p.color), p.name.toHtmlEscaped())
                               .arg(p.value);
                x += w;
                sum += p.value;
            }
            m_out += u"<text x=\"%1\" y=\"%2\" font-size=\"12\">%3%4</text>\n"_s.arg(x + 4, 0, 'f', 1)
                         .arg(y + 15)
                         .arg(sum)
                         .arg(unit);
        }
        for (qsizetype i = 0; i < legend.size(); ++i) {
            const int x = labelWidth + int(i % 3) * 150, y = int(bars.size()) * rowHeight + 10 + int(i / 3) * 20;
            m_out += u"<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"12\" fill=\"%3\"/>"
                     u"<text x=\"%4\" y=\"%5\" font-size=\"11\">%6</text>\n"_s.arg(x)
                         .arg(y)
                         .arg(colorName(legend[i].second))
                         .arg(x + 16)
                         .arg(y + 10)
                         .arg(legend[i].first.left(22).toHtmlEscaped());
        }
        m_out += u"</svg>\n"_s;
        if (m_chartSink) { // an image instead, for a renderer without SVG
            m_chartSink->append(m_out.mid(svgStart));
            m_out.truncate(svgStart);
            m_out += u"<img src=\"crossread-chart:%1\" width=\"%2\" height=\"%3\" alt=\"%4\">\n"_s
                         .arg(m_chartSink->size() - 1)
                         .arg(labelWidth + barWidth + 60)
                         .arg(height)
                         .arg(title.toHtmlEscaped());
        }
        m_out += u"<figcaption>"_s + title.toHtmlEscaped() + u"</figcaption>\n</figure>\n"_s;
    }
    static QString omitted() { return tr("— omitted"); }
    std::unique_ptr<ReportWriter> fresh() const override { return std::make_unique<HtmlWriter>(); }
    void closeSection() override { closeSections(); }
    /// Charts go here as SVG documents, the page showing images instead.
    QStringList *m_chartSink = nullptr;

private:
    static QString css()
    {
        return u"body{font-family:Georgia,'DejaVu Serif',serif;color:#1f2328;background:#fff;margin:0;line-height:1.5}"
               u"main{max-width:60rem;margin:0 auto;padding:1.5rem}"
               u"h1{font-size:2rem;margin-bottom:.2rem}h2{border-bottom:2px solid #d0d7de;margin-top:2.5rem}"
               u"table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}"
               u"th,td{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left}"
               u"th{background:#f6f8fa}td.omitted{color:#8c959f;font-style:italic;background:repeating-linear-gradient("
               u"45deg,#fff,#fff 6px,#f3f4f6 6px,#f3f4f6 12px)}"
               u"td.differs{color:#9a3412;font-weight:bold}"
               u".article{border-left:3px solid #d0d7de;padding-left:1rem;white-space:normal}"
               u"mark{color:inherit;border-radius:2px}sup a{text-decoration:none;font-size:.75rem}"
               u".notes{font-size:.9rem}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#57606a}"
               u".meta{color:#57606a}\n"
               u"@media print{body{font-size:10.5pt}main{max-width:none;padding:0}section{break-before:page}"
               u"section:first-of-type{break-before:auto}table,figure{break-inside:avoid}a{color:inherit}}\n"_s;
    }
    bool m_open = false;

public:
    void closeSections()
    {
        if (m_open)
            m_out += u"</section>\n"_s;
        m_open = false;
    }
};

class MarkdownWriter : public ReportWriter
{
public:
    void begin(const QString &title) override { m_out += u"# "_s + escape(title) + u"\n\n"_s; }
    void end() override { }
    std::unique_ptr<ReportWriter> fresh() const override { return std::make_unique<MarkdownWriter>(); }
    void section(const QString &, const QString &title) override { m_out += u"## "_s + escape(title) + u"\n\n"_s; }
    void subheading(const QString &, const QString &title) override { m_out += u"### "_s + escape(title) + u"\n\n"_s; }
    void paragraph(const QString &text) override { m_out += escape(text) + u"\n\n"_s; }
    void table(const QStringList &headers, const QList<QStringList> &rows) override
    {
        const auto line = [&](const QStringList &cells) {
            QStringList escaped;
            for (const QString &c : cells)
                escaped << escape(c).replace(u'|', u"\\|"_s).replace(u'\n', u"<br>"_s);
            m_out += u"| "_s + escaped.join(u" | ") + u" |\n"_s;
        };
        line(headers);
        m_out += u"|"_s + QStringList(headers.size(), u" --- |"_s).join(QString()) + u"\n"_s;
        for (const QStringList &row : rows)
            line(row);
        m_out += u"\n"_s;
    }
    void annotatedText(const QString &text, const QList<Highlight> &highlights) override
    {
        QString out;
        segments(text, highlights,
                 [&](QStringView part, const QList<const Highlight *> &over, const QList<const Highlight *> &ending) {
                     QString piece = escape(part.toString());
                     if (!over.isEmpty() && !piece.trimmed().isEmpty()) {
                         // Bold cannot cross a paragraph: mark each line of the part.
                         QStringList lines = piece.split(u'\n');
                         for (QString &l : lines) {
                             const QString core = l.trimmed();
                             if (!core.isEmpty())
                                 l.replace(l.indexOf(core), core.size(), u"**"_s + core + u"**"_s);
                         }
                         piece = lines.join(u'\n');
                     }
                     out += piece;
                     for (const Highlight *h : ending)
                         out += u"<sup>"_s + QString::number(h->number) + u"</sup>"_s;
                 });
        m_out += out.replace(u"\n"_s, u"\n\n"_s).replace(u"\n\n\n\n"_s, u"\n\n"_s) + u"\n\n"_s;
    }
    void notes(const QList<std::pair<int, QString>> &notes, const QString &) override
    {
        int n = 0;
        for (const auto &note : notes)
            m_out += QString::number(++n) + u". "_s + escape(note.second) + u"\n"_s;
        if (!notes.isEmpty())
            m_out += u"\n"_s;
    }
    void chart(const QString &title, const QList<Bar> &bars, const QString &unit) override
    {
        m_out += u"**"_s + escape(title) + u"**\n\n"_s;
        QStringList names;
        for (const Bar &b : bars) {
            for (const Bar::Part &p : b.parts) {
                if (!p.name.isEmpty() && !names.contains(p.name))
                    names << p.name;
            }
        }
        QList<QStringList> rows;
        for (const Bar &b : bars) {
            QStringList row{b.label};
            double sum = 0;
            for (const QString &name : std::as_const(names)) {
                double v = 0;
                for (const Bar::Part &p : b.parts)
                    v += p.name == name ? p.value : 0;
                sum += v;
                row << QString::number(v);
            }
            if (names.isEmpty()) {
                for (const Bar::Part &p : b.parts)
                    sum += p.value;
            }
            row << QString::number(sum) + unit;
            rows << row;
        }
        table(QStringList{QString()} + names + QStringList{tr("Total")}, rows);
    }

private:
    static QString escape(const QString &text)
    {
        QString out;
        out.reserve(text.size());
        for (const QChar c : text) {
            if (QStringView(u"\\`*_[]<>#").contains(c))
                out += u'\\';
            out += c;
        }
        return out;
    }
};

/// Says the report to a writer, section by section.
class ReportBuilder
{
public:
    ReportBuilder(const ExportSelection &s, const ReportOptions &o, ReportWriter &w)
        : m_s(s)
        , m_o(o)
        , m_w(w)
        , m_p(s.project())
    {
        for (const Article *a : s.articles())
            m_chosenArticles.insert(a->id);
        for (const Claim *c : s.claims()) {
            m_chosenClaims.insert(c->id);
            m_claimsOf[c->article] << c;
        }
        m_byDate = s.articles();
        std::stable_sort(m_byDate.begin(), m_byDate.end(), [](const Article *x, const Article *y) {
            const bool xd = x->meta.published.isValid(), yd = y->meta.published.isValid();
            if (xd != yd)
                return xd;
            if (x->meta.published != y->meta.published)
                return x->meta.published < y->meta.published;
            return x->meta.outlet < y->meta.outlet;
        });
        int n = 0;
        for (const Article *a : s.articles()) {
            for (const Claim *c : m_claimsOf.value(a->id))
                m_number.insert(c->id, ++n);
        }
    }

    void build()
    {
        m_w.begin(m_p.info.title.isEmpty() ? tr("Crossread report") : m_p.info.title);
        if (m_o.progress) { // a step per section, and one per annotated text
            const bool texts = m_o.sections.contains(ReportSection::Sources);
            m_o.progress->total = int(m_o.sections.size()) - (texts ? 1 : 0) + (texts ? int(m_s.articles().size()) : 0);
        }
        QFuture<QString> sourcesText;
        qsizetype sourcesAt = -1;
        for (ReportSection section : m_o.sections) {
            if (stopped())
                break;
            if (section != ReportSection::Sources && m_o.progress)
                m_o.progress->done++; // counted as it starts: the bar moves at once
            switch (section) {
            case ReportSection::Cover:
                cover();
                break;
            case ReportSection::Propositions:
                propositions();
                break;
            case ReportSection::Sources: {
                // The longest section, written on another thread meanwhile
                // and put in its place at the end.
                m_w.closeSection();
                sourcesAt = m_w.text().size();
                sourcesText = QtConcurrent::run(longWorkPool(), [this] {
                    const std::unique_ptr<ReportWriter> writer = m_w.fresh();
                    ReportBuilder(m_s, m_o, *writer).sources();
                    writer->closeSection();
                    return writer->text();
                });
                break;
            }
            case ReportSection::ClaimsByTag:
                claimsByTag();
                break;
            case ReportSection::Verification:
                verification();
                break;
            case ReportSection::Charts:
                charts();
                break;
            case ReportSection::Appendix:
                appendix();
                break;
            }
        }
        m_w.closeSection();
        if (sourcesAt >= 0)
            m_w.insertText(sourcesAt, sourcesText.result());
        m_w.end();
    }

private:
    bool stopped() const { return m_o.progress && m_o.progress->isCancelled(); }
    QString sourceOf(ArticleId id) const
    {
        const Article *a = m_s.article(id);
        return a ? a->sourceName() : QString();
    }
    QString tagNames(const Claim &c) const
    {
        QStringList names;
        for (TagId t : c.attributes.tags)
            names << m_s.tagPath(t);
        return names.join(u", ");
    }
    QString noteOf(const Claim &c) const
    {
        // Built by hand: a report has a note per claim, and arg() parsing
        // was a fifth of the time of the annotated texts.
        QString note = u"“"_s + shortForm(c.anchor.quote, 160) + u"”"_s;
        const auto add = [&](const QString &label, const QString &value) { note += u" · "_s + label + u' ' + value; };
        if (!c.attributes.tags.isEmpty())
            add(m_labels[0], tagNames(c));
        if (c.attributes.kind != ClaimKind::Unspecified)
            add(m_labels[1], labelOf(c.attributes.kind));
        if (!c.attributes.attributedTo.isEmpty())
            add(m_labels[2], c.attributes.attributedTo);
        add(m_labels[3], labelOf(c.attributes.status));
        if (!c.attributes.note.isEmpty())
            add(m_labels[4], c.attributes.note);
        const QString who = m_s.annotator(c.author);
        if (!who.isEmpty())
            add(m_labels[5], who);
        return note;
    }

    void cover()
    {
        m_w.section(u"cover"_s, tr("Overview and sources"));
        if (!m_p.info.description.isEmpty())
            m_w.paragraph(m_p.info.description);
        m_w.paragraph(tr("Report of %1 — %n source(s), %2 claims, %3 links.", int(m_s.articles().size()))
                          .arg(m_o.madeAt.date().toString(Qt::ISODate))
                          .arg(m_s.claims().size())
                          .arg(m_s.links().size()));
        QList<QStringList> rows;
        for (const Article *a : m_s.articles())
            rows << QStringList{a->meta.outlet,
                                a->displayTitle(),
                                a->meta.author,
                                a->meta.published.isValid() ? a->meta.published.toString(Qt::ISODate) : QString(),
                                a->meta.url,
                                a->meta.language,
                                QString::fromLatin1(a->provenance.sha256.toHex())};
        m_w.table({tr("Outlet"), tr("Title"), tr("Author"), tr("Date"), tr("URL"), tr("Language"),
                   tr("SHA-256 of the original file")},
                  rows);
    }

    void propositions()
    {
        m_w.section(u"propositions"_s, tr("Propositions"));
        // The propositions with a chosen claim. (Not the comparison matrix:
        // with thousands of sources its dense cells cost more than the rest.)
        QList<const Proposition *> chosen;
        for (const Proposition &prop : m_p.propositions) {
            if (std::any_of(prop.claims.begin(), prop.claims.end(),
                            [&](ClaimId c) { return m_chosenClaims.contains(c); }))
                chosen << &prop;
        }
        const std::vector<QList<Stance>> stances = stancesOf(m_p, chosen);
        // Finding discrepancies reads every claim's values: in parallel.
        const std::vector<QList<Discrepancy>> discrepancies
            = QtConcurrent::blockingMapped<std::vector<QList<Discrepancy>>>(
                longWorkPool(), chosen, [this](const Proposition *prop) {
                    // Among the chosen claims only: a source left out takes no part.
                    QList<ClaimFacts> facts = factsOf(m_p, *prop);
                    facts.removeIf([this](const ClaimFacts &f) { return !m_chosenClaims.contains(f.claim); });
                    return findDiscrepancies(facts);
                });
        const QList<const Article *> columns = m_byDate;
        for (qsizetype r = 0; r < chosen.size(); ++r) {
            const Proposition *prop = chosen[r];
            m_w.subheading(u"p%1"_s.arg(prop->id), propositionLabel(m_p, *prop));
            if (!prop->note.isEmpty())
                m_w.paragraph(prop->note);
            // Each article's claims in it, and the strongest stance among them.
            QHash<ArticleId, std::pair<QStringList, Stance>> cells;
            for (qsizetype i = 0; i < prop->claims.size(); ++i) {
                const ClaimId id = prop->claims[i];
                const Claim *claim = m_s.claim(id);
                if (!claim || !m_chosenClaims.contains(id))
                    continue;
                auto &cell = cells[claim->article];
                if (cell.first.isEmpty())
                    cell.second = Stance::Asserts;
                cell.first << u"“"_s + claim->anchor.quote + u"” ["_s + QString::number(m_number.value(id)) + u"]"_s;
                cell.second = std::max(cell.second, stances[size_t(r)].value(i, Stance::Asserts));
            }
            QList<QStringList> rows;
            QStringList omittedBy;
            qsizetype omissions = 0;
            for (const Article *a : columns) {
                const auto cell = cells.constFind(a->id);
                if (cell == cells.constEnd()) {
                    // Side by side when few sources; counted when many.
                    if (columns.size() <= kMaxSourcesSideBySide)
                        rows << QStringList{a->sourceName(), HtmlWriter::omitted(), QString()};
                    if (++omissions <= kMaxSourcesSideBySide)
                        omittedBy << a->sourceName();
                    continue;
                }
                rows << QStringList{a->sourceName(), cell->first.join(u"\n"), stanceLabel(cell->second)};
            }
            if (omissions > omittedBy.size())
                omittedBy << tr("and %n other source(s)", int(omissions - omittedBy.size()));
            for (const Discrepancy &d : discrepancies[size_t(r)]) {
                QStringList values;
                for (const auto &v : d.values)
                    values << sourceOf(findById(m_p.claims, v.claim)->article) + u": "_s
                            + distinctTexts(v.mentions).join(u", ");
                rows << QStringList{tr("Differs (%1)").arg(mentionKindKey(d.kind)), u"≠ "_s + values.join(u" | "),
                                    QString()};
            }
            m_w.table({tr("Source"), tr("What it says"), tr("Stance")}, rows);
            if (!omittedBy.isEmpty())
                m_w.paragraph(tr("Not reported by: %1.").arg(omittedBy.join(u", ")));
        }
        if (chosen.isEmpty())
            m_w.paragraph(tr("No proposition: link claims of different sources to make one."));
    }

    void sources()
    {
        m_w.section(u"texts"_s, tr("Annotated texts"));
        for (const Article *a : m_s.articles()) {
            if (stopped())
                return;
            if (m_o.progress)
                m_o.progress->done++;
            m_w.subheading(u"a%1"_s.arg(a->id), a->sourceName() + u" — "_s + a->displayTitle());
            QList<Highlight> highlights;
            QList<std::pair<int, QString>> notes;
            for (const Claim *c : m_claimsOf.value(a->id)) {
                QRgb color = 0xff888888;
                if (!c->attributes.tags.isEmpty())
                    if (const Tag *t = findById(m_p.tags, c->attributes.tags.front()))
                        color = t->color;
                highlights.append({c, m_number.value(c->id), color});
                notes.append({int(c->id), u"["_s + QString::number(m_number.value(c->id)) + u"] "_s + noteOf(*c)});
            }
            m_w.annotatedText(a->text, highlights);
            m_w.notes(notes, u"n"_s);
        }
    }

    void claimsByTag()
    {
        m_w.section(u"tags"_s, tr("Claims by tag"));
        QHash<TagId, QList<QStringList>> rowsOf;
        for (const Claim *c : m_s.claims()) {
            for (TagId t : c->attributes.tags)
                rowsOf[t] << QStringList{u"["_s + QString::number(m_number.value(c->id)) + u"]"_s, sourceOf(c->article),
                                         c->anchor.quote, labelOf(c->attributes.status)};
        }
        for (const Tag &t : m_p.tags) {
            const QList<QStringList> rows = rowsOf.value(t.id);
            if (rows.isEmpty())
                continue;
            m_w.subheading(u"t%1"_s.arg(t.id), m_s.tagPath(t.id) + u" (%1)"_s.arg(rows.size()));
            m_w.table({tr("Note"), tr("Source"), tr("Claim"), tr("Status")}, rows);
        }
    }

    void verification()
    {
        m_w.section(u"verification"_s, tr("Verification"));
        QStringList headers{tr("Source")};
        const QList<VerificationStatus> statuses = allValues<VerificationStatus>();
        for (VerificationStatus st : statuses)
            headers << labelOf(st);
        headers << tr("Total");
        QList<QStringList> rows;
        QList<int> totals(statuses.size() + 1, 0);
        for (const Article *a : m_s.articles()) {
            QStringList row{a->sourceName()};
            int all = 0;
            const QList<const Claim *> claims = m_claimsOf.value(a->id);
            for (qsizetype i = 0; i < statuses.size(); ++i) {
                const auto n = int(std::count_if(claims.begin(), claims.end(),
                                                 [&](const Claim *c) { return c->attributes.status == statuses[i]; }));
                row << QString::number(n);
                totals[i] += n;
                all += n;
            }
            totals.last() += all;
            rows << (row << QString::number(all));
        }
        QStringList total{tr("All sources")};
        for (int n : std::as_const(totals))
            total << QString::number(n);
        rows << total;
        m_w.table(headers, rows);
    }

    void charts()
    {
        m_w.section(u"charts"_s, tr("Charts"));
        QList<Bar> perTag;
        for (const Article *a : m_s.articles()) {
            Bar bar{a->sourceName(), {}};
            QHash<TagId, int> counts;
            for (const Claim *c : m_claimsOf.value(a->id)) {
                for (TagId t : c->attributes.tags)
                    ++counts[t];
            }
            for (const Tag &t : m_p.tags) {
                if (const int n = counts.value(t.id); n > 0)
                    bar.parts.append({double(n), t.color, m_s.tagPath(t.id)});
            }
            perTag << bar;
        }
        m_w.chart(tr("Claims per tag per source"), perTag, QString());
        // In how many propositions each article has a claim.
        QHash<ArticleId, int> reportedBy;
        for (const Proposition &prop : m_p.propositions) {
            QSet<ArticleId> articles;
            for (ClaimId id : prop.claims) {
                if (const Claim *c = m_s.claim(id))
                    articles.insert(c->article);
            }
            for (ArticleId a : std::as_const(articles))
                ++reportedBy[a];
        }
        const auto total = double(m_p.propositions.size());
        QList<Bar> coverage;
        for (const Article *a : std::as_const(m_byDate)) {
            const double percent = total == 0 ? 0 : std::round(100.0 * reportedBy.value(a->id) / total);
            coverage << Bar{a->sourceName(), {{percent, 0xff3d7ed6, QString()}}};
        }
        m_w.chart(tr("Coverage of propositions per source (%)"), coverage, u" %"_s);
    }

    void appendix()
    {
        m_w.section(u"appendix"_s, tr("Appendix"));
        m_w.subheading(u"codebook"_s, tr("Codebook"));
        QList<QStringList> rows;
        for (const Tag &t : m_p.tags)
            rows << QStringList{m_s.tagPath(t.id), colorName(t.color), t.description};
        m_w.table({tr("Tag"), tr("Colour"), tr("Description")}, rows);
        m_w.subheading(u"method"_s, tr("How this report was made"));
        m_w.paragraph(tr("Made with Crossread %1 on %2 UTC from the project “%3”. Claim offsets count UTF-16 code "
                         "units of each source's normalized text; SHA-256 sums are of the files as imported.")
                          .arg(QStringLiteral(CROSSREAD_VERSION), m_o.madeAt.toString(Qt::ISODate), m_p.info.title));
    }

    const ExportSelection &m_s;
    const ReportOptions &m_o;
    ReportWriter &m_w;
    const Project &m_p;
    QSet<ArticleId> m_chosenArticles;
    QSet<ClaimId> m_chosenClaims;
    QHash<ArticleId, QList<const Claim *>> m_claimsOf; ///< the chosen claims of each article, in id order
    const QString m_labels[6] = {tr("tags:"), tr("kind:"), tr("speaker:"), tr("status:"), tr("note:"), tr("by")};
    QList<const Article *> m_byDate; ///< the chosen articles by date (undated last), outlet, id: the matrix's order
    QHash<ClaimId, int> m_number; ///< the note number of each claim, in reading order
};

} // namespace

QList<ReportSection> allReportSections()
{
    return {ReportSection::Cover,       ReportSection::Propositions, ReportSection::Sources,
            ReportSection::ClaimsByTag, ReportSection::Verification, ReportSection::Charts,
            ReportSection::Appendix};
}

QString reportSectionKey(ReportSection section)
{
    return QString::fromLatin1(kSectionKeys[int(section)]);
}

std::optional<ReportSection> reportSectionFromKey(QStringView key)
{
    for (ReportSection s : allReportSections()) {
        if (key == reportSectionKey(s))
            return s;
    }
    return std::nullopt;
}

QByteArray htmlReport(const ExportSelection &selection, const ReportOptions &options)
{
    HtmlWriter writer;
    ReportBuilder(selection, options, writer).build();
    return writer.result();
}

QByteArray htmlReportWithChartImages(const ExportSelection &selection, const ReportOptions &options,
                                     QStringList *charts)
{
    HtmlWriter writer;
    writer.m_chartSink = charts;
    ReportBuilder(selection, options, writer).build();
    return writer.result();
}

QByteArray markdownReport(const ExportSelection &selection, const ReportOptions &options)
{
    MarkdownWriter writer;
    ReportBuilder(selection, options, writer).build();
    return writer.result();
}

} // namespace crossread
