// Loaded with `node --import` into every measured process: reports its peak RSS (KiB) and the CPU time it used
// (user + system, microseconds) on file descriptor 3, as "<rss> <cpu>". CPU time is what a busy machine changes least.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  try {
    const usage = process.resourceUsage()
    writeSync(3, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`)
  } catch {
    // not measured: fd 3 is not open
  }
})
