"""The HTML report of the seeds, rendered by a real browser (headless Chromium) to a screenshot.

Skipped when Chromium is not installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from defevents.cli import main
from defevents.report import TYPE_COLOURS

from .conftest import seed_documents


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")

WIDTH, HEIGHT = 1400, 1800


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_seed_report_renders_in_headless_chromium(tmp_path):
    records = tmp_path / "seeds.jsonl"
    records.write_text("".join(
        json.dumps({"id": doc["file"], "text": text, "published": doc["published"]}) + "\n"
        for doc, text in seed_documents()
    ), encoding="utf-8")
    report = tmp_path / "report.html"
    assert main(["extract", str(records), "--format", "html", "-o", str(report)]) == 0

    shot = tmp_path / "report.png"
    cmd = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}",
        report.resolve().as_uri(),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0 and shot.is_file(), f"chromium failed ({done.returncode}):\n{done.stderr[-2000:]}"
    data = shot.read_bytes()
    assert _png_size(data) == (WIDTH, HEIGHT)
    print(f"screenshot: {shot}")

    image_mod = pytest.importorskip("PIL.Image", reason="Pillow is needed to look inside the screenshot")
    with image_mod.open(shot) as im:
        colours = {rgb for _, rgb in im.convert("RGB").getcolors(maxcolors=WIDTH * HEIGHT)}
    # The page drew: the highlight colours of the events in view are on screen, not just text on white.
    on_screen = [t for t, (bg, _) in TYPE_COLOURS.items()
                 if tuple(int(bg[i:i + 2], 16) for i in (1, 3, 5)) in colours]
    assert {"agreement", "meeting"} <= set(on_screen), on_screen
    assert len(colours) > 50
