#pragma once

#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace crossread {

class Document;
class UserPrompts;

/// New, Open, Save, Save As and recent projects for one window's document.
/// It asks before unsaved work would be lost, opens a file only when it
/// loads and checks completely (so a damaged file never replaces the open
/// project), and reports every failure to the user with its reason.
class ProjectFileController : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRecentFiles = 10;

    ProjectFileController(Document *document, QWidget *window, UserPrompts *prompts, QObject *parent = nullptr);

    /// The project's file name without folder; for a project never saved,
    /// its title, or "Untitled".
    QString displayName() const;

    /// Each returns false when it did not happen (cancelled or failed).
    bool newProject();
    bool open();
    bool openFile(const QString &path);
    /// Opens a fresh copy of the demo project, not yet saved anywhere.
    bool openDemo();
    bool save();
    bool saveAs();
    /// Offers to save unsaved changes; false when the user cancels (or the
    /// save fails), so that what was about to happen must not.
    bool maybeSave();

    QStringList recentFiles() const;
    void clearRecentFiles();

Q_SIGNALS:
    void recentFilesChanged();

private:
    bool saveTo(const QString &path);
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    Document *m_document;
    QWidget *m_window;
    UserPrompts *m_prompts;
};

} // namespace crossread
