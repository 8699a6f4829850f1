#pragma once

#include <models/ids.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTreeView;
QT_END_NAMESPACE

namespace crossread {

class Document;
class TagTreeModel;
class UserPrompts;

/// The codebook: the tag tree with colours and keys, and what can be done
/// to it, from its toolbar, its context menu or the keyboard: add a tag or
/// a subtag (named in place), rename (F2), recolour, set a key, merge into
/// another tag, delete (asking first when claims carry it), and move by
/// dragging. Every change is an undo step.
class CodebookPanel : public QWidget
{
    Q_OBJECT
public:
    CodebookPanel(Document *document, UserPrompts *prompts, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLabel *contrastWarning() const { return m_contrast; }
    TagId currentTag() const;

public Q_SLOTS:
    TagId addTag(bool asChild = false);
    void recolourCurrent();
    void setShortcutOfCurrent();
    void mergeCurrent();
    void deleteCurrent();
    /// Names, under the tree, the tags whose colour is hard to read.
    void checkContrast();

protected:
    void changeEvent(QEvent *event) override;

private:
    Document *m_document;
    UserPrompts *m_prompts;
    TagTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_contrast;
};

} // namespace crossread
