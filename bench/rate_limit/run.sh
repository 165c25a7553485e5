#!/usr/bin/env bash
# Load the gateway at and above one key's limit with wrk and compare what got through with the
# configured rate: expected 200s = rate x duration + burst. Needs the `make demo` stack (or set
# GATEWAY, KEY, RATE_PER_S, BURST). Results: bench/rate_limit/results.md.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
GATEWAY="${GATEWAY:-http://127.0.0.1:28700}"
KEY="${KEY:-demo-analyst-key-0123456789abcdef}"
RATE_PER_S="${RATE_PER_S:-5}"
BURST="${BURST:-10}"
DURATION="${DURATION:-20}"
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }

export MIA_BENCH_KEY="$KEY"
out="$HERE/results.md"
{
  echo "# Gateway rate limit under wrk ($(date -u +%Y-%m-%d), $(nproc) cores)"
  echo
  echo "Key tier: ${RATE_PER_S} r/s, burst ${BURST}; ${DURATION} s per run; expected 200s = rate x duration + burst."
  echo
  echo "| connections | requests | 200 | 429 | 5xx | other | expected 200 | deviation | rps |"
  echo "|---|---|---|---|---|---|---|---|---|"
} >"$out"
for conns in 2 8 32; do
  sleep $(( (BURST / RATE_PER_S) + 2 ))   # let the bucket refill between runs
  wrk -t2 -c"$conns" -d"${DURATION}s" -s "$HERE/post.lua" "$GATEWAY/v1/predict" >"$HERE/wrk-$conns.txt" 2>&1
  line="$(grep '^STATUS' "$HERE/wrk-$conns.txt")"
  read -r _tag total ok limited server other rps <<<"$line"
  expected=$(( RATE_PER_S * DURATION + BURST ))
  deviation="$(awk -v a="$ok" -v e="$expected" 'BEGIN{printf "%.1f %%", (a-e)*100/e}')"
  echo "| $conns | $total | $ok | $limited | $server | $other | $expected | $deviation | $rps |" >>"$out"
done
cat "$out"
