#pragma once

// Undo commands of Document. Each stores ids and values, never pointers to
// objects of the project, and calls the primitives of DocumentPrivate.

#include "document_p.h"

namespace crossread {

template<class T>
class InsertCommand : public QUndoCommand
{
public:
    InsertCommand(DocumentPrivate *document, T value, const QString &text, QUndoCommand *parent)
        : QUndoCommand(text, parent)
        , m_d(document)
        , m_value(std::move(value))
    {
    }
    void redo() override { m_d->insert(m_value); }
    void undo() override { m_d->template remove<T>(m_value.id); }

private:
    DocumentPrivate *m_d;
    T m_value;
};

template<class T>
class RemoveCommand : public QUndoCommand
{
public:
    RemoveCommand(DocumentPrivate *document, T value, QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_d(document)
        , m_value(std::move(value))
    {
    }
    void redo() override { m_d->template remove<T>(m_value.id); }
    void undo() override { m_d->insert(m_value); }

private:
    DocumentPrivate *m_d;
    T m_value;
};

template<class T>
class ReplaceCommand : public QUndoCommand
{
public:
    ReplaceCommand(DocumentPrivate *document, T before, T after, const QString &text, QUndoCommand *parent)
        : QUndoCommand(text, parent)
        , m_d(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        Q_ASSERT(m_before.id == m_after.id);
    }
    void redo() override { m_d->replace(m_after); }
    void undo() override { m_d->replace(m_before); }

private:
    DocumentPrivate *m_d;
    T m_before;
    T m_after;
};

/// Replaces a value of the project that is not a table (its details, its
/// comparison aids) through the primitive `Set`.
template<class T, void (DocumentPrivate::*Set)(const T &)>
class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(DocumentPrivate *document, T before, T after, const QString &text, QUndoCommand *parent)
        : QUndoCommand(text, parent)
        , m_d(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { (m_d->*Set)(m_after); }
    void undo() override { (m_d->*Set)(m_before); }

private:
    DocumentPrivate *m_d;
    T m_before;
    T m_after;
};

using SetInfoCommand = SetValueCommand<ProjectInfo, &DocumentPrivate::setInfo>;
using SetAssistCommand = SetValueCommand<AssistState, &DocumentPrivate::setAssist>;

/// The command of an edit group: its children were done while the group was
/// open, so the push that ends the group must not do them again.
class GroupCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;
    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        QUndoCommand::redo();
    }

private:
    bool m_done = true;
};

} // namespace crossread
