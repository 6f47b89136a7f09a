// Runs each function's timer trigger (config.json) at its time, and on demand.
import type { LocalCloud } from '@localcloud/cloud'
import { nextFireTime } from './cron'

export interface FiredRun {
  fn: string
  trigger: string
  at: Date
  ok: boolean
  result?: unknown
  error?: string
}

export interface TriggerInfo {
  fn: string
  trigger: string
  cron: string
  next: Date | null
}

const MAX_TIMEOUT_MS = 2 ** 31 - 1

export class Scheduler {
  readonly history: FiredRun[] = []
  private timers = new Map<string, NodeJS.Timeout>()

  constructor(
    private readonly cloud: LocalCloud,
    private readonly clock: () => Date = () => new Date()
  ) {}

  triggers(): TriggerInfo[] {
    const now = this.clock()
    return this.cloud
      .functionNames()
      .flatMap((fn) =>
        (this.cloud.getFunction(fn).config.triggers ?? [])
          .filter((t) => t.type === 'timer')
          .map((t) => ({ fn, trigger: t.name, cron: t.config, next: nextFireTime(t.config, now) }))
      )
  }

  start(): void {
    for (const t of this.triggers()) this.schedule(t.fn, t.trigger, t.cron)
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }

  /** Fires a function's timer trigger now (by hand or when its time comes). */
  async fire(fn: string, triggerName?: string): Promise<FiredRun> {
    const trigger = (this.cloud.getFunction(fn).config.triggers ?? []).find(
      (t) => t.type === 'timer' && (!triggerName || t.name === triggerName)
    )
    const name = trigger?.name ?? triggerName ?? 'manual'
    const at = this.clock()
    const event = { Type: 'Timer', TriggerName: name, Time: at.toISOString() }
    let run: FiredRun
    try {
      const result = await this.cloud.invoke(fn, event, { openid: '', source: 'wx_trigger' })
      run = { fn, trigger: name, at, ok: true, result }
    } catch (e) {
      run = { fn, trigger: name, at, ok: false, error: e instanceof Error ? e.message : String(e) }
    }
    this.history.push(run)
    if (this.history.length > 200) this.history.shift()
    return run
  }

  private schedule(fn: string, trigger: string, cron: string): void {
    const next = nextFireTime(cron, this.clock())
    if (!next) return
    const key = `${fn}/${trigger}`
    const delay = Math.max(0, next.getTime() - this.clock().getTime())
    const timer = setTimeout(
      async () => {
        if (delay <= MAX_TIMEOUT_MS) await this.fire(fn, trigger)
        this.schedule(fn, trigger, cron)
      },
      Math.min(delay, MAX_TIMEOUT_MS)
    )
    timer.unref()
    this.timers.set(key, timer)
  }
}
