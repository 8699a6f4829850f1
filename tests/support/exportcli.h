#pragma once

// For tests of crossread export: they link crossread_cli.

#include <app/cli.h>
#include <models/projectfile.h>

#include <QTemporaryDir>
#include <QTextStream>

namespace crossread::test {

/// Saves `project` into `dir` and runs `crossread export` on it, in process,
/// with `arguments` (format, output, options). Returns the exit code, or -1
/// when the project could not be saved.
inline int exportSaved(const Project &project, const QTemporaryDir &dir, const QStringList &arguments)
{
    const QString path = dir.filePath(QStringLiteral("sample.crossread"));
    if (!saveProject(project, path).ok())
        return -1;
    QString output;
    QTextStream out(&output), err(&output);
    return cli::run(QStringList{QStringLiteral("crossread"), QStringLiteral("export"), path} + arguments, out, err);
}

} // namespace crossread::test
