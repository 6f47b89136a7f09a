// The e2e project's test environment: jest's node environment, and the worker's phones (tests/e2e/phones.ts)
// as the global `tongxinPhones`. jest loads an environment module once per worker, outside the journey files'
// sandboxes, so the phones outlive each file: a journey file's first phone is usually a kept tab, not a new one.
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment'
import { TestEnvironment } from 'jest-environment-node'
import { WorkerPhones } from './phones'

const phones = new WorkerPhones()
/** The journey files of this process run one after another in a jest worker; in band, in jest itself. */
const inWorker = typeof process.send === 'function'

if (inWorker) {
  // jest-worker's "end" message (CHILD_MESSAGE_END): the worker has no more files and should exit. Its
  // Chromium would keep it alive (closing its contexts one by one outlasts jest's half-second wait for a
  // graceful exit), so the worker exits now; playwright-core kills the browser it launched as the process exits.
  const END = 2
  const onMessage = (message: unknown) => {
    if (Array.isArray(message) && message[0] === END) process.exit(0)
  }
  process.on('message', onMessage)
}

export default class E2eEnvironment extends TestEnvironment {
  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context)
    this.global.tongxinPhones = phones
  }

  async teardown(): Promise<void> {
    // In band, nothing tells the last file apart: each file closes the browser it launched.
    if (!inWorker) await phones.close()
    await super.teardown()
  }
}
