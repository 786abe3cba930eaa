#!/usr/bin/env bash
# Scores the bot on a labelled JSONL file (default: the team's dev questions), as ../shared/eval/README.md does.
set -euo pipefail
labelled=${1:-../shared/eval/dev.jsonl}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node -e 'for (const l of require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n")) { const q = JSON.parse(l); console.log(JSON.stringify({ text: q.text, now: q.now })) }' "$labelled" > "$tmp/in"
npm run --silent ask -- --jsonl < "$tmp/in" > "$tmp/out"
node ../shared/eval/score.mjs "$labelled" "$tmp/out" --verbose
