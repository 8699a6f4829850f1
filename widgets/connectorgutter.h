#pragma once

#include <widgets/connectorgeometry.h>

#include <QSplitter>
#include <QSplitterHandle>

namespace crossread {

class ArticlePane;
class ClaimSelection;
class Document;

/// The gutter between two adjacent panes, as in Meld: a band joins each
/// claim on the left to each claim it is linked with on the right, coloured
/// by relation; a link whose other end is scrolled away shows as a pointer
/// pointing up or down. Clicking a connector selects its link (and its left
/// claim); hovering one highlights both its ends. Elsewhere the gutter is a
/// splitter handle: drag it to resize the panes.
class ConnectorGutter : public QSplitterHandle
{
    Q_OBJECT
public:
    ConnectorGutter(Document *document, ClaimSelection *selection, QSplitter *parent);

    /// The connectors as they would be painted now.
    QList<Connector> connectors() const;
    LinkId hoveredLink() const { return m_hovered; }
    /// Forgets which links join the two panes (after links, claims or the
    /// panes' articles changed) and repaints.
    void invalidate();

Q_SIGNALS:
    void hoveredLinkChanged(crossread::LinkId link);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct LinkedSpans
    {
        LinkId link;
        Relation relation;
        ClaimId leftClaim;
        ClaimId rightClaim;
        std::pair<int, int> left;
        std::pair<int, int> right;
    };
    ArticlePane *neighbour(int offset) const;
    const QList<LinkedSpans> &linkedSpans() const;
    void setHovered(LinkId link);

    Document *m_document;
    ClaimSelection *m_selection;
    mutable QList<LinkedSpans> m_spans;
    mutable bool m_dirty = true;
    LinkId m_hovered = NoId;
    bool m_dragging = false;
};

/// The splitter of the comparison area: its handles are connector gutters.
class ComparisonSplitter : public QSplitter
{
    Q_OBJECT
public:
    ComparisonSplitter(Document *document, ClaimSelection *selection, QWidget *parent = nullptr);

    ConnectorGutter *gutter(int index) const; ///< between widget(index - 1) and widget(index)
    /// Repaints the gutters; with `relink`, after the links they show may have changed.
    void updateGutters(bool relink = false);

Q_SIGNALS:
    void hoveredLinkChanged(crossread::LinkId link);

protected:
    QSplitterHandle *createHandle() override;

private:
    Document *m_document;
    ClaimSelection *m_selection;
};

} // namespace crossread
