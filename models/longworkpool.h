#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace crossread {

/// The threads for work that can take seconds: exports and their previews,
/// the comparison matrix, suggestions, imports, the passage index. Not
/// QThreadPool::globalInstance(): Qt 6.4's raster paint engine shares large
/// fills out over the global pool and waits for them, so a global pool busy
/// with a report held every paint of the window (a progress bar's, for a
/// second at a time). Short work the GUI thread waits for (a few
/// milliseconds) stays in the global pool.
QThreadPool *longWorkPool();

} // namespace crossread
