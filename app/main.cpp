#include "cli.h"
#include "mainwindow.h"

#include <models/interfacelanguage.h>
#include <widgets/preferences.h>
#include <widgets/projectfilecontroller.h>

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <csignal>
#include <ctime>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Crossread"));
    QCoreApplication::setApplicationName(QStringLiteral("Crossread"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSREAD_VERSION));
    // The system's language, or the one chosen in Settings.
    crossread::installInterfaceLanguage(crossread::chosenInterfaceLanguage());
}

} // namespace

int main(int argc, char *argv[])
{
    // A file size limit (ulimit -f) makes a write fail with EFBIG, which a
    // save reports, instead of killing the process.
    std::signal(SIGXFSZ, SIG_IGN);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Commands run without a window, so they work where there is no display.
    if (crossread::cli::wantsCommandLine(arguments)) {
        // A PDF is drawn, with fonts: a GUI application, off screen when
        // there is no display.
        const bool display = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
            || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
        if (crossread::cli::needsGui(arguments) && !display)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = crossread::cli::needsGui(arguments)
            ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return crossread::cli::run(QCoreApplication::arguments(), out, err);
    }

    // Without a display Qt would abort with a message about platform plugins;
    // say what is wrong and what works instead.
    const bool display = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    if (!display) {
        QTextStream(stderr) << "crossread: there is no display to open a window on (DISPLAY is not set).\n"
                               "Commands work without one: crossread --help\n";
        return 1;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("org.crossread.Crossread"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.crossread.Crossread.svg")));
    crossread::MainWindow window;
    window.show();
    // Work a crashed session left comes first; then what was asked for.
    if (!window.files()->recoverAfterCrash()) {
        if (arguments.size() > 1 && arguments.at(1) == u"--demo")
            window.files()->openDemo();
        else if (arguments.size() > 1)
            window.files()->openFile(arguments.at(1));
    }
    const QByteArray launched = qgetenv("CROSSREAD_STARTUP_CLOCK");
    // The first time, who the user is (not while start-up is measured).
    if (launched.isEmpty())
        QTimer::singleShot(0, &window, &crossread::MainWindow::askAnnotatorOnce);
    // For measuring start-up (bench_scale): the launcher's CLOCK_MONOTONIC
    // time, in nanoseconds. Once the window is on screen (exposed) with its
    // project and the event loop has turned once more (its first paint
    // done), the time since then is printed and the application quits.
    QTimer ready;
    if (!launched.isEmpty()) {
        ready.setInterval(1);
        QObject::connect(&ready, &QTimer::timeout, &app, [&window, &ready, launched, exposed = false]() mutable {
            if (!exposed) {
                exposed = window.windowHandle() && window.windowHandle()->isExposed();
                return;
            }
            ready.stop();
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);
            const qint64 ns = qint64(now.tv_sec) * 1000000000 + now.tv_nsec - launched.toLongLong();
            QTextStream(stdout) << "interactive after " << double(ns) / 1e6 << " ms\n";
            QCoreApplication::quit();
        });
        ready.start();
    }
    return app.exec();
}
