// The suggestion demo: one sheet in every state, with photos in storage, read back through the voice
// function as the secretary, a member, the dispatched member's village branch; the same after seeding twice.
import { seedDemo } from '@localcloud/seed'
import { demoSuggestionId, seedDemoVoice } from '@localcloud/seed/demo-voice'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
const NOW = new Date()
beforeAll(async () => {
  tc = await startTestCloud()
  await seedDemo(tc.db, NOW)
})
afterAll(() => tc.close())

const call = async (event: Record<string, unknown>, who: string) => {
  const r = await tc.call('voice', event, `demo:${who}`)
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data
}

describe('the voice demo', () => {
  it('the secretary’s list holds every state, overdue ones, a pending and a held one', async () => {
    const { items } = await call({ action: 'list', scope: 'branch' }, 'm03')
    expect(new Set(items.map((i: any) => i.status))).toEqual(
      new Set(['submitted', 'received', 'handling', 'answered', 'reopened', 'closed'])
    )
    expect(
      items
        .map((i: any) => i.overdue)
        .filter(Boolean)
        .sort()
    ).toEqual(['answer', 'receive'])
    expect(items.map((i: any) => i.moderation).sort()).toEqual([
      'held',
      'passed',
      'passed',
      'passed',
      'passed',
      'passed',
      'passed',
      'pending'
    ])
  })

  it('serves the photos: a stored file behind every URL; the risky one never', async () => {
    const d = await call({ action: 'get', id: demoSuggestionId('ditch') }, 'm03')
    expect(d.photos).toHaveLength(3)
    for (const p of d.photos) expect(tc.local.files.resolveTempUrl(p.url)).toEqual({ cloudPath: expect.stringMatching(/^voice\/m09\//) })
    const held = await call({ action: 'get', id: demoSuggestionId('worksite') }, 'm08')
    expect(held.photos.map((p: any) => p.url === null)).toEqual([false, true])
  })

  it('a member sees the public ones of peers, not the hidden, pending or held ones', async () => {
    const { items } = await call({ action: 'list', scope: 'peers' }, 'm09')
    const ids = items.map((i: any) => i._id)
    expect(ids).toContain(demoSuggestionId('guardrail'))
    for (const k of ['canteen', 'training', 'worksite', 'ditch']) expect(ids).not.toContain(demoSuggestionId(k))
  })

  it('杨国栋’s village branch sees his suggestion; he may confirm the answer', async () => {
    const { items } = await call({ action: 'list', scope: 'home' }, 'm32')
    expect(items.map((i: any) => i._id)).toEqual([demoSuggestionId('lamp')])
    expect((await call({ action: 'get', id: demoSuggestionId('lamp') }, 'm10')).can).toMatchObject({ confirm: true, reopen: true })
  })

  it('seeding twice leaves the same suggestions', async () => {
    const before = (await tc.db.collection('suggestions').limit(100).get()).data
    await seedDemoVoice(tc.db, NOW)
    expect((await tc.db.collection('suggestions').limit(100).get()).data).toEqual(before)
  })
})
