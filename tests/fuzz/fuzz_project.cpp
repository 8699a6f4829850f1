// The project loader: decodeProject on any bytes, with the header's length
// and checksums made right (fuzzinput.h). A failure must leave the project
// as it was; a project that loads must save and load again to itself.

#include "fuzzinput.h"
#include "fuzzsupport.h"

#include <models/project.h>
#include <models/projectfile.h>

#include <cstdlib>

CROSSREAD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace crossread;
    const QByteArray bytes = fuzz::withProjectChecksums(QByteArrayView(data, qsizetype(size)));
    Project before;
    before.info.title = QStringLiteral("unchanged");
    Project project = before;
    if (!decodeProject(bytes, project).ok()) {
        if (!(project == before))
            std::abort(); // a failed load changed the project
        return 0;
    }
    Project again;
    if (!decodeProject(encodeProject(project), again).ok() || !(again == project))
        std::abort(); // a loaded project does not survive a save and a load
    return 0;
}
