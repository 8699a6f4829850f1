#include "claimfiltermodel.h"

#include "claimtablemodel.h"
#include "document.h"
#include "modelroles.h"
#include "rownotifier.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

#include <numeric>

namespace crossread {
namespace {

/// Case folding that keeps every offset: one UTF-16 unit for one.
QString foldedCopy(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // ASCII without the character tables: most of a Latin text.
        *out++ = u < 0x80 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : c.toCaseFolded();
    }
    return folded;
}

int compareKeys(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString(), Qt::CaseInsensitive);
    const qint64 x = a.toLongLong(), y = b.toLongLong();
    return x < y ? -1 : (x > y ? 1 : 0);
}

} // namespace

ClaimFilterModel::ClaimFilterModel(const Document *document, ClaimTableModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_document(document)
{
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::rowsInserted, this, &ClaimFilterModel::onRowsInserted);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ClaimFilterModel::onRowsAboutToBeRemoved);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &ClaimFilterModel::onRowsRemoved);
    connect(source, &QAbstractItemModel::dataChanged, this, &ClaimFilterModel::onDataChanged);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_recent.clear();
        clearTexts();
        rebuild();
        endResetModel();
    });
    // Articles come and go: their folded texts with them.
    for (auto signal : {&RowNotifier::rowsInserted, &RowNotifier::rowsRemoved}) {
        connect(document->articleRows(), signal, this, &ClaimFilterModel::clearTexts);
    }
    rebuild();
}

ClaimFilterModel::~ClaimFilterModel() = default;

void ClaimFilterModel::setFilterText(const QString &text)
{
    ClaimFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void ClaimFilterModel::setFilter(const ClaimFilter &filter)
{
    if (filter == m_filter)
        return;
    // Typing on only narrows: the claims to check are those shown.
    const bool narrowing = !m_filter.text.isEmpty() && filter.text.contains(m_filter.text, Qt::CaseInsensitive)
        && filter.tag == m_filter.tag && filter.article == m_filter.article && filter.kind == m_filter.kind
        && filter.status == m_filter.status;
    m_filter = filter;
    m_foldedText = foldedCopy(filter.text);
    m_tags.clear();
    if (filter.tag != NoId) {
        // The tag and every tag below it.
        const auto &tags = m_document->project().tags;
        m_tags << filter.tag;
        for (bool grew = true; grew;) {
            grew = false;
            for (const Tag &tag : tags) {
                if (tag.parent != NoId && m_tags.contains(tag.parent) && !m_tags.contains(tag.id)) {
                    m_tags << tag.id;
                    grew = true;
                }
            }
        }
        std::sort(m_tags.begin(), m_tags.end());
    }
    refilter(narrowing);
}

bool ClaimFilterModel::matchesOther(int sourceRow) const
{
    const Claim &claim = m_document->project().claims[size_t(sourceRow)];
    if (m_filter.article != NoId && claim.article != m_filter.article)
        return false;
    if (m_filter.kind && claim.attributes.kind != *m_filter.kind)
        return false;
    if (m_filter.status && claim.attributes.status != *m_filter.status)
        return false;
    if (!m_tags.isEmpty()) {
        const auto &tags = claim.attributes.tags;
        if (std::none_of(tags.begin(), tags.end(),
                         [this](TagId t) { return std::binary_search(m_tags.begin(), m_tags.end(), t); }))
            return false;
    }
    return true;
}

bool ClaimFilterModel::matchesText(int sourceRow) const
{
    if (m_foldedText.isEmpty())
        return true;
    const Claim &claim = m_document->project().claims[size_t(sourceRow)];
    if (claim.attributes.note.contains(m_filter.text, Qt::CaseInsensitive)
        || claim.attributes.attributedTo.contains(m_filter.text, Qt::CaseInsensitive))
        return true;
    const QString &text = foldedText(claim.article);
    if (claim.anchor.end > text.size()) // the article went; the claim goes next
        return false;
    return QStringView(text).sliced(claim.anchor.start, claim.anchor.length()).contains(m_foldedText);
}

bool ClaimFilterModel::accepts(int sourceRow) const
{
    return matchesOther(sourceRow) && matchesText(sourceRow);
}

void ClaimFilterModel::clearTexts()
{
    m_texts.clear();
    ++m_textsGeneration;
}

void ClaimFilterModel::prepareTextSearch()
{
    if (m_preparing)
        return;
    QList<std::pair<ArticleId, QString>> texts; // shared copies: safe to hand over
    for (const Article &a : m_document->project().articles) {
        if (!m_texts.contains(a.id))
            texts.append({a.id, a.text});
    }
    if (texts.isEmpty())
        return;
    m_preparing = true;
    auto *watcher = new QFutureWatcher<QList<std::pair<ArticleId, QString>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation = m_textsGeneration] {
        watcher->deleteLater();
        m_preparing = false;
        if (generation != m_textsGeneration) // the articles changed since
            return;
        for (const auto &[id, folded] : watcher->result()) {
            if (!m_texts.contains(id))
                m_texts.insert(id, folded);
        }
    });
    watcher->setFuture(QtConcurrent::run(
        [](QList<std::pair<ArticleId, QString>> list) {
            for (auto &[id, text] : list)
                text = foldedCopy(text);
            return list;
        },
        std::move(texts)));
}

const QString &ClaimFilterModel::foldedText(ArticleId article) const
{
    // Found, only read: scanAll's threads share the texts this way.
    if (const auto found = m_texts.constFind(article); found != m_texts.cend())
        return found.value();
    const Article *a = findById(m_document->project().articles, article);
    return m_texts.insert(article, a ? foldedCopy(a->text) : QString()).value();
}

namespace {

/// The items of [0, count) that pass `test`, in order. From `parallelFrom`
/// items a second thread takes the second half (the calling thread waits
/// on it, so nothing changes meanwhile; `test` must only read).
template<class Test>
std::vector<int> select(int count, int parallelFrom, const Test &test)
{
    const auto part = [&test](int first, int end) {
        std::vector<int> found;
        for (int i = first; i < end; ++i) {
            if (test(i))
                found.push_back(i);
        }
        return found;
    };
    if (count < parallelFrom)
        return part(0, count);
    QFuture<std::vector<int>> second = QtConcurrent::run(part, count / 2, count);
    std::vector<int> found = part(0, count / 2);
    const std::vector<int> rest = second.result();
    found.insert(found.end(), rest.begin(), rest.end());
    return found;
}

} // namespace

void ClaimFilterModel::foldAllTexts() const
{
    for (const Article &a : m_document->project().articles)
        foldedText(a.id);
}

std::vector<int> ClaimFilterModel::scanAll() const
{
    const int count = int(m_document->project().claims.size());
    if (m_filter.isEmpty()) { // every claim: as when a project opens
        std::vector<int> rows(static_cast<size_t>(count));
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    // Each claim's span of the folded text is searched on its own, and the
    // first hit ends it: a common letter costs a few characters a claim, a
    // rare word the length of the quotes. On two threads, every text is
    // folded first, so that they only read.
    if (count >= ParallelScanFrom && !m_foldedText.isEmpty())
        foldAllTexts();
    return select(count, ParallelScanFrom, [this](int row) { return matchesOther(row) && matchesText(row); });
}

std::vector<int> ClaimFilterModel::narrow(const std::vector<int> &rows) const
{
    const int count = int(rows.size());
    if (count >= ParallelScanFrom)
        foldAllTexts();
    std::vector<int> kept = select(count, ParallelScanFrom, [&](int i) { return matchesText(rows[size_t(i)]); });
    for (int &k : kept)
        k = rows[size_t(k)]; // still in display order
    return kept;
}

bool ClaimFilterModel::lessThan(int a, int b) const
{
    const QAbstractItemModel *source = sourceModel();
    const int order
        = compareKeys(source->index(a, m_sortColumn).data(SortRole), source->index(b, m_sortColumn).data(SortRole));
    if (order != 0)
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    return a < b; // stable: creation order breaks ties
}

void ClaimFilterModel::sortRows(std::vector<int> &rows) const
{
    if (m_sortColumn < 0)
        return;
    // Keys once per row, not once per comparison.
    const QAbstractItemModel *source = sourceModel();
    std::vector<std::pair<QVariant, int>> keyed;
    keyed.reserve(rows.size());
    for (int row : rows) {
        QVariant key = source->index(row, m_sortColumn).data(SortRole);
        if (key.typeId() == QMetaType::QString)
            key = key.toString().toCaseFolded();
        keyed.emplace_back(std::move(key), row);
    }
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(keyed.begin(), keyed.end(), [ascending](const auto &x, const auto &y) {
        const int order = x.first.typeId() == QMetaType::QString ? x.first.toString().compare(y.first.toString())
                                                                 : compareKeys(x.first, y.first);
        return ascending ? order < 0 : order > 0;
    });
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = keyed[i].second;
}

void ClaimFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QModelIndex> sourceIndexes;
    for (const QModelIndex &index : before)
        sourceIndexes << mapToSource(index);
    m_sortColumn = column;
    m_sortOrder = order;
    m_recent.clear(); // their rows are in the old order
    if (column < 0)
        std::sort(m_rows.begin(), m_rows.end());
    else
        sortRows(m_rows);
    renumber(0);
    QModelIndexList after;
    for (const QModelIndex &source : sourceIndexes)
        after << mapFromSource(source);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ClaimFilterModel::rebuild()
{
    m_proxyRowOf.assign(size_t(sourceModel()->rowCount()), -1);
    m_rows = scanAll();
    sortRows(m_rows);
    renumber(0);
}

void ClaimFilterModel::refilter(bool narrowing)
{
    beginResetModel();
    const auto cached
        = std::find_if(m_recent.begin(), m_recent.end(), [this](const Recent &r) { return r.filter == m_filter; });
    if (cached != m_recent.end()) {
        m_rows = cached->rows; // back to an earlier filter: a backspace
    } else if (narrowing) {
        m_rows = narrow(m_rows);
    } else {
        m_rows = scanAll();
        sortRows(m_rows);
    }
    if (cached == m_recent.end()) {
        if (m_recent.size() >= kRecentResults)
            m_recent.erase(m_recent.begin());
        m_recent.push_back({m_filter, m_rows});
    }
    std::fill(m_proxyRowOf.begin(), m_proxyRowOf.end(), -1);
    renumber(0);
    endResetModel();
}

void ClaimFilterModel::renumber(size_t from)
{
    for (size_t i = from; i < m_rows.size(); ++i)
        m_proxyRowOf[size_t(m_rows[i])] = int(i);
}

qsizetype ClaimFilterModel::insertionPoint(int sourceRow) const
{
    if (m_sortColumn < 0)
        return std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow) - m_rows.begin();
    return std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow, [this](int a, int b) { return lessThan(a, b); })
        - m_rows.begin();
}

void ClaimFilterModel::onRowsInserted(const QModelIndex &, int first, int last)
{
    m_recent.clear();
    const int count = last - first + 1;
    for (int &row : m_rows) {
        if (row >= first)
            row += count;
    }
    m_proxyRowOf.insert(m_proxyRowOf.begin() + first, size_t(count), -1);
    for (int row = first; row <= last; ++row) {
        if (!accepts(row))
            continue;
        const qsizetype at = insertionPoint(row);
        beginInsertRows({}, int(at), int(at));
        m_rows.insert(m_rows.begin() + at, row);
        renumber(size_t(at));
        endInsertRows();
    }
}

void ClaimFilterModel::onRowsAboutToBeRemoved(const QModelIndex &, int first, int last)
{
    for (int row = last; row >= first; --row) {
        const int at = m_proxyRowOf[size_t(row)];
        if (at < 0)
            continue;
        beginRemoveRows({}, at, at);
        m_rows.erase(m_rows.begin() + at);
        m_proxyRowOf[size_t(row)] = -1;
        renumber(size_t(at));
        endRemoveRows();
    }
}

void ClaimFilterModel::onRowsRemoved(const QModelIndex &, int first, int last)
{
    m_recent.clear();
    const int count = last - first + 1;
    m_proxyRowOf.erase(m_proxyRowOf.begin() + first, m_proxyRowOf.begin() + last + 1);
    for (int &row : m_rows) {
        if (row > last)
            row -= count;
    }
}

void ClaimFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // The source's title and tag-name columns change for every row at once;
    // the filter does not look at them (it compares ids), so pass them on.
    const bool namesOnly = topLeft.column() == bottomRight.column()
        && (topLeft.column() == ClaimTableModel::ArticleColumn || topLeft.column() == ClaimTableModel::TagsColumn);
    if (namesOnly) {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, topLeft.column()), index(int(m_rows.size()) - 1, topLeft.column()));
        return;
    }
    m_recent.clear();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int at = m_proxyRowOf[size_t(row)];
        const bool shown = accepts(row);
        if (at >= 0 && !shown) {
            beginRemoveRows({}, at, at);
            m_rows.erase(m_rows.begin() + at);
            m_proxyRowOf[size_t(row)] = -1;
            renumber(size_t(at));
            endRemoveRows();
        } else if (at < 0 && shown) {
            const qsizetype to = insertionPoint(row);
            beginInsertRows({}, int(to), int(to));
            m_rows.insert(m_rows.begin() + to, row);
            renumber(size_t(to));
            endInsertRows();
        } else if (at >= 0) {
            Q_EMIT dataChanged(index(at, topLeft.column()), index(at, bottomRight.column()));
        }
    }
}

QModelIndex ClaimFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ClaimFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyRowOf.size()))
        return {};
    const int row = m_proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex ClaimFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex ClaimFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int ClaimFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClaimFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? sourceModel()->headerData(section, orientation, role) : QVariant();
}

int ClaimFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : sourceModel()->columnCount();
}

} // namespace crossread
