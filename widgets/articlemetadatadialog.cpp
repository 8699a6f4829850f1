#include "articlemetadatadialog.h"

#include <models/document.h>

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossread {
namespace {

QString readableSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

ArticleMetadataDialog::ArticleMetadataDialog(const Article &article, QWidget *parent)
    : QDialog(parent)
    , m_original(article.meta)
    , m_inferred(article.meta.inferred)
{
    setWindowTitle(tr("Article Properties"));
    setObjectName(QStringLiteral("ArticleMetadataDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    const ArticleMetadata &m = article.meta;
    m_title = addLine(form, tr("&Title:"), m.title, ArticleField::Title);
    m_outlet = addLine(form, tr("&Outlet:"), m.outlet, ArticleField::Outlet);
    m_author = addLine(form, tr("&Author:"), m.author, ArticleField::Author);
    m_published = addLine(form, tr("&Published:"),
                          m.published.isValid() ? m.published.toString(Qt::ISODate) : QString(), ArticleField::Date);
    m_published->setPlaceholderText(tr("YYYY-MM-DD"));
    m_dateHint = new QLabel(tr("Write the date as YYYY-MM-DD, e.g. 2025-05-30."), this);
    m_dateHint->setObjectName(QStringLiteral("dateHint"));
    m_dateHint->setForegroundRole(QPalette::BrightText);
    m_dateHint->hide();
    form->addRow(QString(), m_dateHint);
    m_url = addLine(form, tr("&URL:"), m.url, ArticleField::Url);

    m_language = new QComboBox(this);
    m_language->setEditable(true);
    m_language->addItems({QString(), QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("en"),
                          QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("pl"),
                          QStringLiteral("pt"), QStringLiteral("ru"), QStringLiteral("tr"), QStringLiteral("uk")});
    m_language->setCurrentText(m.language);
    m_language->setToolTip(tr("A two-letter language code, such as en, fr or uk"));
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language, 1);
    if (m.isInferred(ArticleField::Language)) {
        auto *mark = new QLabel(tr("<i>guessed</i>"), this);
        mark->setToolTip(tr("Detected from the text at import. Editing the field confirms it."));
        languageRow->addWidget(mark);
        m_marks.insert(quint32(ArticleField::Language), mark);
        connect(m_language, &QComboBox::currentTextChanged, this, [this] { confirm(ArticleField::Language); });
    }
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);

    m_labels = new QLineEdit(m.labels.join(QStringLiteral(", ")), this);
    m_labels->setPlaceholderText(tr("comma-separated, e.g. business, daily"));
    form->addRow(tr("La&bels:"), m_labels);
    m_notes = new QPlainTextEdit(m.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);

    auto *source = new QGroupBox(tr("Source file"), this);
    auto *sourceForm = new QFormLayout(source);
    const Provenance &p = article.provenance;
    const auto addFact = [&](const QString &label, const QString &value) {
        auto *fact = new QLabel(value.isEmpty() ? tr("—") : value, source);
        fact->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        fact->setWordWrap(true);
        sourceForm->addRow(label, fact);
    };
    addFact(tr("File:"), p.fileName);
    addFact(tr("Size:"), p.fileSize > 0 ? readableSize(p.fileSize) : QString());
    addFact(tr("Format:"), p.format);
    addFact(tr("Encoding:"), p.encoding);
    addFact(tr("SHA-256:"), QString::fromLatin1(p.sha256.toHex()));
    addFact(tr("Imported:"),
            p.importedAtMs > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.importedAtMs), QLocale::LongFormat)
                               : QString());
    if (article.previousVersion != NoId)
        addFact(tr("New version of:"), idToString(EntityKind::Article, article.previousVersion));
    layout->addWidget(source);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (m_inferred != 0) {
        QPushButton *confirmAll = buttons->addButton(tr("&Confirm Guesses"), QDialogButtonBox::ActionRole);
        confirmAll->setObjectName(QStringLiteral("confirmGuesses"));
        confirmAll->setToolTip(tr("Mark every guessed field as checked"));
        connect(confirmAll, &QPushButton::clicked, this, [this, confirmAll] {
            for (quint32 field : m_marks.keys())
                confirm(ArticleField(field));
            confirmAll->setEnabled(false);
        });
    }
    connect(m_published, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        const bool valid = text.trimmed().isEmpty() || QDate::fromString(text.trimmed(), Qt::ISODate).isValid();
        m_dateHint->setVisible(!valid);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QLineEdit *ArticleMetadataDialog::addLine(QFormLayout *form, const QString &label, const QString &value,
                                          ArticleField field)
{
    auto *edit = new QLineEdit(value, this);
    if (!(m_inferred & quint32(field))) {
        form->addRow(label, edit);
        return edit;
    }
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    auto *mark = new QLabel(tr("<i>guessed</i>"), this);
    mark->setToolTip(tr("Guessed from the file at import: check it. Editing the field confirms it."));
    row->addWidget(mark);
    m_marks.insert(quint32(field), mark);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { confirm(field); });
    // A row that is a layout gets no buddy from QFormLayout: give it one,
    // so that the label's shortcut works and its "&" does not show.
    auto *name = new QLabel(label, this);
    name->setBuddy(edit);
    form->addRow(name, row);
    return edit;
}

void ArticleMetadataDialog::confirm(ArticleField field)
{
    m_inferred &= ~quint32(field);
    if (QLabel *mark = m_marks.value(quint32(field)))
        mark->hide();
}

ArticleMetadata ArticleMetadataDialog::metadata() const
{
    ArticleMetadata m = m_original;
    m.title = m_title->text().trimmed();
    m.outlet = m_outlet->text().trimmed();
    m.author = m_author->text().trimmed();
    m.published = QDate::fromString(m_published->text().trimmed(), Qt::ISODate);
    m.url = m_url->text().trimmed();
    m.language = m_language->currentText().trimmed();
    m.labels.clear();
    for (const QString &label : m_labels->text().split(u',', Qt::SkipEmptyParts)) {
        if (!label.trimmed().isEmpty())
            m.labels << label.trimmed();
    }
    m.notes = m_notes->toPlainText();
    m.inferred = m_inferred;
    return m;
}

bool ArticleMetadataDialog::edit(Document &document, ArticleId id, QWidget *parent)
{
    const Article *article = findById(document.project().articles, id);
    if (!article)
        return false;
    ArticleMetadataDialog dialog(*article, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ArticleMetadata edited = dialog.metadata();
    if (edited == article->meta)
        return false;
    return document.setArticleMetadata(id, edited);
}

} // namespace crossread
