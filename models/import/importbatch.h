#pragma once

#include <models/import/articleimporter.h>

#include <QFuture>
#include <QList>

namespace crossread {

class Document;
struct Project;

struct ImportOutcome
{
    QString path;
    ImportError error; ///< not ok: the file was not imported
    ImportedArticle article; ///< when error is ok
};

/// Imports the files with importFile, several at a time on the global
/// thread pool. The future reports one result per file, in the order of
/// `paths`, and progress as files finish; cancelling it stops files not yet
/// started.
QFuture<ImportOutcome> startImport(const QStringList &paths, const ImportOptions &options);

/// What becomes of one file of a batch.
struct ImportStep
{
    enum class Action {
        Add,
        AddAsNewVersion, ///< add, naming `existing` as its previous version
        Skip, ///< already there, or the user chose not to add it
        Fail, ///< could not be imported; `outcome.error` says why
    };

    ImportOutcome outcome;
    Action action = Action::Add;
    /// For a skip: the article it duplicates (NoId when that is an earlier
    /// file of the same batch). For a new version: the article it replaces.
    ArticleId existing = NoId;
    /// An older article with the same title and outlet but other text, whether
    /// or not the step adds the file as its new version.
    ArticleId versionCandidate = NoId;
    QString reason; ///< why it is skipped
};

/// Decides what to do with each file against the project. A file whose
/// content (SHA-256) or text is already in the project, or in an earlier file
/// of the batch, is skipped. A file whose title and outlet match an article
/// with other text is offered as a new version of it (action
/// AddAsNewVersion; the caller may change it to Add or Skip).
QList<ImportStep> planImport(const Project &project, const QList<ImportOutcome> &outcomes);

struct ImportSummary
{
    QList<ArticleId> added;
    int skipped = 0;
    int failed = 0;
};

/// Adds the steps to add to the document, all as one undo step; files that
/// failed or are skipped change nothing.
ImportSummary applyImport(Document &document, const QList<ImportStep> &steps);

} // namespace crossread
