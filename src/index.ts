import { setFlagsFromString } from 'node:v8'
import { run } from './main.js'

// A step lives a fraction of a second. V8's optimising compiler, working on background threads, never pays off in
// that time, and the process waits for its threads before it exits (docs/benchmarks.md).
setFlagsFromString('--no-opt')
void run()
