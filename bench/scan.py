"""The time of reading a whole built site for third-party resources (`engine/privacy.py`), as a
build did in its own process after the engine, before each engine process scanned its own pages.

    python -m bench.scan SITE [SITE …]

It prints, per site, its HTML, SVG and CSS files and their size, and the wall clock and CPU time of
`privacy.scan_folder` over all of them (the work the engine's processes now share, each over the
files it wrote), with the load average before and after: the machine may be shared.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from generator.engine import privacy


def scanned_files(site: Path) -> tuple[int, int]:
    """The files the scan reads below site, and their bytes."""
    count = size = 0
    for top, _, names in os.walk(site):
        for name in names:
            if os.path.splitext(name)[1].lower() in privacy.SCANNED:
                count += 1
                size += os.path.getsize(os.path.join(top, name))
    return count, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scan", description=__doc__.splitlines()[0])
    parser.add_argument("sites", type=Path, nargs="+", help="built sites (a site/ folder)")
    args = parser.parse_args(argv)
    for site in args.sites:
        if not site.is_dir():
            print(f"bench.scan: {site}: not a folder", file=sys.stderr)
            return 2
        count, size = scanned_files(site)
        load = os.getloadavg()[0]
        wall, cpu = time.perf_counter(), time.process_time()
        found = privacy.scan_folder(site)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"bench.scan: {site}: {count} files, {size / 1e6:.1f} MB read in {wall:.1f} s "
              f"(CPU {cpu:.1f} s); {sum(map(len, found.values()))} findings; load average "
              f"{load:.1f} before, {os.getloadavg()[0]:.1f} after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
