#include "comparisonmatrixmodel.h"

#include "document.h"
#include "longworkpool.h"
#include "modelroles.h"
#include "propositiongrouping.h"
#include "rownotifier.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

QString mentionKindLabel(MentionKind kind)
{
    switch (kind) {
    case MentionKind::Number:
        return ComparisonMatrixModel::tr("numbers");
    case MentionKind::Date:
        return ComparisonMatrixModel::tr("dates");
    case MentionKind::Person:
        return ComparisonMatrixModel::tr("people");
    }
    return {};
}

} // namespace

ComparisonMatrixModel::ComparisonMatrixModel(const Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    const auto editedMuch = [this] {
        m_rebuild = true;
        scheduleUpdate();
    };
    for (const RowNotifier *rows : {document->articleRows(), document->tagRows(), document->claimRows(),
                                    document->linkRows(), document->propositionRows()}) {
        connect(rows, &RowNotifier::rowsInserted, this, editedMuch);
        connect(rows, &RowNotifier::rowsRemoved, this, editedMuch);
        if (rows != document->claimRows())
            connect(rows, &RowNotifier::rowsChanged, this, editedMuch);
    }
    // A claim's values changed: only the rows of its proposition can change.
    connect(document->claimRows(), &RowNotifier::rowsChanged, this, [this](int first, int last) {
        const auto &claims = m_document->project().claims;
        if (last - first >= MaxChangedClaims || m_changedClaims.size() >= MaxChangedClaims) {
            m_rebuild = true;
        } else {
            for (int row = first; row <= last && row < int(claims.size()); ++row)
                m_changedClaims.insert(claims[size_t(row)].id);
        }
        scheduleUpdate();
    });
    connect(document, &Document::aboutToResetProject, this, [this] {
        cancelBuild();
        beginResetModel();
    });
    connect(document, &Document::projectReset, this, [this] {
        m_filter = {};
        m_discrepancies.clear();
        m_matrix = {};
        m_stale = !m_active;
        m_pending = false;
        m_rebuild = false;
        m_changedClaims.clear();
        endResetModel();
        if (m_active)
            rebuild();
    });
    m_build = new QFutureWatcher<ComparisonMatrix>(this);
    connect(m_build, &QFutureWatcherBase::finished, this, &ComparisonMatrixModel::buildFinished);
    connect(m_build, &QFutureWatcherBase::progressValueChanged, this,
            [this](int done) { Q_EMIT buildProgress(done, m_build->progressMaximum()); });
    rebuild();
}

ComparisonMatrixModel::~ComparisonMatrixModel()
{
    cancelBuild();
}

void ComparisonMatrixModel::setFilter(const MatrixFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    cancelBuild(); // of the old filter
    rebuild();
}

void ComparisonMatrixModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        rebuild();
}

void ComparisonMatrixModel::scheduleUpdate()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    if (isBuilding()) {
        m_rebuild = true; // the build in progress read the project before this edit
        return;
    }
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_pending)
                return; // brought up to date meanwhile
            if (m_active) {
                if (m_rebuild)
                    rebuild();
                else
                    updateChangedClaims();
            } else { // deactivated meanwhile
                m_pending = false;
                m_stale = true;
            }
        },
        Qt::QueuedConnection);
}

void ComparisonMatrixModel::rebuild()
{
    if (qsizetype(m_document->project().claims.size()) < m_backgroundFrom) {
        updateNow();
        return;
    }
    if (isBuilding()) {
        m_rebuild = true; // once it is done
        return;
    }
    m_pending = false;
    m_stale = false;
    m_rebuild = false;
    m_changedClaims.clear();
    QThreadPool *pool = m_pool ? m_pool : longWorkPool();
    m_build->setFuture(QtConcurrent::run(
        pool, [input = matrixInput(m_document->project(), effectiveFilter())](QPromise<ComparisonMatrix> &promise) {
            ComparisonMatrix matrix = buildMatrix(input, [&](qsizetype done, qsizetype total) {
                promise.setProgressRange(0, int(total));
                promise.setProgressValue(int(done));
                return !promise.isCanceled();
            });
            if (!promise.isCanceled())
                promise.addResult(std::move(matrix));
        }));
    m_building = true;
    Q_EMIT buildingChanged(true);
}

void ComparisonMatrixModel::cancelBuild()
{
    if (!isBuilding())
        return;
    m_build->cancel();
    // What it finds is of a project or filter no longer shown: it finishes
    // unwatched, owning its input.
    m_build->setFuture(QFuture<ComparisonMatrix>());
    m_building = false;
    Q_EMIT buildingChanged(false);
}

void ComparisonMatrixModel::buildFinished()
{
    QFuture<ComparisonMatrix> future = m_build->future();
    if (!m_building || future.isCanceled() || future.resultCount() == 0)
        return;
    m_building = false;
    m_build->setFuture(QFuture<ComparisonMatrix>()); // let the result go
    apply(future.takeResult()); // not result(): a copy of 1,000,000 claims' rows
    Q_EMIT buildingChanged(false);
    if (m_rebuild) { // edits came meanwhile
        if (m_active)
            rebuild();
        else
            m_stale = true;
    }
}

MatrixFilter ComparisonMatrixModel::effectiveFilter() const
{
    MatrixFilter filter = m_filter;
    if (filter.tag != NoId && !findById(m_document->project().tags, filter.tag))
        filter.tag = NoId; // the tag was deleted: show everything rather than nothing
    return filter;
}

void ComparisonMatrixModel::updateNow()
{
    cancelBuild();
    m_pending = false;
    m_stale = false;
    m_rebuild = false;
    m_changedClaims.clear();
    apply(buildMatrix(m_document->project(), effectiveFilter()));
}

void ComparisonMatrixModel::updateChangedClaims()
{
    m_pending = false;
    const QSet<ClaimId> changed = std::exchange(m_changedClaims, {});
    const Project &project = m_document->project();
    QList<const Proposition *> propositions;
    for (const Proposition &prop : project.propositions) {
        if (std::any_of(prop.claims.begin(), prop.claims.end(), [&](ClaimId c) { return changed.contains(c); }))
            propositions.append(&prop);
    }
    std::vector<ComparisonMatrix::Row> next
        = buildMatrixRows(project, effectiveFilter(), m_matrix.columns, propositions);
    auto &rows = m_matrix.rows;
    const int columnCount = int(m_matrix.columns.size());
    auto incoming = next.begin();
    for (const Proposition *prop : propositions) {
        const bool kept = incoming != next.end() && incoming->proposition == prop->id;
        const auto at
            = std::lower_bound(rows.begin(), rows.end(), prop->id,
                               [](const ComparisonMatrix::Row &r, PropositionId v) { return r.proposition < v; });
        const int row = int(at - rows.begin());
        const bool shown = at != rows.end() && at->proposition == prop->id;
        if (shown && kept) {
            *at = std::move(*incoming++);
            // Even with the same cells, the claims' texts, statuses and
            // discrepancies shown may have changed.
            if (columnCount > 0)
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount - 1));
            Q_EMIT headerDataChanged(Qt::Vertical, row, row);
        } else if (shown) {
            beginRemoveRows({}, row, row);
            rows.erase(at);
            endRemoveRows();
        } else if (kept) {
            beginInsertRows({}, row, row);
            rows.insert(at, std::move(*incoming++));
            endInsertRows();
        }
    }
}

void ComparisonMatrixModel::syncColumns(const QList<ArticleId> &next)
{
    auto &columns = m_matrix.columns;
    // Keep the longest run of current columns that is already in the new
    // order (greedily), remove the others, then insert what is missing.
    QHash<ArticleId, int> oldPosition;
    for (int i = 0; i < columns.size(); ++i)
        oldPosition.insert(columns[i], i);
    QSet<int> kept;
    int last = -1;
    for (ArticleId id : next) {
        const int position = oldPosition.value(id, -1);
        if (position > last) {
            kept.insert(position);
            last = position;
        }
    }
    for (int i = int(columns.size()) - 1; i >= 0; --i) {
        if (kept.contains(i))
            continue;
        beginRemoveColumns({}, i, i);
        columns.removeAt(i);
        for (auto &row : m_matrix.rows)
            row.cells.removeColumn(size_t(i));
        endRemoveColumns();
    }
    // What is left is in the new order: insert each run of missing columns
    // at once (a new project's 10,000 articles one by one took the header
    // view seconds).
    for (int j = 0; j < next.size();) {
        if (j < columns.size() && columns[j] == next[j]) {
            ++j;
            continue;
        }
        int end = j + 1;
        while (end < next.size() && (j >= columns.size() || next[end] != columns[j]))
            ++end;
        beginInsertColumns({}, j, end - 1);
        columns.insert(j, end - j, NoId);
        std::copy(next.begin() + j, next.begin() + end, columns.begin() + j);
        for (auto &row : m_matrix.rows) {
            for (int k = j; k < end; ++k)
                row.cells.insertColumn(size_t(k));
        }
        endInsertColumns();
        j = end;
    }
    Q_ASSERT(columns == next);
}

std::pair<int, int> ComparisonMatrixModel::mergeRows(std::vector<ComparisonMatrix::Row> next)
{
    auto &rows = m_matrix.rows;
    QSet<PropositionId> nextIds;
    for (const auto &row : next)
        nextIds.insert(row.proposition);
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (nextIds.contains(rows[size_t(i)].proposition))
            continue;
        int first = i;
        while (first > 0 && !nextIds.contains(rows[size_t(first - 1)].proposition))
            --first;
        beginRemoveRows({}, first, i);
        rows.erase(rows.begin() + first, rows.begin() + i + 1);
        endRemoveRows();
        i = first;
    }
    // What is left is in the order of the new rows: walk both, inserting
    // each run of new rows before the next row that stays.
    int firstChanged = -1, lastChanged = -1;
    for (size_t j = 0; j < next.size();) {
        auto &incoming = next[j];
        if (j < rows.size() && rows[j].proposition == incoming.proposition) {
            if (!(rows[j] == incoming)) {
                rows[j] = std::move(incoming);
                firstChanged = firstChanged < 0 ? int(j) : firstChanged;
                lastChanged = int(j);
            }
            ++j;
            continue;
        }
        size_t end = j + 1;
        while (end < next.size() && (j >= rows.size() || next[end].proposition != rows[j].proposition))
            ++end;
        beginInsertRows({}, int(j), int(end - 1));
        rows.insert(rows.begin() + qsizetype(j), std::make_move_iterator(next.begin() + qsizetype(j)),
                    std::make_move_iterator(next.begin() + qsizetype(end)));
        endInsertRows();
        j = end;
    }
    Q_ASSERT(rows.size() == next.size());
    return {firstChanged, lastChanged};
}

void ComparisonMatrixModel::apply(ComparisonMatrix next)
{
    syncColumns(next.columns);

    auto &rows = m_matrix.rows;
    const int columnCount = int(m_matrix.columns.size());
    int firstChanged = -1, lastChanged = -1;
    const bool fresh = rows.empty(); // the first build, most often: nothing to merge
    if (fresh) {
        if (!next.rows.empty()) {
            beginInsertRows({}, 0, int(next.rows.size()) - 1);
            rows = std::move(next.rows);
            endInsertRows();
        }
    } else {
        std::tie(firstChanged, lastChanged) = mergeRows(std::move(next.rows));
    }
    if (firstChanged >= 0 && columnCount > 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, columnCount - 1));

    // Labels, outlets and dates may have changed without moving anything.
    if (!fresh && !rows.empty())
        Q_EMIT headerDataChanged(Qt::Vertical, 0, int(rows.size()) - 1);
    if (columnCount > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount - 1);

    if (firstChanged >= 0 && columnCount > 0) {
        // Discrepancies are looked for again when their claims' facts changed
        // (DiscrepancyCache); the marks of unchanged rows may move too.
        Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount - 1), {DiscrepancyRole});
    }
}

int ComparisonMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int ComparisonMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.columns.size());
}

PropositionId ComparisonMatrixModel::propositionAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_matrix.rows[size_t(row)].proposition : NoId;
}

ArticleId ComparisonMatrixModel::articleAt(int column) const
{
    return m_matrix.columns.value(column, NoId);
}

int ComparisonMatrixModel::rowOfProposition(PropositionId id) const
{
    const auto &rows = m_matrix.rows;
    const auto it
        = std::lower_bound(rows.begin(), rows.end(), id,
                           [](const ComparisonMatrix::Row &row, PropositionId v) { return row.proposition < v; });
    return it != rows.end() && it->proposition == id ? int(it - rows.begin()) : -1;
}

int ComparisonMatrixModel::columnOfArticle(ArticleId id) const
{
    return int(m_matrix.columns.indexOf(id));
}

QList<Discrepancy> ComparisonMatrixModel::discrepancies(int row) const
{
    const PropositionId id = propositionAt(row);
    const Project &project = m_document->project();
    const Proposition *prop = findById(project.propositions, id);
    if (!prop)
        return {};
    return m_discrepancies.of(project, *prop);
}

QString ComparisonMatrixModel::cellText(const ComparisonMatrix::Cell &cell) const
{
    QStringList quotes;
    for (ClaimId id : cell.claims) {
        if (const Claim *claim = findById(m_document->project().claims, id))
            quotes << claim->anchor.quote.simplified();
    }
    return quotes.join(u" · ");
}

QStringList ComparisonMatrixModel::cellDiscrepancies(int row, const ComparisonMatrix::Cell &cell) const
{
    QStringList values;
    if (cell.claims.isEmpty())
        return values;
    for (const Discrepancy &d : discrepancies(row)) {
        for (const auto &v : d.values) {
            if (!cell.claims.contains(v.claim))
                continue;
            for (const QString &text : distinctTexts(v.mentions)) {
                if (!values.contains(text))
                    values << text;
            }
        }
    }
    return values;
}

QString ComparisonMatrixModel::cellToolTip(int row, const ComparisonMatrix::Cell &cell) const
{
    const Project &project = m_document->project();
    if (cell.isOmission())
        return tr("Not reported by this source");
    QStringList lines;
    for (ClaimId id : cell.claims) {
        if (const Claim *claim = findById(project.claims, id))
            lines << u"“"_s + claim->anchor.quote + u"”"_s;
    }
    lines << stanceLabel(cell.stance);
    for (const Discrepancy &d : discrepancies(row)) {
        QStringList here, elsewhere;
        for (const auto &v : d.values) {
            (cell.claims.contains(v.claim) ? here : elsewhere) << distinctTexts(v.mentions).join(u", ");
        }
        if (!here.isEmpty())
            lines << tr("Differs on %1: %2 here; %3 elsewhere")
                         .arg(mentionKindLabel(d.kind), here.join(u"; "), elsewhere.join(u"; "));
    }
    return lines.join(u'\n');
}

QVariant ComparisonMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonMatrix::Cell &cell = m_matrix.rows[size_t(index.row())].cells[size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell);
    case Qt::ToolTipRole:
        return cellToolTip(index.row(), cell);
    case Qt::AccessibleTextRole:
        return cell.isOmission() ? tr("Omitted") : stanceLabel(cell.stance) + u": "_s + cellText(cell);
    case Qt::AccessibleDescriptionRole:
        return cellToolTip(index.row(), cell);
    case StanceRole:
        return cell.isOmission() ? QVariant() : QVariant(int(cell.stance));
    case OmissionRole:
        return cell.isOmission();
    case ClaimIdsRole:
        return QVariant::fromValue(cell.claims);
    case DiscrepancyRole:
        return cellDiscrepancies(index.row(), cell);
    case IdRole:
        return cell.claims.isEmpty() ? QVariant() : QVariant(cell.claims.first());
    default:
        return {};
    }
}

QVariant ComparisonMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Project &project = m_document->project();
    if (orientation == Qt::Vertical) {
        const Proposition *prop = findById(project.propositions, propositionAt(section));
        if (!prop)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return propositionLabel(project, *prop);
        case Qt::ToolTipRole: {
            const auto &cells = m_matrix.rows[size_t(section)].cells;
            const size_t reported = cells.reportedCount();
            return QString(propositionLabel(project, *prop) + u'\n'
                           + tr("Reported by %1 of %2 sources").arg(reported).arg(cells.size())
                           + (prop->note.isEmpty() ? QString() : u"\n\n"_s + prop->note));
        }
        case IdRole:
            return prop->id;
        default:
            return {};
        }
    }
    const Article *article = findById(project.articles, articleAt(section));
    if (!article)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = article->sourceName();
        const QDate date = article->meta.published;
        return date.isValid() ? QString(name + u'\n' + QLocale().toString(date, QLocale::ShortFormat)) : name;
    }
    case Qt::ToolTipRole:
        return article->displayTitle();
    case IdRole:
        return article->id;
    default:
        return {};
    }
}

} // namespace crossread
