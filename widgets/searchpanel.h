#pragma once

#include <models/ids.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QTreeWidget;
QT_END_NAMESPACE

namespace crossread {

class Document;

/// Find in all articles (Ctrl+Shift+F): every occurrence, grouped by
/// article, each with the words around it. Activating one shows it in a
/// pane (hitActivated).
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(Document *document, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QTreeWidget *results() const { return m_results; }
    void focusSearch();

Q_SIGNALS:
    void hitActivated(crossread::ArticleId article, int start, int end);

private:
    void search();

    Document *m_document;
    QLineEdit *m_edit;
    QLabel *m_count;
    QTreeWidget *m_results;
};

} // namespace crossread
