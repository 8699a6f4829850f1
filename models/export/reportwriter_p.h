#pragma once

// How a report is written: ReportBuilder (report.cpp) says what is in it to
// a ReportWriter, which writes it as HTML or Markdown (reportwriter.cpp).

#include <models/export/exportoptions.h>

#include <QList>
#include <QRgb>
#include <QString>

#include <memory>

namespace crossread::report_detail {

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

/// The HTML writer. Given `chartSink`, each chart is an <img src="crossread-chart:N"> and its SVG
/// document the Nth of `chartSink` (for renderers without SVG).
std::unique_ptr<ReportWriter> makeHtmlWriter(QStringList *chartSink = nullptr);
std::unique_ptr<ReportWriter> makeMarkdownWriter();
/// What a table cell of a source that does not report a proposition says.
QString omittedText();

} // namespace crossread::report_detail
