#include "backgroundtask.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QThreadPool>
#include <QWindow>
#include <QtConcurrent/QtConcurrentRun>

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

} // namespace

namespace {

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

} // namespace

bool runInBackground(QWidget *parent, const BackgroundTaskOptions &options, std::function<void()> work)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        // No widgets (the command line, test drivers): wait, with events.
        QEventLoop loop;
        QFutureWatcher<void> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(start(std::move(work)));
        if (!watcher.isFinished())
            loop.exec();
        return true;
    }
    QProgressDialog dialog(options.label, options.cancellable ? QProgressDialog::tr("Cancel") : QString(), 0, 0,
                           parent);
    dialog.setWindowTitle(QApplication::applicationDisplayName());
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    if (!options.cancellable)
        dialog.setCancelButton(nullptr);
    dialog.setMinimumDuration(options.dialogDelayMs);
    // QProgressDialog shows itself only from setValue(); this shows it on time.
    QTimer show;
    show.setSingleShot(true);
    QObject::connect(&show, &QTimer::timeout, &dialog, &QProgressDialog::show);
    show.start(options.dialogDelayMs);

    InputBlocker blocker(&dialog);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QEventLoop loop;
    QFutureWatcher<void> watcher;
    bool cancelled = false;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    watcher.setFuture(start(std::move(work)));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::AllEvents);
    QApplication::restoreOverrideCursor();
    return !cancelled || watcher.isFinished();
}

} // namespace crossread
