#!/usr/bin/env bash
# Sign the .app (hardened runtime), then notarize and staple it — each step only when its
# secrets are present, so forks and local builds still produce an (unsigned) app.
#   MACOS_CERTIFICATE (base64 .p12), MACOS_CERTIFICATE_PASSWORD, MACOS_SIGN_IDENTITY
#     ("Developer ID Application: Name (TEAMID)")  → codesign
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (app-specific password) → notarytool
# Usage: packaging/macos/sign_and_notarize.sh "dist/Review Workstation.app"
set -euo pipefail
APP=${1:?usage: sign_and_notarize.sh path/to/App.app}
HERE=$(cd "$(dirname "$0")" && pwd)

if [[ -z "${MACOS_CERTIFICATE:-}" || -z "${MACOS_SIGN_IDENTITY:-}" ]]; then
  echo "signing skipped: MACOS_CERTIFICATE / MACOS_SIGN_IDENTITY not set (app stays ad-hoc signed)"
  exit 0
fi

# A throwaway keychain holding only the Developer ID certificate.
KEYCHAIN="$RUNNER_TEMP/signing.keychain-db"
KEYCHAIN_PASSWORD=$(uuidgen)
echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/cert.p12"
security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security set-keychain-settings -lut 3600 "$KEYCHAIN"
security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security import "$RUNNER_TEMP/cert.p12" -k "$KEYCHAIN" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN" >/dev/null
security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
rm -f "$RUNNER_TEMP/cert.p12"

# Inside-out: every library first, then the app (--deep is deprecated for signing).
find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
  xargs -0 codesign --force --timestamp --options runtime --keychain "$KEYCHAIN" \
    --sign "$MACOS_SIGN_IDENTITY" --entitlements "$HERE/entitlements.plist"
codesign --force --timestamp --options runtime --keychain "$KEYCHAIN" \
  --sign "$MACOS_SIGN_IDENTITY" --entitlements "$HERE/entitlements.plist" "$APP"
codesign --verify --strict --verbose=2 "$APP"

if [[ -z "${APPLE_ID:-}" || -z "${APPLE_TEAM_ID:-}" || -z "${APPLE_APP_PASSWORD:-}" ]]; then
  echo "notarization skipped: APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not set"
  exit 0
fi
ZIP="$RUNNER_TEMP/notarize.zip"
ditto -c -k --keepParent "$APP" "$ZIP"
xcrun notarytool submit "$ZIP" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
  --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
xcrun stapler staple "$APP"
