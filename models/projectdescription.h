#pragma once

#include <models/projecterror.h>

#include <QString>

namespace crossread {

struct Project;

/// Builds a project from a JSON description and the article files beside it
/// (the demo project is one: resources/demo/demo.json). The description
/// names articles by file with their metadata, the codebook, claims by
/// quote (and occurrence), links and propositions by claim key. Every
/// article text is normalized (normalizeText) and every claim anchored
/// through Document, so the result holds every invariant.
///
/// Fails with a message naming the entry at fault: a file that cannot be
/// read, a quote not found in its article, an unknown tag, key or value.
ProjectError loadProjectDescription(const QString &jsonPath, Project &project);

/// Where the demo project's description is, inside the application.
inline QString demoDescriptionPath()
{
    return QStringLiteral(":/demo/demo.json");
}

} // namespace crossread
