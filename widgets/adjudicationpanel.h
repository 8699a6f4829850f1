#pragma once

#include <models/adjudication.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace crossread {

class Document;
class UserPrompts;

/// The Adjudication dock: the disagreements of a merged project, each with
/// its versions (and who made none), to settle one by one: accept a
/// version (Enter), accept all versions' tags together, or reject them
/// (Delete); accept at once what everyone agrees on; finish, keeping only
/// what was settled. Every decision is an undo step.
class AdjudicationPanel : public QWidget
{
    Q_OBJECT
public:
    AdjudicationPanel(Document *document, UserPrompts *prompts, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    const Adjudication &state() const { return m_state; }
    /// Follows the project only while it can be seen.
    void setActive(bool active);

public Q_SLOTS:
    void acceptSelectedVersion();
    void acceptAllVersions();
    void rejectSelected();
    void acceptAgreed();
    void finish();

Q_SIGNALS:
    void claimActivated(crossread::ClaimId claim);

private:
    void refresh();
    void scheduleRefresh();
    /// The disagreement of the selected row (a disagreement or one of its versions), or -1.
    int selectedDisagreement() const;
    void updateButtons();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Document *m_document;
    UserPrompts *m_prompts;
    Adjudication m_state;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_accept, *m_acceptAll, *m_reject, *m_agreed, *m_finish;
    bool m_active = false;
    bool m_pending = false;
};

} // namespace crossread
