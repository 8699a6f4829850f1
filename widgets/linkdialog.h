#pragma once

#include <models/link.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QListWidget;
QT_END_NAMESPACE

namespace crossread {

class Document;

/// "Link to…": picks the claim to link a claim with, searching the quotes
/// and outlets of the others (claims of other articles first; claims
/// already linked with it are left out), and the relation and a note.
class LinkDialog : public QDialog
{
    Q_OBJECT
public:
    LinkDialog(const Document &document, ClaimId from, QWidget *parent = nullptr);

    ClaimId target() const;
    Relation relation() const;
    QString note() const;

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *claimList() const { return m_list; }
    QComboBox *relationBox() const { return m_relation; }
    /// Rows of the list shown for the words typed.
    int visibleCount() const;

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QListWidget *m_list;
    QComboBox *m_relation;
    QLineEdit *m_note;
};

} // namespace crossread
