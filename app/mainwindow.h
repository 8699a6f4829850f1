#pragma once

#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractItemView;
class QLabel;
class QMenu;
QT_END_NAMESPACE

namespace crossread {

class Document;
class ImportController;
class ProjectFileController;
class UserPrompts;

/// The application window. It only assembles: actions, menus, docks and
/// views over the document's models; behaviour lives in the controllers and
/// in models/.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// A window that asks its questions with dialogs.
    explicit MainWindow(QWidget *parent = nullptr);
    /// A window whose questions `prompts` answers (tests answer without dialogs).
    explicit MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    ProjectFileController *files() const { return m_files; }
    ImportController *importer() const { return m_import; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createMenus();
    void updateTitle();
    void updateStatus();
    void rebuildRecentMenu();
    /// The article selected in the article list, or NoId.
    quint32 currentArticle() const;
    void editCurrentArticle();
    void removeCurrentArticle();

    std::unique_ptr<UserPrompts> m_prompts;
    Document *m_document;
    ProjectFileController *m_files;
    ImportController *m_import;
    QAbstractItemView *m_articleView = nullptr;
    QLabel *m_counts = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace crossread
