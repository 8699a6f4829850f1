#pragma once

#include <models/tag.h>

#include <QList>

namespace crossread {

/// The codebook a new project starts with, for comparing news coverage:
/// Event, Number/statistic, Date/timeline, Quotation, Attribution,
/// Position/demand, Accusation, Loaded language, Speculation/opinion,
/// Context. The first nine have the keys 1–9. Ids are left unset.
QList<Tag> defaultCodebook();

struct Project;

/// An empty project with the default codebook.
Project newProject();

} // namespace crossread
