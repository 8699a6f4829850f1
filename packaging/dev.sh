#!/usr/bin/env bash
# Crossread's developer entry point on Debian 12.
#
#   packaging/dev.sh run      install what is missing, build (release), open the demo project
#   packaging/dev.sh test     install what is missing, build (CI preset, -Werror), run every test,
#                             build the .deb, install it and run the installed crossread;
#                             then the same tests under ASan + UBSan, and each fuzz target for 60 s
#   packaging/dev.sh asan     the same tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   packaging/dev.sh bench    build (release) and run the benchmarks
#   packaging/dev.sh package  build the Debian package (package preset: release, no tests) and print its path
#   packaging/dev.sh deps     only install the Debian packages
#
# Packages are installed with apt-get, through sudo when not run as root.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

# What each package is for (README lists the same).
build_packages=(
    cmake ninja-build g++            # build system and compiler (C++20)
    qt6-base-dev qt6-base-dev-tools  # Qt 6.4: Core, Gui, Widgets, Test; moc and rcc
    libgl-dev                        # OpenGL headers that Qt6Gui's CMake package requires
    libboost-serialization-dev       # project files
    zlib1g-dev                       # CRC-32 checksums of project files
    pkg-config                       # finds gumbo, uchardet and md4c
    libuchardet-dev                  # import: detect the encoding of text files
    libicu-dev                       # import: convert legacy encodings (windows-1251, KOI8-R, ...)
    libgumbo-dev                     # import: parse web pages
    libmd4c-dev                      # import: read Markdown
    qt6-pdf-dev                      # import: text of PDF files (QtPdf)
    libquazip1-qt6-dev               # import: unpack Word documents (.docx)
    libcld2-dev                      # import: detect the language of an article
    libstemmer-dev                   # comparison: Snowball stemmers (English, French, German, Russian)
    qt6-svg-dev                      # reports: the charts drawn into the PDF
    qt6-tools-dev qt6-l10n-tools     # translations: Qt6LinguistTools, lupdate and lrelease
    qt6-translations-l10n            # Qt's own strings (standard buttons, file dialogs) in French
    fonts-dejavu-core                # a font for the window and for tests without a display
)
test_packages=(
    libbenchmark-dev                 # benchmarks under tests/benchmarks (built with the tests)
    python3-jsonschema               # tests: the JSON export checked against its schema
    libxml2-utils                    # tests: xmllint checks REFI-QDA project.qde against its XSD
    poppler-utils                    # tests: pdftotext reads the PDF report back
    clang libclang-rt-14-dev         # tests/fuzz: libFuzzer targets (clang 14 and its fuzzer runtime)
    desktop-file-utils               # tests: desktop-file-validate checks the desktop entry
    appstream                        # tests: appstreamcli validates the AppStream metainfo
)
package_packages=(
    dpkg-dev file                    # cpack: dpkg-shlibdeps (and file, which finds the binaries) work out the .deb's dependencies
)

missing_packages() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
}

install_packages() {
    local missing
    missing=$(missing_packages "$@")
    [ -z "$missing" ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "dev.sh: run as root or install sudo to install:" $missing >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "dev.sh: installing" $missing
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    # shellcheck disable=SC2086
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends $missing
}

# Validators some tests run (tests/tools/package.json); without npm those
# tests skip.
install_test_tools() {
    if command -v npm >/dev/null; then
        npm ci --prefix tests/tools --no-audit --no-fund \
            || echo "dev.sh: npm ci failed; the tests that need tests/tools will skip"
    else
        echo "dev.sh: npm not found; the W3C Web Annotation and HTML validations will be skipped"
    fi
}

build() { # preset [target]
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1" ${2:+--target "$2"}
}

as_root() {
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "dev.sh: run as root or install sudo to run:" "$@" >&2; exit 1; }
        sudo "$@"
    else
        "$@"
    fi
}

# Builds the .deb in build/ci (built and tested just before), installs it
# with apt (which brings what it depends on), runs the installed crossread
# without a display, checks that the desktop found its files, and removes the
# package again.
check_package() {
    echo
    echo "dev.sh: the Debian package, installed"
    rm -f build/ci/crossread_*.deb
    (cd build/ci && cpack -G DEB)
    local deb
    deb=$(ls "$top"/build/ci/crossread_*.deb)
    export DEBIAN_FRONTEND=noninteractive
    # --reinstall: a rebuilt package of the same version still replaces the installed one.
    as_root apt-get install -y -qq --no-install-recommends --reinstall "$deb"
    local status=0
    run_installed || status=$?
    as_root apt-get remove -y -qq crossread >/dev/null
    return $status
}

# The installed files at work (the command line without a display, as a script would run it).
# Each step returns on failure: set -e does not hold in a function whose status is tested.
run_installed() {
    env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/crossread --version || return 1
    env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/crossread info /usr/share/crossread/demo.crossread || return 1
    local f
    for f in /usr/share/applications/org.crossread.Crossread.desktop \
             /usr/share/metainfo/org.crossread.Crossread.metainfo.xml \
             /usr/share/icons/hicolor/scalable/apps/org.crossread.Crossread.svg \
             /usr/share/icons/hicolor/scalable/mimetypes/application-x-crossread.svg \
             /usr/share/mime/application/x-crossread.xml; do
        # The last one is written by shared-mime-info's trigger, not shipped:
        # it says the MIME type was registered.
        [ -f "$f" ] || { echo "dev.sh: $f is missing after installing the package" >&2; return 1; }
    done
    echo "dev.sh: the installed crossread runs, and its desktop entry, icons and MIME type are registered"
}

run_app() {
    install_packages "${build_packages[@]}"
    build release crossread
    local bin=build/release/app/crossread
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        local out=build/headless
        mkdir -p "$out"
        echo
        echo "No display: DISPLAY and WAYLAND_DISPLAY are not set, so Crossread's window cannot open here."
        echo "Doing what works without one: writing the demo project, its summary and its comparison matrix."
        "$bin" demo -o "$out/demo.crossread"
        "$bin" info "$out/demo.crossread" | tee "$out/demo-info.txt"
        echo
        "$bin" matrix "$out/demo.crossread" | tee "$out/demo-matrix.txt"
        "$bin" matrix "$out/demo.crossread" --json > "$out/demo-matrix.json"
        echo
        echo "Output:"
        echo "  $top/$out/demo.crossread     the demo project (open it where there is a display: $bin $out/demo.crossread)"
        echo "  $top/$out/demo-info.txt      its summary, as printed above"
        echo "  $top/$out/demo-matrix.txt    who reported what, omissions and discrepancies, as printed above"
        echo "  $top/$out/demo-matrix.json   the same as JSON"
        return 0
    fi
    exec "$bin" --demo
}

case "${1:-}" in
deps)
    install_packages "${build_packages[@]}" "${test_packages[@]}" "${package_packages[@]}"
    ;;
run)
    run_app
    ;;
test)
    install_packages "${build_packages[@]}" "${test_packages[@]}" "${package_packages[@]}"
    install_test_tools
    cmake --workflow --preset ci
    # The evaluation of passage ranking ran among the tests; show its table.
    echo
    build/ci/tests/eval_passages
    # The package of what was just tested, installed as a user would.
    check_package
    # The whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer.
    echo
    echo "dev.sh: the tests under ASan + UBSan"
    cmake --workflow --preset asan
    # Each libFuzzer target for a minute, from a fixed seed so that the gate
    # tries the same inputs on every run (tests/fuzz/run.sh N, unseeded,
    # explores longer and anew).
    echo
    CROSSREAD_FUZZ_SEED=1 tests/fuzz/run.sh 60
    ;;
asan)
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    cmake --workflow --preset asan
    ;;
bench)
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    build release
    for b in build/release/tests/benchmarks/bench_*; do
        [ -x "$b" ] && "$b"
    done
    ;;
package)
    install_packages "${build_packages[@]}" "${package_packages[@]}"
    build package
    rm -f build/package/crossread_*.deb
    (cd build/package && cpack -G DEB)
    echo
    echo "dev.sh: the package is $(ls "$top"/build/package/crossread_*.deb)"
    echo "Install it with: sudo apt install $(ls "$top"/build/package/crossread_*.deb)"
    ;;
*)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
