#pragma once

#include <models/ids.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QAbstractItemModel;
class QTableView;
QT_END_NAMESPACE

namespace crossread {

class ClaimSelection;
class Document;
class LinkFilterModel;
class UserPrompts;

/// Every link of the project: relation, both quotes and articles, note.
/// Filter by words and relation; Delete removes the selected links (one
/// undo step); the context menu changes the relation or the note; activating a row
/// shows both claims in panes. The row of the current link follows the
/// selection, and picking a row makes its link current.
class LinksPanel : public QWidget
{
    Q_OBJECT
public:
    LinksPanel(Document *document, ClaimSelection *selection, UserPrompts *prompts, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *relationFilter() const { return m_relation; }
    /// The selected links, by id.
    QList<LinkId> selectedLinks() const;
    void removeSelected();
    /// Asks for a new note for the first selected link.
    void editNote();
    /// Whether the table lists the links. Off while the dock cannot be seen
    /// (MainWindow follows its visibility): at 500,000 links, listing them
    /// costs tens of milliseconds whenever a project opens. Off at first.
    void setActive(bool active);
    bool isActive() const;

Q_SIGNALS:
    void linkActivated(crossread::LinkId link);

private:
    void showCurrentLink(LinkId link);
    void changeRelation(int relation);

    Document *m_document;
    ClaimSelection *m_selection;
    UserPrompts *m_prompts;
    QLineEdit *m_filter;
    QComboBox *m_relation;
    QTableView *m_table;
    LinkFilterModel *m_proxy;
    QAbstractItemModel *m_source;
};

} // namespace crossread
