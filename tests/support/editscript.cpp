#include "editscript.h"

#include <models/document.h>

#include <QUndoStack>

namespace crossread::test {
namespace {

QString articleText(int n)
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Sentence %1 of article %2 says something about the talks. ").arg(i).arg(n);
    return text;
}

} // namespace

void applyScriptedEdit(Document &document, int step)
{
    const Project &project = document.project();
    if (project.articles.size() < 2 || step % 97 == 0) {
        ArticleMetadata meta;
        meta.title = QStringLiteral("Article %1").arg(step);
        meta.outlet = QStringLiteral("Outlet %1").arg(step % 5);
        Provenance provenance;
        provenance.fileName = QStringLiteral("article-%1.txt").arg(step);
        document.addArticle(meta, articleText(step), provenance);
        return;
    }
    const int n = int(project.claims.size());
    switch (step % 11) {
    case 0: {
        Tag tag;
        tag.name = QStringLiteral("Code %1").arg(step);
        document.addTag(tag);
        return;
    }
    case 1:
    case 2:
    case 3: {
        const Article &article = project.articles[size_t(step) % project.articles.size()];
        const int start = (step * 37) % std::max(1, int(article.text.size()) - 60);
        ClaimAttributes attributes;
        attributes.attributedTo = QStringLiteral("Speaker %1").arg(step % 7);
        if (!project.tags.empty())
            attributes.tags = {project.tags[size_t(step) % project.tags.size()].id};
        document.addClaim(article.id, start, start + 20 + step % 40, attributes);
        return;
    }
    case 4:
        if (n > 0) {
            ClaimAttributes attributes = project.claims[size_t(step) % size_t(n)].attributes;
            attributes.note = QStringLiteral("Note of step %1").arg(step);
            document.setClaimAttributes(project.claims[size_t(step) % size_t(n)].id, attributes);
            return;
        }
        break;
    case 5:
        if (n > 1) {
            const ClaimId from = project.claims[size_t(step) % size_t(n)].id;
            const ClaimId to = project.claims[size_t(step / 3) % size_t(n)].id;
            if (from != to && document.addLink(from, to, Relation(step % 6)) != NoId)
                return;
        }
        break;
    case 6:
        if (document.undoStack()->canUndo()) {
            document.undoStack()->undo();
            return;
        }
        break;
    case 7:
        if (document.undoStack()->canRedo()) {
            document.undoStack()->redo();
            return;
        }
        break;
    case 8:
        if (n > 3) {
            document.removeClaims({project.claims[size_t(step) % size_t(n)].id});
            return;
        }
        break;
    case 9: {
        ViewLayout layout = project.layout;
        layout.panes = {project.articles.front().id, project.articles.back().id};
        layout.sizes = {quint32(300 + step % 200), 400};
        document.setViewLayout(layout);
        return;
    }
    default:
        break;
    }
    if (step % 2) {
        ProjectInfo info = project.info;
        info.notes = QStringLiteral("Notes at step %1").arg(step);
        document.setProjectInfo(info);
    } else {
        // Several edits as one undo step.
        Document::EditGroup group(document, QStringLiteral("Terms and a tag"));
        document.setLoadedTerms({QStringLiteral("term %1").arg(step)});
        Tag tag;
        tag.name = QStringLiteral("Grouped %1").arg(step);
        document.addTag(tag);
    }
}

Project withoutTimes(Project project)
{
    for (Article &article : project.articles)
        article.provenance.importedAtMs = 0;
    for (Claim &claim : project.claims)
        claim.createdMs = claim.modifiedMs = 0;
    for (Link &link : project.links)
        link.createdMs = link.modifiedMs = 0;
    return project;
}

} // namespace crossread::test
