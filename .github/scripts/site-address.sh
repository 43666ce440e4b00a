#!/usr/bin/env bash
# Where GitHub Pages serves the site, for the build's --base-path and --site-url: what actions/configure-pages reported
# (its outcome, base path and origin in the environment), or, before Pages is first set up (it serves the gh-pages
# branch that pages.yml's first run creates), the default address of the repository's site. Writes base_path (""
# or "/<repo>") and origin to $GITHUB_OUTPUT.
set -euo pipefail
if [ "${PAGES_OUTCOME:-}" = success ]; then
  base_path=$PAGES_BASE_PATH
  origin=$PAGES_ORIGIN
else
  owner=$(printf '%s' "$OWNER" | tr '[:upper:]' '[:lower:]')
  origin="https://$owner.github.io"
  base_path="/$REPO"
  # a user or organisation site (<owner>.github.io) is served at the root
  [ "$(printf '%s' "$REPO" | tr '[:upper:]' '[:lower:]')" = "$owner.github.io" ] && base_path=""
  echo "Pages is not set up yet: building for $origin$base_path/ (see docs/publishing.md)"
fi
case "$base_path" in ""|/[A-Za-z0-9._/-]*) ;; *) echo "unexpected base path: $base_path" >&2; exit 1 ;; esac
case "$origin" in https://[A-Za-z0-9.-]*) ;; *) echo "unexpected origin: $origin" >&2; exit 1 ;; esac
echo "base_path=${base_path%/}" >> "$GITHUB_OUTPUT"
echo "origin=$origin" >> "$GITHUB_OUTPUT"
