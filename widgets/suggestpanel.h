#pragma once

#include <models/ids.h>

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
template<typename T>
class QFutureWatcher;
QT_END_NAMESPACE

namespace crossread {

class ClaimSelection;
class Document;
class PassageIndex;

/// "Find in other sources": the passages of the other articles most likely
/// to state the same thing as the current claim (or a selection), with
/// article, passage and score. Activating one shows it in a pane; Link makes
/// the passage a claim (unless one covers exactly it) and links it with the
/// chosen relation, in one undo step. The index of passages is built off
/// the GUI thread, again after articles change.
class SuggestPanel : public QWidget
{
    Q_OBJECT
public:
    SuggestPanel(Document *document, ClaimSelection *selection, QWidget *parent = nullptr);
    ~SuggestPanel() override;

    QTreeWidget *results() const { return m_results; }
    QComboBox *relationBox() const { return m_relation; }
    /// True once the index is built for the articles as they are.
    bool isReady() const;

public Q_SLOTS:
    /// Ranks passages for the current claim.
    void findForCurrentClaim();
    /// Ranks passages for `text`, a selection of `article` (not yet a claim).
    void findForText(const QString &text, crossread::ArticleId article, int start, int end);
    /// Links the source with the passage of the current row. The new link, or NoId.
    crossread::LinkId linkCurrent();

Q_SIGNALS:
    void passageActivated(crossread::ArticleId article, int start, int end);
    void ready();

private:
    void rebuildIndex();
    void run();

    Document *m_document;
    ClaimSelection *m_selection;
    QLabel *m_source;
    QTreeWidget *m_results;
    QComboBox *m_relation;
    QPushButton *m_link;
    std::shared_ptr<PassageIndex> m_index;
    QFutureWatcher<std::shared_ptr<PassageIndex>> *m_watcher;
    bool m_stale = true;
    // What is being matched: a claim, or a selection of an article.
    ClaimId m_claim = NoId;
    QString m_text;
    ArticleId m_article = NoId;
    int m_start = 0;
    int m_end = 0;
};

} // namespace crossread
