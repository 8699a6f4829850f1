#include "articleitemdelegate.h"

#include <QApplication>
#include <QPainter>

namespace crossread {
namespace {

constexpr int kPadding = 5;

/// The lines of an item's text (the delegate's display text turns '\n' into
/// U+2028 LINE SEPARATOR).
QStringList linesOf(const QString &text)
{
    QString copy = text;
    return copy.replace(QChar::LineSeparator, u'\n').split(u'\n');
}

} // namespace

void ArticleItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStringList lines = linesOf(opt.text);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const QRect area = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    QFont bold = opt.font;
    bold.setBold(lines.size() > 1);
    const QFontMetrics boldMetrics(bold), metrics(opt.font);
    painter->setFont(bold);
    painter->drawText(area.topLeft() + QPoint(0, boldMetrics.ascent()),
                      boldMetrics.elidedText(lines.value(0), Qt::ElideRight, area.width()));
    if (lines.size() > 1) {
        painter->setFont(opt.font);
        painter->drawText(area.topLeft() + QPoint(0, boldMetrics.height() + metrics.ascent()),
                          metrics.elidedText(lines.value(1), Qt::ElideRight, area.width()));
    }
    painter->restore();
}

QSize ArticleItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto lines = linesOf(opt.text).size();
    QFont bold = opt.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + int(lines - 1) * QFontMetrics(opt.font).height();
    return {QFontMetrics(opt.font).averageCharWidth() * 20, height + 2 * kPadding};
}

} // namespace crossread
