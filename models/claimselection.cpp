#include "claimselection.h"

#include "document.h"
#include "rownotifier.h"

namespace crossread {

ClaimSelection::ClaimSelection(const Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document->claimRows(), &RowNotifier::rowsAboutToBeRemoved, this, [this](int first, int last) {
        const auto &claims = m_document->project().claims;
        for (int row = first; row <= last; ++row) {
            if (claims[size_t(row)].id == m_current)
                setCurrent(NoId);
        }
    });
    connect(document->linkRows(), &RowNotifier::rowsAboutToBeRemoved, this, [this](int first, int last) {
        const auto &links = m_document->project().links;
        for (int row = first; row <= last; ++row) {
            if (links[size_t(row)].id == m_currentLink)
                setCurrentLink(NoId);
        }
    });
    connect(document, &Document::aboutToResetProject, this, [this] {
        setCurrent(NoId);
        setCurrentLink(NoId);
    });
}

void ClaimSelection::setCurrentLink(LinkId id)
{
    if (id != NoId && !findById(m_document->project().links, id))
        id = NoId;
    if (id == m_currentLink)
        return;
    m_currentLink = id;
    Q_EMIT currentLinkChanged(id);
}

void ClaimSelection::setCurrent(ClaimId id)
{
    if (id != NoId && !findById(m_document->project().claims, id))
        id = NoId;
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT currentChanged(id);
}

} // namespace crossread
