#pragma once

// A deterministic script of edits for the crash tests: the driver process
// that is killed runs it, and the test runs it again in-process to know
// what a recovered project must hold.

#include <models/project.h>

namespace crossread {
class Document;
}

namespace crossread::test {

/// Makes edit number `step` (0, 1, 2, ...) to `document`: each is one
/// completed edit (an undo step, an undo, a redo or a change of layout),
/// chosen from the step and the project as it is, never from the clock.
void applyScriptedEdit(Document &document, int step);

/// `project` with the times of day it records set to zero, for comparing
/// projects made at different moments.
Project withoutTimes(Project project);

} // namespace crossread::test
