#include "helpdialogs.h"

#include "libraryversions.h"

#include <models/interfacelanguage.h>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crossread {
namespace {

QDialogButtonBox *closeButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

/// The menu path of `action` under `menu`, e.g. "View › Cues › Hedges".
void collect(const QMenu *menu, const QString &path, QList<std::pair<QString, const QAction *>> &out)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString text = action->text().remove(u'&');
        if (action->menu())
            collect(action->menu(), path + QStringLiteral(" › ") + text, out);
        else
            out.append({path, action});
    }
}

} // namespace

QString UserGuideDialog::guideFor(const QString &language)
{
    const QString translated = QStringLiteral(":/help/guide_") + language + QStringLiteral(".html");
    return QFile::exists(translated) ? translated : QStringLiteral(":/help/guide.html");
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Crossread User Guide"));
    setObjectName(QStringLiteral("userGuide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guideFor(installedInterfaceLanguage())));
    auto *back = new QPushButton(tr("&Back"), this);
    auto *home = new QPushButton(tr("&Contents"), this);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    QDialogButtonBox *buttons = closeButtons(this);
    buttons->addButton(back, QDialogButtonBox::ActionRole);
    buttons->addButton(home, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_filter->setPlaceholderText(tr("Filter by command or key"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    const auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_list, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
        return item;
    };
    for (const QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        QList<std::pair<QString, const QAction *>> actions;
        collect(top->menu(), QString(), actions);
        QTreeWidgetItem *heading = nullptr;
        for (const auto &[path, action] : actions) {
            if (action->shortcut().isEmpty())
                continue;
            if (!heading)
                heading = group(top->text().remove(u'&'));
            const QString name
                = (path.isEmpty() ? QString() : path.mid(3) + QStringLiteral(" › ")) + action->text().remove(u'&');
            new QTreeWidgetItem(heading, {name, action->shortcut().toString(QKeySequence::NativeText)});
        }
    }
    QTreeWidgetItem *panes = group(tr("In an article pane"));
    for (const auto &[what, keys] : {
             std::pair{tr("Select words"), tr("Shift+arrows, Ctrl+Shift+Left/Right")},
             {tr("Tag the selection with a tag"), tr("the tag's key (Settings → Tags, or Codebook → Key…)")},
             {tr("Move a pane's claim selection"), tr("Alt+Up, Alt+Down")},
             {tr("Open the pane's menu (tag, link, find)"), tr("Menu key or Shift+F10")},
             {tr("Move between panes, lists and docks"), tr("Tab, Shift+Tab, Ctrl+1 … Ctrl+6")},
         })
        new QTreeWidgetItem(panes, {what, keys});
    m_list->expandAll();
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(closeButtons(this));
    resize(620, 600);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = m_list->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < heading->childCount(); ++j) {
            QTreeWidgetItem *row = heading->child(j);
            const bool match = text.isEmpty() || row->text(0).contains(text, Qt::CaseInsensitive)
                || row->text(1).contains(text, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        heading->setHidden(shown == 0);
    }
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Crossread"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto *about = new QLabel(this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::RichText);
    about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    about->setText(tr("<h2>Crossread %1</h2><p>Compare how several outlets report the same event: tag claims, link "
                      "them across sources, see who said what and who left it out.</p><p>Licensed under the GNU "
                      "General Public License, version 3 or later.</p>")
                       .arg(QApplication::applicationVersion()));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/org.crossread.Crossread.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *libraries = new QTreeWidget(this);
    libraries->setObjectName(QStringLiteral("libraries"));
    libraries->setAccessibleName(tr("Libraries"));
    libraries->setRootIsDecorated(false);
    libraries->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence"), tr("Used for")});
    const auto version = [](const char *v) {
        const QString s = QString::fromLatin1(v);
        return s.isEmpty() ? tr("as packaged") : s;
    };
    const QList<QStringList> rows{
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0"),
         tr("the window, text, PDF, SVG")},
        {QStringLiteral("Boost.Serialization"), version(CROSSREAD_BOOST_VERSION), QStringLiteral("BSL-1.0"),
         tr("project files")},
        {QStringLiteral("zlib"), version(CROSSREAD_ZLIB_VERSION), QStringLiteral("Zlib"), tr("checksums")},
        {QStringLiteral("ICU"), version(CROSSREAD_ICU_VERSION), QStringLiteral("Unicode-3.0"), tr("text encodings")},
        {QStringLiteral("uchardet"), version(CROSSREAD_UCHARDET_VERSION), QStringLiteral("MPL-1.1"),
         tr("detecting encodings")},
        {QStringLiteral("Gumbo"), version(CROSSREAD_GUMBO_VERSION), QStringLiteral("Apache-2.0"),
         tr("reading web pages")},
        {QStringLiteral("MD4C"), version(CROSSREAD_MD4C_VERSION), QStringLiteral("MIT"), tr("reading Markdown")},
        {QStringLiteral("QuaZip"), version(CROSSREAD_QUAZIP_VERSION), QStringLiteral("LGPL-2.1"),
         tr("Word documents, REFI-QDA")},
        {QStringLiteral("Qt PDF (PDFium)"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0, BSD-3-Clause"),
         tr("reading PDF files")},
        {QStringLiteral("CLD2"), version(""), QStringLiteral("Apache-2.0"), tr("detecting languages")},
        {QStringLiteral("Snowball (libstemmer)"), version(""), QStringLiteral("BSD-3-Clause"), tr("word stems")},
    };
    for (const QStringList &row : rows)
        new QTreeWidgetItem(libraries, row);
    for (int c = 0; c < 4; ++c)
        libraries->resizeColumnToContents(c);

    auto *tabs = new QTabWidget(this);
    auto *first = new QWidget(tabs);
    auto *firstLayout = new QHBoxLayout(first);
    firstLayout->addWidget(icon);
    firstLayout->addWidget(about, 1);
    tabs->addTab(first, tr("&About"));
    tabs->addTab(libraries, tr("&Libraries"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(closeButtons(this));
    resize(640, 420);
}

} // namespace crossread
