#!/usr/bin/env bash
# Wrap the .app in a compressed .dmg with an /Applications shortcut (drag to install).
# Usage: packaging/macos/make_dmg.sh "dist/Review Workstation.app" dist/ReviewWorkstation-0.1.0.dmg
# Sign and notarize the .app first; a notarized .app inside an unsigned .dmg passes Gatekeeper.
set -euo pipefail
APP=${1:?usage: make_dmg.sh path/to/App.app out.dmg}
OUT=${2:?usage: make_dmg.sh path/to/App.app out.dmg}
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/$(basename "$APP")"
ln -s /Applications "$STAGE/Applications"
rm -f "$OUT"
hdiutil create -volname "Review Workstation" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$OUT"
if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$OUT"
fi
echo "wrote $OUT"
