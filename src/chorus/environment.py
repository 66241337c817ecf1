"""Process settings chorus needs before numpy or tokenizers load; imported first.

A cluster's matrices are small (a few hundred rows): BLAS and tokenizer thread pools cost
more in start-up and spinning than they save, and on a loaded machine they made a
briefing 5× slower (docs/decisions.md). Parallelism belongs one level up, one process per
core (`chorus batch --workers`). A value the user has set is left alone.
"""

import os
import sys

_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_USER_CHOSE = any(variable in os.environ for variable in _BLAS_THREADS)

for _variable in _BLAS_THREADS:
    os.environ.setdefault(_variable, "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

if "numpy" in sys.modules and not _USER_CHOSE:
    # numpy came first (a notebook, an app): its BLAS read the variables above before
    # they were set, and kept one thread per core, which made a briefing 2.5-3x slower.
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")
