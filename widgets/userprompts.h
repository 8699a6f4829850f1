#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace crossread {

/// The questions the application asks its user. The application asks
/// through this interface so that tests can answer without a dialog.
class UserPrompts
{
public:
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~UserPrompts() = default;
    /// A project file to open, or an empty string when the user cancels.
    virtual QString chooseProjectToOpen(QWidget *parent, const QString &folder) = 0;
    /// A file to save the project to, or an empty string when the user cancels.
    virtual QString chooseProjectToSave(QWidget *parent, const QString &suggestedPath) = 0;
    /// Whether to save the unsaved changes of `projectName` before they would be lost.
    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &projectName) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
};

/// UserPrompts with Qt's standard dialogs.
class DialogPrompts : public UserPrompts
{
public:
    QString chooseProjectToOpen(QWidget *parent, const QString &folder) override;
    QString chooseProjectToSave(QWidget *parent, const QString &suggestedPath) override;
    SaveChoice askSaveChanges(QWidget *parent, const QString &projectName) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
};

} // namespace crossread
