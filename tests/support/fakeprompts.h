#pragma once

// For GUI tests: links crossread_widgets.

#include <widgets/userprompts.h>

namespace crossread::test {

/// Answers the window's questions as scripted, and remembers what was asked.
class FakePrompts : public UserPrompts
{
public:
    QString openPath;
    QString savePath;
    SaveChoice choice = SaveChoice::Cancel;
    int saveQuestions = 0;
    QStringList errors;

    QString chooseProjectToOpen(QWidget *, const QString &) override { return openPath; }
    QString chooseProjectToSave(QWidget *, const QString &) override { return savePath; }
    SaveChoice askSaveChanges(QWidget *, const QString &) override
    {
        ++saveQuestions;
        return choice;
    }
    void showError(QWidget *, const QString &, const QString &message) override { errors << message; }
    RecoveryChoice recovery = RecoveryChoice::NotNow;
    QStringList recoveryQuestions; ///< "project: details"
    RecoveryChoice askRecover(QWidget *, const QString &projectName, const QString &details) override
    {
        recoveryQuestions << projectName + QStringLiteral(": ") + details;
        return recovery;
    }

    QStringList importPaths;
    QString encoding;
    VersionChoice versionChoice = VersionChoice::AddAsNewVersion;
    QStringList versionQuestions;
    QString report;
    QString reportDetails;

    QStringList chooseFilesToImport(QWidget *, const QString &) override { return importPaths; }
    QString chooseEncoding(QWidget *, const QStringList &) override { return encoding; }
    VersionChoice askNewVersion(QWidget *, const QString &fileName, const QString &) override
    {
        versionQuestions << fileName;
        return versionChoice;
    }
    void showImportReport(QWidget *, const QString &summary, const QString &details) override
    {
        report = summary;
        reportDetails = details;
    }

    QColor color;
    std::optional<QString> shortcut;
    int item = -1;
    QStringList itemChoices;
    bool confirmation = false;
    QStringList confirmations;

    QColor chooseColor(QWidget *, const QColor &) override { return color; }
    std::optional<QString> chooseShortcut(QWidget *, const QString &, const QString &) override { return shortcut; }
    int chooseItem(QWidget *, const QString &, const QString &, const QStringList &names) override
    {
        itemChoices = names;
        return item;
    }
    std::optional<QString> answerText;
    QStringList textQuestions;
    std::optional<QString> askText(QWidget *, const QString &, const QString &label, const QString &) override
    {
        textQuestions << label;
        return answerText;
    }

    QString exportTarget;
    int exportQuestions = 0;
    QString chooseExportTarget(QWidget *, const QString &, const QString &, bool) override
    {
        ++exportQuestions;
        return exportTarget;
    }

    std::optional<QStringList> answerLines;
    QStringList linesShown; ///< the initial lines of the last question
    std::optional<QStringList> askLines(QWidget *, const QString &, const QString &,
                                        const QStringList &initial) override
    {
        linesShown = initial;
        return answerLines;
    }

    std::optional<LinkChoice> linkChoice;
    int linkQuestions = 0;
    std::optional<QHash<QString, QString>> tagMapping = QHash<QString, QString>{};
    QStringList tagsToMap; ///< the paths of the last mapping asked for
    std::optional<QHash<QString, QString>> mapTags(QWidget *, const QStringList &theirs, const QStringList &) override
    {
        tagsToMap = theirs;
        return tagMapping;
    }
    QStringList mergeReports;
    void showMergeReport(QWidget *, const QString &summary) override { mergeReports << summary; }

    std::optional<LinkChoice> chooseLink(QWidget *, const Document &, quint32) override
    {
        ++linkQuestions;
        return linkChoice;
    }

    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        confirmations << text;
        return confirmation;
    }
};

} // namespace crossread::test
