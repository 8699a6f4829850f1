#include "userprompts.h"

#include "linkdialog.h"

#include <models/import/articleimporter.h>

#include <QColorDialog>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crossread {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::UserPrompts)
};

QString projectFilter()
{
    return Tr::tr("Crossread projects (*.crossread);;All files (*)");
}

} // namespace

QString DialogPrompts::chooseProjectToOpen(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, Tr::tr("Open Project"), folder, projectFilter());
}

QString DialogPrompts::chooseProjectToSave(QWidget *parent, const QString &suggestedPath)
{
    QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save Project As"), suggestedPath, projectFilter());
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".crossread")))
        path += QStringLiteral(".crossread");
    return path;
}

UserPrompts::SaveChoice DialogPrompts::askSaveChanges(QWidget *parent, const QString &projectName)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Unsaved Changes"),
                    Tr::tr("Save the changes to “%1” before closing it?").arg(projectName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(Tr::tr("Your changes will be lost if you don't save them."));
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

UserPrompts::RecoveryChoice DialogPrompts::askRecover(QWidget *parent, const QString &projectName,
                                                      const QString &details)
{
    QMessageBox box(
        QMessageBox::Question, Tr::tr("Recover Unsaved Work"),
        Tr::tr("Crossread was closed without saving the last edits to “%1”. Recover them?").arg(projectName),
        QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QPushButton *recover = box.addButton(Tr::tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(Tr::tr("&Discard Them"), QMessageBox::DestructiveRole);
    box.addButton(Tr::tr("&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        return RecoveryChoice::Recover;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::NotNow;
}

void DialogPrompts::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

QStringList DialogPrompts::chooseFilesToImport(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileNames(parent, Tr::tr("Import Articles"), folder,
                                         importNameFilters().join(QStringLiteral(";;")));
}

QString DialogPrompts::chooseEncoding(QWidget *parent, const QStringList &encodings)
{
    bool ok = false;
    const QString encoding
        = QInputDialog::getItem(parent, Tr::tr("Import with Encoding"),
                                Tr::tr("Read the text of the files to import as:"), encodings, 0, true, &ok);
    return ok ? encoding.trimmed() : QString();
}

UserPrompts::VersionChoice DialogPrompts::askNewVersion(QWidget *parent, const QString &fileName,
                                                        const QString &existingTitle)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("New Version of an Article?"),
                    Tr::tr("“%1” has the title and outlet of “%2”, which is already in the project, but its text "
                           "differs.")
                        .arg(fileName, existingTitle),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(Tr::tr("Import it as a new version of that article, as a separate article, or not at all?"));
    QPushButton *version = box.addButton(Tr::tr("New Version"), QMessageBox::AcceptRole);
    QPushButton *separate = box.addButton(Tr::tr("Separate Article"), QMessageBox::ActionRole);
    box.addButton(Tr::tr("Skip"), QMessageBox::RejectRole);
    box.setDefaultButton(version);
    box.exec();
    if (box.clickedButton() == version)
        return VersionChoice::AddAsNewVersion;
    return box.clickedButton() == separate ? VersionChoice::AddSeparately : VersionChoice::Skip;
}

void DialogPrompts::showImportReport(QWidget *parent, const QString &summary, const QString &details)
{
    QMessageBox box(QMessageBox::Information, Tr::tr("Import"), summary, QMessageBox::Ok, parent);
    box.setDetailedText(details);
    box.exec();
}

QColor DialogPrompts::chooseColor(QWidget *parent, const QColor &initial)
{
    return QColorDialog::getColor(initial, parent, Tr::tr("Tag Colour"));
}

std::optional<QString> DialogPrompts::chooseShortcut(QWidget *parent, const QString &tagName, const QString &current)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(Tr::tr("Tag Key"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(Tr::tr("Press the key that tags a selection as “%1” (Backspace for none):").arg(tagName)));
    auto *edit = new QKeySequenceEdit(QKeySequence(current), &dialog);
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    // One key: a sequence of several (like Ctrl+K, Ctrl+T) keeps its first.
    const QKeySequence sequence = edit->keySequence();
    return sequence.isEmpty() ? QString() : QKeySequence(sequence[0]).toString(QKeySequence::PortableText);
}

int DialogPrompts::chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &names)
{
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, names, 0, false, &ok);
    return ok ? int(names.indexOf(chosen)) : -1;
}

bool DialogPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

std::optional<QString> DialogPrompts::askText(QWidget *parent, const QString &title, const QString &label,
                                              const QString &initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

QString DialogPrompts::chooseExportTarget(QWidget *parent, const QString &suggestedPath, const QString &filter,
                                          bool folder)
{
    if (folder)
        return QFileDialog::getExistingDirectory(parent, QCoreApplication::translate("crossread", "Export to Folder"),
                                                 suggestedPath);
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("crossread", "Export"), suggestedPath,
                                        filter);
}

std::optional<QStringList> DialogPrompts::askLines(QWidget *parent, const QString &title, const QString &label,
                                                   const QStringList &initial)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, title, label, initial.join(u'\n'), &ok);
    return ok ? std::optional<QStringList>(text.split(u'\n', Qt::SkipEmptyParts)) : std::nullopt;
}

std::optional<UserPrompts::LinkChoice> DialogPrompts::chooseLink(QWidget *parent, const Document &document,
                                                                 quint32 from)
{
    LinkDialog dialog(document, from, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.target() == NoId)
        return std::nullopt;
    return LinkChoice{dialog.target(), int(dialog.relation()), dialog.note()};
}

std::optional<QHash<QString, QString>> DialogPrompts::mapTags(QWidget *parent, const QStringList &theirs,
                                                              const QStringList &ours)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(Tr::tr("Tags to Map"));
    auto *table = new QTableWidget(int(theirs.size()), 2, &dialog);
    table->setHorizontalHeaderLabels({Tr::tr("Their tag"), Tr::tr("Becomes")});
    table->setAccessibleName(Tr::tr("Tags to map"));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    for (int row = 0; row < theirs.size(); ++row) {
        auto *item = new QTableWidgetItem(theirs[row]);
        item->setFlags(Qt::ItemIsEnabled);
        table->setItem(row, 0, item);
        auto *choice = new QComboBox(table);
        choice->addItem(Tr::tr("A new tag"), QString());
        for (const QString &path : ours)
            choice->addItem(path, path);
        choice->setAccessibleName(Tr::tr("What %1 becomes").arg(theirs[row]));
        table->setCellWidget(row, 1, choice);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    auto *note = new QLabel(Tr::tr("The other project has tags this one has not. Add each as a new tag, or merge its "
                                   "claims into one of this project's tags."),
                            &dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(620, 420);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QHash<QString, QString> mapping;
    for (int row = 0; row < theirs.size(); ++row) {
        const QString target = static_cast<QComboBox *>(table->cellWidget(row, 1))->currentData().toString();
        if (!target.isEmpty())
            mapping.insert(theirs[row], target);
    }
    return mapping;
}

void DialogPrompts::showMergeReport(QWidget *parent, const QString &summary)
{
    QMessageBox::information(parent, Tr::tr("Merged"), summary);
}

} // namespace crossread
