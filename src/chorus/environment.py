"""Process settings chorus needs before numpy or tokenizers load; imported first.

A cluster's matrices are small (a few hundred rows): BLAS and tokenizer thread pools cost
more in start-up and spinning than they save, and on a loaded machine they made a
briefing 5× slower (docs/decisions.md). Parallelism belongs one level up, one process per
core (`chorus batch --workers`). A value the user has set is left alone.
"""

import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
