#pragma once

#include <models/ids.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
QT_END_NAMESPACE

namespace crossread {

class ClaimSelection;
class Document;

/// The current claim's details, to read and to edit: its quote and article
/// (read-only), tags (checkable), kind, who it is attributed to (completed
/// from the speakers the project already has), verification status,
/// confidence, note, when it was made and changed, and its links. Every change is an
/// undo step; typed text is applied when the field is left (or Ctrl+Enter
/// in the note).
class ClaimInspector : public QWidget
{
    Q_OBJECT
public:
    ClaimInspector(Document *document, ClaimSelection *selection, QWidget *parent = nullptr);

    /// Puts the keyboard in the inspector's first field (Ctrl+E).
    void focusFirstField();

Q_SIGNALS:
    /// "Link to…" was pressed.
    void linkRequested();
    /// A claim linked with the current one was activated in the links list.
    void claimActivated(crossread::ClaimId claim);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(ClaimId claim);
    void refresh();
    void apply();
    void updateSpeakers();

    Document *m_document;
    ClaimSelection *m_selection;
    ClaimId m_claim = NoId;
    bool m_updating = false;
    QStackedWidget *m_pages;
    QLabel *m_quote;
    QLabel *m_article;
    QListWidget *m_tags;
    QComboBox *m_kind;
    QLineEdit *m_speaker;
    QComboBox *m_status;
    QComboBox *m_confidence;
    QPlainTextEdit *m_note;
    QLabel *m_times;
    QListWidget *m_links;
};

} // namespace crossread
