#!/usr/bin/env bash
# Adversarial inputs at scale, on the release build (make stress):
#   a 20 MB transcription, a single 5 MB line, 10,000 small files in one run, 100,000 nested
#   brackets. Checks: exit status, every output valid against tei_all.rng (jing) and the
#   project schema, no text lost (text_invariant.py), no temporary file left; prints wall time
#   and peak memory of each run.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/tei-edition
shared=../shared
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" Corpus/000_dccbfe2cab0ae208.txt <<'PY'
import os, random, sys
work, seed_path = sys.argv[1], sys.argv[2]
seed = open(seed_path, encoding="utf-8").read()
body = seed[seed.index("**Description:**") + len("**Description:**"):]
header = "**Title:** Stress\n\n**Date:** 5 October 1951\n\n**Description:**\n\n"
paragraphs = [p for p in body.split("\n\n") if p.strip()]
rng = random.Random(1)
os.makedirs(f"{work}/big")
with open(f"{work}/big/big20.txt", "w", encoding="utf-8") as f:
    f.write(header)
    size = 0
    while size < 20_000_000:
        p = rng.choice(paragraphs); f.write(p + "\n\n"); size += len(p) + 2
line = " ".join(body.split())
os.makedirs(f"{work}/line")
with open(f"{work}/line/line5.txt", "w", encoding="utf-8") as f:
    f.write(header + (line + " ") * (5_000_000 // len(line)) + "\n")
os.makedirs(f"{work}/deep")
with open(f"{work}/deep/deep.txt", "w", encoding="utf-8") as f:
    f.write(header + "[" * 100_000 + "x" + "]" * 100_000 + "\n")
for i in range(10_000):
    d = f"{work}/many/{i % 100}"
    os.makedirs(d, exist_ok=True)
    with open(f"{d}/d{i}.txt", "w", encoding="utf-8") as f:
        f.write(header + rng.choice(paragraphs) + "\n")
PY
status=0
run() {  # name input-folder
  local name=$1 in=$2 out="$work/out-$1"
  /usr/bin/time -f "$name: %e s wall, %M KB peak" "$bin" build "$in" --output "$out" 2>"$work/$name.log" >/dev/null || { echo "$name: exit $?"; status=1; }
  grep -E "wall" "$work/$name.log"
  if find "$out" -name '.*.tmp' | grep -q .; then echo "$name: temporary file left"; status=1; fi
  if [ -f "$shared/schemas/tei_all.rng" ] && [ "$name" != many ]; then
    for xml in $(find "$out" -name '*.xml'); do
      jing "$shared/schemas/tei_all.rng" "$xml" >/dev/null 2>&1 || { echo "$name: $xml not valid against tei_all.rng"; status=1; }
      rel=${xml#"$out"/}
      python3 "$shared/tools/text_invariant.py" "$in/${rel%.xml}.txt" "$xml" >/dev/null || { echo "$name: text lost in $xml"; status=1; }
    done
  fi
}
run big "$work/big"
run line "$work/line"
run deep "$work/deep"
run many "$work/many"
count=$(find "$work/out-many" -name '*.xml' | wc -l)
echo "many: $count of 10000 editions written"
[ "$count" -eq 10000 ] || status=1
"$bin" validate $(find "$work/out-many" -name '*.xml' | head -200) >/dev/null || { echo "many: invalid output"; status=1; }
exit $status
