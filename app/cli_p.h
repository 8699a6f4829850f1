#pragma once

// Shared by the files of the command line.

#include <models/project.h>
#include <models/projecterror.h>

#include <QCoreApplication>

#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
class QTextStream;
QT_END_NAMESPACE

namespace crossread::cli {

/// The command line's messages, translated in the context "crossread::cli".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(crossread::cli)
};
QString programName();

using RunFunction
    = int (*)(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err);

struct Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
    RunFunction run;
};

/// The command called `name`, or whose synopsis begins with it ("claim add").
const Command *findCommand(const QString &name);

/// Parses `arguments` (command name first) expecting `positional` arguments
/// (at least -positional when negative). Returns an exit code when the
/// command should stop here: help was asked for (and printed), or the
/// arguments are wrong (and the message written); nullopt to go on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, int positional, QTextStream &out,
                         QTextStream &err);

/// Loads the project at `path`, or reports why not.
bool load(const QString &path, Project &project, QTextStream &err);
/// Saves a project the command changed (or made): refused while a running
/// Crossread has it open; keeps three backups, as the window does.
ProjectError saveEdited(const Project &project, const QString &path);

QString isoDate(QDate date);

/// The article named on the command line: "a12" is an id, "3" the third article.
const Article *findArticle(const Project &p, const QString &name);

// Team work (cliteam.cpp).
int runMerge(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err);
int runAgreement(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err);

// Commands about links and propositions (clilinks.cpp).
int runLink(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err);
int runMatrix(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err);

// Exports (cliexport.cpp).
int runExport(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err);
int runImportQdpx(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err);

// Assisted comparison (clisuggest.cpp).
int runSuggest(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace crossread::cli
