#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QMenuBar;
class QTextBrowser;
class QTreeWidget;
QT_END_NAMESPACE

namespace crossread {

/// The bundled user guide (Help → User Guide, F1), in the interface's
/// language when it is translated, offline.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    /// The guide's resource for `language` ("fr"), English when there is none.
    static QString guideFor(const QString &language);

private:
    QTextBrowser *m_browser;
};

/// Help → Keyboard Shortcuts: every command of the menus with its keys, and
/// the keys of the panes, with a filter.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

/// Help → About Crossread: the version, and the libraries it uses with their
/// versions and licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace crossread
