#include "mainwindow.h"

#include <models/articlelistmodel.h>
#include <models/claimtablemodel.h>
#include <models/defaultcodebook.h>
#include <models/document.h>
#include <models/linktablemodel.h>
#include <models/modelroles.h>
#include <models/rownotifier.h>
#include <models/tagtreemodel.h>
#include <widgets/articleitemdelegate.h>
#include <widgets/articlemetadatadialog.h>
#include <widgets/counttext.h>
#include <widgets/importcontroller.h>
#include <widgets/projectfilecontroller.h>
#include <widgets/userprompts.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

namespace crossread {
namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setSortLocaleAware(true);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // creation order until the user sorts
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    return view;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(std::make_unique<DialogPrompts>(), parent)
{
}

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_prompts(std::move(prompts))
    , m_document(new Document(this))
    , m_files(new ProjectFileController(m_document, this, m_prompts.get(), this))
    , m_import(new ImportController(m_document, this, m_prompts.get(), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_document->setAnnotator(QSettings().value(QStringLiteral("annotator"), qEnvironmentVariable("USER")).toString());
    m_document->resetProject(newProject());
    createViews();
    createMenus();
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
    connect(m_files, &ProjectFileController::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    connect(m_import, &ImportController::finished, this, [this](bool cancelled, int added, int, int) {
        statusBar()->showMessage(cancelled ? tr("Import cancelled: nothing was added.")
                                           : countText(added, tr("Imported 1 article."), tr("Imported %1 articles.")),
                                 8000);
    });

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    updateStatus();
    rebuildRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    QTableView *claims = makeTable(new ClaimTableModel(m_document, this), tabs);
    claims->setObjectName(QStringLiteral("claimTable"));
    claims->setColumnWidth(ClaimTableModel::ArticleColumn, 170);
    claims->setColumnWidth(ClaimTableModel::QuoteColumn, 420);
    claims->setColumnWidth(ClaimTableModel::TagsColumn, 170);
    tabs->addTab(claims, tr("Claims"));
    QTableView *links = makeTable(new LinkTableModel(m_document, this), tabs);
    links->setObjectName(QStringLiteral("linkTable"));
    links->setColumnWidth(LinkTableModel::RelationColumn, 130);
    links->setColumnWidth(LinkTableModel::FromQuoteColumn, 300);
    links->setColumnWidth(LinkTableModel::FromArticleColumn, 150);
    links->setColumnWidth(LinkTableModel::ToQuoteColumn, 300);
    links->setColumnWidth(LinkTableModel::ToArticleColumn, 150);
    tabs->addTab(links, tr("Links"));
    setCentralWidget(tabs);

    // A one-column tree rather than a list: it elides long headlines.
    auto *articles = new QTreeView(this);
    articles->setObjectName(QStringLiteral("articleList"));
    articles->setModel(new ArticleListModel(m_document, this));
    articles->setHeaderHidden(true);
    articles->setRootIsDecorated(false);
    articles->setAlternatingRowColors(true);
    articles->setItemDelegate(new ArticleItemDelegate(articles));
    articles->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(articles, &QAbstractItemView::activated, this, &MainWindow::editCurrentArticle);
    m_articleView = articles;
    auto *articleDock = new QDockWidget(tr("Articles"), this);
    articleDock->setObjectName(QStringLiteral("articleDock"));
    articleDock->setWidget(articles);
    addDockWidget(Qt::LeftDockWidgetArea, articleDock);

    auto *codebook = new QTreeView(this);
    codebook->setObjectName(QStringLiteral("codebookTree"));
    codebook->setModel(new TagTreeModel(m_document, this));
    codebook->setHeaderHidden(true);
    codebook->setDragDropMode(QAbstractItemView::InternalMove);
    codebook->setDefaultDropAction(Qt::MoveAction);
    codebook->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    codebook->expandAll();
    connect(codebook->model(), &QAbstractItemModel::modelReset, codebook, &QTreeView::expandAll);
    auto *codebookDock = new QDockWidget(tr("Codebook"), this);
    codebookDock->setObjectName(QStringLiteral("codebookDock"));
    codebookDock->setWidget(codebook);
    addDockWidget(Qt::LeftDockWidgetArea, codebookDock);
    resizeDocks({articleDock}, {300}, Qt::Horizontal);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project"), m_files, &ProjectFileController::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), m_files, &ProjectFileController::open);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), m_files, &ProjectFileController::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), m_files, &ProjectFileController::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import Articles…"), m_import, &ImportController::chooseAndImport);
    importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    importAction->setStatusTip(tr("Add articles from text, Markdown, HTML, PDF or Word files (or drop files on the window)"));
    file->addAction(tr("Import with &Encoding…"), m_import, &ImportController::chooseEncodingAndImport)
        ->setStatusTip(tr("Import text files whose encoding was not detected right"));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *properties = edit->addAction(tr("Article &Properties…"), this, &MainWindow::editCurrentArticle);
    properties->setShortcut(Qt::ALT | Qt::Key_Return);
    QAction *remove = edit->addAction(tr("&Remove Article"), this, &MainWindow::removeCurrentArticle);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_articleView->addAction(properties);
    m_articleView->addAction(remove);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Demo Project"), m_files, &ProjectFileController::openDemo);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Crossread"), this, [this] {
        QMessageBox::about(this, tr("About Crossread"),
                           tr("<h3>Crossread %1</h3><p>Compare how several outlets report the same event: tag "
                              "claims, link them across sources, see who said what and who left it out.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
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

void MainWindow::updateStatus()
{
    const Project &p = m_document->project();
    const auto n = [](size_t size) { return qsizetype(size); };
    m_counts->setText(QStringList{countText(n(p.articles.size()), tr("1 article"), tr("%1 articles")),
                                  countText(n(p.claims.size()), tr("1 claim"), tr("%1 claims")),
                                  countText(n(p.links.size()), tr("1 link"), tr("%1 links")),
                                  countText(n(p.propositions.size()), tr("1 proposition"), tr("%1 propositions"))}
                          .join(QStringLiteral(" · ")));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace crossread
