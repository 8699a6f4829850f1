#include "mainwindow.h"

#include <models/articlelistmodel.h>
#include <models/claimselection.h>
#include <models/comparisonmatrixmodel.h>
#include <models/defaultcodebook.h>
#include <models/document.h>
#include <models/merge.h>
#include <models/modelroles.h>
#include <models/projectfile.h>
#include <models/rownotifier.h>
#include <widgets/adjudicationpanel.h>
#include <widgets/agreementdialog.h>
#include <widgets/articleitemdelegate.h>
#include <widgets/articlemetadatadialog.h>
#include <widgets/articlepane.h>
#include <widgets/articletextview.h>
#include <widgets/backgroundtask.h>
#include <widgets/claiminspector.h>
#include <widgets/claimspanel.h>
#include <widgets/codebookpanel.h>
#include <widgets/comparisonarea.h>
#include <widgets/counttext.h>
#include <widgets/cuestyle.h>
#include <widgets/exportdialog.h>
#include <widgets/findbar.h>
#include <widgets/helpdialogs.h>
#include <widgets/importcontroller.h>
#include <widgets/linkcontroller.h>
#include <widgets/linkspanel.h>
#include <widgets/linksuggestionspanel.h>
#include <widgets/matrixpanel.h>
#include <widgets/preferences.h>
#include <widgets/projectfilecontroller.h>
#include <widgets/readingstyle.h>
#include <widgets/searchpanel.h>
#include <widgets/settingsdialog.h>
#include <widgets/suggestpanel.h>
#include <widgets/swatch.h>
#include <widgets/tagpickerdialog.h>
#include <widgets/userprompts.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTextCursor>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

namespace crossread {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(std::make_unique<DialogPrompts>(), parent)
{
}

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_prompts(std::move(prompts))
    , m_document(new Document(this))
    , m_selection(new ClaimSelection(m_document, this))
    , m_files(new ProjectFileController(m_document, this, m_prompts.get(), this))
    , m_import(new ImportController(m_document, this, m_prompts.get(), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_document->resetProject(ProjectFileController::freshProject());
    createViews();
    createFileMenu();
    createEditMenu();
    createClaimMenu();
    createViewMenu();
    createTeamMenu();
    createHelpMenu();

    m_paneSummary = new QLabel(this);
    m_paneSummary->setObjectName(QStringLiteral("paneSummary"));
    statusBar()->addWidget(m_paneSummary, 1);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("projectCounts"));
    statusBar()->addPermanentWidget(m_counts);

    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::projectInfoChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::projectReset, this, [this] {
        updateTitle();
        updateStatus();
    });
    for (const RowNotifier *rows :
         {m_document->articleRows(), m_document->claimRows(), m_document->linkRows(), m_document->propositionRows()}) {
        connect(rows, &RowNotifier::rowsInserted, this, &MainWindow::updateStatus);
        connect(rows, &RowNotifier::rowsRemoved, this, &MainWindow::updateStatus);
    }
    connect(m_area, &ComparisonArea::currentPaneChanged, this, &MainWindow::updateStatus);
    connect(m_files, &ProjectFileController::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    connect(m_import, &ImportController::finished, this, [this](bool cancelled, int added, int, int) {
        statusBar()->showMessage(cancelled ? tr("Import cancelled: nothing was added.")
                                           : countText(added, tr("Imported 1 article."), tr("Imported %1 articles.")),
                                 8000);
    });

    applyPreferences(Preferences::load());
    // Laying out the docks (resizeDocks) fixed the window's minimum at the
    // width everything had before it was polished, wider than a laptop's
    // screen: let the layout work it out again.
    setMinimumSize(0, 0);
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first time: most of the screen, never more than it.
        const QRect screen = this->screen()->availableGeometry();
        resize(std::min(1400, screen.width() * 9 / 10), std::min(900, screen.height() * 9 / 10));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    updateStatus();
    rebuildRecentMenu();
}

MainWindow::~MainWindow()
{
    // Before the document: it decides from the document whether unsaved
    // work stays recoverable.
    delete m_files;
    m_files = nullptr;
}

void MainWindow::createViews()
{
    m_area = new ComparisonArea(m_document, m_selection, this);
    setCentralWidget(m_area);

    const auto dock = [this](const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };

    // A one-column tree rather than a list: it elides long headlines.
    auto *articles = new QTreeView(this);
    articles->setObjectName(QStringLiteral("articleList"));
    articles->setModel(new ArticleListModel(m_document, this));
    articles->setHeaderHidden(true);
    articles->setRootIsDecorated(false);
    articles->setAlternatingRowColors(true);
    articles->setItemDelegate(new ArticleItemDelegate(articles));
    articles->setDragEnabled(true);
    articles->setDragDropMode(QAbstractItemView::DragOnly);
    articles->setContextMenuPolicy(Qt::ActionsContextMenu);
    articles->setAccessibleName(tr("Articles"));
    articles->setToolTip(tr("Double-click to read an article; drag it onto a pane to read it there"));
    connect(articles, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { m_area->showArticle(ArticleId(index.data(IdRole).toUInt())); });
    m_articleView = articles;
    QDockWidget *articleDock = dock(tr("Articles"), QStringLiteral("articleDock"), articles, Qt::LeftDockWidgetArea);

    m_codebook = new CodebookPanel(m_document, m_prompts.get(), this);
    dock(tr("Codebook"), QStringLiteral("codebookDock"), m_codebook, Qt::LeftDockWidgetArea);

    m_inspector = new ClaimInspector(m_document, m_selection, this);
    QDockWidget *inspectorDock
        = dock(tr("Claim"), QStringLiteral("inspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    m_search = new SearchPanel(m_document, this);
    QDockWidget *searchDock = dock(tr("Search"), QStringLiteral("searchDock"), m_search, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, searchDock);
    m_suggest = new SuggestPanel(m_document, m_selection, this);
    QDockWidget *suggestDock
        = dock(tr("Other Sources"), QStringLiteral("suggestDock"), m_suggest, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, suggestDock);
    inspectorDock->raise();
    connect(m_suggest, &SuggestPanel::passageActivated, this, [this](ArticleId article, int start, int end) {
        if (ArticlePane *pane = m_area->showArticle(article)) {
            pane->view()->setSearchHits({{start, end}}, 0);
            pane->view()->setFocus();
        }
    });
    connect(m_search, &SearchPanel::hitActivated, this, [this](ArticleId article, int start, int end) {
        if (ArticlePane *pane = m_area->showArticle(article)) {
            pane->view()->setSearchHits({{start, end}}, 0);
            pane->view()->setFocus();
        }
    });

    m_claims = new ClaimsPanel(m_document, m_selection, this);
    QDockWidget *claimsDock = dock(tr("Claims"), QStringLiteral("claimsDock"), m_claims, Qt::BottomDockWidgetArea);
    connect(m_claims, &ClaimsPanel::claimActivated, m_area, &ComparisonArea::showClaim);

    m_links = new LinksPanel(m_document, m_selection, m_prompts.get(), this);
    connect(m_links, &LinksPanel::linkActivated, this, [this](LinkId id) {
        const Link *link = findById(m_document->project().links, id);
        if (!link)
            return;
        m_area->showClaim(link->to);
        m_area->showClaim(link->from);
    });
    QDockWidget *linksDock = dock(tr("Links"), QStringLiteral("linksDock"), m_links, Qt::BottomDockWidgetArea);
    m_matrix = new MatrixPanel(m_document, m_prompts.get(), this);
    QDockWidget *matrixDock
        = dock(tr("Comparison Matrix"), QStringLiteral("matrixDock"), m_matrix, Qt::BottomDockWidgetArea);
    connect(m_matrix, &MatrixPanel::claimActivated, m_area, &ComparisonArea::showClaim);
    // The matrix and the links table follow the project only while they can
    // be seen: a tab behind another is not hidden, so their own show and
    // hide events do not tell.
    connect(matrixDock, &QDockWidget::visibilityChanged, m_matrix->model(), &ComparisonMatrixModel::setActive);
    connect(linksDock, &QDockWidget::visibilityChanged, m_links, &LinksPanel::setActive);
    m_linkSuggestions = new LinkSuggestionsPanel(m_document, m_selection, this);
    QDockWidget *linkSuggestionsDock = dock(tr("Suggested Links"), QStringLiteral("linkSuggestionsDock"),
                                            m_linkSuggestions, Qt::BottomDockWidgetArea);
    connect(m_linkSuggestions, &LinkSuggestionsPanel::pairActivated, this,
            [this](ClaimId claim, ArticleId article, int start, int end) {
                m_area->showClaim(claim);
                if (ArticlePane *pane = m_area->showArticle(article))
                    pane->view()->setSearchHits({{start, end}}, 0);
            });
    tabifyDockWidget(claimsDock, linksDock);
    tabifyDockWidget(claimsDock, matrixDock);
    tabifyDockWidget(claimsDock, linkSuggestionsDock);
    m_adjudication = new AdjudicationPanel(m_document, m_prompts.get(), this);
    QDockWidget *adjudicationDock
        = dock(tr("Adjudication"), QStringLiteral("adjudicationDock"), m_adjudication, Qt::BottomDockWidgetArea);
    connect(adjudicationDock, &QDockWidget::visibilityChanged, m_adjudication, &AdjudicationPanel::setActive);
    connect(m_adjudication, &AdjudicationPanel::claimActivated, m_area, &ComparisonArea::showClaim);
    tabifyDockWidget(claimsDock, adjudicationDock);
    claimsDock->raise();

    m_linker = new LinkController(m_document, m_selection, m_prompts.get(), this);
    connect(m_area, &ComparisonArea::claimDropped, m_linker, &LinkController::linkByDrop);
    connect(m_inspector, &ClaimInspector::linkRequested, m_linker, &LinkController::linkCurrentClaim);
    connect(m_inspector, &ClaimInspector::claimActivated, m_area, &ComparisonArea::showClaim);

    resizeDocks({articleDock, inspectorDock}, {280, 320}, Qt::Horizontal);
    resizeDocks({claimsDock}, {220}, Qt::Vertical);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project"), QKeySequence::New, m_files, &ProjectFileController::newProject);
    file->addAction(tr("&Open…"), QKeySequence::Open, m_files, &ProjectFileController::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, m_files, &ProjectFileController::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, m_files, &ProjectFileController::saveAs);
    QAction *restore = file->addAction(tr("Restore &Backup…"), m_files, &ProjectFileController::restoreBackup);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    restore->setStatusTip(tr("Go back to one of the last three saved versions of the project"));
    connect(file, &QMenu::aboutToShow, restore,
            [this, restore] { restore->setEnabled(!m_files->backups().isEmpty()); });
    file->addSeparator();
    QAction *importAction
        = file->addAction(tr("&Import Articles…"), Qt::CTRL | Qt::Key_I, m_import, &ImportController::chooseAndImport);
    importAction->setStatusTip(
        tr("Add articles from text, Markdown, HTML, PDF or Word files (or drop files on the window)"));
    file->addAction(tr("Import with &Encoding…"), m_import, &ImportController::chooseEncodingAndImport)
        ->setStatusTip(tr("Import text files whose encoding was not detected right"));
    // In File, where users look for it, and in Team.
    m_mergeAction = file->addAction(tr("&Merge Project…"), this, &MainWindow::mergeProject);
    m_mergeAction->setStatusTip(
        tr("Add another annotator's copy of this project: their claims and links, with their name"));
    file->addSeparator();
    file->addAction(tr("&Export…"), Qt::CTRL | Qt::SHIFT | Qt::Key_E, this, &MainWindow::openExportDialog)
        ->setStatusTip(tr("Write a report (HTML, Markdown) or the data (CSV, JSON, REFI-QDA, W3C, brat, ClaimReview)"));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quitAction->setMenuRole(QAction::QuitRole);
}

void MainWindow::openExportDialog()
{
    auto *dialog = new ExportDialog(m_document, m_prompts.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Both usual keys, whatever the platform's default.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        if (ArticlePane *pane = m_area->currentPane())
            pane->findBar()->open();
    });
    edit->addAction(tr("Find in &All Articles…"), Qt::CTRL | Qt::SHIFT | Qt::Key_F, this, [this] {
        m_search->parentWidget()->show();
        m_search->parentWidget()->raise();
        m_search->focusSearch();
    });
    edit->addSeparator();
    QAction *properties
        = edit->addAction(tr("Article &Properties…"), Qt::ALT | Qt::Key_Return, this, &MainWindow::editCurrentArticle);
    QAction *remove = edit->addAction(tr("&Remove Article"), this, &MainWindow::removeCurrentArticle);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_articleView->addAction(properties);
    m_articleView->addAction(remove);
    edit->addSeparator();
    QAction *settings
        = edit->addAction(tr("Se&ttings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setStatusTip(tr("Reading font, theme, language, tag keys, your name, autosave, cues, export defaults"));
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_document, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SettingsDialog::Result result = dialog.result();
    result.reading.save();
    m_area->setReadingStyle(result.reading);
    const Preferences before = Preferences::load();
    result.preferences.save();
    applyPreferences(result.preferences);
    if (result.preferences.hiddenCues != before.hiddenCues)
        m_area->setHiddenCues(result.preferences.hiddenCues);
    if (!result.shortcuts.isEmpty()) {
        Document::EditGroup group(*m_document, tr("Set tag keys"));
        for (const auto &[tag, key] : result.shortcuts)
            m_document->setTagShortcut(tag, key);
    }
    if (result.preferences.language != before.language)
        statusBar()->showMessage(tr("The new language shows when Crossread starts again."), 8000);
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    applyTheme(preferences.theme);
    m_document->setAnnotator(preferences.annotator);
    m_files->setAutosaveMinutes(preferences.autosaveMinutes);
}

void MainWindow::createClaimMenu()
{
    QMenu *claim = menuBar()->addMenu(tr("&Claim"));
    claim->addAction(tr("&Tag as Claim…"), Qt::CTRL | Qt::Key_T, this, &MainWindow::tagSelectionAsClaim)
        ->setStatusTip(tr("Make the selected words a claim, with tags you pick (or press a tag's key)"));
    claim->addSeparator();
    claim->addAction(tr("&Next Claim"), Qt::ALT | Qt::Key_Down, this, [this] {
        if (ArticlePane *pane = m_area->currentPane())
            pane->view()->selectAdjacentClaim(true);
    });
    claim->addAction(tr("&Previous Claim"), Qt::ALT | Qt::Key_Up, this, [this] {
        if (ArticlePane *pane = m_area->currentPane())
            pane->view()->selectAdjacentClaim(false);
    });
    claim->addAction(tr("&Edit Claim"), Qt::CTRL | Qt::Key_E, this, [this] {
        m_inspector->parentWidget()->show();
        m_inspector->parentWidget()->raise();
        m_inspector->focusFirstField();
    });
    claim->addAction(tr("&Show in Pane"), Qt::CTRL | Qt::Key_Return, this,
                     [this] { m_area->showClaim(m_selection->current()); });
    claim->addSeparator();
    claim->addAction(tr("&Link to…"), Qt::CTRL | Qt::Key_L, m_linker, &LinkController::linkCurrentClaim)
        ->setStatusTip(tr("Link the current claim to another (or drag it onto a claim in another pane)"));
    claim
        ->addAction(tr("Find in &Other Sources"), Qt::CTRL | Qt::SHIFT | Qt::Key_O, this,
                    &MainWindow::findInOtherSources)
        ->setStatusTip(tr("List the passages of the other articles that may say the same as the selection or claim"));
    claim
        ->addAction(tr("S&uggest Links…"), Qt::CTRL | Qt::SHIFT | Qt::Key_K, this,
                    [this] {
                        m_linkSuggestions->parentWidget()->show();
                        m_linkSuggestions->parentWidget()->raise();
                        m_linkSuggestions->start();
                        m_linkSuggestions->view()->setFocus();
                    })
        ->setStatusTip(tr("For every claim, list passages of the other articles that may say the same, to accept or "
                          "reject"));
    claim->addAction(tr("Show &Matrix"), Qt::CTRL | Qt::Key_M, this, [this] {
        m_matrix->parentWidget()->show();
        m_matrix->parentWidget()->raise();
        m_matrix->table()->setFocus();
    });
    claim->addSeparator();
    claim->addAction(tr("&Delete Claim"), Qt::CTRL | Qt::Key_Delete, this, [this] {
        if (m_selection->current() != NoId)
            m_document->removeClaims({m_selection->current()});
    });
}

void MainWindow::findInOtherSources()
{
    m_suggest->parentWidget()->show();
    m_suggest->parentWidget()->raise();
    ArticlePane *pane = m_area->currentPane();
    const QTextCursor cursor = pane ? pane->view()->textCursor() : QTextCursor();
    if (pane && cursor.hasSelection() && pane->article() != NoId) {
        const auto [start, end] = pane->view()->snappedSelection();
        const Article *article = findById(m_document->project().articles, pane->article());
        if (article && start < end) {
            m_suggest->findForText(article->text.mid(start, end - start), article->id, start, end);
            return;
        }
    }
    m_suggest->findForCurrentClaim();
}

void MainWindow::createCuesMenu(QMenu *menu)
{
    menu->setToolTipsVisible(true);
    const QColor base = palette().color(QPalette::Base);
    for (CueKind kind : allCueKinds) {
        QAction *a = menu->addAction(swatchIcon(cueColor(kind, base)), cueKindLabel(kind));
        a->setObjectName(QStringLiteral("cue-") + cueKindKey(kind));
        a->setCheckable(true);
        a->setToolTip(tr("Colour the %1 in the panes' text (claims keep their tint and underline)")
                          .arg(cueKindLabel(kind).toLower()));
        const auto sync = [this, a, kind] { a->setChecked(!(m_area->hiddenCues() & cueBit(kind))); };
        sync();
        connect(m_document, &Document::projectReset, a, sync);
        connect(a, &QAction::toggled, this, [this, kind](bool on) {
            const quint8 bit = cueBit(kind);
            m_area->setHiddenCues(on ? quint8(m_area->hiddenCues() & ~bit) : quint8(m_area->hiddenCues() | bit));
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Edit Loaded &Terms…"), this, &MainWindow::editLoadedTerms)
        ->setStatusTip(tr("The words this project marks as loaded (one per line), highlighted in every article"));
    menu->addSeparator();
    menu->addAction(tr("Engine: %1").arg(cueEngineName()))->setEnabled(false);
}

void MainWindow::editLoadedTerms()
{
    const std::optional<QStringList> terms = m_prompts->askLines(
        this, tr("Loaded Terms"),
        tr("Words or phrases that carry a judgement (“regime”, “so-called”), one per line. Cue highlighting marks "
           "them in every article of this project."),
        m_document->project().assist.loadedTerms);
    if (terms)
        m_document->setLoadedTerms(*terms);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("&Add Pane"), Qt::CTRL | Qt::ALT | Qt::Key_N, this, [this] {
        if (!m_area->addPane())
            statusBar()->showMessage(tr("Six panes at most."), 4000);
    });
    m_viewMenu->addAction(tr("&Close Pane"), Qt::CTRL | Qt::Key_W, m_area, &ComparisonArea::closeCurrentPane);
    QMenu *panes = m_viewMenu->addMenu(tr("Go to &Pane"));
    for (int i = 0; i < ComparisonArea::MaxPanes; ++i)
        panes->addAction(tr("Pane %1").arg(i + 1), QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_1 + i)), this,
                         [this, i] { m_area->focusPane(i); });
    QAction *sync = m_viewMenu->addAction(tr("&Scroll Panes Together"));
    sync->setCheckable(true);
    sync->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    sync->setStatusTip(tr("Scrolling one pane scrolls the others to the same place in their text"));
    connect(sync, &QAction::toggled, m_area, &ComparisonArea::setSyncScroll);
    connect(m_document, &Document::projectReset, sync, [this, sync] { sync->setChecked(m_area->syncScroll()); });
    sync->setChecked(m_area->syncScroll());
    QAction *byLinks = m_viewMenu->addAction(tr("Scroll by &Links"));
    byLinks->setCheckable(true);
    byLinks->setStatusTip(tr("Scrolling together keeps linked claims level, instead of going by proportion"));
    connect(byLinks, &QAction::toggled, m_area, &ComparisonArea::setSyncByLinks);
    connect(byLinks, &QAction::toggled, sync, [sync](bool on) {
        if (on)
            sync->setChecked(true);
    });
    connect(sync, &QAction::toggled, byLinks, [byLinks](bool on) {
        if (!on)
            byLinks->setChecked(false);
    });
    connect(m_document, &Document::projectReset, byLinks,
            [this, byLinks] { byLinks->setChecked(m_area->syncByLinks()); });
    byLinks->setChecked(m_area->syncByLinks());

    m_viewMenu->addSeparator();
    createCuesMenu(m_viewMenu->addMenu(tr("&Cues")));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Larger Text"), QKeySequence::ZoomIn, this, [this] {
        changeReadingStyle([](ReadingStyle &s) { s.font.setPointSizeF(std::min(40.0, s.font.pointSizeF() + 1)); });
    });
    m_viewMenu->addAction(tr("S&maller Text"), QKeySequence::ZoomOut, this, [this] {
        changeReadingStyle([](ReadingStyle &s) { s.font.setPointSizeF(std::max(7.0, s.font.pointSizeF() - 1)); });
    });
    m_viewMenu->addAction(tr("Reading &Settings…"), this, [this] { openSettings(); });
    m_viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());
}

void MainWindow::createTeamMenu()
{
    QMenu *team = menuBar()->addMenu(tr("&Team"));
    team->addAction(m_mergeAction);
    team->addAction(tr("A&djudicate"), this,
                    [this] {
                        m_adjudication->parentWidget()->show();
                        m_adjudication->parentWidget()->raise();
                        m_adjudication->list()->setFocus();
                    })
        ->setStatusTip(tr("Settle the annotators' disagreements one by one, then keep only what was settled"));
    team->addAction(tr("&Agreement…"), this,
                    [this] {
                        AgreementDialog dialog(m_document, this);
                        dialog.exec();
                    })
        ->setStatusTip(tr("How far the annotators agree: Krippendorff's alpha and Cohen's kappa"));
}

void MainWindow::askAnnotatorOnce()
{
    if (QSettings().contains(QStringLiteral("annotator")))
        return;
    Preferences preferences = Preferences::load(); // the login name until told otherwise
    const std::optional<QString> name
        = m_prompts->askText(this, tr("Your Name"),
                             tr("Claims and links you make carry your name, so that a team can merge its work and "
                                "see who agrees. (Edit → Settings → Files changes it.)"),
                             preferences.annotator);
    if (name && !name->trimmed().isEmpty())
        preferences.annotator = name->trimmed();
    preferences.save();
    m_document->setAnnotator(preferences.annotator);
}

void MainWindow::mergeProject()
{
    const QString path = m_prompts->chooseProjectToOpen(this, QFileInfo(m_document->fileName()).absolutePath());
    if (path.isEmpty())
        return;
    auto other = std::make_shared<Project>();
    auto error = std::make_shared<ProjectError>();
    BackgroundTaskOptions options;
    options.label = tr("Reading “%1”…").arg(QFileInfo(path).fileName());
    runInBackground(this, options, [path, other, error] { *error = loadProject(path, *other); });
    if (!error->ok()) {
        m_prompts->showError(this, tr("Cannot Merge"), tr("%1: %2").arg(QFileInfo(path).fileName(), error->message));
        return;
    }
    MergeOptions merging;
    const QStringList unmatched = unmatchedTagPaths(m_document->project(), *other);
    if (!unmatched.isEmpty()) {
        const QHash<TagId, QString> paths = tagPaths(m_document->project().tags);
        QStringList ours(paths.begin(), paths.end());
        ours.sort(Qt::CaseInsensitive);
        const std::optional<QHash<QString, QString>> mapping = m_prompts->mapTags(this, unmatched, ours);
        if (!mapping)
            return;
        merging.tagMapping = *mapping;
    }
    Project merged = m_document->project();
    const MergeReport report = merge(merged, *other, merging);
    if (!report.addedNothing())
        m_document->addMerged(merged, tr("Merge “%1”").arg(QFileInfo(path).fileName()));
    m_prompts->showMergeReport(
        this,
        report.addedNothing()
            ? tr("Nothing new: everything in %1 is in this project already.").arg(QFileInfo(path).fileName())
            : report.summary());
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("User &Guide"), QKeySequence::HelpContents, this, [this] {
        auto *dialog = findChild<UserGuideDialog *>();
        if (!dialog) {
            dialog = new UserGuideDialog(this);
            dialog->setModal(false);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    help->addAction(tr("Open &Demo Project"), m_files, &ProjectFileController::openDemo);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Crossread"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::changeReadingStyle(const std::function<void(ReadingStyle &)> &change)
{
    ReadingStyle style = ReadingStyle::load();
    change(style);
    style.save();
    m_area->setReadingStyle(style);
}

void MainWindow::tagSelectionAsClaim()
{
    ArticlePane *pane = m_area->currentPane();
    if (!pane)
        return;
    ArticleTextView *view = pane->view();
    const auto [start, end] = view->snappedSelection();
    if (start >= end) {
        statusBar()->showMessage(tr("Select the words of the claim first."), 5000);
        return;
    }
    TagPickerDialog picker(m_document->project(), view->toPlainText().mid(start, end - start), this);
    if (picker.exec() == QDialog::Accepted)
        view->tagSelection(picker.chosenTags());
    view->setFocus();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_files->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                                  this, [this, path] { m_files->openFile(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Recent Projects"), m_files, &ProjectFileController::clearRecentFiles);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt shows the modified marker.
    setWindowTitle(tr("%1[*] — Crossread").arg(m_files->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->fileName());
}

void MainWindow::updateStatus()
{
    const Project &p = m_document->project();
    const auto n = [](size_t size) { return qsizetype(size); };
    m_counts->setText(QStringList{countText(n(p.articles.size()), tr("1 article"), tr("%1 articles")),
                                  countText(n(p.claims.size()), tr("1 claim"), tr("%1 claims")),
                                  countText(n(p.links.size()), tr("1 link"), tr("%1 links")),
                                  countText(n(p.propositions.size()), tr("1 proposition"), tr("%1 propositions"))}
                          .join(QStringLiteral(" · ")));
    if (m_paneSummary)
        m_paneSummary->setText(m_area && m_area->currentPane() ? m_area->currentPane()->summary() : QString());
}

quint32 MainWindow::currentArticle() const
{
    const QModelIndex index = m_articleView->currentIndex();
    return index.isValid() ? index.data(IdRole).toUInt() : NoId;
}

void MainWindow::editCurrentArticle()
{
    if (const ArticleId id = currentArticle(); id != NoId)
        ArticleMetadataDialog::edit(*m_document, id, this);
}

void MainWindow::removeCurrentArticle()
{
    if (const ArticleId id = currentArticle(); id != NoId)
        m_document->removeArticles({id}); // undoable, like every edit
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList projects, files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        (path.endsWith(QStringLiteral(".crossread")) ? projects : files) << path;
    }
    event->acceptProposedAction();
    // A project dropped alone opens; anything else is imported.
    if (files.isEmpty() && projects.size() == 1)
        m_files->openFile(projects.first());
    else
        m_import->importFiles(files + projects);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_files->closeProject();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace crossread
