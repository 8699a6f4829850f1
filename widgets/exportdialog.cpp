#include "exportdialog.h"

#include "backgroundtask.h"
#include "preferences.h"
#include "userprompts.h"

#include <models/document.h>
#include <models/export/exportformat.h>
#include <models/export/exports.h>
#include <models/export/qdpx.h>
#include <models/export/standardexports.h>
#include <models/longworkpool.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

constexpr int kMaxPreviewChars = 400000;
constexpr int kMaxPreviewHtml = 60000;

} // namespace

/// What an export needs, copied so that it can run while the user edits.
struct ExportDialog::Job
{
    Project project;
    ExportOptions options;
    ReportOptions report;
    ExportFormat format = ExportFormat::Html;
};

/// What the preview shows, and what it says of itself.
struct ExportDialog::Preview
{
    ExportFormat format = ExportFormat::Html;
    QString text;
    qsizetype sampledFrom = 0; ///< the sources chosen, when more than PreviewSources
    bool cut = false; ///< a report cut short
};

namespace {

ExportDialog::Preview previewOf(const ExportDialog::Job &job, qsizetype sampledFrom)
{
    const ExportSelection s(job.project, job.options);
    QByteArray bytes;
    switch (job.format) {
    case ExportFormat::Html:
    case ExportFormat::Pdf: // the same report, paged
        bytes = htmlReport(s, job.report);
        break;
    case ExportFormat::Markdown:
        bytes = markdownReport(s, job.report);
        break;
    case ExportFormat::Csv:
        bytes = "claims.csv\n\n" + claimsCsv(s) + "\nlinks.csv\n\n" + linksCsv(s);
        break;
    case ExportFormat::Json:
        bytes = projectJson(s);
        break;
    case ExportFormat::Qdpx:
        bytes = "project.qde\n\n" + qdeXml(s, nullptr);
        break;
    case ExportFormat::WebAnnotation:
        bytes = webAnnotationJson(s);
        break;
    case ExportFormat::Brat: {
        const BratExport brat = bratStandoff(s);
        for (const BratDocument &d : brat.documents)
            bytes += d.name.toUtf8() + ".ann\n\n" + d.annotations + "\n";
        bytes += "annotation.conf\n\n" + brat.config;
        break;
    }
    case ExportFormat::ClaimReview:
        bytes = claimReviewJson(s);
        break;
    }
    ExportDialog::Preview preview{job.format, QString::fromUtf8(bytes), sampledFrom, false};
    QString &text = preview.text;
    const bool html = job.format == ExportFormat::Html || job.format == ExportFormat::Pdf;
    if (html && text.size() > kMaxPreviewHtml) {
        // Laid out on the GUI thread, HTML tables cost about 2 ms a
        // kilobyte: the report is cut after a whole section.
        const qsizetype cut = text.lastIndexOf(u"</section>"_s, kMaxPreviewHtml);
        text = text.left(cut > 0 ? cut + 10 : kMaxPreviewHtml) + u"<p>…</p></body></html>"_s;
        preview.cut = true;
    } else if (!html && text.size() > kMaxPreviewChars) {
        text = text.left(kMaxPreviewChars) + u"\n\n…"_s;
    }
    return preview;
}

/// What a preview of `sources` needs of `project`: those articles, their
/// claims, the links between those, the propositions they are in, the
/// codebook. (Copying all of a project of a million claims would hold the
/// GUI thread for a quarter of a second.)
Project previewProject(const Project &project, QList<ArticleId> sources)
{
    std::sort(sources.begin(), sources.end());
    const auto chosen = [&](ArticleId id) { return std::binary_search(sources.begin(), sources.end(), id); };
    Project part;
    part.info = project.info;
    part.tags = project.tags;
    part.nextId = project.nextId;
    for (const Article &a : project.articles) {
        if (chosen(a.id))
            part.articles.push_back(a);
    }
    std::vector<ClaimId> claims;
    for (const Claim &c : project.claims) {
        if (chosen(c.article)) {
            part.claims.push_back(c);
            claims.push_back(c.id);
        }
    }
    const auto kept = [&](ClaimId id) { return std::binary_search(claims.begin(), claims.end(), id); };
    for (const Link &l : project.links) {
        if (kept(l.from) && kept(l.to))
            part.links.push_back(l);
    }
    for (const Proposition &prop : project.propositions) {
        if (std::any_of(prop.claims.begin(), prop.claims.end(), kept))
            part.propositions.push_back(prop);
    }
    return part;
}

QListWidgetItem *checkItem(QListWidget *list, const QString &text, const QVariant &data, bool checked)
{
    // Made whole before it joins the list: each change of a listed item is
    // announced to the view (10,000 sources, three changes each).
    auto *item = new QListWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(Qt::UserRole, data);
    list->addItem(item);
    return item;
}

template<class T>
QList<T> checkedData(const QListWidget *list)
{
    QList<T> out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << T(list->item(i)->data(Qt::UserRole).toUInt());
    }
    return out;
}

} // namespace

ExportDialog::ExportDialog(const Document *document, UserPrompts *prompts, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_format(new QComboBox(this))
    , m_sections(new QListWidget(this))
    , m_sources(new QListWidget(this))
    , m_tags(new QListWidget(this))
    , m_hideAnnotators(new QCheckBox(tr("Leave out who made claims and links"), this))
    , m_bom(new QCheckBox(tr("Byte order mark, for spreadsheets"), this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_previewNote(new QLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_cancel(new QPushButton(tr("&Cancel Export"), this))
    , m_progress(new QProgressBar(this))
    , m_progressTimer(new QTimer(this))
    , m_previewTimer(new QTimer(this))
    , m_previewWatcher(new QFutureWatcher<Preview>(this))
    , m_exportWatcher(new QFutureWatcher<std::pair<bool, QString>>(this))
{
    setWindowTitle(tr("Export"));
    setObjectName(u"exportDialog"_s);
    const Preferences defaults = Preferences::load();
    for (ExportFormat f : allExportFormats())
        m_format->addItem(exportFormatLabel(f), int(f));
    m_format->setCurrentIndex(std::max(0, m_format->findData(defaults.exports.format)));
    m_format->setAccessibleName(tr("Format"));
    for (ReportSection section : allReportSections())
        checkItem(m_sections, reportSectionLabel(section), int(section),
                  !defaults.exports.omittedSections.contains(int(section)));
    const Project &p = document->project();
    for (const Article &a : p.articles)
        checkItem(m_sources, a.sourceName() + u" — "_s + a.displayTitle(), a.id, true);
    for (const Tag &t : p.tags)
        checkItem(m_tags, tagPath(p.tags, t.id), t.id, false);
    m_sections->setAccessibleName(tr("Report sections"));
    m_sources->setAccessibleName(tr("Sources"));
    m_tags->setAccessibleName(tr("Only claims with these tags"));
    m_tags->setToolTip(tr("None checked: every claim"));
    m_hideAnnotators->setChecked(defaults.exports.hideAnnotators);
    m_bom->setChecked(defaults.exports.byteOrderMark);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_status->setWordWrap(true);
    m_previewNote->setWordWrap(true);
    m_previewNote->setForegroundRole(QPalette::PlaceholderText);
    m_previewNote->hide();
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    m_cancel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Sections:"), m_sections);
    form->addRow(tr("S&ources:"), m_sources);
    form->addRow(tr("&Tags (none: all):"), m_tags);
    form->addRow(m_hideAnnotators);
    form->addRow(m_bom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    auto *left = new QVBoxLayout;
    left->addLayout(form, 1);
    left->addWidget(m_status);
    left->addWidget(m_progress);
    auto *right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(m_previewNote);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 2);
    top->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    resize(1100, 720);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        schedulePreview();
    });
    for (QListWidget *list : {m_sections, m_sources, m_tags})
        connect(list, &QListWidget::itemChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox *box : {m_hideAnnotators, m_bom})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_exportProgress)
            return;
        m_progress->setRange(0, m_exportProgress->total); // 0: busy
        m_progress->setValue(m_exportProgress->done);
    });
    connect(m_previewWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Preview preview = m_previewWatcher->result();
        if (preview.format == ExportFormat::Html || preview.format == ExportFormat::Pdf)
            m_preview->setHtml(preview.text);
        else if (preview.format == ExportFormat::Markdown)
            m_preview->setMarkdown(preview.text);
        else
            m_preview->setPlainText(preview.text);
        QStringList note;
        if (preview.sampledFrom > 0)
            note << tr("The preview shows the first %1 of %2 sources; the export has them all.")
                        .arg(PreviewSources)
                        .arg(QLocale().toString(preview.sampledFrom));
        if (preview.cut)
            note << (note.isEmpty() ? tr("The preview shows the beginning of the report.")
                                    : tr("It shows the beginning of the report."));
        m_previewNote->setText(note.join(u' '));
        m_previewNote->setVisible(!note.isEmpty());
        Q_EMIT previewUpdated();
    });
    connect(m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        const auto [ok, line] = m_exportWatcher->result();
        const bool cancelled = m_exportProgress->isCancelled();
        m_exportProgress.reset();
        m_progressTimer->stop();
        m_progress->hide();
        m_cancel->hide();
        m_export->setEnabled(true);
        if (cancelled && !ok) {
            m_status->setText(tr("Export cancelled: nothing was written."));
        } else {
            m_status->setText(line);
            if (!ok)
                m_prompts->showError(this, tr("Export"), line);
        }
        Q_EMIT exported(ok);
    });
    updateControls();
    schedulePreview();
}

ExportDialog::~ExportDialog()
{
    m_previewWatcher->waitForFinished(); // of a few sources
    // An export under way stops at its next step and writes nothing; it
    // owns what it reads, so it need not be waited for.
    if (m_exportProgress)
        m_exportProgress->cancelled = true;
}

QString ExportDialog::status() const
{
    return m_status->text();
}

QString ExportDialog::previewNote() const
{
    return m_previewNote->isHidden() ? QString() : m_previewNote->text();
}

void ExportDialog::cancelExport()
{
    if (!m_exportProgress)
        return;
    m_exportProgress->cancelled = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ExportDialog::updateControls()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    const bool report = format == ExportFormat::Html || format == ExportFormat::Pdf || format == ExportFormat::Markdown;
    m_sections->setEnabled(report);
    m_bom->setEnabled(format == ExportFormat::Csv);
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

ExportDialog::Job ExportDialog::currentJob() const
{
    Job job{Project(), {}, {}, ExportFormat(m_format->currentData().toInt())};
    job.options.sources = checkedData<ArticleId>(m_sources);
    if (job.options.sources.isEmpty()) // none checked: nothing, rather than all
        job.options.sources = {NoId};
    job.options.tags = checkedData<TagId>(m_tags);
    job.options.hideAnnotators = m_hideAnnotators->isChecked();
    job.options.byteOrderMark = m_bom->isChecked();
    job.report.sections.clear();
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->item(i)->checkState() == Qt::Checked)
            job.report.sections << ReportSection(m_sections->item(i)->data(Qt::UserRole).toInt());
    }
    return job;
}

void ExportDialog::updatePreview()
{
    if (m_previewWatcher->isRunning()) {
        m_previewTimer->start(); // again once this one is done
        return;
    }
    Job job = currentJob();
    const qsizetype chosen = job.options.sources.size();
    const qsizetype sampledFrom = chosen > PreviewSources ? chosen : 0;
    if (sampledFrom > 0)
        job.options.sources.resize(PreviewSources);
    job.project = previewProject(m_document->project(), job.options.sources);
    m_previewWatcher->setFuture(
        QtConcurrent::run(longWorkPool(), [job, sampledFrom] { return previewOf(job, sampledFrom); }));
}

bool ExportDialog::exportNow()
{
    if (m_exportWatcher->isRunning())
        return false;
    const auto format = ExportFormat(m_format->currentData().toInt());
    const bool folder = exportsToFolder(format);
    QString suggested = QFileInfo(m_document->fileName()).completeBaseName();
    if (suggested.isEmpty())
        suggested = u"crossread-export"_s;
    if (!folder)
        suggested += u'.' + exportExtension(format);
    const QString filter = folder ? QString() : exportFormatLabel(format) + u" (*."_s + exportExtension(format) + u')';
    const QString target = m_prompts->chooseExportTarget(this, QDir::home().filePath(suggested), filter, folder);
    if (target.isEmpty())
        return false;
    Job job = currentJob();
    // The worker needs a copy of the project it can read while the user
    // edits: made on a worker too (a million claims take a quarter of a
    // second), while the window paints and input waits.
    const Project &project = m_document->project();
    BackgroundTaskOptions preparing;
    preparing.label = tr("Preparing the export…");
    runInBackground(this, preparing, [&job, &project] { job.project = project; });
    auto progress = std::make_shared<ExportProgress>();
    job.report.progress = progress.get();
    m_exportProgress = progress;
    m_export->setEnabled(false);
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressTimer->start();
    m_status->setText(tr("Exporting…"));
    QThreadPool *pool = m_pool ? m_pool : longWorkPool();
    // Handed over, not copied: a copy of a million claims held the GUI thread 300 ms.
    m_exportWatcher->setFuture(
        QtConcurrent::run(pool, [job = std::make_shared<const Job>(std::move(job)), target, progress] {
            QString error;
            const std::optional<QString> wrote
                = writeExport(ExportSelection(job->project, job->options), job->format, job->report, target, &error);
            return std::pair{wrote.has_value(), wrote ? *wrote : error};
        }));
    return true;
}

} // namespace crossread
