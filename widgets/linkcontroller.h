#pragma once

#include <models/ids.h>

#include <QObject>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace crossread {

class ArticleTextView;
class ClaimSelection;
class Document;
class UserPrompts;

/// Turns the gestures that link claims into document edits: "Link to…"
/// (a picker through UserPrompts::chooseLink) and a claim dropped on a
/// pane (on a claim, or on a selection, which becomes a claim first; the
/// relation is asked). Each link is one undo step, with the claim it made.
class LinkController : public QObject
{
    Q_OBJECT
public:
    LinkController(Document *document, ClaimSelection *selection, UserPrompts *prompts, QWidget *window);

    /// Links the current claim to one the user picks. The new link, or NoId.
    LinkId linkCurrentClaim();
    /// `claim` was dropped on `view` at `position`. The new link, or NoId.
    LinkId linkByDrop(ArticleTextView *view, ClaimId claim, int position);

private:
    LinkId link(ClaimId from, ClaimId to, int relation, const QString &note);

    Document *m_document;
    ClaimSelection *m_selection;
    UserPrompts *m_prompts;
    QWidget *m_window;
};

} // namespace crossread
