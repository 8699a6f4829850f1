#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace crossread {

class Document;

/// The questions the application asks its user. The application asks
/// through this interface so that tests can answer without a dialog.
class UserPrompts
{
public:
    enum class SaveChoice { Save, Discard, Cancel };
    enum class VersionChoice { AddAsNewVersion, AddSeparately, Skip };
    enum class RecoveryChoice { Recover, Discard, NotNow };

    virtual ~UserPrompts() = default;
    /// A project file to open, or an empty string when the user cancels.
    virtual QString chooseProjectToOpen(QWidget *parent, const QString &folder) = 0;
    /// A file to save the project to, or an empty string when the user cancels.
    virtual QString chooseProjectToSave(QWidget *parent, const QString &suggestedPath) = 0;
    /// Whether to save the unsaved changes of `projectName` before they would be lost.
    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &projectName) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
    /// Whether to bring back the edits to `projectName` that a session which
    /// ended without saving left (`details`: how many, when), to throw them
    /// away, or to decide another time.
    virtual RecoveryChoice askRecover(QWidget *parent, const QString &projectName, const QString &details) = 0;

    /// Files to import, or none when the user cancels.
    virtual QStringList chooseFilesToImport(QWidget *parent, const QString &folder) = 0;
    /// An encoding to read the next files with (one of `encodings`), or an
    /// empty string when the user cancels.
    virtual QString chooseEncoding(QWidget *parent, const QStringList &encodings) = 0;
    /// What to do with `fileName`, whose title and outlet match the article
    /// `existingTitle` but whose text differs.
    virtual VersionChoice askNewVersion(QWidget *parent, const QString &fileName, const QString &existingTitle) = 0;
    /// The outcome of an import that did not go entirely well.
    virtual void showImportReport(QWidget *parent, const QString &summary, const QString &details) = 0;

    /// A colour, or an invalid one when the user cancels.
    virtual QColor chooseColor(QWidget *parent, const QColor &initial) = 0;
    /// A key sequence in portable text ("3", "Ctrl+E"), empty for none, or
    /// nullopt when the user cancels.
    virtual std::optional<QString> chooseShortcut(QWidget *parent, const QString &tagName, const QString &current) = 0;
    /// One of `names` (by index), or -1 when the user cancels.
    virtual int chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &names) = 0;
    /// Whether to go ahead with something that cannot be taken lightly.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    /// A line of text (may be empty), or nullopt when the user cancels.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &initial)
        = 0;
    /// Where to export: a file (with `filter`, e.g. "HTML (*.html)") or, when
    /// `folder`, a folder; an empty string when the user cancels.
    virtual QString chooseExportTarget(QWidget *parent, const QString &suggestedPath, const QString &filter,
                                       bool folder)
        = 0;
    /// Lines of text, one item each (`initial` shown for editing), or nullopt
    /// when the user cancels.
    virtual std::optional<QStringList> askLines(QWidget *parent, const QString &title, const QString &label,
                                                const QStringList &initial)
        = 0;
    /// A claim to link `from` with, how they relate, and a note; nullopt
    /// when the user cancels. The picker lists the project's other claims.
    struct LinkChoice
    {
        quint32 target = 0;
        int relation = 0; ///< a Relation
        QString note;
    };
    virtual std::optional<LinkChoice> chooseLink(QWidget *parent, const Document &document, quint32 from) = 0;
    /// For a merge: what to do with each of `theirs`, tag paths of the other
    /// project this one has no tag for: the path of one of `ours` to use
    /// instead, or empty to add it as a new tag. nullopt when the user cancels.
    virtual std::optional<QHash<QString, QString>> mapTags(QWidget *parent, const QStringList &theirs,
                                                           const QStringList &ours)
        = 0;
    /// What a merge did (MergeReport::summary()).
    virtual void showMergeReport(QWidget *parent, const QString &summary) = 0;
};

/// UserPrompts with Qt's standard dialogs.
class DialogPrompts : public UserPrompts
{
public:
    QString chooseProjectToOpen(QWidget *parent, const QString &folder) override;
    QString chooseProjectToSave(QWidget *parent, const QString &suggestedPath) override;
    SaveChoice askSaveChanges(QWidget *parent, const QString &projectName) override;
    RecoveryChoice askRecover(QWidget *parent, const QString &projectName, const QString &details) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
    QStringList chooseFilesToImport(QWidget *parent, const QString &folder) override;
    QString chooseEncoding(QWidget *parent, const QStringList &encodings) override;
    VersionChoice askNewVersion(QWidget *parent, const QString &fileName, const QString &existingTitle) override;
    void showImportReport(QWidget *parent, const QString &summary, const QString &details) override;
    QColor chooseColor(QWidget *parent, const QColor &initial) override;
    std::optional<QString> chooseShortcut(QWidget *parent, const QString &tagName, const QString &current) override;
    int chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &names) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                   const QString &initial) override;
    QString chooseExportTarget(QWidget *parent, const QString &suggestedPath, const QString &filter,
                               bool folder) override;
    std::optional<QStringList> askLines(QWidget *parent, const QString &title, const QString &label,
                                        const QStringList &initial) override;
    std::optional<LinkChoice> chooseLink(QWidget *parent, const Document &document, quint32 from) override;
    std::optional<QHash<QString, QString>> mapTags(QWidget *parent, const QStringList &theirs,
                                                   const QStringList &ours) override;
    void showMergeReport(QWidget *parent, const QString &summary) override;
};

} // namespace crossread
