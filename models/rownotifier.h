#pragma once

#include <QObject>

namespace crossread {

/// Announces changes to the rows of one table of the project (articles,
/// tags, claims, links or propositions), in the order of QAbstractItemModel:
/// "about to" before the table changes, the plain signal after. Rows are
/// those of the table sorted by id (Project). Only Document emits these.
class RowNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void rowsAboutToBeInserted(int first, int last);
    void rowsInserted(int first, int last);
    void rowsAboutToBeRemoved(int first, int last);
    void rowsRemoved(int first, int last);
    /// Values of rows [first, last] changed; ids do not change.
    void rowsChanged(int first, int last);
};

} // namespace crossread
