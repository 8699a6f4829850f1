#pragma once

#include <QStyledItemDelegate>

QT_BEGIN_NAMESPACE
class QTreeView;
QT_END_NAMESPACE

namespace crossread {

/// Rows as tall as their text wrapped to the column's width: QTreeView asks
/// a delegate for a row's height without the column's width, so wrapped
/// text would be cut to its first lines. Installing it on a view also lays
/// the rows out again when a column or the view changes width.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    QWidget *m_viewport; ///< kept: the view may be half destroyed when its viewport's last events come

};

} // namespace crossread
