#!/usr/bin/env sh
# Install the desktop integration (menu entry, icon, AppStream metadata, the draft MIME type)
# for a bundle or a pip installation whose `agreement-studio` is on PATH.
#
#   packaging/linux/install-desktop-files.sh            # for you: ~/.local/share
#   sudo packaging/linux/install-desktop-files.sh /usr/local/share   # for everyone
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
share=${1:-${XDG_DATA_HOME:-$HOME/.local/share}}
id=org.agreementstudio.AgreementStudio

install -Dm644 "$here/$id.desktop" "$share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -Dm644 "$here/$id.mime.xml" "$share/mime/packages/$id.xml"
install -Dm644 "$root/resources/icons/agreement-studio.svg" \
    "$share/icons/hicolor/scalable/apps/$id.svg"

command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$share/icons/hicolor" || true
echo "Installed the desktop files of Agreement Studio under $share"
