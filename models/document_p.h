#pragma once

// Private to Document and its commands.

#include "document.h"
#include "rownotifier.h"

#include <QHash>
#include <QUndoCommand>
#include <QUndoStack>

#include <optional>
#include <type_traits>

namespace crossread {

/// The state behind Document and the non-undoable primitives its commands
/// call. Each primitive changes one row and emits the row signals around it.
class DocumentPrivate
{
public:
    explicit DocumentPrivate(Document *owner);

    template<class T>
    std::vector<T> &table();
    template<class T>
    RowNotifier *notifier();

    /// Inserts `value` at the row its id sorts to.
    template<class T>
    void insert(const T &value)
    {
        auto &rows = table<T>();
        const auto it
            = std::lower_bound(rows.begin(), rows.end(), value.id, [](const T &item, Id id) { return item.id < id; });
        const int row = int(it - rows.begin());
        Q_EMIT notifier<T>()->rowsAboutToBeInserted(row, row);
        rows.insert(it, value);
        rowsMoved<T>();
        Q_EMIT notifier<T>()->rowsInserted(row, row);
    }

    template<class T>
    void remove(Id id)
    {
        auto &rows = table<T>();
        const int row = rowOf(rows, id);
        Q_ASSERT(row >= 0);
        Q_EMIT notifier<T>()->rowsAboutToBeRemoved(row, row);
        rows.erase(rows.begin() + row);
        rowsMoved<T>();
        Q_EMIT notifier<T>()->rowsRemoved(row, row);
    }

    /// Replaces the row with the id of `value`.
    template<class T>
    void replace(const T &value)
    {
        auto &rows = table<T>();
        const int row = rowOf(rows, value.id);
        Q_ASSERT(row >= 0);
        rows[size_t(row)] = value;
        Q_EMIT notifier<T>()->rowsChanged(row, row);
    }

    /// Rows of table T were inserted or removed.
    template<class T>
    void rowsMoved()
    {
        if constexpr (std::is_same_v<T, Claim>)
            claimIndex.reset();
    }

    void setInfo(const ProjectInfo &info);
    void setAssist(const AssistState &assist);

    Id allocateId() { return project.nextId++; }

    /// Runs a new command: pushed on the stack, or, inside an edit group,
    /// done now and kept as a child of the group's command (which was given
    /// as the command's parent by parentForCommand()).
    void run(QUndoCommand *command);
    QUndoCommand *parentForCommand() const { return group.get(); }

    Document *q;
    Project project;
    QUndoStack *undoStack;
    RowNotifier *articleRows;
    RowNotifier *tagRows;
    RowNotifier *claimRows;
    RowNotifier *linkRows;
    RowNotifier *propositionRows;
    QString fileName;
    QString annotator;
    std::unique_ptr<QUndoCommand> group; ///< the open edit group's command
    int groupDepth = 0;
    /// Document::claimRowsOf(), made when first asked for (or given with the project).
    mutable std::optional<ClaimRowIndex> claimIndex;
};

template<>
inline std::vector<Article> &DocumentPrivate::table<Article>()
{
    return project.articles;
}
template<>
inline std::vector<Tag> &DocumentPrivate::table<Tag>()
{
    return project.tags;
}
template<>
inline std::vector<Claim> &DocumentPrivate::table<Claim>()
{
    return project.claims;
}
template<>
inline std::vector<Link> &DocumentPrivate::table<Link>()
{
    return project.links;
}
template<>
inline std::vector<Proposition> &DocumentPrivate::table<Proposition>()
{
    return project.propositions;
}

template<>
inline RowNotifier *DocumentPrivate::notifier<Article>()
{
    return articleRows;
}
template<>
inline RowNotifier *DocumentPrivate::notifier<Tag>()
{
    return tagRows;
}
template<>
inline RowNotifier *DocumentPrivate::notifier<Claim>()
{
    return claimRows;
}
template<>
inline RowNotifier *DocumentPrivate::notifier<Link>()
{
    return linkRows;
}
template<>
inline RowNotifier *DocumentPrivate::notifier<Proposition>()
{
    return propositionRows;
}

} // namespace crossread
