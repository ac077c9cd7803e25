"""The ingest pipeline's process pool: workers do not outlive the process that started them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]

# A parent that starts a pool of two workers, prints their process ids, then waits.
POOL_PARENT = textwrap.dedent(
    """
    import os, sys, time
    import psutil
    from index.pipeline import worker_pool
    pool = worker_pool(2)
    list(pool.map(time.sleep, [0.2, 0.2]))
    print(" ".join(str(p.pid) for p in psutil.Process().children()), flush=True)
    time.sleep(60)
    """
)
# How long the test waits for the orphaned workers to go (they poll every half second).
WORKERS_GONE_SECONDS = 10.0


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_pool_workers_exit_when_their_parent_is_killed() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", POOL_PARENT],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert workers and all(_alive(pid) for pid in workers)
    finally:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + WORKERS_GONE_SECONDS
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]
