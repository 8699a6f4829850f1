#pragma once

#include <models/article.h>

#include <QDialog>
#include <QHash>

QT_BEGIN_NAMESPACE
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace crossread {

class Document;

/// Edits an article's metadata. Fields guessed at import are marked
/// "guessed" until the user edits them or confirms them all; the article's
/// provenance (file, size, SHA-256, format, encoding, import time) is shown
/// read-only.
class ArticleMetadataDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ArticleMetadataDialog(const Article &article, QWidget *parent = nullptr);

    /// The metadata as edited; a field the user changed or confirmed is no
    /// longer marked inferred.
    ArticleMetadata metadata() const;

    /// Opens the dialog for `id` and applies the result to the document as
    /// one undoable edit; false when cancelled or nothing changed.
    static bool edit(Document &document, ArticleId id, QWidget *parent);

private:
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &value, ArticleField field);
    void confirm(ArticleField field);

    ArticleMetadata m_original;
    quint32 m_inferred;
    QLineEdit *m_title, *m_outlet, *m_author, *m_published, *m_url, *m_labels;
    QComboBox *m_language;
    QPlainTextEdit *m_notes;
    QLabel *m_dateHint;
    QHash<quint32, QLabel *> m_marks; ///< the "guessed" mark of each inferred field
};

} // namespace crossread
