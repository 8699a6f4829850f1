#pragma once

#include <models/ids.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;
template<typename T>
class QFutureWatcher;
QT_END_NAMESPACE

namespace crossread {

class ClaimSelection;
class Document;
class LinkSuggestionModel;
struct LinkSuggestion;

/// "Suggest Links": a pass over every claim of the project that lists the
/// best candidate pairs not yet linked, for review. The pass (indexing, then
/// ranking) runs off the GUI thread with progress and Cancel. Accept makes
/// the passage a claim (unless a claim covers it) and links the pair with the
/// chosen relation; Reject records the pair so that it is not suggested
/// again. Both are undoable, and work on every selected row.
class LinkSuggestionsPanel : public QWidget
{
    Q_OBJECT
public:
    LinkSuggestionsPanel(Document *document, ClaimSelection *selection, QWidget *parent = nullptr);
    ~LinkSuggestionsPanel() override;

    QTreeView *view() const { return m_view; }
    LinkSuggestionModel *model() const { return m_model; }
    QComboBox *relationBox() const { return m_relation; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isRunning() const;

public Q_SLOTS:
    /// Starts a pass (a running one is cancelled first).
    void start();
    void cancel();
    /// Links the pairs of the selected rows. How many links were made.
    int acceptSelected();
    /// Rejects the pairs of the selected rows. How many were rejected.
    int rejectSelected();

Q_SIGNALS:
    /// A row was activated: show the claim and the passage.
    void pairActivated(crossread::ClaimId claim, crossread::ArticleId article, int start, int end);
    void finished();

private:
    QList<int> selectedRows() const;
    void updateButtons();

    Document *m_document;
    ClaimSelection *m_selection;
    LinkSuggestionModel *m_model;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QTreeView *m_view;
    QComboBox *m_relation;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QFutureWatcher<QList<LinkSuggestion>> *m_watcher;
};

} // namespace crossread
