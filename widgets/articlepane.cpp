#include "articlepane.h"

#include "articlechoicemodel.h"
#include "articletextview.h"
#include "claimhighlighter.h"
#include "counttext.h"
#include "findbar.h"

#include <models/document.h>
#include <models/rownotifier.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace crossread {
ArticlePane::ArticlePane(Document *document, ClaimSelection *selection, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_chooser(new QComboBox(this))
    , m_details(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_view(new ArticleTextView(document, selection, this))
    , m_find(new FindBar(m_view, this))
{
    setObjectName(QStringLiteral("articlePane"));
    setFrameShape(QFrame::Box);
    setLineWidth(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("paneHeader"));
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::Window);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(8, 6, 6, 6);
    headerLayout->setSpacing(2);
    auto *top = new QHBoxLayout;
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    m_chooser->setToolTip(tr("The article shown here (or drag one from the article list)"));
    m_chooser->setAccessibleName(tr("Article"));
    QFont bold = m_chooser->font();
    bold.setBold(true);
    m_chooser->setFont(bold);
    // After the font: a font set later lays out every row of the list again.
    m_choices = new ArticleChoiceModel(document, tr("Choose an article…"), m_chooser);
    m_chooser->setModel(m_choices);
    top->addWidget(m_chooser, 1);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this pane"));
    m_close->setAccessibleName(tr("Close pane"));
    top->addWidget(m_close);
    headerLayout->addLayout(top);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    headerLayout->addWidget(m_details);
    layout->addWidget(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_find);

    m_view->setAccessibleName(tr("Article text"));
    m_view->installEventFilter(this);
    m_chooser->installEventFilter(this);

    connect(m_chooser, &QComboBox::activated, this,
            [this](int index) { setArticle(ArticleId(m_chooser->itemData(index).toUInt())); });
    connect(m_close, &QToolButton::clicked, this, &ArticlePane::closeRequested);
    connect(m_view, &ArticleTextView::articleDropped, this, &ArticlePane::setArticle);
    for (const RowNotifier *rows : {document->articleRows()}) {
        connect(rows, &RowNotifier::rowsInserted, this, &ArticlePane::showChoice);
        connect(rows, &RowNotifier::rowsRemoved, this, &ArticlePane::showChoice);
        connect(rows, &RowNotifier::rowsChanged, this, &ArticlePane::updateHeader);
        // An article that goes takes its pane's text with it.
        connect(rows, &RowNotifier::rowsAboutToBeRemoved, this, [this](int first, int last) {
            for (int row = first; row <= last; ++row) {
                if (m_document->project().articles[size_t(row)].id == article())
                    setArticle(NoId);
            }
        });
    }
    connect(m_view->highlighter(), &ClaimHighlighter::spansChanged, this, &ArticlePane::updateHeader);
    connect(document, &Document::projectReset, this, &ArticlePane::showChoice);
    showChoice();
    updateHeader();
}

ArticleId ArticlePane::article() const
{
    return m_view->article();
}

void ArticlePane::setArticle(ArticleId article)
{
    if (article != NoId && !findById(m_document->project().articles, article))
        article = NoId;
    if (article == m_view->article() && (article == NoId || !m_view->toPlainText().isEmpty()))
        return;
    m_find->close();
    m_view->setArticle(article);
    // Words: runs of letters and digits (counted once; the text never changes).
    m_words = 0;
    bool inWord = false;
    for (QChar c : m_view->toPlainText()) {
        const bool letter = c.isLetterOrNumber();
        m_words += letter && !inWord;
        inWord = letter;
    }
    showChoice();
    updateHeader();
    Q_EMIT articleChanged(article);
}

void ArticlePane::setClosable(bool closable)
{
    m_close->setEnabled(closable);
}

void ArticlePane::setCurrent(bool current)
{
    // Only the frame's colour changes: a change of size would move the text
    // under the mouse that just clicked it.
    QPalette p = palette();
    p.setColor(QPalette::WindowText, current ? p.color(QPalette::Highlight) : p.color(QPalette::Mid));
    setPalette(p);
}

void ArticlePane::showChoice()
{
    const QSignalBlocker block(m_chooser);
    m_chooser->setCurrentIndex(m_choices->rowOf(article()));
}

void ArticlePane::updateHeader()
{
    const Article *a = findById(m_document->project().articles, article());
    if (!a) {
        m_details->setText(tr("Drag an article here from the article list, or choose one above."));
        setAccessibleName(tr("Empty pane"));
        setAccessibleDescription(m_details->text());
        m_view->setAccessibleDescription(QString());
        return;
    }
    QStringList facts;
    if (a->meta.published.isValid())
        facts << QLocale().toString(a->meta.published, QLocale::LongFormat);
    if (!a->meta.author.isEmpty())
        facts << tr("by %1").arg(a->meta.author);
    facts << countText(m_words, tr("1 word"), tr("%1 words"))
          << countText(qsizetype(m_view->highlighter()->spans().size()), tr("1 claim"), tr("%1 claims"));
    m_details->setText(facts.join(u" · "));
    // What a screen reader says of the pane and of its text.
    setAccessibleName(tr("Pane: %1").arg(a->sourceName()));
    setAccessibleDescription(a->displayTitle() + u". " + m_details->text());
    m_view->setAccessibleDescription(tr("%1, by %2").arg(a->displayTitle(), a->sourceName()));
}

QString ArticlePane::summary() const
{
    const Article *a = findById(m_document->project().articles, article());
    if (!a)
        return tr("Empty pane");
    return a->sourceName() + u": " + m_details->text();
}

bool ArticlePane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        Q_EMIT activated();
    return QFrame::eventFilter(watched, event);
}

} // namespace crossread
