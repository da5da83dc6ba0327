/**
 * scripts/ci/network.js, the guard .ci/run runs the suite under: it must refuse what leaves the machine, loudly,
 * and let loopback through. Checked in child processes, so that this file means the same with the guard on or off.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const probe = `
import dns from 'node:dns'
import net from 'node:net'
const attempt = (host, port) => new Promise(resolve => {
  const socket = net.connect({ host, port }, () => { socket.destroy(); resolve('connected') })
  socket.on('error', error => resolve(error.code))
})
const server = net.createServer(socket => socket.destroy())
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
const port = server.address().port
// Outside the machine only when the guard is on (it is what is tested): never really tried.
const outside = process.argv[1] === 'outside' ? {
  address: await attempt('192.0.2.1', 443),
  name: await attempt('example.com', 443),
  lookup: await dns.promises.lookup('example.com').then(() => 'resolved', error => error.code)
} : {}
console.log(JSON.stringify({
  ...outside,
  loopback: await attempt('127.0.0.1', port),
  dotLocalhost: await attempt('github.localhost', port),
  mapped: await attempt('api.datadoghq.eu', port)
}))
server.close()
`

function run(env: Record<string, string>, { outside = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'network-guard-'))
  const log = join(dir, 'guard.log')
  try {
    const stdout = execFileSync(
      process.execPath,
      ['--import', './scripts/ci/network.js', '--input-type=module', '--eval', probe, outside ? 'outside' : 'inside'],
      { env: { PATH: process.env.PATH, NETWORK_GUARD_LOG: log, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let logged = ''
    try {
      logged = readFileSync(log, 'utf8')
    } catch {
      // nothing refused
    }
    return { result: JSON.parse(stdout.toString()) as Record<string, string>, logged }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('the network guard (scripts/ci/network.js)', () => {
  it('refuses a connection outside loopback and any DNS lookup, logs each, and lets loopback through', () => {
    const { result, logged } = run({ NETWORK_GUARD: 'loopback-only', NETWORK_HOSTS: 'api.datadoghq.eu=127.0.0.1' })
    expect(result).toEqual({
      address: 'ENETGUARD',
      name: 'ENETGUARD',
      lookup: 'ENETGUARD',
      loopback: 'connected',
      dotLocalhost: 'connected',
      mapped: 'connected'
    })
    expect(logged.trim().split('\n')).toEqual([
      expect.stringContaining('refused a connection to 192.0.2.1:443'),
      expect.stringContaining('refused a DNS lookup of example.com'),
      expect.stringContaining('refused a DNS lookup of example.com')
    ])
  })

  it('only maps names when the guard is off', () => {
    const { result, logged } = run({ NETWORK_HOSTS: 'api.datadoghq.eu=127.0.0.1' }, { outside: false })
    expect(result).toEqual({ loopback: 'connected', dotLocalhost: 'connected', mapped: 'connected' })
    expect(logged).toBe('')
  })
})
