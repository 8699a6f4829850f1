#pragma once

#include <QAbstractTableModel>

namespace crossread {

class Document;
class RowNotifier;

/// Base of the flat models over one table of a Document: row i is row i of
/// the table. It turns the document's row signals into the model's begin/end
/// notifications, one row at a time, and resets only when the whole project
/// is replaced.
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    RowTableModel(const Document *document, const RowNotifier *rows, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    const Document *document() const { return m_document; }
    /// Rows in the table the model shows.
    virtual int tableSize() const = 0;
    /// Announces that `column` may show something else in every row: for
    /// columns that show other objects (an article's title, tag names).
    void refreshColumn(int column);

private:
    const Document *m_document;
};

} // namespace crossread
