"""Start-up of the frozen Linux bundle to a usable window, against a source run.

    packaging/linux/build.sh
    .venv/bin/python bench/bench_frozen_startup.py [--db PATH] [--runs 5]

Each run is a fresh process, offscreen, with empty settings; "usable" is the
customer list's first page painted (ui/startup_probe.py). The database is a
2,000-customer demo unless --db names another. The first frozen run also
builds matplotlib's font cache (kept in the user's cache folder afterwards);
it is reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "CRM Desktop" / "crm-desktop"


def one_run(command: list[str], db: Path, env: dict[str, str]) -> float:
    spawned = time.time()
    env = dict(env, CRM_DESKTOP_STARTUP_PROBE=repr(spawned))
    out = subprocess.run([*command, "--db", str(db)], env=env, capture_output=True, text=True, timeout=120)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("{")), None)
    if line is None:
        raise SystemExit(f"no start-up line from {command[0]}: {out.stderr[-500:]}")
    return float(json.loads(line)["usable"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not FROZEN.exists():
        raise SystemExit(f"build the bundle first (packaging/linux/build.sh): {FROZEN} is missing")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_DATA_HOME=str(home / "data"),
        )
        db = args.db
        if db is None:
            db = home / "demo.sqlite3"
            subprocess.run(
                [str(FROZEN), "demo", "--db", str(db), "--customers", "2000"],
                env=env,
                check=True,
                capture_output=True,
            )
        first = one_run([str(FROZEN)], db, env)  # builds the font cache
        frozen = [one_run([str(FROZEN)], db, env) for _ in range(args.runs)]
        source = [one_run([sys.executable, "-m", "crm_desktop.cli.main"], db, env) for _ in range(args.runs)]
    size = (
        sum(f.lstat().st_size for f in FROZEN.parent.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    )
    uname = os.uname()
    print(
        f"## Installed app start-up (issue 9)\n\n{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} · "
        f"{uname.sysname} {uname.machine}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} · "
        f"`.venv/bin/python bench/bench_frozen_startup.py` · {args.runs} fresh processes each, offscreen\n"
    )
    print("| what | median | max | target |\n|---|---:|---:|---|")
    print(
        f"| frozen bundle: spawn → customer list painted | {statistics.median(frozen):.2f} s | "
        f"{max(frozen):.2f} s | < 3 s |"
    )
    print(f"| frozen bundle, very first start (builds matplotlib's font cache once) | {first:.2f} s | | |")
    print(
        f"| reference, same run: source checkout (`python -m crm_desktop.cli.main`) | "
        f"{statistics.median(source):.2f} s | {max(source):.2f} s | |"
    )
    print(f"\nLinux one-folder bundle: {size:,.0f} MB on disk (target < 150 MB).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
