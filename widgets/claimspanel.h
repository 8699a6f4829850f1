#pragma once

#include <models/ids.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
QT_END_NAMESPACE

namespace crossread {

class ClaimFilterModel;
class ClaimSelection;
class ClaimTableModel;
class Document;

/// Every claim of the project in a table: sorted by any column, filtered by
/// text, tag, article, kind and status. The current claim follows the
/// selection both ways; double-click or Enter opens a claim in its pane
/// (claimActivated); Delete removes the selected claims in one undo step.
class ClaimsPanel : public QWidget
{
    Q_OBJECT
public:
    ClaimsPanel(Document *document, ClaimSelection *selection, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ClaimFilterModel *filterModel() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_text; }
    QList<ClaimId> selectedClaims() const;

public Q_SLOTS:
    void removeSelected();

Q_SIGNALS:
    void claimActivated(crossread::ClaimId claim);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildTagChoices();
    void applyFilter();
    void followSelection(ClaimId claim);
    void updateCount();

    Document *m_document;
    ClaimSelection *m_selection;
    ClaimTableModel *m_table;
    ClaimFilterModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_text;
    QComboBox *m_tag;
    QComboBox *m_article;
    QComboBox *m_kind;
    QComboBox *m_status;
    QLabel *m_count;
};

} // namespace crossread
