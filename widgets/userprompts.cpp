#include "userprompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace crossread {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crossread::UserPrompts", text);
}

QString projectFilter()
{
    return tr("Crossread projects (*.crossread);;All files (*)");
}

} // namespace

QString DialogPrompts::chooseProjectToOpen(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Project"), folder, projectFilter());
}

QString DialogPrompts::chooseProjectToSave(QWidget *parent, const QString &suggestedPath)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Save Project As"), suggestedPath, projectFilter());
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".crossread")))
        path += QStringLiteral(".crossread");
    return path;
}

UserPrompts::SaveChoice DialogPrompts::askSaveChanges(QWidget *parent, const QString &projectName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to “%1” before closing it?").arg(projectName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

void DialogPrompts::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

} // namespace crossread
