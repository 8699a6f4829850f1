#include "claiminspector.h"

#include "relationstyle.h"
#include "swatch.h"

#include <models/claimselection.h>
#include <models/document.h>
#include <models/rownotifier.h>
#include <models/vocabulary.h>

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStringListModel>
#include <QVBoxLayout>

namespace crossread {
namespace {

template<class E>
void fill(QComboBox *box)
{
    for (E value : allValues<E>())
        box->addItem(labelOf(value), int(value));
}

} // namespace

ClaimInspector::ClaimInspector(Document *document, ClaimSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_pages(new QStackedWidget(this))
    , m_quote(new QLabel(this))
    , m_article(new QLabel(this))
    , m_tags(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_speaker(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_confidence(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_times(new QLabel(this))
    , m_links(new QListWidget(this))
{
    setObjectName(QStringLiteral("claimInspector"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    auto *empty = new QLabel(tr("Select a claim in an article or in the claims table to see and edit it here."), this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setMargin(12);
    m_pages->addWidget(empty);

    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QLabel *label : {m_quote, m_article, m_times})
        label->setTextFormat(Qt::PlainText); // quotes are text, never markup
    m_quote->setWordWrap(true);
    QFont italic = m_quote->font();
    italic.setItalic(true);
    m_quote->setFont(italic);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_quote->setObjectName(QStringLiteral("inspectorQuote"));
    form->addRow(tr("Quote:"), m_quote);
    m_article->setWordWrap(true);
    form->addRow(tr("Article:"), m_article);
    m_tags->setObjectName(QStringLiteral("inspectorTags"));
    m_tags->setMaximumHeight(150);
    form->addRow(tr("&Tags:"), m_tags);
    fill<ClaimKind>(m_kind);
    form->addRow(tr("&Kind:"), m_kind);
    m_speaker->setPlaceholderText(tr("who the article says makes the claim"));
    m_speaker->setAccessibleName(tr("Attributed to"));
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_speaker->setCompleter(completer);
    form->addRow(tr("&Attributed to:"), m_speaker);
    fill<VerificationStatus>(m_status);
    form->addRow(tr("&Status:"), m_status);
    fill<Confidence>(m_confidence);
    form->addRow(tr("&Confidence:"), m_confidence);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Ctrl+Enter or leaving the field saves the note"));
    m_note->setMinimumHeight(70);
    m_note->installEventFilter(this);
    form->addRow(tr("&Note:"), m_note);
    m_times->setForegroundRole(QPalette::PlaceholderText);
    m_times->setWordWrap(true);
    form->addRow(QString(), m_times);
    m_links->setObjectName(QStringLiteral("inspectorLinks"));
    m_links->setMaximumHeight(110);
    m_links->setAccessibleName(tr("Links of the claim"));
    m_links->setToolTip(tr("Double-click to show the linked claim"));
    auto *linkTo = new QPushButton(tr("&Link to…"), page);
    linkTo->setToolTip(tr("Link this claim to another one (Ctrl+L); or drag the claim onto a claim in another pane"));
    connect(linkTo, &QPushButton::clicked, this, &ClaimInspector::linkRequested);
    auto *linksBox = new QVBoxLayout;
    linksBox->addWidget(m_links);
    linksBox->addWidget(linkTo, 0, Qt::AlignLeft);
    form->addRow(tr("Links:"), linksBox);
    m_pages->addWidget(page);
    connect(m_links, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT claimActivated(ClaimId(item->data(Qt::UserRole).toUInt())); });
    for (auto signal : {&RowNotifier::rowsInserted, &RowNotifier::rowsRemoved, &RowNotifier::rowsChanged})
        connect(document->linkRows(), signal, this, [this] { refresh(); });

    connect(m_tags, &QListWidget::itemChanged, this, &ClaimInspector::apply);
    for (QComboBox *box : {m_kind, m_status, m_confidence})
        connect(box, &QComboBox::activated, this, &ClaimInspector::apply);
    connect(m_speaker, &QLineEdit::editingFinished, this, &ClaimInspector::apply);

    connect(selection, &ClaimSelection::currentChanged, this, &ClaimInspector::show);
    connect(document->claimRows(), &RowNotifier::rowsChanged, this, [this] { refresh(); });
    connect(document->tagRows(), &RowNotifier::rowsInserted, this, [this] { refresh(); });
    connect(document->tagRows(), &RowNotifier::rowsRemoved, this, [this] { refresh(); });
    connect(document->tagRows(), &RowNotifier::rowsChanged, this, [this] { refresh(); });
    show(NoId);
}

void ClaimInspector::show(ClaimId claim)
{
    if (m_claim != NoId && m_claim != claim)
        apply(); // a note typed and not yet left: keep it
    m_claim = claim;
    updateSpeakers();
    refresh();
}

void ClaimInspector::focusFirstField()
{
    if (m_claim != NoId)
        m_tags->setFocus(Qt::ShortcutFocusReason);
}

void ClaimInspector::updateSpeakers()
{
    QSet<QString> speakers;
    for (const Claim &claim : m_document->project().claims) {
        if (!claim.attributes.attributedTo.isEmpty())
            speakers.insert(claim.attributes.attributedTo);
    }
    QStringList sorted(speakers.begin(), speakers.end());
    sorted.sort(Qt::CaseInsensitive);
    static_cast<QStringListModel *>(m_speaker->completer()->model())->setStringList(sorted);
}

void ClaimInspector::refresh()
{
    const Project &p = m_document->project();
    const Claim *claim = findById(p.claims, m_claim);
    m_pages->setCurrentIndex(claim ? 1 : 0);
    if (!claim)
        return;
    m_updating = true;
    m_quote->setText(claim->anchor.quote); // as the article has it, its own quotation marks included
    const Article *article = findById(p.articles, claim->article);
    m_article->setText(article ? article->sourceName() + u" — " + article->displayTitle() : QString());
    m_tags->clear();
    for (const Tag &tag : p.tags) {
        auto *item = new QListWidgetItem(tag.name, m_tags);
        item->setIcon(swatchIcon(QColor::fromRgba(tag.color)));
        item->setData(Qt::UserRole, tag.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(claim->attributes.tags.contains(tag.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_kind->setCurrentIndex(m_kind->findData(int(claim->attributes.kind)));
    if (!m_speaker->hasFocus())
        m_speaker->setText(claim->attributes.attributedTo);
    m_status->setCurrentIndex(m_status->findData(int(claim->attributes.status)));
    m_confidence->setCurrentIndex(m_confidence->findData(int(claim->attributes.confidence)));
    if (!m_note->hasFocus())
        m_note->setPlainText(claim->attributes.note);
    const auto when
        = [](qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); };
    QString times = tr("Made %1").arg(when(claim->createdMs));
    if (!claim->author.isEmpty())
        times += u' ' + tr("by %1").arg(claim->author);
    if (claim->modifiedMs != claim->createdMs)
        times += u"; " + tr("changed %1").arg(when(claim->modifiedMs));
    m_times->setText(times + u'.');
    m_links->clear();
    for (const Link &link : p.links) {
        if (!link.involves(claim->id))
            continue;
        const ClaimId otherId = link.from == claim->id ? link.to : link.from;
        const Claim *other = findById(p.claims, otherId);
        const Article *where = other ? findById(p.articles, other->article) : nullptr;
        if (!other)
            continue;
        auto *item = new QListWidgetItem(labelOf(link.relation) + u": “" + other->anchor.quote.simplified() + u"” — "
                                             + (where ? where->sourceName() : QString()),
                                         m_links);
        item->setIcon(relationIcon(link.relation));
        item->setData(Qt::UserRole, otherId);
        item->setToolTip(link.note.isEmpty() ? other->anchor.quote : other->anchor.quote + u"\n\n" + link.note);
    }
    if (m_links->count() == 0)
        (new QListWidgetItem(tr("None yet"), m_links))->setFlags(Qt::NoItemFlags);
    m_updating = false;
}

void ClaimInspector::apply()
{
    if (m_updating)
        return;
    const Claim *claim = findById(m_document->project().claims, m_claim);
    if (!claim)
        return;
    ClaimAttributes attributes = claim->attributes;
    attributes.tags.clear();
    for (int row = 0; row < m_tags->count(); ++row) {
        if (m_tags->item(row)->checkState() == Qt::Checked)
            attributes.tags << TagId(m_tags->item(row)->data(Qt::UserRole).toUInt());
    }
    attributes.kind = ClaimKind(m_kind->currentData().toInt());
    attributes.attributedTo = m_speaker->text().trimmed();
    attributes.status = VerificationStatus(m_status->currentData().toInt());
    attributes.confidence = Confidence(m_confidence->currentData().toInt());
    attributes.note = m_note->toPlainText();
    m_document->setClaimAttributes(claim->id, attributes); // nothing when nothing changed
    updateSpeakers();
}

bool ClaimInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note) {
        if (event->type() == QEvent::FocusOut)
            apply();
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && (key->modifiers() & Qt::ControlModifier)) {
                apply();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace crossread
