#pragma once

#include <models/ids.h>

#include <QAbstractListModel>

namespace crossread {

class Document;

/// A chooser's rows: a first row meaning "none" (id 0), then the project's
/// articles in their order, as "outlet — title". Read from the document when
/// shown, so that a project of 10,000 articles costs a combo box nothing when
/// it opens or changes. Qt::UserRole holds the article's id.
class ArticleChoiceModel : public QAbstractListModel
{
public:
    ArticleChoiceModel(const Document *document, const QString &noneText, QObject *parent = nullptr);

    /// The row showing `article`: 0 (the first row) for none or an unknown one.
    int rowOf(ArticleId article) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const Document *m_document;
    QString m_noneText;
};

} // namespace crossread
