#pragma once

// What every libFuzzer target of Crossread shares: one QCoreApplication
// (translations and Qt's plugins expect one), made in LLVMFuzzerInitialize.

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace crossread::fuzz {

inline void makeApplication(int *argc, char ***argv)
{
    // libFuzzer's argc and argv outlive the run, as QCoreApplication requires.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
}

} // namespace crossread::fuzz

#define CROSSREAD_FUZZ_INITIALIZE \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) \
    { \
        crossread::fuzz::makeApplication(argc, argv); \
        return 0; \
    }
