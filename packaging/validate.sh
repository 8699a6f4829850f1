#!/usr/bin/env bash
# Checks the desktop integration files with the validators Linux desktops
# use (ctest's packaging_validate):
#
#   packaging/validate.sh PACKAGING_DIR [BUILD_DIR [CMAKE]]
#
#   desktop-file-validate    the desktop entry                      (desktop-file-utils)
#   appstreamcli validate    the AppStream metainfo, without network; infos fail too (appstream)
#   xmllint --noout          the MIME type and the two SVG icons    (libxml2-utils)
#   update-mime-database     the MIME type, compiled into a scratch database (shared-mime-info)
#
# With BUILD_DIR: the demo project written by the build must begin with the
# magic bytes the MIME type matches, and the tree `cmake --install` makes
# (into a scratch directory) must hold together: appstreamcli validate-tree
# (the metainfo with its desktop entry), the icons the desktop entry and the
# MIME type name, the MIME type the desktop entry opens.
# Exits 1 when a check fails; 77 (skipped, for ctest) when none failed but a
# validator is missing.
set -uo pipefail

src=${1:?usage: validate.sh PACKAGING_DIR [BUILD_DIR [CMAKE]]}
build=${2:-}
cmake=${3:-cmake}
id=org.crossread.Crossread
failed=0
missing=()

check() { # name command...
    local name=$1
    shift
    if "$@"; then
        echo "ok: $name"
    else
        echo "FAILED: $name"
        failed=1
    fi
}

have() { # tool package
    command -v "$1" >/dev/null && return 0
    echo "skipped: $1 is not installed (Debian package $2)"
    missing+=("$1")
    return 1
}

if have desktop-file-validate desktop-file-utils; then
    # It exits 0 on hints; a hint is a flaw here too.
    desktop_entry() {
        local out
        out=$(desktop-file-validate "$src/$id.desktop" 2>&1) || { echo "$out"; return 1; }
        [ -z "$out" ] || { echo "$out"; return 1; }
    }
    check "desktop-file-validate $id.desktop" desktop_entry
fi

if have appstreamcli appstream; then
    check "appstreamcli validate --no-net --strict $id.metainfo.xml" \
        appstreamcli validate --no-net --strict "$src/$id.metainfo.xml"
fi

if have xmllint libxml2-utils; then
    for f in crossread-mime.xml "icons/$id.svg" icons/application-x-crossread.svg; do
        check "xmllint --noout $f" xmllint --noout "$src/$f"
    done
fi

if have update-mime-database shared-mime-info; then
    mime_database() {
        local tmp
        tmp=$(mktemp -d) || return 1
        mkdir -p "$tmp/mime/packages"
        cp "$src/crossread-mime.xml" "$tmp/mime/packages/$id.xml"
        # Anything it says is about the file (the scratch directory is put in
        # the search path, so that it does not note that it is not).
        local out
        out=$(XDG_DATA_HOME="$tmp" update-mime-database "$tmp/mime" 2>&1)
        local ok=0
        [ -z "$out" ] || { echo "$out"; ok=1; }
        [ -f "$tmp/mime/application/x-crossread.xml" ] || { echo "no application/x-crossread in the database"; ok=1; }
        grep -q '^50:application/x-crossread:\*\.crossread$' "$tmp/mime/globs2" || { echo "no *.crossread glob"; ok=1; }
        grep -q 'application/x-crossread' "$tmp/mime/magic" || { echo "no magic for application/x-crossread"; ok=1; }
        rm -rf "$tmp"
        return $ok
    }
    check "update-mime-database accepts crossread-mime.xml" mime_database
fi

if [ -n "$build" ]; then
    # \x89CRD\r\n\x1a\n in the MIME file's notation, from the bytes the binary wrote.
    demo_magic() {
        local demo=$build/packaging/demo.crossread
        [ -f "$demo" ] || { echo "$demo is missing (built by crossread_demo_project)"; return 1; }
        local magic
        magic=$(head -c 8 "$demo" | od -An -v -tx1 | tr -d ' \n')
        [ "$magic" = "894352440d0a1a0a" ] || { echo "the demo project begins with $magic"; return 1; }
        grep -qF 'value="\x89CRD\r\n\x1a\n"' "$src/crossread-mime.xml" \
            || { printf '%s\n' 'crossread-mime.xml does not match \x89CRD\r\n\x1a\n'; return 1; }
    }
    check "the demo project begins with the MIME type's magic" demo_magic

    tree=$(mktemp -d)
    trap 'rm -rf "$tree"' EXIT
    if DESTDIR=$tree "$cmake" --install "$build" --prefix /usr >/dev/null; then
        share=$tree/usr/share
        installed_tree() {
            local ok=0 f
            for f in "bin/crossread" "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml" \
                     "share/mime/packages/$id.xml" "share/crossread/demo.crossread"; do
                [ -f "$tree/usr/$f" ] || { echo "not installed: /usr/$f"; ok=1; }
            done
            local icon
            icon=$(sed -n 's/^Icon=//p' "$share/applications/$id.desktop")
            [ -f "$share/icons/hicolor/scalable/apps/$icon.svg" ] || { echo "no icon $icon in hicolor/scalable/apps"; ok=1; }
            icon=$(sed -n 's/.*<icon name="\([^"]*\)".*/\1/p' "$share/mime/packages/$id.xml")
            [ -f "$share/icons/hicolor/scalable/mimetypes/$icon.svg" ] || { echo "no icon $icon in hicolor/scalable/mimetypes"; ok=1; }
            if ! grep -qx 'MimeType=application/x-crossread;' "$share/applications/$id.desktop" \
                || ! grep -q '<mime-type type="application/x-crossread">' "$share/mime/packages/$id.xml"; then
                echo "the desktop entry does not open the MIME type of the project files"
                ok=1
            fi
            return $ok
        }
        check "the installed tree holds together" installed_tree
        if command -v appstreamcli >/dev/null; then # (said above when it is missing)
            check "appstreamcli validate-tree --no-net --strict (installed)" \
                appstreamcli validate-tree --no-net --strict "$tree"
        fi
    else
        echo "FAILED: $cmake --install $build"
        failed=1
    fi
fi

[ $failed -eq 0 ] || exit 1
if [ ${#missing[@]} -gt 0 ]; then
    echo "skipped: ${missing[*]} not installed"
    exit 77
fi
