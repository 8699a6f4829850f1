// The process the crash tests kill (tst_recovery, tests/crash/kill-loop.sh).
// It runs the same code as the window: a Document, its ProjectFileController
// (journal, lock, atomic saves with backups) and fake prompts, and prints a
// line after each thing it has completed, so that the test knows what must
// survive a SIGKILL:
//
//   crashdriver edit PROJECT|- FIRST COUNT [SAVE_EVERY]
//       opens PROJECT (or, with "-", starts an untitled project), makes
//       the scripted edits FIRST .. FIRST+COUNT-1, printing "E n" after
//       edit n, and saves after every SAVE_EVERY edits ("s n" before the
//       save, "S n" after it);
//   crashdriver recover OUT
//       starts as the application does, recovers what a crash left
//       (recoverAfterCrash, answering "Recover"), and writes the project
//       it has then to OUT; prints "R yes" or "R no".
//
// Settings and the recovery folder follow XDG_CONFIG_HOME and XDG_DATA_HOME.

#include <support/editscript.h>
#include <support/fakeprompts.h>

#include <models/document.h>
#include <models/projectfile.h>
#include <widgets/projectfilecontroller.h>

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace crossread;

namespace {

void say(const char *what, int n)
{
    std::printf("%s %d\n", what, n);
    std::fflush(stdout);
}

int edit(const QStringList &args)
{
    if (args.size() < 5)
        return 2;
    Document document;
    test::FakePrompts prompts;
    prompts.confirmation = true; // open a project another process holds, if asked
    ProjectFileController files(&document, nullptr, &prompts);
    const QString project = args.at(2);
    if (project == u"-")
        files.newProject();
    else if (!files.openFile(project)) {
        std::fprintf(stderr, "crashdriver: cannot open %s: %s\n", qPrintable(project),
                     qPrintable(prompts.errors.join(u'\n')));
        return 1;
    }
    const int first = args.at(3).toInt();
    const int count = args.at(4).toInt();
    const int saveEvery = args.size() > 5 ? args.at(5).toInt() : 0;
    say("O", first);
    for (int step = first; step < first + count; ++step) {
        test::applyScriptedEdit(document, step);
        say("E", step);
        if (saveEvery > 0 && (step + 1) % saveEvery == 0 && project != u"-") {
            say("s", step);
            if (!files.save()) {
                std::fprintf(stderr, "crashdriver: save failed: %s\n", qPrintable(prompts.errors.join(u'\n')));
                return 1;
            }
            say("S", step);
        }
    }
    return 0;
}

int recover(const QStringList &args)
{
    if (args.size() < 3)
        return 2;
    Document document;
    test::FakePrompts prompts;
    prompts.recovery = UserPrompts::RecoveryChoice::Recover;
    ProjectFileController files(&document, nullptr, &prompts);
    const bool recovered = files.recoverAfterCrash();
    const ProjectError error = saveProject(document.project(), args.at(2));
    if (!error.ok()) {
        std::fprintf(stderr, "crashdriver: %s\n", qPrintable(error.message));
        return 1;
    }
    if (!prompts.errors.isEmpty())
        std::fprintf(stderr, "crashdriver: %s\n", qPrintable(prompts.errors.join(u'\n')));
    std::printf("R %s %s\n", recovered ? "yes" : "no", qPrintable(document.fileName()));
    // Leave nothing behind for the next round: the work is in OUT.
    files.closeProject();
    return prompts.errors.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
    QCoreApplication::setApplicationName(QStringLiteral("crashdriver"));
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == u"edit")
        return edit(args);
    if (command == u"recover")
        return recover(args);
    std::fprintf(stderr, "usage: crashdriver edit PROJECT|- FIRST COUNT [SAVE_EVERY] | recover OUT\n");
    return 2;
}
