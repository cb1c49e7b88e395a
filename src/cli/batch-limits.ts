/**
 * Batches of this many bytes or more are read on worker threads. Below it,
 * starting the threads costs more than they save (measured on two cores:
 * 10 MB no gain, 20 MB 8 %, 40 MB 15 %; see `npm run bench -- batch`).
 */
export const THREADED_BATCH_BYTES = 16 * 1024 * 1024;

/** Never more threads than this, however many cores. */
export const MAX_THREADS = 8;

/**
 * Above this many files a workbook is written row by row as files are read
 * (ledger and targets in full, department and theme sheets as counts), so a
 * province's ten years of plans fit in memory.
 */
export const STREAMED_WORKBOOK_FILES = 100;
