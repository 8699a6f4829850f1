#pragma once

#include <models/ids.h>

#include <QObject>

namespace crossread {

class Document;

/// The claim the user is working on, shared by every view of a window: the
/// panes, the claims table and the inspector show it and set it. It falls
/// back to none when the claim is removed or the project replaced.
class ClaimSelection : public QObject
{
    Q_OBJECT
public:
    explicit ClaimSelection(const Document *document, QObject *parent = nullptr);

    ClaimId current() const { return m_current; }
    /// The link the user picked (a connector, a row of the links dock), or
    /// none. Selecting a claim does not clear it.
    LinkId currentLink() const { return m_currentLink; }

public Q_SLOTS:
    void setCurrent(crossread::ClaimId id);
    void setCurrentLink(crossread::LinkId id);

Q_SIGNALS:
    void currentChanged(crossread::ClaimId id);
    void currentLinkChanged(crossread::LinkId id);

private:
    const Document *m_document;
    ClaimId m_current = NoId;
    LinkId m_currentLink = NoId;
};

} // namespace crossread
