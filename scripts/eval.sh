#!/usr/bin/env bash
# Scores the bot on a labelled JSONL file, as the team's shared eval README describes.
#   scripts/eval.sh [labelled.jsonl]
# The scorer and the default questions live in the team's shared folder, ../shared/eval beside the
# project; set ATONE_SHARED=/path/to/shared when it is elsewhere (a fresh clone has none).
set -euo pipefail
given=${1:+$(realpath -m "$1")}
shared=$(realpath -m "${ATONE_SHARED:-$(dirname "$0")/../../shared}")
cd "$(dirname "$0")/.."
scorer="$shared/eval/score.mjs"
labelled=${given:-$shared/eval/dev.jsonl}
if [[ ! -f "$scorer" ]]; then
  echo "scripts/eval.sh: the scorer $scorer is missing: it comes with the team's shared folder; set ATONE_SHARED=/path/to/shared (the folder that holds eval/score.mjs)." >&2
  exit 2
fi
if [[ ! -f "$labelled" ]]; then
  echo "scripts/eval.sh: no labelled questions at $labelled: pass a file (scripts/eval.sh questions.jsonl) or set ATONE_SHARED." >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node -e 'for (const l of require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n")) { const q = JSON.parse(l); console.log(JSON.stringify({ text: q.text, now: q.now })) }' "$labelled" > "$tmp/in"
npm run --silent ask -- --jsonl < "$tmp/in" > "$tmp/out"
node "$scorer" "$labelled" "$tmp/out" --verbose
