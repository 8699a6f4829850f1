// The REFI-QDA importer: readQdpx reads a path, so each input is written to
// one memory file and read back through /proc/self/fd. A zip input is the
// .qdpx; anything else is its project.qde in a fresh zip (fuzzinput.h).

#include "fuzzinput.h"
#include "fuzzsupport.h"

#include <models/import/qdpximporter.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cstdlib>

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
    (void)readQdpx(QStringLiteral("/proc/self/fd/%1").arg(fd), project, report, &error);
    return 0;
}
