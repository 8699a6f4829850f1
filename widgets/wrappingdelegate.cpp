#include "wrappingdelegate.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace crossread {

WrappingDelegate::WrappingDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    view->setItemDelegate(this);
    m_viewport->installEventFilter(this);
    connect(view->header(), &QHeaderView::sectionResized, view, &QAbstractItemView::doItemsLayout,
            Qt::QueuedConnection);
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = m_view->columnWidth(index.column());
    if (width <= 0)
        return QStyledItemDelegate::sizeHint(option, index);
    // What the style leaves for the text: the cell less its margins (and icon).
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    int textWidth = width - 2 * margin - 4;
    if (opt.features & QStyleOptionViewItem::HasDecoration)
        textWidth -= opt.decorationSize.width() + 2 * margin;
    const QRect bounds = opt.fontMetrics.boundingRect(QRect(0, 0, std::max(40, textWidth), 100000),
                                                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, opt.text);
    return {width, bounds.height() + 2 * margin + 2};
}

bool WrappingDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_viewport)
        QTimer::singleShot(0, m_view, &QAbstractItemView::doItemsLayout);
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace crossread
