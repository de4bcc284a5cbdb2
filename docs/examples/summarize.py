"""Print a one-screen summary of a /score response read from standard input (README example)."""
import json
import sys
for r in json.load(sys.stdin)["results"]:
    flagged = {n: s for n, s in r["signals"].items() if s["flagged"]}
    print(f'{r["id"]}: language={r["language"]["code"]} ad_type={r["ad_type"]["label"]} '
          f'risk={r["risk"]["score"]:.2f} ({r["risk"]["level"]})')
    for n, s in flagged.items():
        print(f'  {n:<22} {s["score"]:.2f}  ' + " | ".join(sp["text"] for sp in s["spans"]))
