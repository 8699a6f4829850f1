#include "importcontroller.h"

#include "counttext.h"
#include "userprompts.h"

#include <models/document.h>

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace crossread {
namespace {

const QString kFolderKey = QStringLiteral("import/lastFolder");
const QString kMaxSizeKey = QStringLiteral("import/maxFileSizeMB");

} // namespace

ImportController::ImportController(Document *document, QWidget *window, UserPrompts *prompts, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_window(window)
    , m_prompts(prompts)
{
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool ImportController::isRunning() const
{
    return m_watcher.isRunning();
}

QStringList ImportController::encodings()
{
    return {QStringLiteral("UTF-8"),        QStringLiteral("windows-1252"), QStringLiteral("ISO-8859-1"),
            QStringLiteral("ISO-8859-15"),  QStringLiteral("windows-1250"), QStringLiteral("ISO-8859-2"),
            QStringLiteral("windows-1251"), QStringLiteral("KOI8-R"),       QStringLiteral("KOI8-U"),
            QStringLiteral("ISO-8859-5"),   QStringLiteral("windows-1253"), QStringLiteral("ISO-8859-7"),
            QStringLiteral("windows-1254"), QStringLiteral("windows-1256"), QStringLiteral("ISO-8859-6"),
            QStringLiteral("UTF-16LE"),     QStringLiteral("UTF-16BE"),     QStringLiteral("Shift_JIS"),
            QStringLiteral("GB18030"),      QStringLiteral("Big5"),         QStringLiteral("EUC-KR")};
}

QString ImportController::lastFolder() const
{
    return QSettings()
        .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void ImportController::chooseAndImport()
{
    const QStringList paths = m_prompts->chooseFilesToImport(m_window, lastFolder());
    if (!paths.isEmpty())
        importFiles(paths);
}

void ImportController::chooseEncodingAndImport()
{
    const QString encoding = m_prompts->chooseEncoding(m_window, encodings());
    if (encoding.isEmpty())
        return;
    const QStringList paths = m_prompts->chooseFilesToImport(m_window, lastFolder());
    if (!paths.isEmpty())
        importFiles(paths, encoding);
}

void ImportController::importFiles(const QStringList &paths, const QString &encoding)
{
    if (isRunning() || paths.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(paths.first()).absolutePath());
    ImportOptions options;
    options.encoding = encoding;
    options.maxFileSize = qint64(QSettings().value(kMaxSizeKey, 50).toDouble() * 1024 * 1024);

    m_progress = new QProgressDialog(countText(paths.size(), tr("Importing 1 file…"), tr("Importing %1 files…")),
                                     tr("Cancel"), 0, int(paths.size()), m_window);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500); // quick imports show no dialog
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::progressValueChanged, m_progress, &QProgressDialog::setValue);
    m_watcher.setFuture(startImport(paths, options));
}

void ImportController::cancel()
{
    m_watcher.cancel();
}

void ImportController::onFinished()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const QFuture<ImportOutcome> future = m_watcher.future();
    if (future.isCanceled()) {
        Q_EMIT finished(true, 0, 0, 0);
        return;
    }

    QList<ImportStep> steps = planImport(m_document->project(), future.results());
    for (ImportStep &step : steps) {
        if (step.versionCandidate == NoId)
            continue;
        const Article *existing = findById(m_document->project().articles, step.versionCandidate);
        switch (m_prompts->askNewVersion(m_window, QFileInfo(step.outcome.path).fileName(),
                                         existing ? existing->displayTitle() : QString())) {
        case UserPrompts::VersionChoice::AddAsNewVersion:
            step.action = ImportStep::Action::AddAsNewVersion;
            break;
        case UserPrompts::VersionChoice::AddSeparately:
            step.action = ImportStep::Action::Add;
            break;
        case UserPrompts::VersionChoice::Skip:
            step.action = ImportStep::Action::Skip;
            step.reason = tr("you chose not to import this new version");
            break;
        }
    }
    const ImportSummary summary = applyImport(*m_document, steps);

    if (summary.skipped > 0 || summary.failed > 0) {
        QStringList details;
        for (const ImportStep &step : steps) {
            const QString file = QDir::toNativeSeparators(step.outcome.path);
            if (step.action == ImportStep::Action::Skip)
                details << tr("Skipped %1: %2").arg(file, step.reason);
            else if (step.action == ImportStep::Action::Fail)
                details << tr("Not imported %1: %2").arg(file, step.outcome.error.message);
        }
        QString text = countText(summary.added.size(), tr("Imported 1 article."), tr("Imported %1 articles."));
        if (summary.skipped > 0)
            text += u' ' + countText(summary.skipped, tr("Skipped 1 file."), tr("Skipped %1 files."));
        if (summary.failed > 0)
            text += u' '
                + countText(summary.failed, tr("1 file could not be imported."), tr("%1 files could not be imported."));
        m_prompts->showImportReport(m_window, text, details.join(u'\n'));
    }
    Q_EMIT finished(false, int(summary.added.size()), summary.skipped, summary.failed);
}

} // namespace crossread
