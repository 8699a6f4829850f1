#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QTreeWidget;
QT_END_NAMESPACE

namespace crossread {

class Document;

/// Team → Agreement…: how far the project's annotators agree, per tag and
/// overall (Krippendorff's alpha, Cohen's kappa for two), on status and on
/// links, each with the units behind it; the annotators compared can be
/// chosen.
class AgreementDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AgreementDialog(const Document *document, QWidget *parent = nullptr);
    QListWidget *annotators() const { return m_annotators; }
    QTreeWidget *figures() const { return m_figures; }

private:
    void recompute();

    const Document *m_document;
    QListWidget *m_annotators;
    QTreeWidget *m_figures;
    QLabel *m_summary;
};

} // namespace crossread
