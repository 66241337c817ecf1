"""`chorus batch`: brief a whole corpus of clusters into a durable, resumable store.

source (streaming JSON Lines) → run (chunking, resume, progress) → engines (in-process,
process pool, Dask) running `work.brief_chunk` → store (SQLite, one transaction per chunk).
Nothing here imports dask until the Dask engine is asked for.
"""
