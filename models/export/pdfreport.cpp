#include "report.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace crossread {

bool writePdfReport(const ExportSelection &selection, const ReportOptions &options, const QString &path, QString *error)
{
    QStringList charts;
    const QByteArray html = htmlReportWithChartImages(selection, options, &charts);
    if (options.progress && options.progress->isCancelled()) {
        *error = QCoreApplication::translate("crossread::Export", "the export was cancelled");
        return false;
    }
    QTextDocument document;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        QSvgRenderer svg(charts[i].toUtf8());
        const QSize size = svg.defaultSize();
        QImage image(size * 3, QImage::Format_ARGB32_Premultiplied); // crisp in print
        image.fill(Qt::white);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        image.setDevicePixelRatio(3);
        document.addResource(QTextDocument::ImageResource, QUrl(u"crossread-chart:%1"_s.arg(i)), image);
    }
    document.setHtml(QString::fromUtf8(html));
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("crossread::Export", "cannot write %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // Laid out at screen resolution, so that the report's sizes read as on
    // screen; the PDF stays vector.
    writer.setResolution(96);
    writer.setTitle(selection.project().info.title);
    writer.setCreator(u"Crossread "_s + QStringLiteral(CROSSREAD_VERSION));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return true;
}

} // namespace crossread
