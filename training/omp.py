"""OpenMP waiting for torch on a small shared CPU. Must run before torch is first imported: libgomp reads these
variables once, when it loads.

Measured on the 2-core build machine (bottom 4 layers, batch of 8 evidence crops of 32 tokens, training step):

| waiting policy                     | idle machine | one other busy process |
|------------------------------------|--------------|------------------------|
| libgomp default (spin 300k)        | 78 ms        | 273 ms                 |
| passive (no spinning)              | 103 ms       | 146 ms                 |
| passive, spin 2,000 (chosen)       | 78 ms        | 186 ms                 |

Long spinning (libgomp's default) is what once made a step take 12 s instead of 2 s beside another busy
process; not spinning at all costs a quarter of the speed on small batches, where each op is short and
waking a sleeping thread is a large part of it. A short spin keeps nearly all the speed and most of the
robustness.
"""

from __future__ import annotations

import os


def configure_openmp() -> None:
    """Set the waiting policy unless the user already chose one."""
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("GOMP_SPINCOUNT", "2000")
