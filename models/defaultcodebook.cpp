#include "defaultcodebook.h"

#include "project.h"

#include <QCoreApplication>

namespace crossread {

QList<Tag> defaultCodebook()
{
    struct Entry
    {
        const char *name;
        QRgb color;
        const char *description;
    };
    // Colours of the Tableau 10 palette: distinct, and readable as tints;
    // five darkened so that every one stands out 3:1 from a white page and
    // from the dark theme's (underlines, swatches), as tst_desktop checks.
    static const Entry entries[] = {
        {QT_TRANSLATE_NOOP("crossread::Codebook", "Event"), 0xff4e79a7,
         QT_TRANSLATE_NOOP("crossread::Codebook", "What happened, where and to whom")},
        {QT_TRANSLATE_NOOP("crossread::Codebook", "Number/statistic"), 0xffdd750e,
         QT_TRANSLATE_NOOP("crossread::Codebook", "Counts, amounts, percentages and other figures")},
        {QT_TRANSLATE_NOOP("crossread::Codebook", "Date/timeline"), 0xff59a14f,
         QT_TRANSLATE_NOOP("crossread::Codebook", "When things happened, and in what order")},
        {QT_TRANSLATE_NOOP("crossread::Codebook", "Quotation"), 0xffb07aa1,
         QT_TRANSLATE_NOOP("crossread::Codebook", "Words reported as someone's own")},
        {QT_TRANSLATE_NOOP("crossread::Codebook", "Attribution"), 0xff539d97,
         QT_TRANSLATE_NOOP("crossread::Codebook", "Who is said to say or claim something")},
        {QT_TRANSLATE_NOOP("crossread::Codebook", "Position/demand"), 0xffb08e11,
         QT_TRANSLATE_NOOP("crossread::Codebook", "What a party wants, proposes or refuses")},
        {QT_TRANSLATE_NOOP("crossread::Codebook", "Accusation"), 0xffe15759,
         QT_TRANSLATE_NOOP("crossread::Codebook", "Blame laid on someone")},
        {QT_TRANSLATE_NOOP("crossread::Codebook", "Loaded language"), 0xffe0609a,
         QT_TRANSLATE_NOOP("crossread::Codebook", "Words chosen to sway rather than to describe")},
        {QT_TRANSLATE_NOOP("crossread::Codebook", "Speculation/opinion"), 0xff9c755f,
         QT_TRANSLATE_NOOP("crossread::Codebook", "Guesses, predictions and judgements")},
        {QT_TRANSLATE_NOOP("crossread::Codebook", "Context"), 0xff9b8d87,
         QT_TRANSLATE_NOOP("crossread::Codebook", "Background the reader is given")},
    };
    QList<Tag> tags;
    int key = 1;
    for (const Entry &e : entries) {
        Tag tag;
        tag.name = QCoreApplication::translate("crossread::Codebook", e.name);
        tag.color = e.color;
        tag.description = QCoreApplication::translate("crossread::Codebook", e.description);
        if (key <= 9)
            tag.shortcut = QString::number(key++);
        tags << tag;
    }
    return tags;
}

Project newProject()
{
    Project project;
    for (Tag tag : defaultCodebook()) {
        tag.id = project.nextId++;
        project.tags.push_back(tag);
    }
    return project;
}

} // namespace crossread
