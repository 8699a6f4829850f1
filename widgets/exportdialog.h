#pragma once

#include <QDialog>

#include <utility>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTimer;
template<class T>
class QFutureWatcher;
QT_END_NAMESPACE

namespace crossread {

class Document;
class UserPrompts;

/// File → Export: the format (report in HTML or Markdown, CSV, JSON,
/// REFI-QDA, W3C Web Annotations, brat, ClaimReview), the report's sections,
/// which sources and tags, whether to name annotators; a live preview of
/// what will be written; Export asks where and writes it off the GUI thread.
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
    /// The line of the last export ("Wrote …"), or its error.
    QString status() const;

public Q_SLOTS:
    /// Asks where, then writes. False when cancelled or it cannot start.
    bool exportNow();

Q_SIGNALS:
    void previewUpdated();
    void exported(bool ok);

public:
    /// What one export or preview takes (a copy of the project and the choices).
    struct Job;

private:
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
    QPushButton *m_export;
    QTimer *m_previewTimer;
    QFutureWatcher<QString> *m_previewWatcher;
    QFutureWatcher<std::pair<bool, QString>> *m_exportWatcher; ///< written, and what to say
};

} // namespace crossread
