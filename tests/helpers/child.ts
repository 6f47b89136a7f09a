// Starting a TypeScript script in a child process (tsx) and waiting for a line it prints.
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const REPO = path.resolve(__dirname, '../..')

export function spawnTs(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  // tsx as a loader in the same process (not tsx's CLI, which forks a grandchild): a kill -9 must
  // reach the process that holds the store.
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

/** Resolves with the first stdout line matching `re` (its match), rejects if the child exits first. */
export function waitForLine(child: ChildProcess, re: RegExp, timeoutMs = 20000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buf = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`no line matching ${re} within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs)
    child.stderr!.on('data', (d) => {
      err += d
    })
    child.stdout!.on('data', (d) => {
      buf += d
      for (const line of buf.split('\n')) {
        const m = re.exec(line)
        if (m) {
          clearTimeout(timer)
          resolve(m)
          return
        }
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`child exited (${code}) before printing ${re}; stderr: ${err}`))
    })
  })
}
