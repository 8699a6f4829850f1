#include "reportwriter_p.h"

#include <QColor>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crossread::report_detail {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::Report)
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
    static QString omitted() { return omittedText(); }
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
        table(QStringList{QString()} + names + QStringList{Tr::tr("Total")}, rows);
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

} // namespace

QString omittedText()
{
    return Tr::tr("— omitted");
}

std::unique_ptr<ReportWriter> makeHtmlWriter(QStringList *chartSink)
{
    auto writer = std::make_unique<HtmlWriter>();
    writer->m_chartSink = chartSink;
    return writer;
}

std::unique_ptr<ReportWriter> makeMarkdownWriter()
{
    return std::make_unique<MarkdownWriter>();
}

} // namespace crossread::report_detail
