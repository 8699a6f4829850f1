#pragma once

#include <QString>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace crossread {

/// How far a task run by runInBackground() has come, set by its worker and
/// read by the dialog (in thousandths; until set, the dialog shows a busy bar).
class TaskProgress
{
public:
    void set(int permille) { m_permille.store(std::clamp(permille, 0, 1000), std::memory_order_relaxed); }
    /// -1 until the work says.
    int permille() const { return m_permille.load(std::memory_order_relaxed); }

private:
    std::atomic<int> m_permille{-1};
};

/// How runInBackground() shows itself.
struct BackgroundTaskOptions
{
    QString label; ///< what the progress dialog says ("Opening “x”…")
    bool cancellable = false;
    int dialogDelayMs = 400; ///< work done sooner shows no dialog, only a busy cursor
    /// When set, the dialog's bar shows what the work puts here (looked at
    /// every ProgressPollMs), instead of a busy bar.
    std::shared_ptr<const TaskProgress> progress;
    static constexpr int ProgressPollMs = 50;
};

/// Runs `work` on a worker thread and returns when it is done, while the
/// event loop goes on: the windows keep repainting and timers keep running,
/// so a long open or save never freezes the application. Meanwhile the
/// user's input (keys, clicks, wheel, drops, closing a window) is held back
/// from every window but the progress dialog, so nothing `work` reads can be
/// edited under it. A busy cursor shows at once; a modal progress dialog
/// over `parent` after options.dialogDelayMs.
///
/// Returns false when the user cancelled (options.cancellable). The work
/// then runs to its end unseen, so it must own what it touches (capture
/// shared pointers, not references to the caller's locals).
bool runInBackground(QWidget *parent, const BackgroundTaskOptions &options, std::function<void()> work);

} // namespace crossread
