// Runs each function's timer trigger (config.json) at its time, and on demand.
import type { LocalCloud } from '@localcloud/cloud'
import { MEDIA_CHECK_EVENT, messagePushTargets } from '@localcloud/seam/mediacheck'
import { nextFireTime } from './cron'

/** How often the scheduler looks for message-push events that are due (media-check verdicts). */
export const PUSH_POLL_MS = 500

export interface PushDelivery {
  event: string
  traceId: string
  fn: string | null
  ok: boolean
  result?: unknown
  error?: string
}

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
  private pushTimer: NodeJS.Timeout | null = null
  private delivering: Promise<PushDelivery[]> | null = null

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
    this.pushTimer = setInterval(() => void this.deliverPushes().catch(() => undefined), PUSH_POLL_MS)
    this.pushTimer.unref()
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
    if (this.pushTimer) clearInterval(this.pushTimer)
    this.pushTimer = null
  }

  /**
   * Delivers every media-check verdict due at `now` as WeChat's message push: the `wxa_media_check`
   * event, to the function message-push.json routes it to, with no caller (like a timer). Each is
   * delivered once, whatever the function answers. One delivery round at a time.
   */
  deliverPushes(now: Date = this.clock(), opts: { all?: boolean } = {}): Promise<PushDelivery[]> {
    const run = async (): Promise<PushDelivery[]> => {
      const out: PushDelivery[] = []
      const fn = messagePushTargets()[MEDIA_CHECK_EVENT] ?? null
      // `all`: every waiting verdict, due or not (POST /dev/media-checks/deliver, tests).
      for (const check of this.cloud.mediaChecks.due(opts.all ? new Date(8.64e15) : now)) {
        const event = this.cloud.mediaChecks.pushEvent(check, now)
        let d: PushDelivery
        if (!fn || !this.cloud.functionNames().includes(fn)) {
          d = { event: MEDIA_CHECK_EVENT, traceId: check._id, fn, ok: false, error: 'no function receives this event (message-push.json)' }
        } else {
          try {
            const result = await this.cloud.invoke(fn, event, { openid: '', source: 'wx_trigger' })
            d = { event: MEDIA_CHECK_EVENT, traceId: check._id, fn, ok: true, result }
          } catch (e) {
            d = { event: MEDIA_CHECK_EVENT, traceId: check._id, fn, ok: false, error: e instanceof Error ? e.message : String(e) }
          }
        }
        await this.cloud.mediaChecks.markDelivered(check._id, d.fn, d.ok, d.error ?? null, now)
        out.push(d)
      }
      return out
    }
    const previous = this.delivering ?? Promise.resolve([])
    const next = previous.then(run, run)
    this.delivering = next
    return next
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
