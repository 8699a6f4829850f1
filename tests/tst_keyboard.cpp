// Keyboard-only work and accessibility (issue 10): the main workflow (open,
// tag, link, export) walked with key events alone, sent where the keyboard
// focus is; focus always on a visible widget of the active window; every
// focusable widget of the window named for screen readers.

#include <app/mainwindow.h>
#include <models/claimselection.h>
#include <models/comparisonmatrixmodel.h>
#include <models/defaultcodebook.h>
#include <models/document.h>
#include <models/project.h>
#include <models/projectfile.h>
#include <support/fakeprompts.h>
#include <support/windowfixture.h>
#include <widgets/articlepane.h>
#include <widgets/articletextview.h>
#include <widgets/comparisonarea.h>
#include <widgets/connectorgutter.h>
#include <widgets/linkdialog.h>
#include <widgets/userprompts.h>

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace crossread {
namespace {

/// The fake prompts, except that linking shows the real link dialog: the
/// test picks the claim and the relation in it with keys.
class KeyboardPrompts : public test::FakePrompts
{
public:
    std::optional<LinkChoice> chooseLink(QWidget *parent, const Document &document, quint32 from) override
    {
        ++linkQuestions;
        return DialogPrompts().chooseLink(parent, document, from);
    }
};

/// When a dialog closes, a window manager gives the activation back to the
/// window below; the offscreen platform does not: this does it for it.
void settleActivation()
{
    if (QApplication::activeWindow() || QApplication::activeModalWidget())
        return;
    // Found first, activated after: waiting runs deferred deletes, which
    // may take other top-level widgets (a closed dialog) away.
    QWidget *window = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && top->inherits("crossread::MainWindow"))
            window = top;
    }
    if (window) {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
}

/// Presses `key` where the keyboard focus is, as a keyboard would.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    settleActivation();
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClicks(focus, text);
}

/// Runs `keys` once a modal dialog is up (the code that opened it waits in
/// its exec()).
void whenModal(std::function<void(QDialog *)> keys)
{
    // A timer of its own, polling, that goes once the keys are sent.
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, keys, tries = 0]() mutable {
        // Up, active, and holding the focus: keys go to it.
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QWidget *focus = QApplication::focusWidget();
        const bool ready = dialog && dialog->isActiveWindow() && focus && dialog->isAncestorOf(focus);
        if (!ready && ++tries < 300)
            return;
        poll->stop();
        poll->deleteLater();
        if (!ready) {
            // Leave the dialog, so that the test fails rather than hangs.
            if (dialog)
                dialog->reject();
            QFAIL("no dialog came up with the focus");
        }
        keys(dialog);
    });
    poll->start();
}

/// The focus is on a widget one can see, in the active window.
QString focusProblem()
{
    settleActivation();
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return u"no widget has the focus"_s;
    if (!focus->isVisible())
        return u"the focus is on a hidden widget: "_s + QString::fromLatin1(focus->metaObject()->className());
    if (focus->window() != QApplication::activeWindow())
        return u"the focus is outside the active window"_s;
    if (focus->focusPolicy() == Qt::NoFocus)
        return u"the focus is on a widget that takes none"_s;
    return {};
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    KeyboardPrompts *m_prompts = nullptr;
    QTemporaryDir m_dir;

    Document *doc() const { return m_window->document(); }
    const Project &project() const { return doc()->project(); }

    /// Two articles that report one event, saved as a project file.
    QString writeProject()
    {
        Project p = newProject();
        Article a;
        a.id = p.nextId++;
        a.meta.title = u"Bridge closed"_s;
        a.meta.outlet = u"Morning Wire"_s;
        a.text = u"The bridge closed on Monday after inspectors found cracks. Traffic moved to the ferry."_s;
        Article b;
        b.id = p.nextId++;
        b.meta.title = u"Cracks shut the bridge"_s;
        b.meta.outlet = u"Evening Post"_s;
        b.text = u"Officials shut the old bridge on Tuesday. Engineers had seen cracks in two piers."_s;
        p.articles = {a, b};
        const QString path = m_dir.filePath(u"bridge.crossread"_s);
        return saveProject(p, path).ok() ? path : QString();
    }

    /// Goes to pane `pane` (Ctrl+1…), skips `skip` words from the start,
    /// selects `words` words, and tags them with `tag` through the picker
    /// (Ctrl+T, the tag's name typed, Return).
    void tagByKeys(int pane, int skip, int words, const QString &tag)
    {
        press(Qt::Key_1 + pane, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_window->comparison()->pane(pane)->view());
        QVERIFY2(focusProblem().isEmpty(), qPrintable(focusProblem()));
        press(Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < skip; ++i)
            press(Qt::Key_Right, Qt::ControlModifier);
        for (int i = 0; i < words; ++i)
            press(Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        whenModal([tag](QDialog *) {
            type(tag);
            press(Qt::Key_Return);
        });
        press(Qt::Key_T, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings(u"tst_keyboard"_s);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        auto prompts = std::make_unique<KeyboardPrompts>();
        m_prompts = prompts.get();
        m_window = std::make_unique<MainWindow>(std::move(prompts));
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_prompts->choice = UserPrompts::SaveChoice::Discard;
        m_window->close();
        m_window.reset();
    }

    void mainWorkflow_openTagLinkExport_withKeysOnly()
    {
        const QString path = writeProject();
        QVERIFY(!path.isEmpty());

        // Open: Ctrl+O (the file chooser answers with the path).
        m_prompts->openPath = path;
        press(Qt::Key_O, Qt::ControlModifier);
        QTRY_COMPARE(doc()->fileName(), path);
        QCOMPARE(project().articles.size(), size_t(2));

        // Tag in the first pane: Ctrl+1, select "The bridge closed", Ctrl+T,
        // pick a tag by typing its name, Return.
        const QString firstTag = project().tags.front().name;
        tagByKeys(0, 0, 3, firstTag);
        QTRY_COMPARE(project().claims.size(), size_t(1));
        const Claim first = project().claims[0];
        QCOMPARE(first.anchor.quote, u"The bridge closed"_s);
        QCOMPARE(first.attributes.tags, QList<TagId>{project().tags.front().id});

        // The second pane, by keys: Ctrl+2; "shut the old bridge".
        tagByKeys(1, 1, 4, firstTag);
        QTRY_COMPARE(project().claims.size(), size_t(2));
        const Claim second = project().claims[1];
        QCOMPARE(second.anchor.quote, u"shut the old bridge"_s);

        // Link: back to the first claim (Ctrl+1, Ctrl+End, Alt+Up: the claim
        // before the caret), Ctrl+L; in the
        // dialog, type to find the other claim, Tab to the relation, pick
        // "differs in detail" with the arrow keys, Return.
        press(Qt::Key_1, Qt::ControlModifier);
        press(Qt::Key_End, Qt::ControlModifier);
        press(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(m_window->selection()->current(), first.id);
        int relationIndex = -1;
        whenModal([&](QDialog *dialog) {
            auto *link = qobject_cast<LinkDialog *>(dialog);
            QVERIFY(link);
            QCOMPARE(QApplication::focusWidget(), link->searchEdit());
            type(u"old bridge"_s);
            QCOMPARE(link->target(), second.id);
            // Tab until the relation box has the focus.
            for (int i = 0; i < 6 && QApplication::focusWidget() != link->relationBox(); ++i)
                press(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), link->relationBox());
            while (link->relation() != Relation::Differs && link->relationBox()->currentIndex() < 10)
                press(Qt::Key_Down);
            relationIndex = link->relationBox()->currentIndex();
            press(Qt::Key_Return);
        });
        press(Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(project().links.size(), size_t(1));
        QVERIFY(relationIndex >= 0);
        const Link &link = project().links[0];
        QCOMPARE(link.from, first.id);
        QCOMPARE(link.to, second.id);
        QCOMPARE(link.relation, Relation::Differs);
        QVERIFY2(focusProblem().isEmpty(), qPrintable(focusProblem()));

        // Export: Ctrl+Shift+E; Markdown chosen by typing in the format box
        // (which has the focus), then Alt+E presses "Export…".
        const QString out = m_dir.filePath(u"bridge.md"_s);
        m_prompts->exportTarget = out;
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<QDialog> dialog; // deleted when closed
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"exportDialog"_s)) && dialog->isActiveWindow());
        auto *format = dialog->findChild<QComboBox *>();
        QCOMPARE(QApplication::focusWidget(), format);
        while (!format->currentText().contains(u"Markdown"_s) && format->currentIndex() < format->count() - 1)
            press(Qt::Key_Down);
        QVERIFY(format->currentText().contains(u"Markdown"_s));
        press(Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 20000);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY(markdown.contains(u"The bridge closed"_s));
        QVERIFY(markdown.contains(u"shut the old bridge"_s));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_VERIFY2(focusProblem().isEmpty(), qPrintable(focusProblem()));
        // Nothing was done with the mouse, and every step can be undone.
        QVERIFY(doc()->undoStack()->canUndo());
    }

    void tab_movesTheFocusOutOfAPane_andThroughTheWindow_alwaysVisibly()
    {
        const QString path = writeProject();
        m_prompts->openPath = path;
        press(Qt::Key_O, Qt::ControlModifier);
        QTRY_COMPARE(doc()->fileName(), path);
        press(Qt::Key_1, Qt::ControlModifier);
        QWidget *pane = QApplication::focusWidget();
        QSet<QWidget *> visited;
        for (int i = 0; i < 40; ++i) {
            press(Qt::Key_Tab);
            QVERIFY2(focusProblem().isEmpty(), qPrintable(focusProblem()));
            visited.insert(QApplication::focusWidget());
        }
        QVERIFY(visited.size() >= 8); // panes, lists, docks: not stuck in one place
        QVERIFY(visited.contains(m_window->comparison()->pane(1)->view()));
        QVERIFY(!visited.contains(nullptr));
        Q_UNUSED(pane);
    }

    void everyFocusableWidget_hasAnAccessibleName()
    {
        const QString path = writeProject();
        m_prompts->openPath = path;
        press(Qt::Key_O, Qt::ControlModifier);
        QTRY_COMPARE(doc()->fileName(), path);
        QStringList unnamed;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(m_window.get()) || w->focusPolicy() == Qt::NoFocus || w->focusProxy())
                continue;
            // Viewports and the scroll bars of a view belong to the view.
            if (qobject_cast<QAbstractScrollArea *>(w->parentWidget()) || w->inherits("QScrollBar"))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            QVERIFY(a);
            if (a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    }

    void customWidgets_describeThemselves()
    {
        const QString path = writeProject();
        m_prompts->openPath = path;
        press(Qt::Key_O, Qt::ControlModifier);
        QTRY_COMPARE(doc()->fileName(), path);
        ArticlePane *left = m_window->comparison()->pane(0);
        QCOMPARE(left->accessibleName(), tr("Pane: %1").arg(u"Morning Wire"_s));
        QVERIFY(left->accessibleDescription().contains(u"Bridge closed"_s));
        QVERIFY(left->view()->accessibleDescription().contains(u"Morning Wire"_s));

        // The connectors between the panes say how many links they draw.
        const ClaimId a = doc()->addClaim(project().articles[0].id, 4, 10);
        const ClaimId b = doc()->addClaim(project().articles[1].id, 22, 28);
        doc()->addLink(a, b, Relation::Same);
        ConnectorGutter *gutter = nullptr; // the handle between the panes (a splitter's first is hidden)
        for (ConnectorGutter *g : m_window->comparison()->findChildren<ConnectorGutter *>())
            gutter = g->isVisible() ? g : gutter;
        QVERIFY(gutter);
        gutter->repaint();
        QCOMPARE(QAccessible::queryAccessibleInterface(gutter)->text(QAccessible::Name), tr("Links between the panes"));
        QTRY_VERIFY(gutter->accessibleDescription().startsWith(u"1 link"_s));
        QVERIFY(gutter->accessibleDescription().contains(u"Evening Post"_s));

        // A matrix cell reads as its stance and text, and describes itself.
        ComparisonMatrixModel matrix(doc());
        matrix.setActive(true);
        QTRY_VERIFY(matrix.rowCount() == 1);
        const QModelIndex cell = matrix.index(0, 0);
        QVERIFY(!cell.data(Qt::AccessibleTextRole).toString().isEmpty());
        QVERIFY(!cell.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    }
};

} // namespace crossread

QTEST_MAIN(crossread::TestKeyboard)
#include "tst_keyboard.moc"
