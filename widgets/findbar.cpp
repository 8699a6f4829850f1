#include "findbar.h"

#include "articletextview.h"

#include <models/textsearch.h>

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace crossread {

FindBar::FindBar(ArticleTextView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    m_edit->setPlaceholderText(tr("Find in this article"));
    m_edit->setAccessibleName(tr("Find in this article"));
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    auto *previousButton = new QToolButton(this);
    previousButton->setArrowType(Qt::UpArrow);
    previousButton->setToolTip(tr("Previous (Shift+Enter)"));
    previousButton->setAutoRaise(true);
    auto *nextButton = new QToolButton(this);
    nextButton->setArrowType(Qt::DownArrow);
    nextButton->setToolTip(tr("Next (Enter)"));
    nextButton->setAutoRaise(true);
    auto *closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close (Escape)"));
    closeButton->setAutoRaise(true);
    layout->addWidget(previousButton);
    layout->addWidget(nextButton);
    layout->addWidget(closeButton);
    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(previousButton, &QToolButton::clicked, this, &FindBar::previous);
    connect(nextButton, &QToolButton::clicked, this, &FindBar::next);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::open()
{
    setVisible(true);
    const QTextCursor cursor = m_view->textCursor();
    if (cursor.hasSelection() && !cursor.selectedText().contains(QChar::ParagraphSeparator))
        m_edit->setText(cursor.selectedText());
    m_edit->setFocus();
    m_edit->selectAll();
    search();
}

void FindBar::setText(const QString &text)
{
    m_edit->setText(text);
}

void FindBar::search()
{
    m_hits.clear();
    const QString needle = m_edit->text();
    const QString text = m_view->toPlainText();
    for (qsizetype at : findAll(text, needle))
        m_hits.emplace_back(int(at), int(at + needle.size()));
    // The first hit after the caret.
    const int caret = m_view->textCursor().selectionStart();
    m_current = m_hits.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_hits.size(); ++i) {
        if (m_hits[i].first >= caret) {
            m_current = int(i);
            break;
        }
    }
    show(m_current);
}

void FindBar::show(int hit)
{
    m_current = hit;
    m_view->setSearchHits(m_hits, hit);
    if (m_edit->text().isEmpty())
        m_count->clear();
    else if (m_hits.isEmpty())
        m_count->setText(tr("no match"));
    else
        m_count->setText(tr("%1 of %2").arg(hit + 1).arg(m_hits.size()));
}

void FindBar::next()
{
    if (!m_hits.isEmpty())
        show(int((m_current + 1) % m_hits.size()));
}

void FindBar::previous()
{
    if (!m_hits.isEmpty())
        show(int((m_current - 1 + m_hits.size()) % m_hits.size()));
}

void FindBar::close()
{
    m_view->setSearchHits({}, -1);
    hide();
    m_view->setFocus();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        (event->modifiers() & Qt::ShiftModifier) ? previous() : next();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace crossread
