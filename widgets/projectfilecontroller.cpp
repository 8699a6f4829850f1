#include "projectfilecontroller.h"

#include "userprompts.h"

#include <models/defaultcodebook.h>
#include <models/document.h>
#include <models/projectdescription.h>
#include <models/projectfile.h>

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace crossread {
namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");

} // namespace

ProjectFileController::ProjectFileController(Document *document, QWidget *window, UserPrompts *prompts, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_window(window)
    , m_prompts(prompts)
{
}

QString ProjectFileController::displayName() const
{
    const QString fileName = m_document->fileName();
    if (!fileName.isEmpty())
        return QFileInfo(fileName).completeBaseName();
    const QString title = m_document->project().info.title;
    return title.isEmpty() ? tr("Untitled") : title;
}

bool ProjectFileController::newProject()
{
    if (!maybeSave())
        return false;
    m_document->resetProject(crossread::newProject());
    return true;
}

bool ProjectFileController::open()
{
    const QString current = m_document->fileName();
    const QString folder = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                             : QFileInfo(current).absolutePath();
    const QString path = m_prompts->chooseProjectToOpen(m_window, folder);
    return !path.isEmpty() && openFile(path);
}

bool ProjectFileController::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    Project project;
    const ProjectError error = loadProject(path, project);
    if (!error.ok()) {
        m_prompts->showError(m_window, tr("Cannot Open Project"),
                             tr("Crossread cannot open “%1”:\n%2").arg(QDir::toNativeSeparators(path), error.message));
        if (error.code == ProjectError::Code::CannotRead)
            removeRecentFile(path);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document->resetProject(std::move(project), absolute);
    addRecentFile(absolute);
    return true;
}

bool ProjectFileController::openDemo()
{
    if (!maybeSave())
        return false;
    Project project;
    const ProjectError error = loadProjectDescription(demoDescriptionPath(), project);
    if (!error.ok()) {
        m_prompts->showError(m_window, tr("Cannot Open the Demo"), error.message);
        return false;
    }
    m_document->resetProject(std::move(project));
    return true;
}

bool ProjectFileController::save()
{
    return m_document->fileName().isEmpty() ? saveAs() : saveTo(m_document->fileName());
}

bool ProjectFileController::saveAs()
{
    QString suggested = m_document->fileName();
    if (suggested.isEmpty()) {
        const QString title = m_document->project().info.title;
        const QString base = title.isEmpty() ? tr("Untitled") : title;
        suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + base
            + QStringLiteral(".crossread");
    }
    const QString path = m_prompts->chooseProjectToSave(m_window, suggested);
    return !path.isEmpty() && saveTo(path);
}

bool ProjectFileController::saveTo(const QString &path)
{
    const ProjectError error = saveProject(m_document->project(), path);
    if (!error.ok()) {
        m_prompts->showError(m_window, tr("Cannot Save Project"),
                             tr("The project was not saved; the file on disk is unchanged.\n%1").arg(error.message));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document->markSaved(absolute);
    addRecentFile(absolute);
    return true;
}

bool ProjectFileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts->askSaveChanges(m_window, displayName())) {
    case UserPrompts::SaveChoice::Save:
        return save();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

QStringList ProjectFileController::recentFiles() const
{
    return QSettings().value(kRecentFilesKey).toStringList();
}

void ProjectFileController::clearRecentFiles()
{
    QSettings().remove(kRecentFilesKey);
    Q_EMIT recentFilesChanged();
}

void ProjectFileController::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFilesKey, files);
    Q_EMIT recentFilesChanged();
}

void ProjectFileController::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        QSettings().setValue(kRecentFilesKey, files);
        Q_EMIT recentFilesChanged();
    }
}

} // namespace crossread
