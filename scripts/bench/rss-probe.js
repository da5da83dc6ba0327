// Loaded with `node --import` into every measured process: reports its peak RSS (KiB) on file descriptor 3.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  try {
    writeSync(3, String(process.resourceUsage().maxRSS))
  } catch {
    // not measured: fd 3 is not open
  }
})
