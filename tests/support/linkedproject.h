#pragma once

// A window's project of two articles whose lines are linked one to one:
// for the tests of links, connectors and the views that compare sources.

#include <app/mainwindow.h>
#include <models/document.h>
#include <models/project.h>
#include <support/fakeprompts.h>
#include <widgets/articlepane.h>
#include <widgets/articletextview.h>
#include <widgets/comparisonarea.h>
#include <widgets/connectorgutter.h>

#include <QDate>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace crossread::test {

/// Two articles of numbered lines, a claim on every line, each line of the
/// first linked with the same line of the second, shown side by side.
inline void openLinkedProject(MainWindow &window, int lines, Relation relation = Relation::Same)
{
    using namespace Qt::StringLiterals;
    window.document()->resetProject(newProject());
    QString text;
    for (int i = 0; i < lines; ++i)
        text += u"Line %1 says something.\n"_s.arg(i, 3, 10, QChar(u'0'));
    text.chop(1);
    const ArticleId a
        = window.document()->addArticle({u"A"_s, u"Wire A"_s, {}, QDate(2025, 6, 2), {}, {}, {}, {}, 0}, text, {});
    const ArticleId b
        = window.document()->addArticle({u"B"_s, u"Wire B"_s, {}, QDate(2025, 6, 3), {}, {}, {}, {}, 0}, text, {});
    const int lineLength = int(u"Line 000 says something.\n"_s.size());
    for (int i = 0; i < lines; ++i) {
        const ClaimId ca = window.document()->addClaim(a, i * lineLength, i * lineLength + 8);
        const ClaimId cb = window.document()->addClaim(b, i * lineLength, i * lineLength + 8);
        window.document()->addLink(ca, cb, relation);
    }
    window.document()->undoStack()->clear();
    window.comparison()->pane(0)->setArticle(a);
    window.comparison()->pane(1)->setArticle(b);
    QTest::qWait(50); // let the pane headers and texts settle
}

/// The window of a test of links and comparing views, and the parts those
/// tests reach for. The test class opens and closes the window
/// (openWindow() and closeWindow() in windowfixture.h).
class LinkedWindow
{
protected:
    Document *doc() const { return m_window->document(); }
    const Project &project() const { return doc()->project(); }
    ComparisonArea *area() const { return m_window->comparison(); }
    ArticleTextView *view(int pane) const { return area()->pane(pane)->view(); }
    ConnectorGutter *gutter() const { return area()->splitter()->gutter(1); }

    std::unique_ptr<MainWindow> m_window;
    FakePrompts *m_prompts = nullptr;
};

} // namespace crossread::test
