// The REFI-QDA importer: readQdpx reads a path, so each input is written to
// one memory file and read back through /proc/self/fd. A zip input is the
// .qdpx; anything else is its project.qde in a fresh zip (fuzzinput.h).
// A project read must be valid (validateProject) and save and load back.

#include "fuzzinput.h"
#include "fuzzsupport.h"

#include <models/import/qdpximporter.h>
#include <models/projectfile.h>
#include <models/projectvalidator.h>

#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

namespace {

int memoryFile()
{
    static const int fd = memfd_create("fuzz_qdpx", 0);
    if (fd < 0)
        std::abort();
    return fd;
}

} // namespace

CROSSREAD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace crossread;
    const QByteArray bytes = fuzz::asZip(QByteArrayView(data, qsizetype(size)), QStringLiteral("project.qde"));
    const int fd = memoryFile();
    if (ftruncate(fd, 0) != 0 || pwrite(fd, bytes.constData(), size_t(bytes.size()), 0) != bytes.size())
        std::abort();
    Project project;
    QdpxReport report;
    QString error;
    if (!readQdpx(QStringLiteral("/proc/self/fd/%1").arg(fd), project, report, &error))
        return 0;
    if (!validateProject(project).ok())
        std::abort(); // readQdpx made a project that breaks an invariant
    Project again;
    if (!decodeProject(encodeProject(project), again).ok() || !(again == project))
        std::abort(); // it does not survive a save and a load
    return 0;
}
