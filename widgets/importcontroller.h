#pragma once

#include <models/import/importbatch.h>

#include <QFutureWatcher>
#include <QObject>

QT_BEGIN_NAMESPACE
class QProgressDialog;
class QWidget;
QT_END_NAMESPACE

namespace crossread {

class Document;
class UserPrompts;

/// Imports files into a window's document: off the GUI thread, with a
/// progress dialog that can cancel (a cancelled import adds nothing), a
/// question for each file that looks like a new version of an article, one
/// undo step for the whole batch, and a report of what was skipped or failed.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(Document *document, QWidget *window, UserPrompts *prompts, QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const;
    /// The encodings offered by "Import with Encoding…".
    static QStringList encodings();

public Q_SLOTS:
    void chooseAndImport();
    void chooseEncodingAndImport();
    /// Starts importing; ignored while another import runs.
    void importFiles(const QStringList &paths, const QString &encoding = {});
    void cancel();

Q_SIGNALS:
    /// An import ended; `added` articles are in the document (none when cancelled).
    void finished(bool cancelled, int added, int skipped, int failed);

private:
    void onFinished();
    QString lastFolder() const;

    Document *m_document;
    QWidget *m_window;
    UserPrompts *m_prompts;
    QFutureWatcher<ImportOutcome> m_watcher;
    QProgressDialog *m_progress = nullptr;
};

} // namespace crossread
