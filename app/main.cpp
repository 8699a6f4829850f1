#include "cli.h"
#include "mainwindow.h"

#include <widgets/projectfilecontroller.h>

#include <QApplication>
#include <QTextStream>

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
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Commands run without a window, so they work where there is no display.
    if (crossread::cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return crossread::cli::run(app.arguments(), out, err);
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
    if (arguments.size() > 1 && arguments.at(1) == u"--demo")
        window.files()->openDemo();
    else if (arguments.size() > 1)
        window.files()->openFile(arguments.at(1));
    return app.exec();
}
