"""Regenerate docs/report.png: the HTML report of the seed articles, as headless Chromium draws it.

    .venv/bin/python docs/screenshot.py        # needs chromium (apt-get install chromium) and Pillow

The page is the one ``defevents extract seeds.jsonl --format html`` writes; the screenshot is
reduced to 256 colours so that it stays small in the repository.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

from defevents.cli import main as cli

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "report.png"


def run() -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        records = tmpdir / "seeds.jsonl"
        with records.open("w", encoding="utf-8") as f:
            for line in (ROOT / "seeds" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                text = (ROOT / "seeds" / doc["file"]).read_text(encoding="utf-8")
                f.write(json.dumps({"id": doc["file"], "text": text, "published": doc["published"]}) + "\n")
        page = tmpdir / "report.html"
        if cli(["extract", str(records), "--format", "html", "-o", str(page)]) != 0:
            sys.exit("defevents extract failed")
        shot = tmpdir / "report.png"
        subprocess.run([
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            f"--user-data-dir={tmpdir / 'profile'}", f"--screenshot={shot}", "--window-size=1400,1800",
            page.as_uri(),
        ], check=True, capture_output=True, timeout=180)
        with Image.open(shot) as im:
            small = im.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
            small.save(OUT, optimize=True)
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    run()
