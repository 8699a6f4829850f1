#include "document.h"

#include "documentcommands_p.h"
#include "longworkpool.h"
#include "projectfile.h"
#include "propositiongrouping.h"
#include "textanchor.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QThreadPool>

namespace crossread {
namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QList<Id> sortedUnique(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

template<class T>
bool allExist(const std::vector<T> &table, const QList<Id> &ids)
{
    return !ids.isEmpty() && std::all_of(ids.begin(), ids.end(), [&](Id id) { return findById(table, id) != nullptr; });
}

/// The parent command of the removal of `ids` from T's table, named for one
/// or many; nullptr (and nothing made) when an id is unknown. `ids` comes
/// back sorted and without duplicates.
template<class T>
QUndoCommand *startRemoval(DocumentPrivate *d, QList<Id> &ids, const QString &one, const char *many)
{
    ids = sortedUnique(ids);
    if (!allExist(d->table<T>(), ids))
        return nullptr;
    const QString text
        = ids.size() == 1 ? one : QCoreApplication::translate("crossread::Document", many, nullptr, int(ids.size()));
    return new QUndoCommand(text, d->parentForCommand());
}

/// Adds to `parent` the removal of each of `ids` from T's table.
template<class T>
void addRemovals(DocumentPrivate *d, QUndoCommand *parent, const QList<Id> &ids)
{
    for (Id id : ids)
        new RemoveCommand<T>(d, *findById(d->table<T>(), id), parent);
}

} // namespace

DocumentPrivate::DocumentPrivate(Document *owner)
    : q(owner)
    , undoStack(new QUndoStack(owner))
    , articleRows(new RowNotifier(owner))
    , tagRows(new RowNotifier(owner))
    , claimRows(new RowNotifier(owner))
    , linkRows(new RowNotifier(owner))
    , propositionRows(new RowNotifier(owner))
{
}

void DocumentPrivate::setInfo(const ProjectInfo &info)
{
    project.info = info;
    Q_EMIT q->projectInfoChanged();
}

void DocumentPrivate::setAssist(const AssistState &assist)
{
    project.assist = assist;
    Q_EMIT q->assistChanged();
}

void DocumentPrivate::run(QUndoCommand *command)
{
    if (group)
        command->redo();
    else
        undoStack->push(command);
}

Document::Document(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<DocumentPrivate>(this))
{
    connect(d->undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document()
{
    // The stack is deleted after d; keep it from calling back into us then.
    d->undoStack->disconnect(this);
}

const Project &Document::project() const
{
    return d->project;
}

QUndoStack *Document::undoStack() const
{
    return d->undoStack;
}

void Document::resetProject(Project project, const QString &fileName, bool modified)
{
    resetProject(std::move(project), ClaimRowIndex(), fileName, modified);
}

void Document::resetProject(Project project, ClaimRowIndex claimRows, const QString &fileName, bool modified)
{
    Q_ASSERT(d->groupDepth == 0);
    Q_EMIT aboutToResetProject();
    d->undoStack->clear();
    if (modified)
        d->undoStack->resetClean();
    Project old = std::exchange(d->project, std::move(project));
    d->claimIndex.reset();
    if (claimRows.size() == d->project.claims.size() && !d->project.claims.empty())
        d->claimIndex.emplace(std::move(claimRows));
    Q_EMIT projectReset();
    // A large project goes on a worker: freeing a million claims held the
    // window for a quarter of a second. Nothing refers to it any more.
    if (old.claims.size() >= DisposeAsideFrom)
        longWorkPool()->start([gone = std::make_shared<Project>(std::move(old))]() mutable { gone.reset(); });
    if (d->fileName != fileName) {
        d->fileName = fileName;
        Q_EMIT fileNameChanged(fileName);
    }
}

QString Document::fileName() const
{
    return d->fileName;
}

void Document::markSaved(const QString &fileName)
{
    d->undoStack->setClean();
    if (d->fileName != fileName) {
        d->fileName = fileName;
        Q_EMIT fileNameChanged(fileName);
    }
}

bool Document::isModified() const
{
    return !d->undoStack->isClean();
}

void Document::setViewLayout(const ViewLayout &layout)
{
    if (d->project.layout == layout)
        return;
    d->project.layout = layout;
    Q_EMIT viewLayoutChanged();
}

QString Document::annotator() const
{
    return d->annotator;
}

void Document::setAnnotator(const QString &name)
{
    d->annotator = name;
}

const RowNotifier *Document::articleRows() const
{
    return d->articleRows;
}

const RowNotifier *Document::tagRows() const
{
    return d->tagRows;
}

std::span<const int> Document::claimRowsOf(ArticleId article) const
{
    if (!d->claimIndex)
        d->claimIndex.emplace(d->project.claims);
    return d->claimIndex->rowsOf(article);
}

const RowNotifier *Document::claimRows() const
{
    return d->claimRows;
}

const RowNotifier *Document::linkRows() const
{
    return d->linkRows;
}

const RowNotifier *Document::propositionRows() const
{
    return d->propositionRows;
}

bool Document::setProjectInfo(const ProjectInfo &info)
{
    if (info == d->project.info)
        return true;
    d->run(new SetInfoCommand(d.get(), d->project.info, info, tr("Edit project details"), d->parentForCommand()));
    return true;
}

// ---------------------------------------------------------------- comparison aids

bool Document::setLoadedTerms(const QStringList &terms)
{
    Project tidy;
    tidy.assist.loadedTerms = terms;
    pruneAssistState(tidy);
    if (tidy.assist.loadedTerms == d->project.assist.loadedTerms)
        return true;
    AssistState after = d->project.assist;
    after.loadedTerms = tidy.assist.loadedTerms;
    d->run(new SetAssistCommand(d.get(), d->project.assist, std::move(after), tr("Edit loaded terms"),
                                d->parentForCommand()));
    return true;
}

bool Document::rejectSuggestions(const QList<RejectedSuggestion> &rejected)
{
    const Project &p = d->project;
    AssistState after = p.assist;
    for (const RejectedSuggestion &r : rejected) {
        const Article *article = findById(p.articles, r.article);
        if (!findById(p.claims, r.claim) || !article || r.start < 0 || r.start >= r.end || r.end > article->text.size())
            return false;
        if (std::find(after.rejected.begin(), after.rejected.end(), r) == after.rejected.end())
            after.rejected.push_back(r);
    }
    if (after == p.assist)
        return true;
    d->run(new SetAssistCommand(d.get(), p.assist, std::move(after),
                                tr("Reject %n suggested link(s)", nullptr, int(rejected.size())),
                                d->parentForCommand()));
    return true;
}

// ---------------------------------------------------------------- articles

ArticleId Document::addArticle(const ArticleMetadata &meta, const QString &text, const Provenance &provenance,
                               ArticleId previousVersion)
{
    if (previousVersion != NoId && !findById(d->project.articles, previousVersion))
        return NoId;
    Article article{d->allocateId(), meta, text, provenance, previousVersion};
    const ArticleId id = article.id;
    const QString name = article.displayTitle();
    d->run(new InsertCommand<Article>(d.get(), std::move(article), tr("Add article “%1”").arg(name),
                                      d->parentForCommand()));
    return id;
}

bool Document::setArticleMetadata(ArticleId id, const ArticleMetadata &meta)
{
    const Article *before = findById(d->project.articles, id);
    if (!before)
        return false;
    if (before->meta == meta)
        return true;
    Article after = *before;
    after.meta = meta;
    d->run(new ReplaceCommand<Article>(d.get(), *before, std::move(after), tr("Edit article details"),
                                       d->parentForCommand()));
    return true;
}

/// Adds to `parent` the proposition edits that follow from a change of
/// links: `removed` go (or are replaced), `added` come (or replace). The
/// link commands themselves must be added before this is called.
static void addRegrouping(DocumentPrivate *d, QUndoCommand *parent, const QSet<LinkId> &removed,
                          const std::vector<Link> &added)
{
    const Project &p = d->project;
    std::vector<ClaimPair> edges;
    edges.reserve(p.links.size() + added.size());
    QList<ClaimId> touched;
    for (const Link &link : p.links) {
        if (removed.contains(link.id))
            touched << link.from << link.to;
        else if (isGrouping(link.relation))
            edges.emplace_back(link.from, link.to);
    }
    for (const Link &link : added) {
        touched << link.from << link.to;
        if (isGrouping(link.relation))
            edges.emplace_back(link.from, link.to);
    }
    const PropositionEdits edits = regroup(p.propositions, edges, touched, d->project.nextId);
    for (const Proposition &prop : edits.removed)
        new RemoveCommand<Proposition>(d, prop, parent);
    for (const auto &[before, after] : edits.changed)
        new ReplaceCommand<Proposition>(d, before, after, {}, parent);
    for (const Proposition &prop : edits.added)
        new InsertCommand<Proposition>(d, prop, {}, parent);
}

/// Adds to `parent` the commands that remove `claims`: first their links,
/// with the propositions regrouped, then the claims.
static void addClaimRemovals(DocumentPrivate *d, QUndoCommand *parent, const QSet<ClaimId> &claims)
{
    QSet<LinkId> links;
    for (const Link &link : d->project.links) {
        if (claims.contains(link.from) || claims.contains(link.to)) {
            new RemoveCommand<Link>(d, link, parent);
            links.insert(link.id);
        }
    }
    addRegrouping(d, parent, links, {});
    addRemovals<Claim>(d, parent, sortedUnique(QList<ClaimId>(claims.begin(), claims.end())));
}

bool Document::removeArticles(const QList<ArticleId> &ids)
{
    QList<ArticleId> articles = ids;
    QUndoCommand *command = startRemoval<Article>(d.get(), articles, tr("Delete article"),
                                                  QT_TRANSLATE_NOOP("crossread::Document", "Delete %n articles"));
    if (!command)
        return false;
    QSet<ClaimId> claims;
    for (const Claim &claim : d->project.claims) {
        if (std::binary_search(articles.begin(), articles.end(), claim.article))
            claims.insert(claim.id);
    }
    addClaimRemovals(d.get(), command, claims);
    for (const Article &article : d->project.articles) {
        if (std::binary_search(articles.begin(), articles.end(), article.previousVersion)
            && !std::binary_search(articles.begin(), articles.end(), article.id)) {
            Article after = article;
            after.previousVersion = NoId;
            new ReplaceCommand<Article>(d.get(), article, std::move(after), {}, command);
        }
    }
    addRemovals<Article>(d.get(), command, articles);
    d->run(command);
    return true;
}

// ---------------------------------------------------------------- codebook

TagId Document::addTag(const Tag &tag)
{
    if (tag.name.trimmed().isEmpty() || (tag.parent != NoId && !findById(d->project.tags, tag.parent)))
        return NoId;
    Tag added = tag;
    added.id = d->allocateId();
    d->run(new InsertCommand<Tag>(d.get(), added, tr("Add tag “%1”").arg(tag.name), d->parentForCommand()));
    return added.id;
}

bool Document::addMerged(const Project &merged, const QString &text)
{
    const Id first = d->project.nextId;
    if (merged.nextId < first)
        return false;
    EditGroup group(*this, text);
    auto *command = new QUndoCommand(text, d->parentForCommand());
    const auto insertNew = [&](const auto &table) {
        for (const auto &row : table)
            if (row.id >= first)
                new InsertCommand<std::decay_t<decltype(row)>>(d.get(), row, {}, command);
    };
    insertNew(merged.articles);
    insertNew(merged.tags);
    insertNew(merged.claims);
    std::vector<Link> links;
    for (const Link &l : merged.links)
        if (l.id >= first)
            links.push_back(l);
    insertNew(links);
    // The merged ids are taken; regrouping hands out new ones after them.
    d->project.nextId = merged.nextId;
    addRegrouping(d.get(), command, {}, links);
    d->run(command);
    for (const Proposition &theirs : merged.propositions) {
        if (theirs.label.isEmpty() && theirs.note.isEmpty())
            continue;
        for (const Proposition &ours : d->project.propositions) {
            if (ours.claims.contains(theirs.claims.value(0)) && ours.label.isEmpty() && ours.note.isEmpty()) {
                setProposition(ours.id, theirs.label, theirs.note);
                break;
            }
        }
    }
    return true;
}

bool Document::setTagShortcut(TagId id, const QString &shortcut)
{
    const Tag *tag = findById(d->project.tags, id);
    if (!tag)
        return false;
    if (tag->shortcut == shortcut)
        return true;
    EditGroup group(*this, tr("Set the key of “%1”").arg(tag->name));
    if (!shortcut.isEmpty()) {
        for (const Tag &other : d->project.tags) {
            if (other.id != id && other.shortcut == shortcut) {
                Tag freed = other;
                freed.shortcut.clear();
                setTag(freed);
            }
        }
    }
    Tag changed = *findById(d->project.tags, id);
    changed.shortcut = shortcut;
    return setTag(changed);
}

bool Document::setTag(const Tag &tag)
{
    const Tag *before = findById(d->project.tags, tag.id);
    if (!before || tag.name.trimmed().isEmpty())
        return false;
    Tag after = tag;
    after.parent = before->parent;
    if (after == *before)
        return true;
    d->run(new ReplaceCommand<Tag>(d.get(), *before, std::move(after), tr("Edit tag “%1”").arg(tag.name),
                                   d->parentForCommand()));
    return true;
}

bool Document::moveTag(TagId id, TagId newParent)
{
    const auto &tags = d->project.tags;
    const Tag *before = findById(tags, id);
    if (!before || (newParent != NoId && !findById(tags, newParent)))
        return false;
    for (TagId up = newParent; up != NoId; up = findById(tags, up)->parent) {
        if (up == id)
            return false; // onto itself or into its own subtree
    }
    if (before->parent == newParent)
        return true;
    Tag after = *before;
    after.parent = newParent;
    d->run(new ReplaceCommand<Tag>(d.get(), *before, std::move(after), tr("Move tag “%1”").arg(before->name),
                                   d->parentForCommand()));
    return true;
}

bool Document::removeTags(const QList<TagId> &ids)
{
    const auto &tags = d->project.tags;
    if (!allExist(tags, ids))
        return false;
    // The tags with their subtrees, each with its depth below a removed root.
    QHash<TagId, int> depth;
    for (TagId id : ids)
        depth.insert(id, 0);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Tag &tag : tags) {
            const auto parent = depth.constFind(tag.parent);
            if (tag.parent != NoId && parent != depth.constEnd() && !depth.contains(tag.id)) {
                depth.insert(tag.id, parent.value() + 1);
                grew = true;
            }
        }
    }

    auto *command = new QUndoCommand(
        depth.size() == 1 ? tr("Delete tag") : tr("Delete %n tags", nullptr, int(depth.size())), d->parentForCommand());
    for (const Claim &claim : d->project.claims) {
        Claim after = claim;
        after.attributes.tags.removeIf([&](TagId tag) { return depth.contains(tag); });
        if (after.attributes.tags.size() != claim.attributes.tags.size())
            new ReplaceCommand<Claim>(d.get(), claim, std::move(after), {}, command);
    }
    // Deepest first, so that no tag is ever left without its parent.
    QList<TagId> order = depth.keys();
    std::sort(order.begin(), order.end(), [&](TagId a, TagId b) {
        return depth.value(a) != depth.value(b) ? depth.value(a) > depth.value(b) : a < b;
    });
    for (TagId id : order)
        new RemoveCommand<Tag>(d.get(), *findById(tags, id), command);
    d->run(command);
    return true;
}

bool Document::mergeTags(TagId from, TagId into)
{
    const auto &tags = d->project.tags;
    const Tag *source = findById(tags, from);
    const Tag *target = findById(tags, into);
    if (!source || !target)
        return false;
    for (TagId up = into; up != NoId; up = findById(tags, up)->parent) {
        if (up == from)
            return false; // into itself or its own subtree
    }
    auto *command
        = new QUndoCommand(tr("Merge tag “%1” into “%2”").arg(source->name, target->name), d->parentForCommand());
    for (const Claim &claim : d->project.claims) {
        if (!claim.attributes.tags.contains(from))
            continue;
        Claim after = claim;
        after.attributes.tags.removeOne(from);
        if (!after.attributes.tags.contains(into))
            after.attributes.tags.append(into);
        after.attributes.tags = sortedUnique(after.attributes.tags);
        new ReplaceCommand<Claim>(d.get(), claim, std::move(after), {}, command);
    }
    for (const Tag &child : tags) {
        if (child.parent == from) {
            Tag moved = child;
            moved.parent = into;
            new ReplaceCommand<Tag>(d.get(), child, std::move(moved), {}, command);
        }
    }
    new RemoveCommand<Tag>(d.get(), *source, command);
    d->run(command);
    return true;
}

int Document::claimsWithTag(TagId id) const
{
    return int(std::count_if(d->project.claims.begin(), d->project.claims.end(),
                             [id](const Claim &claim) { return claim.attributes.tags.contains(id); }));
}

// ---------------------------------------------------------------- claims

static bool normalize(const Project &p, ClaimAttributes &attributes)
{
    attributes.tags = sortedUnique(attributes.tags);
    return std::all_of(attributes.tags.begin(), attributes.tags.end(),
                       [&](TagId tag) { return findById(p.tags, tag) != nullptr; })
        && isKnown(attributes.kind) && isKnown(attributes.status) && isKnown(attributes.confidence);
}

ClaimId Document::addClaim(ArticleId article, int start, int end, const ClaimAttributes &attributes,
                           const QString &author)
{
    const Article *source = findById(d->project.articles, article);
    ClaimAttributes attrs = attributes;
    if (!source || !isValidSpan(source->text, start, end) || !normalize(d->project, attrs))
        return NoId;
    const qint64 time = now();
    Claim claim{d->allocateId(),
                article,
                makeAnchor(source->text, start, end),
                std::move(attrs),
                author.isEmpty() ? d->annotator : author,
                time,
                time};
    const ClaimId id = claim.id;
    d->run(new InsertCommand<Claim>(d.get(), std::move(claim), tr("Add claim"), d->parentForCommand()));
    return id;
}

bool Document::setClaimAttributes(ClaimId id, const ClaimAttributes &attributes)
{
    const Claim *before = findById(d->project.claims, id);
    ClaimAttributes attrs = attributes;
    if (!before || !normalize(d->project, attrs))
        return false;
    if (attrs == before->attributes)
        return true;
    Claim after = *before;
    after.attributes = std::move(attrs);
    after.modifiedMs = now();
    d->run(new ReplaceCommand<Claim>(d.get(), *before, std::move(after), tr("Edit claim"), d->parentForCommand()));
    return true;
}

bool Document::removeClaims(const QList<ClaimId> &ids)
{
    QList<ClaimId> claims = ids;
    QUndoCommand *command = startRemoval<Claim>(d.get(), claims, tr("Delete claim"),
                                                QT_TRANSLATE_NOOP("crossread::Document", "Delete %n claims"));
    if (!command)
        return false;
    addClaimRemovals(d.get(), command, QSet<ClaimId>(claims.begin(), claims.end()));
    d->run(command);
    return true;
}

// ---------------------------------------------------------------- links

LinkId Document::addLink(ClaimId from, ClaimId to, Relation relation, const QString &note, const QString &author)
{
    const Project &p = d->project;
    if (from == to || !findById(p.claims, from) || !findById(p.claims, to) || !isKnown(relation))
        return NoId;
    const bool linked = std::any_of(p.links.begin(), p.links.end(),
                                    [&](const Link &link) { return link.involves(from) && link.involves(to); });
    if (linked)
        return NoId; // one link per pair of claims: change its relation instead
    const qint64 time = now();
    Link link{d->allocateId(), from, to, relation, note, author.isEmpty() ? d->annotator : author, time, time};
    const LinkId id = link.id;
    auto *command = new QUndoCommand(tr("Link claims"), d->parentForCommand());
    new InsertCommand<Link>(d.get(), link, {}, command);
    addRegrouping(d.get(), command, {}, {link});
    d->run(command);
    return id;
}

bool Document::setLink(LinkId id, Relation relation, const QString &note)
{
    const Link *before = findById(d->project.links, id);
    if (!before || !isKnown(relation))
        return false;
    if (before->relation == relation && before->note == note)
        return true;
    Link after = *before;
    after.relation = relation;
    after.note = note;
    after.modifiedMs = now();
    auto *command = new QUndoCommand(tr("Edit link"), d->parentForCommand());
    new ReplaceCommand<Link>(d.get(), *before, after, {}, command);
    if (isGrouping(before->relation) != isGrouping(relation))
        addRegrouping(d.get(), command, {id}, {after});
    d->run(command);
    return true;
}

bool Document::removeLinks(const QList<LinkId> &ids)
{
    QList<LinkId> links = ids;
    QUndoCommand *command = startRemoval<Link>(d.get(), links, tr("Delete link"),
                                               QT_TRANSLATE_NOOP("crossread::Document", "Delete %n links"));
    if (!command)
        return false;
    addRemovals<Link>(d.get(), command, links);
    addRegrouping(d.get(), command, QSet<LinkId>(links.begin(), links.end()), {});
    d->run(command);
    return true;
}

// ---------------------------------------------------------------- propositions

bool Document::setProposition(PropositionId id, const QString &label, const QString &note)
{
    const Proposition *before = findById(d->project.propositions, id);
    if (!before)
        return false;
    Proposition after = *before;
    after.label = label.simplified();
    after.note = note;
    if (after == *before)
        return true;
    d->run(new ReplaceCommand<Proposition>(d.get(), *before, std::move(after), tr("Edit proposition"),
                                           d->parentForCommand()));
    return true;
}

// ---------------------------------------------------------------- groups

Document::EditGroup::EditGroup(Document &document, const QString &text)
    : m_document(document)
{
    DocumentPrivate *state = document.d.get();
    if (state->groupDepth++ == 0)
        state->group = std::make_unique<GroupCommand>(text);
}

Document::EditGroup::~EditGroup()
{
    DocumentPrivate *state = m_document.d.get();
    if (--state->groupDepth > 0)
        return;
    std::unique_ptr<QUndoCommand> group = std::move(state->group);
    if (group->childCount() > 0)
        state->undoStack->push(group.release());
}

} // namespace crossread
