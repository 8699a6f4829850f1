#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace crossread {

class ArticleTextView;

/// Find in one pane (Ctrl+F): every hit marked, "3 of 12", Enter for the
/// next, Shift+Enter for the previous, Escape to close.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(ArticleTextView *view, QWidget *parent = nullptr);

    void open();
    void setText(const QString &text);
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_current; }

public Q_SLOTS:
    void next();
    void previous();
    void close();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void show(int hit);

    ArticleTextView *m_view;
    QLineEdit *m_edit;
    QLabel *m_count;
    QList<std::pair<int, int>> m_hits;
    int m_current = -1;
};

} // namespace crossread
