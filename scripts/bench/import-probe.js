// The process the import benchmark measures: node's start-up, then the module named by BENCH_IMPORT (nothing when empty).
const name = process.env.BENCH_IMPORT
if (name) await import(name)
