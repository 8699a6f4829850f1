#pragma once

#include <QStyledItemDelegate>

namespace crossread {

/// Draws an entry of the article list on two lines, as ArticleListModel
/// gives it: where and when in bold, then the headline, both elided to the
/// width, with room between entries.
class ArticleItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace crossread
