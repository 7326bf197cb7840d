#!/usr/bin/env python3
"""Draws gdte-venue.png: a plausible architect's drawing of the default expo's halls, as a
venue would hand it over (a scan-like grey-on-white plan), for the README's background-plan
screenshot. Pure Python (zlib only), so anyone can remake it:

    python3 assets/venue-drawing/make_drawing.py

The halls are read from layouts/gdte-hangzhou.ron and drawn with thick double walls, a
structural grid every 9 m, columns on it, dimension ticks, door gaps and a title block frame.
One pixel is 0.25 m; the drawing's origin is 12 m left of and above the plan's, so placing it
needs a calibration (two clicks on a hall corner and the next, and the hall's length typed).

The README's screenshot (assets/readme/background-plan.png) is the window under Xvfb on a copy
of layouts/gdte-hangzhou.ron beside this image, its zones and booths emptied, with
`backgrounds: [(path: "gdte-venue.png", size_px: (2580, 1016), placement: (origin: (-12.0,
-12.0), m_per_px: 0.25, rotation_deg: 0.0), opacity: 0.85, visible: true, locked: true)]` added
at the end, cropped to the window.
"""
import re
import struct
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
M_PER_PX = 0.25
MARGIN_M = 12.0
text = (ROOT / "layouts/gdte-hangzhou.ron").read_text()
halls_text = text[text.index("halls: [") : text.index("columns:")]
halls = [
    [tuple(map(float, p)) for p in re.findall(r"\((-?[\d.]+), (-?[\d.]+)\)", outline)]
    for outline in re.findall(r"outline: \[([^\]]*)\]", halls_text)
]
xs = [x for h in halls for x, _ in h]
ys = [y for h in halls for _, y in h]
W = int((max(xs) - min(xs) + 2 * MARGIN_M) / M_PER_PX)
H = int((max(ys) - min(ys) + 2 * MARGIN_M) / M_PER_PX)
ox, oy = min(xs) - MARGIN_M, min(ys) - MARGIN_M
img = bytearray([250] * (W * H))


def px(x_m, y_m):
    return int(round((x_m - ox) / M_PER_PX)), int(round((y_m - oy) / M_PER_PX))


def fill(x0, y0, x1, y1, v):
    for y in range(max(0, min(y0, y1)), min(H, max(y0, y1) + 1)):
        row = y * W
        for x in range(max(0, min(x0, x1)), min(W, max(x0, x1) + 1)):
            img[row + x] = min(img[row + x], v)


def segment(a, b, width, v, gaps=()):
    (x0, y0), (x1, y1) = px(*a), px(*b)
    n = max(abs(x1 - x0), abs(y1 - y0), 1)
    for i in range(n + 1):
        t = i / n
        if any(g0 <= t <= g1 for g0, g1 in gaps):
            continue
        x, y = round(x0 + (x1 - x0) * t), round(y0 + (y1 - y0) * t)
        fill(x - width // 2, y - width // 2, x + width // 2, y + width // 2, v)


# Structural grid (light, dashed) every 9 m, then the halls' double walls with door gaps.
for gx in range(int(ox), int(ox + W * M_PER_PX), 9):
    for y in range(0, H, 12):
        fill(px(gx, 0)[0], y, px(gx, 0)[0], min(H - 1, y + 5), 215)
for gy in range(int(oy), int(oy + H * M_PER_PX), 9):
    for x in range(0, W, 12):
        fill(x, px(0, gy)[1], min(W - 1, x + 5), px(0, gy)[1], 215)
for hall in halls:
    ring = hall + hall[:1]
    for a, b in zip(ring, ring[1:]):
        segment(a, b, 5, 40, gaps=[(0.45, 0.52)])
        # Inner face of the wall, 1.2 m in: a second thin line, as architects draw walls.
        cx = sum(x for x, _ in hall) / len(hall)
        cy = sum(y for _, y in hall) / len(hall)
        shrink = lambda p: (p[0] + (1.2 if p[0] < cx else -1.2), p[1] + (1.2 if p[1] < cy else -1.2))
        segment(shrink(a), shrink(b), 1, 90, gaps=[(0.45, 0.52)])
    x0, x1 = min(x for x, _ in hall), max(x for x, _ in hall)
    y0, y1 = min(y for _, y in hall), max(y for _, y in hall)
    # Columns every 18 m inside, 0.8 m square.
    y = y0 + 18
    while y < y1 - 4:
        x = x0 + 18
        while x < x1 - 4:
            fill(*px(x - 0.4, y - 0.4), *px(x + 0.4, y + 0.4), 30)
            x += 18
        y += 18
    # Dimension line above the hall with end ticks.
    segment((x0, y0 - 5), (x1, y0 - 5), 1, 110)
    for x in (x0, x1):
        segment((x, y0 - 7), (x, y0 - 3), 1, 110)
# Title block frame, bottom right.
fill(W - 260, H - 70, W - 12, H - 12, 235)
for v in (W - 260, W - 12):
    fill(v, H - 70, v, H - 12, 60)
for v in (H - 70, H - 12):
    fill(W - 260, v, W - 12, v, 60)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


raw = b"".join(b"\0" + bytes(img[y * W : (y + 1) * W]) for y in range(H))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 0, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
out = Path(__file__).with_name("gdte-venue.png")
out.write_bytes(png)
print(f"{out}: {W} x {H} px, {len(png)} bytes, origin ({ox}, {oy}) m, {M_PER_PX} m/px")
