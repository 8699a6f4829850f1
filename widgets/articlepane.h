#pragma once

#include <models/ids.h>

#include <QFrame>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace crossread {

class ArticleChoiceModel;
class ArticleTextView;
class ClaimSelection;
class Document;
class FindBar;

/// One article of the comparison: a header naming it (outlet, date, title,
/// author, claims) with a chooser for another article and a close button,
/// its text, and a find bar.
class ArticlePane : public QFrame
{
    Q_OBJECT
public:
    ArticlePane(Document *document, ClaimSelection *selection, QWidget *parent = nullptr);

    ArticleId article() const;
    void setArticle(ArticleId article);
    ArticleTextView *view() const { return m_view; }
    FindBar *findBar() const { return m_find; }
    void setClosable(bool closable);
    /// Marks the pane the keyboard works in.
    void setCurrent(bool current);
    /// "The Marrowick Ledger: 5 claims, 1,234 words", for the status bar.
    QString summary() const;

Q_SIGNALS:
    void articleChanged(crossread::ArticleId article);
    void closeRequested();
    void activated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Selects the shown article in the chooser.
    void showChoice();
    void updateHeader();

    Document *m_document;
    QComboBox *m_chooser;
    ArticleChoiceModel *m_choices;
    QLabel *m_details;
    QToolButton *m_close;
    ArticleTextView *m_view;
    FindBar *m_find;
    qsizetype m_words = 0;
};

} // namespace crossread
