#pragma once

#include <models/ids.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QProgressBar;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

namespace crossread {

class ComparisonMatrixModel;
class Document;
class UserPrompts;

/// The comparison matrix: who said what, and who left it out. Rows are
/// propositions, columns articles; a cell shows the quote with a mark for its
/// stance, an omission is hatched, and values that differ are listed under
/// the quote. Filters by tag and status; the Columns menu (or a column
/// header's context menu) hides articles; clicking a cell opens its claim;
/// double-clicking a row header renames the proposition.
class MatrixPanel : public QWidget
{
    Q_OBJECT
public:
    MatrixPanel(Document *document, UserPrompts *prompts, QWidget *parent = nullptr);

    ComparisonMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Shown while the matrix is built on a worker, once that has lasted
    /// ProgressDelayMs.
    QProgressBar *buildProgress() const { return m_progress; }
    static constexpr int ProgressDelayMs = 300;
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *statusFilter() const { return m_status; }
    void setArticleHidden(ArticleId article, bool hidden);
    /// Asks for a new label of the proposition in `row`.
    void renameProposition(int row);

Q_SIGNALS:
    void claimActivated(crossread::ClaimId claim);

private:
    void rebuildTagFilter();
    void applyFilter();
    void fillColumnsMenu();

    Document *m_document;
    UserPrompts *m_prompts;
    ComparisonMatrixModel *m_model;
    QComboBox *m_tag;
    QComboBox *m_status;
    QToolButton *m_columns;
    QTableView *m_table;
    QProgressBar *m_progress;
    QList<ArticleId> m_hidden;
};

} // namespace crossread
