#include "backgroundtask.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QThreadPool>
#include <QTimer>
#include <QWindow>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace crossread {
namespace {

/// Holds back user input from everything but one dialog.
class InputBlocker : public QObject
{
public:
    explicit InputBlocker(const QWidget *allowed)
        : m_allowed(allowed)
    {
        qApp->installEventFilter(this);
    }
    ~InputBlocker() override { qApp->removeEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::Shortcut:
        case QEvent::Wheel:
        case QEvent::ContextMenu:
        case QEvent::DragEnter:
        case QEvent::DragMove:
        case QEvent::Drop:
        case QEvent::Close:
            return !isAllowed(watched);
        default:
            return false;
        }
    }

private:
    bool isAllowed(QObject *watched) const
    {
        if (!m_allowed)
            return false;
        if (auto *window = qobject_cast<QWindow *>(watched))
            return window == m_allowed->windowHandle();
        auto *widget = qobject_cast<QWidget *>(watched);
        return widget && (widget == m_allowed || m_allowed->isAncestorOf(widget));
    }

    QPointer<const QWidget> m_allowed;
};

QFuture<void> start(std::function<void()> work)
{
    // A pool of its own: the shared one may be busy for seconds (suggestions).
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(2);
        return p;
    }();
    return QtConcurrent::run(pool, std::move(work));
}

/// The progress dialog, the busy cursor and the held input of a task run
/// with widgets.
class Feedback
{
public:
    Feedback(QWidget *parent, const BackgroundTaskOptions &options)
        : m_dialog(options.label, QString(), 0, 0, parent)
        , m_blocker(&m_dialog)
    {
        m_dialog.setWindowTitle(QApplication::applicationDisplayName());
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setAutoReset(false);
        m_dialog.setAutoClose(false);
        if (options.cancellable)
            m_dialog.setCancelButtonText(QProgressDialog::tr("Cancel"));
        else
            m_dialog.setCancelButton(nullptr);
        // QProgressDialog shows itself on time only from setValue(), which a
        // busy bar never calls.
        m_show.setSingleShot(true);
        QObject::connect(&m_show, &QTimer::timeout, &m_dialog, &QProgressDialog::show);
        m_show.start(options.dialogDelayMs);
        if (options.progress) {
            // The bar itself, not QProgressDialog::setValue(), which would
            // process events from inside this timer.
            m_bar = new QProgressBar;
            m_bar->setRange(0, 0);
            m_dialog.setBar(m_bar);
            QObject::connect(&m_poll, &QTimer::timeout, &m_dialog, [this, progress = options.progress] {
                if (const int permille = progress->permille(); permille >= 0) {
                    m_bar->setRange(0, 1000);
                    m_bar->setValue(permille);
                }
            });
            m_poll.start(BackgroundTaskOptions::ProgressPollMs);
        }
        QApplication::setOverrideCursor(Qt::BusyCursor);
    }
    ~Feedback() { QApplication::restoreOverrideCursor(); }

    QProgressDialog *dialog() { return &m_dialog; }

private:
    QProgressDialog m_dialog;
    InputBlocker m_blocker;
    QTimer m_show;
    QTimer m_poll;
    QProgressBar *m_bar = nullptr; ///< the dialog's
};

} // namespace

bool runInBackground(QWidget *parent, const BackgroundTaskOptions &options, std::function<void()> work)
{
    // Without widgets (the command line, test drivers) it only waits, with events.
    std::optional<Feedback> feedback;
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        feedback.emplace(parent, options);
    QEventLoop loop;
    QFutureWatcher<void> watcher;
    bool cancelled = false;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    if (feedback) {
        QObject::connect(feedback->dialog(), &QProgressDialog::canceled, &loop, [&] {
            cancelled = true;
            loop.quit();
        });
    }
    watcher.setFuture(start(std::move(work)));
    if (!watcher.isFinished())
        loop.exec();
    return !cancelled || watcher.isFinished();
}

} // namespace crossread
