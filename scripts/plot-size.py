#!/usr/bin/env python3
"""The size curve of docs/PERFORMANCE.md: time against input size, as an SVG.

usage: plot-size.py OUT.svg MB:SECONDS...   (measured points; a dashed line shows linear cost
through the largest point, so that a curve bending above it shows super-linear growth)
"""
import sys

W, H, LEFT, RIGHT, TOP, BOTTOM = 560, 340, 60, 30, 50, 60


def ticks(limit):
    """Round tick values (steps of 1, 2 or 5 times a power of ten) from 0 up to `limit`."""
    step = 10 ** len(str(int(limit / 5))) / 10 if limit >= 5 else 1
    for factor in (1, 2, 5, 10):
        if limit / (step * factor) <= 6:
            step *= factor
            break
    return [step * i for i in range(int(limit / step) + 1)]


def main(out, points):
    points = sorted((float(mb), float(s)) for mb, s in (p.split(":") for p in points))
    max_x = max(x for x, _ in points) * 1.05
    max_y = max(y for _, y in points) * 1.1
    px = lambda x: LEFT + (W - LEFT - RIGHT) * x / max_x
    py = lambda y: H - BOTTOM - (H - TOP - BOTTOM) * y / max_y
    e = []
    e.append(f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">')
    e.append(f'<rect width="{W}" height="{H}" fill="white"/>')
    e.append(f'<text x="{W / 2}" y="24" text-anchor="middle" font-weight="bold">tei-edition build, --jobs 1: time versus input size</text>')
    for y in ticks(max_y):
        e.append(f'<line x1="{LEFT}" y1="{py(y):.1f}" x2="{W - RIGHT}" y2="{py(y):.1f}" stroke="#ddd"/>')
        e.append(f'<text x="{LEFT - 8}" y="{py(y) + 4:.1f}" text-anchor="end">{y:g}</text>')
    for x in ticks(max_x):
        e.append(f'<text x="{px(x):.1f}" y="{H - BOTTOM + 18}" text-anchor="middle">{x:g}</text>')
    e.append(f'<line x1="{LEFT}" y1="{H - BOTTOM}" x2="{W - RIGHT}" y2="{H - BOTTOM}" stroke="black"/>')
    e.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{H - BOTTOM}" stroke="black"/>')
    e.append(f'<text x="{W / 2}" y="{H - 18}" text-anchor="middle">input size (MB of transcriptions)</text>')
    e.append(f'<text x="16" y="{H / 2}" text-anchor="middle" transform="rotate(-90 16 {H / 2})">seconds, wall clock</text>')
    last_x, last_y = points[-1]
    e.append(f'<line x1="{px(0):.1f}" y1="{py(0):.1f}" x2="{px(last_x):.1f}" y2="{py(last_y):.1f}" stroke="#999" stroke-dasharray="4 4"/>')
    path = " ".join(f"{'M' if i == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for i, (x, y) in enumerate(points))
    e.append(f'<path d="{path}" fill="none" stroke="#1f4e99" stroke-width="2"/>')
    for x, y in points:
        e.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="4" fill="#1f4e99"/>')
        anchor = "end" if px(x) > W / 2 else "start"
        e.append(f'<text x="{px(x) + (-8 if anchor == "end" else 8):.1f}" y="{py(y) - 8:.1f}" text-anchor="{anchor}">{x:g} MB: {y:.1f} s</text>')
    e.append("</svg>")
    with open(out, "w") as f:
        f.write("\n".join(e) + "\n")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
