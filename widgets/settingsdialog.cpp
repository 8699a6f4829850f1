#include "settingsdialog.h"

#include "cuestyle.h"
#include "swatch.h"
#include "tagcontrast.h"

#include <models/document.h>
#include <models/export/exportformat.h>
#include <models/export/exportoptions.h>
#include <models/interfacelanguage.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crossread {
namespace {

enum TagColumn { TagNameColumn, TagKeyColumn, TagContrastColumn };

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void addChoices(QComboBox *box, const QList<std::pair<QString, QVariant>> &choices, const QVariant &current)
{
    for (const auto &[label, value] : choices)
        box->addItem(label, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

SettingsDialog::SettingsDialog(const Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_pages(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    const ReadingStyle style = ReadingStyle::load();
    const Preferences preferences = Preferences::load();
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->addTab(readingPage(style), tr("&Reading"));
    m_pages->addTab(appearancePage(preferences), tr("&Appearance"));
    m_pages->addTab(tagsPage(), tr("&Tags"));
    m_pages->addTab(cuesPage(preferences), tr("C&ues"));
    m_pages->addTab(filesPage(preferences), tr("&Files"));
    m_pages->addTab(exportPage(preferences), tr("E&xport"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

QWidget *SettingsDialog::readingPage(const ReadingStyle &style)
{
    auto *page = new QWidget(this);
    m_fontFamily = new QFontComboBox(page);
    m_fontFamily->setCurrentFont(style.font);
    m_fontFamily->setObjectName(QStringLiteral("fontFamily"));
    m_fontSize = new QDoubleSpinBox(page);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(7, 40);
    m_fontSize->setDecimals(1);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(style.font.pointSizeF());
    m_lineWidth = new QComboBox(page);
    m_lineWidth->setObjectName(QStringLiteral("lineWidth"));
    addChoices(m_lineWidth,
               {{tr("Narrow (60 characters)"), 60},
                {tr("Medium (72 characters)"), 72},
                {tr("Wide (90 characters)"), 90},
                {tr("Full width"), 0}},
               style.lineWidth);
    m_lineSpacing = new QComboBox(page);
    m_lineSpacing->setObjectName(QStringLiteral("lineSpacing"));
    addChoices(m_lineSpacing, {{tr("Compact"), 125}, {tr("Comfortable"), 150}, {tr("Airy"), 180}}, style.lineSpacing);
    m_snap = new QCheckBox(tr("Widen selections to whole &words when tagging"), page);
    m_snap->setObjectName(QStringLiteral("snapToWords"));
    m_snap->setChecked(style.snapToWords);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Font:"), m_fontFamily);
    form->addRow(tr("&Size:"), m_fontSize);
    form->addRow(tr("Line &width:"), m_lineWidth);
    form->addRow(tr("Line s&pacing:"), m_lineSpacing);
    form->addRow(m_snap);
    return page;
}

QWidget *SettingsDialog::appearancePage(const Preferences &preferences)
{
    auto *page = new QWidget(this);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    addChoices(
        m_theme,
        {{tr("As the system"), int(Theme::System)}, {tr("Light"), int(Theme::Light)}, {tr("Dark"), int(Theme::Dark)}},
        int(preferences.theme));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    QList<std::pair<QString, QVariant>> languages{{tr("As the system"), QString()},
                                                  {QStringLiteral("English"), QStringLiteral("en")}};
    for (const QString &code : interfaceTranslations())
        languages.append({languageName(code), code});
    addChoices(m_language, languages, preferences.language);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note(tr("A new language shows when Crossread starts again."), page));
    return page;
}

QWidget *SettingsDialog::tagsPage()
{
    auto *page = new QWidget(this);
    const std::vector<Tag> &tags = m_document->project().tags;
    m_tags = new QTableWidget(int(tags.size()), 3, page);
    m_tags->setObjectName(QStringLiteral("tagShortcuts"));
    m_tags->setAccessibleName(tr("Tag keys"));
    m_tags->setHorizontalHeaderLabels({tr("Tag"), tr("Key"), tr("Contrast")});
    m_tags->verticalHeader()->hide();
    m_tags->horizontalHeader()->setSectionResizeMode(TagNameColumn, QHeaderView::Stretch);
    m_tags->setSelectionMode(QAbstractItemView::NoSelection);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < int(tags.size()); ++row) {
        const Tag &tag = tags[size_t(row)];
        auto *name = new QTableWidgetItem(tagPath(tags, tag.id));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, tag.id);
        name->setIcon(swatchIcon(QColor::fromRgba(tag.color)));
        m_tags->setItem(row, TagNameColumn, name);
        auto *key = new QKeySequenceEdit(QKeySequence(tag.shortcut), m_tags);
        key->setAccessibleName(tr("Key of %1").arg(tag.name));
        connect(key, &QKeySequenceEdit::keySequenceChanged, this, &SettingsDialog::updateShortcutWarning);
        m_tags->setCellWidget(row, TagKeyColumn, key);
        const QString problem = tagContrastProblem(QColor::fromRgba(tag.color), palette());
        auto *contrast = new QTableWidgetItem(problem.isEmpty() ? tr("Good") : tr("Low"));
        contrast->setFlags(Qt::ItemIsEnabled);
        contrast->setToolTip(problem);
        if (!problem.isEmpty())
            contrast->setIcon(warning);
        m_tags->setItem(row, TagContrastColumn, contrast);
    }
    m_shortcutWarning = new QLabel(page);
    m_shortcutWarning->setObjectName(QStringLiteral("shortcutWarning"));
    m_shortcutWarning->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("The keys of this project's tags: with words selected in a pane, the key tags them. "
                              "A key belongs to one tag."),
                           page));
    layout->addWidget(m_tags, 1);
    layout->addWidget(m_shortcutWarning);
    updateShortcutWarning();
    return page;
}

void SettingsDialog::updateShortcutWarning()
{
    QStringList repeated;
    QHash<QString, int> seen;
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const QString key = static_cast<QKeySequenceEdit *>(m_tags->cellWidget(row, TagKeyColumn))
                                ->keySequence()
                                .toString(QKeySequence::NativeText);
        if (!key.isEmpty() && ++seen[key] == 2)
            repeated << key;
    }
    m_shortcutWarning->setText(repeated.isEmpty()
                                   ? QString()
                                   : tr("Given to more than one tag: %1. The tag lowest in the list keeps it.")
                                         .arg(repeated.join(QStringLiteral(", "))));
    m_shortcutWarning->setVisible(!repeated.isEmpty());
}

QWidget *SettingsDialog::cuesPage(const Preferences &preferences)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("What new projects colour in the text. Each project keeps its own choice "
                              "(View → Cues); pressing Ok applies this one to the open project too."),
                           page));
    const QColor base = palette().color(QPalette::Base);
    for (CueKind kind : allCueKinds) {
        auto *box = new QCheckBox(cueKindLabel(kind), page);
        box->setObjectName(QStringLiteral("cue-") + cueKindKey(kind));
        box->setIcon(swatchIcon(cueColor(kind, base)));
        box->setChecked(!(preferences.hiddenCues & cueBit(kind)));
        layout->addWidget(box);
        m_cues << box;
    }
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::filesPage(const Preferences &preferences)
{
    auto *page = new QWidget(this);
    m_annotator = new QLineEdit(preferences.annotator, page);
    m_annotator->setObjectName(QStringLiteral("annotator"));
    m_autosave = new QSpinBox(page);
    m_autosave->setObjectName(QStringLiteral("autosave"));
    m_autosave->setRange(0, 120);
    m_autosave->setSpecialValueText(tr("Never"));
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setValue(preferences.autosaveMinutes);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Your &name:"), m_annotator);
    form->addRow(note(tr("Claims and links you make carry this name."), page));
    form->addRow(tr("&Save every:"), m_autosave);
    form->addRow(note(tr("Saves a project that has a file and unsaved changes. Whatever this says, every edit is "
                         "journaled within a second: after a crash, Crossread offers it back."),
                      page));
    return page;
}

QWidget *SettingsDialog::exportPage(const Preferences &preferences)
{
    auto *page = new QWidget(this);
    m_exportFormat = new QComboBox(page);
    m_exportFormat->setObjectName(QStringLiteral("exportFormat"));
    for (ExportFormat f : allExportFormats())
        m_exportFormat->addItem(exportFormatLabel(f), int(f));
    m_exportFormat->setCurrentIndex(std::max(0, m_exportFormat->findData(preferences.exports.format)));
    m_exportSections = new QListWidget(page);
    m_exportSections->setObjectName(QStringLiteral("exportSections"));
    m_exportSections->setAccessibleName(tr("Report sections"));
    for (ReportSection section : allReportSections()) {
        auto *item = new QListWidgetItem(reportSectionLabel(section), m_exportSections);
        item->setData(Qt::UserRole, int(section));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(preferences.exports.omittedSections.contains(int(section)) ? Qt::Unchecked : Qt::Checked);
    }
    m_hideAnnotators = new QCheckBox(tr("Leave out who made claims and links"), page);
    m_hideAnnotators->setChecked(preferences.exports.hideAnnotators);
    m_bom = new QCheckBox(tr("Byte order mark in CSV, for spreadsheets"), page);
    m_bom->setChecked(preferences.exports.byteOrderMark);
    auto *form = new QFormLayout(page);
    form->addRow(note(tr("What the export dialog starts from."), page));
    form->addRow(tr("&Format:"), m_exportFormat);
    form->addRow(tr("Report &sections:"), m_exportSections);
    form->addRow(m_hideAnnotators);
    form->addRow(m_bom);
    return page;
}

SettingsDialog::Result SettingsDialog::result() const
{
    Result r;
    r.reading = ReadingStyle::load();
    r.reading.font = m_fontFamily->currentFont();
    r.reading.font.setPointSizeF(m_fontSize->value());
    r.reading.lineWidth = m_lineWidth->currentData().toInt();
    r.reading.lineSpacing = m_lineSpacing->currentData().toInt();
    r.reading.snapToWords = m_snap->isChecked();

    Preferences &p = r.preferences;
    p = Preferences::load();
    p.theme = Theme(m_theme->currentData().toInt());
    p.language = m_language->currentData().toString();
    p.annotator = m_annotator->text().trimmed();
    p.autosaveMinutes = m_autosave->value();
    p.hiddenCues = 0;
    for (int i = 0; i < m_cues.size(); ++i) {
        if (!m_cues[i]->isChecked())
            p.hiddenCues |= cueBit(allCueKinds[i]);
    }
    p.exports.format = m_exportFormat->currentData().toInt();
    p.exports.omittedSections.clear();
    for (int i = 0; i < m_exportSections->count(); ++i) {
        if (m_exportSections->item(i)->checkState() != Qt::Checked)
            p.exports.omittedSections << m_exportSections->item(i)->data(Qt::UserRole).toInt();
    }
    p.exports.hideAnnotators = m_hideAnnotators->isChecked();
    p.exports.byteOrderMark = m_bom->isChecked();

    const std::vector<Tag> &tags = m_document->project().tags;
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const TagId id = m_tags->item(row, TagNameColumn)->data(Qt::UserRole).toUInt();
        const QString key = static_cast<QKeySequenceEdit *>(m_tags->cellWidget(row, TagKeyColumn))
                                ->keySequence()
                                .toString(QKeySequence::PortableText);
        const Tag *tag = findById(tags, id);
        if (tag && tag->shortcut != key)
            r.shortcuts.append({id, key});
    }
    return r;
}

} // namespace crossread
