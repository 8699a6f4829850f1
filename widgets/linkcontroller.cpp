#include "linkcontroller.h"

#include "articletextview.h"
#include "claimhighlighter.h"
#include "userprompts.h"

#include <models/claimselection.h>
#include <models/document.h>
#include <models/vocabulary.h>

#include <QTextCursor>

namespace crossread {

LinkController::LinkController(Document *document, ClaimSelection *selection, UserPrompts *prompts, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_selection(selection)
    , m_prompts(prompts)
    , m_window(window)
{
}

LinkId LinkController::link(ClaimId from, ClaimId to, int relation, const QString &note)
{
    const LinkId id = m_document->addLink(from, to, Relation(relation), note);
    if (id == NoId)
        m_prompts->showError(m_window, tr("Link Claims"), tr("These two claims are already linked."));
    else
        m_selection->setCurrentLink(id);
    return id;
}

LinkId LinkController::linkCurrentClaim()
{
    const ClaimId from = m_selection->current();
    if (from == NoId)
        return NoId;
    const auto choice = m_prompts->chooseLink(m_window, *m_document, from);
    if (!choice)
        return NoId;
    return link(from, ClaimId(choice->target), choice->relation, choice->note);
}

LinkId LinkController::linkByDrop(ArticleTextView *view, ClaimId claim, int position)
{
    if (!findById(m_document->project().claims, claim))
        return NoId;
    ClaimId target = NoId;
    for (ClaimId id : view->highlighter()->claimsAt(position)) {
        if (id != claim) {
            target = id;
            break;
        }
    }
    const QTextCursor cursor = view->textCursor();
    const bool onSelection
        = cursor.hasSelection() && position >= cursor.selectionStart() && position <= cursor.selectionEnd();
    if (target == NoId && !onSelection)
        return NoId;

    QStringList relations;
    for (Relation r : allValues<Relation>())
        relations << labelOf(r);
    const int relation = m_prompts->chooseItem(m_window, tr("Link Claims"),
                                               tr("How does the dragged claim relate to this one?"), relations);
    if (relation < 0)
        return NoId;
    Document::EditGroup group(*m_document, tr("Link claims"));
    if (target == NoId) {
        target = view->tagSelection({});
        if (target == NoId)
            return NoId;
    }
    return link(claim, target, relation, {});
}

} // namespace crossread
