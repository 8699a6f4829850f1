#pragma once

#include <models/claimrowindex.h>
#include <models/project.h>

#include <QObject>

#include <memory>
#include <span>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace crossread {

class DocumentPrivate;
class RowNotifier;

/// The open project and the only place it changes. Every edit is an undo
/// command on undoStack(); edits that touch several objects (a deletion and
/// what hangs on it) are one command. Views read project() and follow the
/// row notifiers and signals; they never change the project themselves.
///
/// Edit functions check their arguments and refuse (NoId or false, nothing
/// pushed) edits that would break an invariant of Project.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Project &project() const;
    QUndoStack *undoStack() const;

    /// Replaces the whole project (New, Open): history is cleared and the
    /// document is unmodified, or, with `modified` (a recovered or restored
    /// project), unsaved. `fileName` is empty for an untitled project.
    void resetProject(Project project, const QString &fileName = {}, bool modified = false);
    /// The same, with the index of the project's claims built beforehand
    /// (off the GUI thread): it must be of `project.claims`.
    void resetProject(Project project, ClaimRowIndex claimRows, const QString &fileName, bool modified);
    /// From this many claims, the project a reset replaces is freed on a
    /// worker (longWorkPool()), not on the calling thread.
    static constexpr size_t DisposeAsideFrom = 50000;
    QString fileName() const;
    /// Records a successful save to `fileName`: the document is unmodified.
    void markSaved(const QString &fileName);
    bool isModified() const;

    /// Sets how the project is laid out for reading. Not an edit: no undo
    /// step, and the document does not become modified.
    void setViewLayout(const ViewLayout &layout);

    /// Recorded as the author of new claims and links.
    QString annotator() const;
    void setAnnotator(const QString &name);

    /// The rows in project().claims of the claims of `article`, in id order.
    /// Found in one pass over the claims, then kept until claims are added
    /// or removed: a pane, its highlights and its connectors read the claims
    /// of one article many times, and 1,000,000 claims take 10 ms to scan.
    /// Valid until the next change of the claims.
    std::span<const int> claimRowsOf(ArticleId article) const;

    const RowNotifier *articleRows() const;
    const RowNotifier *tagRows() const;
    const RowNotifier *claimRows() const;
    const RowNotifier *linkRows() const;
    const RowNotifier *propositionRows() const;

    // Project
    bool setProjectInfo(const ProjectInfo &info);

    // Comparison aids
    /// Sets the project's loaded terms (see pruneAssistState for the tidying).
    bool setLoadedTerms(const QStringList &terms);
    /// Records suggested links as rejected (those already recorded are skipped).
    bool rejectSuggestions(const QList<RejectedSuggestion> &rejected);

    // Articles
    /// `previousVersion` names an existing article this one is a new version of.
    ArticleId addArticle(const ArticleMetadata &meta, const QString &text, const Provenance &provenance,
                         ArticleId previousVersion = NoId);
    bool setArticleMetadata(ArticleId id, const ArticleMetadata &meta);
    /// Removes the articles with their claims, and the links and proposition
    /// memberships of those claims; newer versions of them forget them.
    bool removeArticles(const QList<ArticleId> &ids);

    // Codebook
    /// Adds a tag under `tag.parent` (NoId: top level); `tag.id` is ignored.
    TagId addTag(const Tag &tag);
    /// Changes name, colour, description and shortcut; not the parent.
    bool setTag(const Tag &tag);
    /// Gives tag `id` the key `shortcut` (portable text; empty: none), taking
    /// it from any other tag that had it: a key tags with one tag only.
    /// One undo step.
    bool setTagShortcut(TagId id, const QString &shortcut);
    /// Moves a tag (and its subtree) under `newParent`; refused when that is
    /// the tag itself or one of its descendants.
    bool moveTag(TagId id, TagId newParent);
    /// Removes the tags with their subtrees, and takes them off every claim.
    bool removeTags(const QList<TagId> &ids);
    /// Merges `from` into `into`: every claim tagged `from` gets `into`, the
    /// children of `from` move under `into`, and `from` goes. Refused when
    /// `into` is `from` or inside its subtree.
    bool mergeTags(TagId from, TagId into);
    /// How many claims carry the tag (itself, not its subtree).
    int claimsWithTag(TagId id) const;

    // Claims
    /// `author` empty: annotator().
    ClaimId addClaim(ArticleId article, int start, int end, const ClaimAttributes &attributes = {},
                     const QString &author = {});
    bool setClaimAttributes(ClaimId id, const ClaimAttributes &attributes);
    /// Removes the claims, their links and their proposition memberships.
    bool removeClaims(const QList<ClaimId> &ids);

    // Links
    LinkId addLink(ClaimId from, ClaimId to, Relation relation, const QString &note = {}, const QString &author = {});
    bool setLink(LinkId id, Relation relation, const QString &note);
    bool removeLinks(const QList<LinkId> &ids);

    // Team work
    /// Adds what `merged` (the result of merge() on a copy of this project)
    /// has beyond this project: its new articles, tags, claims and links
    /// (those with ids from nextId on), keeping their annotators, and the
    /// propositions they make; labels of merged propositions go to those
    /// without one. One undo step, named `text`.
    bool addMerged(const Project &merged, const QString &text);

    // Propositions
    // They follow the links (see propositiongrouping.h): every link edit
    // regroups them in the same undo step. Only their text is edited here.
    /// Sets the label (empty: a short form of the first claim) and the note.
    bool setProposition(PropositionId id, const QString &label, const QString &note);

    /// Makes the edits done while it lives one undo step named `text`.
    /// Groups nest; only the outermost one makes a step, and none when no
    /// edit was made.
    class EditGroup
    {
    public:
        EditGroup(Document &document, const QString &text);
        ~EditGroup();
        EditGroup(const EditGroup &) = delete;
        EditGroup &operator=(const EditGroup &) = delete;

    private:
        Document &m_document;
    };

Q_SIGNALS:
    void aboutToResetProject();
    void projectReset();
    void projectInfoChanged();
    /// The loaded terms or the rejected suggestions changed.
    void assistChanged();
    void modifiedChanged(bool modified);
    /// setViewLayout() changed the layout.
    void viewLayoutChanged();
    void fileNameChanged(const QString &fileName);

private:
    friend class DocumentPrivate;
    std::unique_ptr<DocumentPrivate> d;
};

} // namespace crossread
