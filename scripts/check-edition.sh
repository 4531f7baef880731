#!/usr/bin/env bash
# Checks a built edition the way CI does: every TEI file valid against the official
# tei_all.rng (jing), and no text lost (../shared/tools/text_invariant.py).
# usage: scripts/check-edition.sh SOURCE_DIR EDITION_DIR
# Skips with a message when ../shared is absent.
set -euo pipefail
src=$1 out=$2
shared=$(cd "$(dirname "$0")/.." && pwd)/../shared
if [ ! -f "$shared/schemas/tei_all.rng" ]; then
  echo "check-edition: ../shared is absent; skipping the jing and text checks" >&2
  exit 0
fi
mapfile -t files < <(find "$out" -name '*.xml' | sort)
[ ${#files[@]} -gt 0 ] || { echo "check-edition: no TEI files in $out" >&2; exit 1; }
# jing prints nothing for valid files; its Java warnings about optional jars go to /dev/null.
if ! jing "$shared/schemas/tei_all.rng" "${files[@]}" 2>/dev/null; then
  echo "check-edition: not valid against tei_all.rng" >&2
  exit 1
fi
echo "check-edition: ${#files[@]} files valid against tei_all.rng (jing)"
failed=0
for xml in "${files[@]}"; do
  rel=${xml#"$out"/}
  txt="$src/${rel%.xml}.txt"
  [ -f "$txt" ] || continue
  python3 "$shared/tools/text_invariant.py" "$txt" "$xml" >/dev/null || { echo "check-edition: text lost in $xml" >&2; failed=1; }
done
[ $failed -eq 0 ] && echo "check-edition: no text lost (text_invariant.py)"
exit $failed
