#include "matrixpanel.h"

#include "relationstyle.h"
#include "swatch.h"
#include "userprompts.h"

#include <models/comparisonmatrixmodel.h>
#include <models/document.h>
#include <models/modelroles.h>
#include <models/propositiongrouping.h>
#include <models/rownotifier.h>
#include <models/vocabulary.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace crossread {
namespace {

QColor stanceColor(Stance stance)
{
    switch (stance) {
    case Stance::Asserts:
        return relationColor(Relation::Corroborates);
    case Stance::Differs:
        return relationColor(Relation::Differs);
    case Stance::Contradicts:
        return relationColor(Relation::Contradicts);
    }
    return {};
}

/// A cell: a bar and symbol in the stance's colour (= asserts, ≈ differs,
/// ✕ contradicts), the elided quote, and below it the differing values;
/// an omission is hatched and says so.
class MatrixCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        painter->save();
        const QRect r = option.rect.adjusted(2, 2, -2, -2);
        const QPalette &pal = option.palette;
        if (option.state & QStyle::State_Selected)
            painter->fillRect(option.rect, pal.color(QPalette::Highlight).lighter(170));
        if (index.data(OmissionRole).toBool()) {
            QColor hatch = pal.color(QPalette::Mid);
            hatch.setAlpha(90);
            painter->fillRect(r, QBrush(hatch, Qt::BDiagPattern));
            QFont italic = option.font;
            italic.setItalic(true);
            painter->setFont(italic);
            painter->setPen(pal.color(QPalette::PlaceholderText));
            painter->drawText(r, Qt::AlignCenter, QCoreApplication::translate("crossread::MatrixPanel", "omitted"));
            painter->restore();
            return;
        }
        const Stance stance = Stance(index.data(StanceRole).toInt());
        const QColor color = stanceColor(stance);
        painter->fillRect(QRect(r.left(), r.top(), 4, r.height()), color);
        const QString symbol = stance == Stance::Asserts ? QStringLiteral("=")
            : stance == Stance::Differs                  ? QStringLiteral("≈")
                                                         : QStringLiteral("✕");
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(color.darker(120));
        const QRect symbolRect(r.left() + 8, r.top(), 14, option.fontMetrics.height());
        painter->drawText(symbolRect, Qt::AlignLeft | Qt::AlignVCenter, symbol);

        const QStringList differing = index.data(DiscrepancyRole).toStringList();
        const int lineHeight = option.fontMetrics.height();
        QRect textRect = r.adjusted(24, 0, 0, differing.isEmpty() ? 0 : -lineHeight);
        painter->setFont(option.font);
        painter->setPen(pal.color(option.state & QStyle::State_Selected ? QPalette::Text : QPalette::Text));
        const int lines = std::max(1, textRect.height() / lineHeight);
        QString text = index.data().toString();
        // Word-wrap into the lines there are, eliding the last.
        QStringList rows;
        while (!text.isEmpty() && rows.size() < lines) {
            if (rows.size() == lines - 1) {
                rows << option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());
                break;
            }
            int cut = int(text.size());
            while (cut > 0 && option.fontMetrics.horizontalAdvance(text.left(cut)) > textRect.width()) {
                const int space = int(text.lastIndexOf(u' ', cut - 1));
                cut = space > 0 ? space : cut - 1;
            }
            cut = std::max(cut, 1);
            rows << text.left(cut);
            text = text.mid(cut).trimmed();
        }
        for (int i = 0; i < rows.size(); ++i)
            painter->drawText(textRect.adjusted(0, i * lineHeight, 0, 0), Qt::AlignLeft | Qt::AlignTop, rows[i]);
        if (!differing.isEmpty()) {
            painter->setFont(bold);
            painter->setPen(relationColor(Relation::Differs).darker(130));
            const QRect valuesRect(r.left() + 8, r.bottom() - lineHeight, r.width() - 8, lineHeight);
            painter->drawText(
                valuesRect, Qt::AlignLeft | Qt::AlignVCenter,
                option.fontMetrics.elidedText(u"≠ " + differing.join(u", "), Qt::ElideRight, valuesRect.width()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(220, option.fontMetrics.height() * 4 + 6);
    }
};

} // namespace

MatrixPanel::MatrixPanel(Document *document, UserPrompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_prompts(prompts)
    , m_model(new ComparisonMatrixModel(document, this))
    , m_tag(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_columns(new QToolButton(this))
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
{
    m_model->setActive(false); // until its dock is seen (MainWindow)
    m_progress->setObjectName(QStringLiteral("matrixProgress"));
    m_progress->setFormat(tr("Building the matrix… %p%"));
    m_progress->setAccessibleName(tr("Building the comparison matrix"));
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_tag->setAccessibleName(tr("Tag filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), -1);
    for (VerificationStatus s : allValues<VerificationStatus>())
        m_status->addItem(labelOf(s), int(s));
    m_columns->setText(tr("Columns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setMenu(new QMenu(m_columns));
    m_columns->setToolTip(tr("Show or hide the articles' columns"));
    connect(m_columns->menu(), &QMenu::aboutToShow, this, &MatrixPanel::fillColumnsMenu);
    rebuildTagFilter();

    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setAccessibleName(tr("Comparison matrix: a row per proposition, a column per source"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new MatrixCellDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setDefaultSectionSize(230);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() * 4 + 8);
    m_table->verticalHeader()->setMaximumWidth(260);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setToolTip(tr("Double-click a proposition to rename it"));
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setToolTip(QString());

    auto *bar = new QHBoxLayout;
    auto *legend = new QLabel(tr("= asserts   ≈ differs   ✕ contradicts   ▨ omitted"), this);
    legend->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_tag, 1);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_columns);
    bar->addWidget(m_progress);
    bar->addStretch();
    bar->addWidget(legend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    // A build on a worker shows its progress once it has taken a moment
    // (most end before a bar would be read); meanwhile the matrix shown is
    // the one before.
    auto *progressDelay = new QTimer(this);
    progressDelay->setSingleShot(true);
    progressDelay->setInterval(ProgressDelayMs);
    connect(progressDelay, &QTimer::timeout, m_progress, &QWidget::show);
    connect(m_model, &ComparisonMatrixModel::buildingChanged, this, [this, progressDelay](bool building) {
        m_progress->setRange(0, 0);
        m_progress->setVisible(false);
        if (building)
            progressDelay->start();
        else
            progressDelay->stop();
    });
    connect(m_model, &ComparisonMatrixModel::buildProgress, m_progress, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });

    connect(m_tag, &QComboBox::currentIndexChanged, this, &MatrixPanel::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MatrixPanel::applyFilter);
    for (auto signal : {&RowNotifier::rowsInserted, &RowNotifier::rowsRemoved, &RowNotifier::rowsChanged})
        connect(document->tagRows(), signal, this, &MatrixPanel::rebuildTagFilter);
    connect(document, &Document::projectReset, this, [this] {
        m_hidden.clear();
        rebuildTagFilter();
    });
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const auto claims = index.data(ClaimIdsRole).value<QList<ClaimId>>();
        if (!claims.isEmpty())
            Q_EMIT claimActivated(claims.first());
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const auto claims = index.data(ClaimIdsRole).value<QList<ClaimId>>();
        if (!claims.isEmpty())
            Q_EMIT claimActivated(claims.first());
    });
    connect(m_table->verticalHeader(), &QHeaderView::sectionDoubleClicked, this, &MatrixPanel::renameProposition);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int column = m_table->horizontalHeader()->logicalIndexAt(pos);
        const ArticleId article = m_model->articleAt(column);
        if (article == NoId)
            return;
        QMenu menu;
        menu.addAction(tr("Hide This Column"), this, [this, article] { setArticleHidden(article, true); });
        menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
    });
}

void MatrixPanel::rebuildTagFilter()
{
    const TagId current = TagId(m_tag->currentData().toUInt());
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), 0u);
    const Project &p = m_document->project();
    for (const Tag &tag : p.tags) {
        int depth = 0;
        for (TagId up = tag.parent; up != NoId && depth < 8; ++depth) {
            const Tag *parent = findById(p.tags, up);
            up = parent ? parent->parent : NoId;
        }
        m_tag->addItem(swatchIcon(QColor::fromRgba(tag.color)), QString(depth * 2, u' ') + tag.name, tag.id);
    }
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
    applyFilter();
}

void MatrixPanel::applyFilter()
{
    MatrixFilter filter;
    filter.tag = TagId(m_tag->currentData().toUInt());
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.status = VerificationStatus(status);
    filter.hiddenArticles = m_hidden;
    m_model->setFilter(filter);
}

void MatrixPanel::setArticleHidden(ArticleId article, bool hidden)
{
    if (hidden == m_hidden.contains(article))
        return;
    if (hidden)
        m_hidden << article;
    else
        m_hidden.removeAll(article);
    applyFilter();
}

void MatrixPanel::fillColumnsMenu()
{
    QMenu *menu = m_columns->menu();
    menu->clear();
    for (const Article &article : m_document->project().articles) {
        QAction *a = menu->addAction(article.sourceName() + u" — " + article.displayTitle());
        a->setCheckable(true);
        a->setChecked(!m_hidden.contains(article.id));
        connect(a, &QAction::toggled, this, [this, id = article.id](bool shown) { setArticleHidden(id, !shown); });
    }
}

void MatrixPanel::renameProposition(int row)
{
    const Project &p = m_document->project();
    const Proposition *prop = findById(p.propositions, m_model->propositionAt(row));
    if (!prop)
        return;
    const std::optional<QString> label = m_prompts->askText(
        this, tr("Rename Proposition"), tr("Label (empty: the first claim's words):"), propositionLabel(p, *prop));
    if (label)
        m_document->setProposition(prop->id, *label, prop->note);
}

} // namespace crossread
