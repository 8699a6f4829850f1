#pragma once

#include <QDialog>

#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QThreadPool;
class QPushButton;
class QTextBrowser;
class QTimer;
template<typename T>
class QFutureWatcher;
QT_END_NAMESPACE

namespace crossread {

class Document;
struct ExportProgress;
class UserPrompts;

/// File → Export: the format (report in HTML or Markdown, CSV, JSON,
/// REFI-QDA, W3C Web Annotations, brat, ClaimReview), the report's sections,
/// which sources and tags, whether to name annotators; a live preview of
/// what will be written (of the first PreviewSources sources when more are
/// chosen); Export asks where and writes it off the GUI thread, with a
/// progress bar (steps of a report; busy for the other formats) and Cancel.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Document *document, UserPrompts *prompts, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QComboBox *formatBox() const { return m_format; }
    QListWidget *sectionList() const { return m_sections; }
    QListWidget *sourceList() const { return m_sources; }
    QListWidget *tagList() const { return m_tags; }
    QCheckBox *hideAnnotatorsBox() const { return m_hideAnnotators; }
    QTextBrowser *preview() const { return m_preview; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    /// What the preview says of itself ("the first 8 of 2,000 sources", "the
    /// beginning of the report"), or empty.
    QString previewNote() const;
    /// The preview shows the export of at most this many sources, and of a
    /// report its first 60 KB: a report of 100,000 claims is 90 MB of HTML,
    /// too much to make and lay out for a glance.
    static constexpr int PreviewSources = 8;
    /// The pool exports run in: longWorkPool() unless set.
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    /// The line of the last export ("Wrote …"), or its error.
    QString status() const;

public Q_SLOTS:
    /// Asks where, then writes. False when cancelled or it cannot start.
    bool exportNow();
    /// Stops the export under way: nothing is written.
    void cancelExport();

Q_SIGNALS:
    void previewUpdated();
    void exported(bool ok);

public:
    /// What one export or preview takes (a copy of the project and the choices).
    struct Job;
    struct Preview;

private:
    /// The choices made; the project is left to fill.
    Job currentJob() const;
    void schedulePreview();
    void updatePreview();
    void updateControls();

    const Document *m_document;
    UserPrompts *m_prompts;
    QComboBox *m_format;
    QListWidget *m_sections;
    QListWidget *m_sources;
    QListWidget *m_tags;
    QCheckBox *m_hideAnnotators;
    QCheckBox *m_bom;
    QTextBrowser *m_preview;
    QLabel *m_status;
    QLabel *m_previewNote;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QTimer *m_progressTimer; ///< reads m_exportProgress while an export runs
    std::shared_ptr<ExportProgress> m_exportProgress;
    QThreadPool *m_pool = nullptr;
    QTimer *m_previewTimer;
    QFutureWatcher<Preview> *m_previewWatcher;
    QFutureWatcher<std::pair<bool, QString>> *m_exportWatcher; ///< written, and what to say
};

} // namespace crossread
