#pragma once

#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QAbstractItemView;
class QAction;
class QLabel;
class QMenu;
QT_END_NAMESPACE

namespace crossread {

class AdjudicationPanel;
class ArticlePane;
class ClaimInspector;
class ClaimSelection;
class ClaimsPanel;
class CodebookPanel;
class ComparisonArea;
class LinkController;
class LinksPanel;
class MatrixPanel;
class LinkSuggestionsPanel;
class SuggestPanel;
class Document;
class ImportController;
class ProjectFileController;
class SearchPanel;
class UserPrompts;

/// The application window. It only assembles: the comparison area in the
/// middle, docks around it, actions and menus; behaviour lives in the
/// controllers and widgets, and in models/.
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
    ClaimSelection *selection() const { return m_selection; }
    ProjectFileController *files() const { return m_files; }
    ImportController *importer() const { return m_import; }
    ComparisonArea *comparison() const { return m_area; }
    ClaimsPanel *claims() const { return m_claims; }
    CodebookPanel *codebook() const { return m_codebook; }
    SearchPanel *search() const { return m_search; }
    LinksPanel *links() const { return m_links; }
    MatrixPanel *matrix() const { return m_matrix; }
    LinkController *linker() const { return m_linker; }
    SuggestPanel *suggestions() const { return m_suggest; }
    LinkSuggestionsPanel *linkSuggestions() const { return m_linkSuggestions; }
    AdjudicationPanel *adjudication() const { return m_adjudication; }

public Q_SLOTS:
    /// "Tag as claim…": the tag picker for the selection of the current pane.
    void tagSelectionAsClaim();
    /// At the first start (no name in the settings yet): asks for the name
    /// claims and links will carry, offering the login name. Never again.
    void askAnnotatorOnce();
    /// Team → Merge Project…: another annotator's copy, into this project (one undo step).
    void mergeProject();
    /// "Find in Other Sources": passages like the selection of the current
    /// pane, or else like the current claim.
    void findInOtherSources();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createFileMenu();
    void createEditMenu();
    void createClaimMenu();
    void openExportDialog();
    void createCuesMenu(QMenu *menu);
    void editLoadedTerms();
    void createViewMenu();
    void createHelpMenu();
    void createTeamMenu();
    void openSettings();
    void applyPreferences(const struct Preferences &preferences);
    void updateTitle();
    void updateStatus();
    void rebuildRecentMenu();
    quint32 currentArticle() const;
    void editCurrentArticle();
    void removeCurrentArticle();
    void changeReadingStyle(const std::function<void(struct ReadingStyle &)> &change);

    std::unique_ptr<UserPrompts> m_prompts;
    Document *m_document;
    ClaimSelection *m_selection;
    ProjectFileController *m_files;
    ImportController *m_import;
    ComparisonArea *m_area = nullptr;
    ClaimsPanel *m_claims = nullptr;
    ClaimInspector *m_inspector = nullptr;
    CodebookPanel *m_codebook = nullptr;
    SearchPanel *m_search = nullptr;
    LinksPanel *m_links = nullptr;
    MatrixPanel *m_matrix = nullptr;
    LinkController *m_linker = nullptr;
    SuggestPanel *m_suggest = nullptr;
    LinkSuggestionsPanel *m_linkSuggestions = nullptr;
    AdjudicationPanel *m_adjudication = nullptr;
    QAction *m_mergeAction = nullptr;
    QAbstractItemView *m_articleView = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_paneSummary = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace crossread
