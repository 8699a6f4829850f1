#include "cli.h"
#include "mainwindow.h"

#include <widgets/projectfilecontroller.h>

#include <QApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <csignal>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Crossread"));
    QCoreApplication::setApplicationName(QStringLiteral("Crossread"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSREAD_VERSION));
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
    QApplication::setDesktopFileName(QStringLiteral("crossread"));
    crossread::MainWindow window;
    window.show();
    // Work a crashed session left comes first; then what was asked for.
    if (!window.files()->recoverAfterCrash()) {
        if (arguments.size() > 1 && arguments.at(1) == u"--demo")
            window.files()->openDemo();
        else if (arguments.size() > 1)
            window.files()->openFile(arguments.at(1));
    }
    return app.exec();
}
