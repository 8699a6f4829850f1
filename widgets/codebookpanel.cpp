#include "codebookpanel.h"

#include "counttext.h"
#include "tagcontrast.h"
#include "userprompts.h"

#include <models/defaultcodebook.h>
#include <models/document.h>
#include <models/tagtreemodel.h>

#include <QAction>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

namespace crossread {
namespace {

/// Draws a tag's key at the right of its row, and a warning sign before it
/// when the tag's colour is hard to read (its tooltip says why).
class TagDelegate : public QStyledItemDelegate
{
public:
    TagDelegate(const Document *document, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_document(document)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const Tag *tag = findById(m_document->project().tags, TagId(index.internalId()));
        if (!tag)
            return;
        const bool low = !tagContrastProblem(QColor::fromRgba(tag->color), option.palette).isEmpty();
        if (tag->shortcut.isEmpty() && !low)
            return;
        painter->save();
        painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                   : QPalette::PlaceholderText));
        const QString text = (low ? QStringLiteral("⚠ ") : QString()) + tag->shortcut;
        painter->drawText(option.rect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        const Tag *tag = findById(m_document->project().tags, TagId(index.internalId()));
        const QString problem = tag ? tagContrastProblem(QColor::fromRgba(tag->color), view->palette()) : QString();
        if (event->type() != QEvent::ToolTip || problem.isEmpty())
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        QToolTip::showText(event->globalPos(), problem, view);
        return true;
    }

private:
    const Document *m_document;
};

} // namespace

CodebookPanel::CodebookPanel(Document *document, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_model(new TagTreeModel(document, this))
    , m_view(new QTreeView(this))
    , m_contrast(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_contrast);
    m_contrast->setObjectName(QStringLiteral("contrastWarning"));
    m_contrast->setWordWrap(true);
    m_contrast->setContentsMargins(6, 4, 6, 4);
    m_contrast->hide();

    m_view->setObjectName(QStringLiteral("codebookTree"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TagDelegate(document, m_view));
    m_view->setHeaderHidden(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAccessibleName(tr("Codebook"));
    m_view->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view,
            [this](const QModelIndex &under) { m_view->expand(under); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodebookPanel::checkContrast);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CodebookPanel::checkContrast);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CodebookPanel::checkContrast);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CodebookPanel::checkContrast);
    checkContrast();

    const auto action = [&](const QString &text, const QString &tip, auto slot, const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setToolTip(tip);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_view->addAction(a);
        return a;
    };
    toolbar->addAction(action(
        tr("Add"), tr("Add a tag (Insert)"), [this] { addTag(false); }, Qt::Key_Insert));
    toolbar->addAction(action(
        tr("Add Sub"), tr("Add a tag inside the selected one (Shift+Insert)"), [this] { addTag(true); },
        Qt::SHIFT | Qt::Key_Insert));
    action(tr("Rename"), tr("Rename the tag (F2)"), [this] { m_view->edit(m_view->currentIndex()); });
    toolbar->addAction(action(tr("Colour…"), tr("Change the tag's colour"), [this] { recolourCurrent(); }));
    toolbar->addAction(
        action(tr("Key…"), tr("The key that tags a selection with this tag"), [this] { setShortcutOfCurrent(); }));
    toolbar->addAction(action(tr("Merge…"), tr("Merge the tag into another"), [this] { mergeCurrent(); }));
    toolbar->addAction(action(
        tr("Delete"), tr("Delete the tag and its subtags (Delete)"), [this] { deleteCurrent(); },
        QKeySequence::Delete));
}

void CodebookPanel::checkContrast()
{
    QStringList hard;
    for (const Tag &tag : m_document->project().tags) {
        if (!tagContrastProblem(QColor::fromRgba(tag.color), m_view->palette()).isEmpty())
            hard << tag.name;
    }
    m_contrast->setVisible(!hard.isEmpty());
    m_contrast->setText(hard.isEmpty() ? QString()
                                       : tr("⚠ Hard to read on this page: %1. Give them another colour (Colour…).")
                                             .arg(hard.join(QStringLiteral(", "))));
}

void CodebookPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        checkContrast();
}

TagId CodebookPanel::currentTag() const
{
    return m_model->tagAt(m_view->currentIndex());
}

TagId CodebookPanel::addTag(bool asChild)
{
    const TagId parent = asChild ? currentTag() : NoId;
    if (asChild && parent == NoId)
        return NoId;
    // A colour the codebook has used least.
    const QList<Tag> palette = defaultCodebook();
    const QRgb color = palette[qsizetype(m_document->project().tags.size()) % palette.size()].color;
    const TagId id = m_document->addTag({NoId, parent, tr("New tag"), color, {}, {}});
    const QModelIndex index = m_model->indexOf(id);
    m_view->setCurrentIndex(index);
    m_view->edit(index); // name it in place
    return id;
}

void CodebookPanel::recolourCurrent()
{
    const Tag *tag = findById(m_document->project().tags, currentTag());
    if (!tag)
        return;
    const QColor color = m_prompts->chooseColor(this, QColor::fromRgba(tag->color));
    if (!color.isValid())
        return;
    Tag changed = *tag;
    changed.color = color.rgba();
    m_document->setTag(changed);
}

void CodebookPanel::setShortcutOfCurrent()
{
    const Tag *tag = findById(m_document->project().tags, currentTag());
    if (!tag)
        return;
    const std::optional<QString> key = m_prompts->chooseShortcut(this, tag->name, tag->shortcut);
    if (!key)
        return;
    m_document->setTagShortcut(tag->id, *key);
}

void CodebookPanel::mergeCurrent()
{
    const Tag *tag = findById(m_document->project().tags, currentTag());
    if (!tag)
        return;
    QList<TagId> targets;
    QStringList names;
    for (const Tag &other : m_document->project().tags) {
        bool inside = false; // not into its own subtree
        for (TagId up = other.id; up != NoId && !inside; up = findById(m_document->project().tags, up)->parent)
            inside = up == tag->id;
        if (!inside) {
            targets << other.id;
            names << other.name;
        }
    }
    const int chosen = m_prompts->chooseItem(this, tr("Merge Tag"), tr("Merge “%1” into:").arg(tag->name), names);
    if (chosen >= 0)
        m_document->mergeTags(tag->id, targets[chosen]);
}

void CodebookPanel::deleteCurrent()
{
    const TagId id = currentTag();
    const Tag *tag = findById(m_document->project().tags, id);
    if (!tag)
        return;
    const int uses = m_document->claimsWithTag(id);
    if (uses > 0
        && !m_prompts->confirm(this, tr("Delete Tag"),
                               tr("%1 the tag “%2”. Delete the tag and take it off them? (Edit → Undo brings it back.)")
                                   .arg(countText(uses, tr("1 claim carries"), tr("%1 claims carry")), tag->name)))
        return;
    m_document->removeTags({id});
}

} // namespace crossread
