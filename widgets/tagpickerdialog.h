#pragma once

#include <models/ids.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListWidget;
QT_END_NAMESPACE

namespace crossread {

struct Project;

/// "Tag as claim…" (Ctrl+T): the tags of the codebook to pick for a new
/// claim, found by typing. Arrows move, Ctrl+Space checks, Enter tags with
/// the checked tags (or, when none is checked, the highlighted one).
class TagPickerDialog : public QDialog
{
    Q_OBJECT
public:
    TagPickerDialog(const Project &project, const QString &quote, QWidget *parent = nullptr);

    QList<TagId> chosenTags() const;
    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace crossread
