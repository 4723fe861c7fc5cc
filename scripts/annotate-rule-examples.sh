#!/usr/bin/env bash
# Parses the examples of a grammar rule file with the real pipeline and saves the parse as a test resource, so that
# GrammarExamplesTest runs every example without CoreNLP. Run it after GrammarExamplesTest reported that the examples
# of NAME (src/main/resources/extract/rules/NAME.semgrex) changed: the test has written them to
# target/rule-examples/NAME.examples.txt.
#   scripts/annotate-rule-examples.sh NAME [NAME ...]
# NEWSGRAPH names another newsgraph launcher to parse with (the parse does not depend on the rules).
set -euo pipefail
home="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
saved="$home/src/test/resources/extract/rules"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$saved"
for name in "$@"; do
  pending="$home/target/rule-examples/$name.examples.txt"
  [ -f "$pending" ] || { echo "$pending: no pending examples; run GrammarExamplesTest first" >&2; exit 1; }
  cp "$pending" "$work/in/$name.examples.txt"
done
NEWSGRAPH_HEAP="${NEWSGRAPH_HEAP:-3g}" "${NEWSGRAPH:-$home/newsgraph}" build "$work/in" --store "$work/db" --cache "$work/cache" >&2
for name in "$@"; do
  text="$work/in/$name.examples.txt"
  # the cache names an entry after the hash of the text; the document id inside is the file name
  entry=""
  for candidate in "$work"/cache/*/*.json.gz; do
    # head closes the pipe early; under pipefail gunzip's broken pipe would fail the whole test
    opening="$(gunzip -c "$candidate" 2>/dev/null | head -c 200 || true)"
    if grep -qF "\"docId\":\"$name.examples\"" <<<"$opening"; then
      entry="$candidate"
    fi
  done
  [ -n "$entry" ] || { echo "$name: no parse found in the annotation cache" >&2; exit 1; }
  cp "$text" "$saved/$name.examples.txt"
  gunzip -c "$entry" > "$saved/$name.examples.annotation.json"
  echo "saved $saved/$name.examples.txt and its parse" >&2
done
