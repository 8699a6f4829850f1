#include "importbatch.h"

#include <models/document.h>
#include <models/longworkpool.h>

#include <QCoreApplication>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

namespace crossread {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::ImportBatch)
};

/// Title and outlet, compared without case: the same article re-imported.
QString identityOf(const ArticleMetadata &meta)
{
    const QString title = meta.title.trimmed().toCaseFolded();
    return title.isEmpty() ? QString() : title + u'\n' + meta.outlet.trimmed().toCaseFolded();
}

} // namespace

QFuture<ImportOutcome> startImport(const QStringList &paths, const ImportOptions &options)
{
    return QtConcurrent::mapped(longWorkPool(), paths, [options](const QString &path) {
        ImportOutcome outcome;
        outcome.path = path;
        outcome.error = importFile(path, options, outcome.article);
        return outcome;
    });
}

QList<ImportStep> planImport(const Project &project, const QList<ImportOutcome> &outcomes)
{
    QHash<QByteArray, ArticleId> byHash;
    QHash<QString, ArticleId> byText;
    QHash<QString, ArticleId> byIdentity;
    for (const Article &article : project.articles) {
        if (!article.provenance.sha256.isEmpty())
            byHash.insert(article.provenance.sha256, article.id);
        byText.insert(article.text, article.id);
        if (const QString identity = identityOf(article.meta); !identity.isEmpty())
            byIdentity.insert(identity, article.id);
    }

    QList<ImportStep> steps;
    for (const ImportOutcome &outcome : outcomes) {
        ImportStep step;
        step.outcome = outcome;
        const ImportedArticle &a = outcome.article;
        if (!outcome.error.ok()) {
            step.action = ImportStep::Action::Fail;
        } else if (const auto same = byHash.constFind(a.provenance.sha256); same != byHash.constEnd()) {
            step.action = ImportStep::Action::Skip;
            step.existing = same.value();
            step.reason = same.value() == NoId ? Tr::tr("the same file is earlier in this import")
                                               : Tr::tr("it is already in the project as %1 (same file)")
                                                     .arg(idToString(EntityKind::Article, same.value()));
        } else if (const auto text = byText.constFind(a.text); text != byText.constEnd()) {
            step.action = ImportStep::Action::Skip;
            step.existing = text.value();
            step.reason = text.value() == NoId ? Tr::tr("the same text is earlier in this import")
                                               : Tr::tr("it is already in the project as %1 (same text)")
                                                     .arg(idToString(EntityKind::Article, text.value()));
        } else {
            const QString identity = identityOf(a.meta);
            step.versionCandidate = identity.isEmpty() ? NoId : byIdentity.value(identity, NoId);
            step.action = step.versionCandidate != NoId ? ImportStep::Action::AddAsNewVersion : ImportStep::Action::Add;
            step.existing = step.versionCandidate;
            byHash.insert(a.provenance.sha256, NoId);
            byText.insert(a.text, NoId);
        }
        steps << step;
    }
    return steps;
}

ImportSummary applyImport(Document &document, const QList<ImportStep> &steps)
{
    ImportSummary summary;
    const auto adds = std::count_if(steps.begin(), steps.end(), [](const ImportStep &s) {
        return s.action == ImportStep::Action::Add || s.action == ImportStep::Action::AddAsNewVersion;
    });
    Document::EditGroup group(document,
                              adds == 1 ? Tr::tr("Import article") : Tr::tr("Import %n articles", nullptr, int(adds)));
    for (const ImportStep &step : steps) {
        switch (step.action) {
        case ImportStep::Action::Add:
        case ImportStep::Action::AddAsNewVersion: {
            const ImportedArticle &a = step.outcome.article;
            const ArticleId previous = step.action == ImportStep::Action::AddAsNewVersion ? step.existing : NoId;
            summary.added << document.addArticle(a.meta, a.text, a.provenance, previous);
            break;
        }
        case ImportStep::Action::Skip:
            ++summary.skipped;
            break;
        case ImportStep::Action::Fail:
            ++summary.failed;
            break;
        }
    }
    return summary;
}

} // namespace crossread
