#include "tagpickerdialog.h"

#include "swatch.h"

#include <models/project.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace crossread {

TagPickerDialog::TagPickerDialog(const Project &project, const QString &quote, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Tag as Claim"));
    auto *layout = new QVBoxLayout(this);
    auto *quoteLabel = new QLabel(this);
    quoteLabel->setWordWrap(true);
    quoteLabel->setTextFormat(Qt::PlainText);
    const QString shown = quote.size() > 200 ? quote.left(199) + u'…' : quote;
    quoteLabel->setText(QStringLiteral("“") + shown + QStringLiteral("”"));
    layout->addWidget(quoteLabel);
    m_filter->setPlaceholderText(tr("Type to find a tag"));
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);
    for (const Tag &tag : project.tags) {
        // Children below their parents, indented by depth.
        int depth = 0;
        for (TagId up = tag.parent; up != NoId;
             up = findById(project.tags, up) ? findById(project.tags, up)->parent : NoId)
            ++depth;
        auto *item = new QListWidgetItem(QString(depth * 4, u' ') + tag.name, m_list);
        item->setIcon(swatchIcon(QColor::fromRgba(tag.color), 14));
        item->setData(Qt::UserRole, tag.id);
        item->setData(Qt::UserRole + 1, tag.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (!tag.shortcut.isEmpty())
            item->setToolTip(tr("Key: %1").arg(tag.shortcut));
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Tag"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &TagPickerDialog::applyFilter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    resize(380, 420);
}

void TagPickerDialog::applyFilter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool match = item->data(Qt::UserRole + 1).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (first)
        m_list->setCurrentItem(first);
}

bool TagPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // While typing in the filter, arrows and Space work the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down || key->key() == Qt::Key_PageUp
            || key->key() == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::ControlModifier) {
            if (QListWidgetItem *item = m_list->currentItem())
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QList<TagId> TagPickerDialog::chosenTags() const
{
    QList<TagId> tags;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            tags << TagId(m_list->item(row)->data(Qt::UserRole).toUInt());
    }
    if (tags.isEmpty() && m_list->currentItem() && !m_list->currentItem()->isHidden())
        tags << TagId(m_list->currentItem()->data(Qt::UserRole).toUInt());
    return tags;
}

} // namespace crossread
