#pragma once

#include <QStringList>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace crossread::cli {

/// Exit codes of every command.
enum ExitCode {
    Success = 0,
    Failure = 1, ///< the command could not do its work; the message says why
    UsageError = 2, ///< wrong arguments
};

/// True when `arguments` (as from main, program name first) ask for the
/// command line rather than the window: a command name, --help or --version.
bool wantsCommandLine(const QStringList &arguments);

/// True when the command draws (a PDF report), and so needs a
/// QGuiApplication (on the offscreen platform when there is no display).
bool needsGui(const QStringList &arguments);

/// Runs the command in `arguments`, writing results to `out` and messages to
/// `err`; returns the exit code. Needs only a QCoreApplication, but for what
/// needsGui() says.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace crossread::cli
