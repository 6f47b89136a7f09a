// Staff roles are tied to their committee. The demo has one committee (org-committee); these tests add
// a second one: 兰州公路管理局党委 (org-c2) with one branch (org-c2-b1), written straight into the
// database like the seed writes its own: m90 staff of org-c2 only, m91 staff of both committees,
// m92 secretary of org-c2-b1, m93 a member there. Each is bound as `demo:<id>`.
import { DEFAULT_RUBRIC } from '@shared/assessment/defaultRubric'
import { demoMembers } from '@localcloud/seed/demo'
import { expectFail, openB1, orgRateAll, P, useAssessmentCloud } from './helpers'

const cloud = useAssessmentCloud()

async function addSecondCommittee() {
  const db = cloud.tc.db
  const now = new Date()
  const org = (_id: string, name: string, kind: string, parentId: string | null) => ({
    _id,
    name,
    kind,
    parentId,
    external: false,
    createdAt: now,
    updatedAt: now
  })
  await db
    .collection('orgs')
    .add({ data: [org('org-c2', '兰州公路管理局党委', 'committee', null), org('org-c2-b1', '兰州养护段党支部', 'branch', 'org-c2')] })
  const base = demoMembers(now).find((m) => m._id === 'm07')!
  const person = (_id: string, name: string, roles: Array<{ orgId: string; role: string }>) => ({
    ...base,
    _id,
    name,
    phone: `1390000${_id.slice(1)}00`,
    homeOrgId: 'org-c2-b1',
    activeOrgIds: ['org-c2-b1'],
    assessingOrgId: 'org-c2-b1',
    groupId: null,
    roles
  })
  await db.collection('members').add({
    data: [
      person('m90', '白文静', [{ orgId: 'org-c2', role: 'staff' }]),
      person('m91', '金永强', [
        { orgId: 'org-c2', role: 'staff' },
        { orgId: 'org-committee', role: 'staff' }
      ]),
      person('m92', '田书记', [{ orgId: 'org-c2-b1', role: 'secretary' }]),
      person('m93', '罗小兵', [])
    ]
  })
  for (const id of ['m90', 'm91', 'm92', 'm93'])
    await db
      .collection('bindings')
      .doc(`demo:${id}`)
      .set({ data: { memberId: id, via: 'seed', boundAt: now } })
}

beforeEach(addSecondCommittee)

const {
  _id: _i,
  orgId: _o,
  version: _v,
  createdAt: _c,
  createdBy: _b,
  ...rubricInput
} = { ...DEFAULT_RUBRIC, _id: '', orgId: '', version: 0, createdAt: null, createdBy: null }

describe('staff of one committee read and change only that committee', () => {
  it('listTalks of a branch: staff of its own committee only (with or without a period)', async () => {
    const { _id: id } = await openB1(cloud)
    expect((await cloud.ok({ action: 'listTalks', orgId: 'org-b1' }, P.staff)).talks).toEqual([])
    expectFail(await cloud.call({ action: 'listTalks', orgId: 'org-b1' }, 'm90'), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'listTalks', orgId: 'org-b1', periodId: id }, 'm90'), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'listTalks', orgId: 'org-b2' }, 'm90'), 'FORBIDDEN') // the demo's published period has talks
    expect((await cloud.ok({ action: 'listTalks', orgId: 'org-b2' }, P.staff)).talks.length).toBeGreaterThan(0)
    expect((await cloud.ok({ action: 'listTalks', orgId: 'org-c2-b1' }, 'm90')).talks).toEqual([])
    expectFail(await cloud.call({ action: 'listTalks', orgId: 'org-nowhere' }, 'm90'), 'NOT_FOUND')
  })

  it('getRubric by id: only a rubric of the caller’s own committee tree', async () => {
    const saved = (await cloud.ok({ action: 'saveRubric', rubric: { ...rubricInput, name: '兰州局细则' } }, 'm90')).rubric
    expect(saved._id).toBe('org-c2:v1')
    expect((await cloud.ok({ action: 'getRubric', rubricId: 'org-c2:v1' }, 'm93')).rubric.name).toBe('兰州局细则') // a member of its tree
    expect((await cloud.ok({ action: 'getRubric', rubricId: 'org-c2:v1' }, 'm92')).rubric.name).toBe('兰州局细则')
    expectFail(await cloud.call({ action: 'getRubric', rubricId: 'org-c2:v1' }, 'm07'), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'getRubric', rubricId: 'org-c2:v1' }, P.staff), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'getRubric', rubricId: 'org-committee:v1' }, 'm93'), 'FORBIDDEN')
    expect((await cloud.ok({ action: 'getRubric', rubricId: 'org-committee:v1' }, 'm07')).rubric._id).toBe('org-committee:v1')
    // Without an id: the caller's own committee's newest.
    expect((await cloud.ok({ action: 'getRubric' }, 'm93')).rubric._id).toBe('org-c2:v1')
    expect((await cloud.ok({ action: 'getRubric' }, 'm07')).rubric._id).toBe('org-committee:v1')
  })

  it('getRubric by id: a home-org secretary outside the committee reads the rubric of a published period of their dispatched member (双重管理)', async () => {
    expectFail(await cloud.call({ action: 'getRubric', rubricId: 'org-committee:v1' }, P.longnanSecretary), 'FORBIDDEN')
    const { _id: id } = await openB1(cloud)
    await orgRateAll(cloud, id, () => 0.9)
    await cloud.ok({ action: 'closePeriod', periodId: id }, 'm03')
    await cloud.ok({ action: 'compute', periodId: id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    expect((await cloud.ok({ action: 'getRubric', rubricId: 'org-committee:v1' }, P.longnanSecretary)).rubric._id).toBe('org-committee:v1')
    expectFail(await cloud.call({ action: 'getRubric', rubricId: 'org-committee:v1' }, 'm90'), 'FORBIDDEN')
  })

  it('overview, listRubrics, saveRubric: the committee the caller is staff of; staff of two must name it', async () => {
    const c2 = await cloud.ok({ action: 'overview' }, 'm90')
    expect(c2.branches.map((b: any) => b.orgId)).toEqual(['org-c2-b1'])
    expectFail(await cloud.call({ action: 'overview', committeeId: 'org-committee' }, 'm90'), 'FORBIDDEN')

    expectFail(await cloud.call({ action: 'overview' }, 'm91'), 'INVALID_INPUT')
    expect((await cloud.ok({ action: 'overview', committeeId: 'org-c2' }, 'm91')).branches.map((b: any) => b.orgId)).toEqual(['org-c2-b1'])
    expect((await cloud.ok({ action: 'overview', committeeId: 'org-committee' }, 'm91')).branches.map((b: any) => b.orgId)).toContain(
      'org-b1'
    )

    const before = await cloud.snapshot()
    expectFail(await cloud.call({ action: 'saveRubric', rubric: rubricInput }, 'm91'), 'INVALID_INPUT')
    expectFail(await cloud.call({ action: 'saveRubric', rubric: rubricInput, committeeId: 'org-c2' }, P.staff), 'FORBIDDEN')
    expect(await cloud.snapshot()).toEqual(before)
    expect((await cloud.ok({ action: 'saveRubric', rubric: rubricInput, committeeId: 'org-c2' }, 'm91')).rubric._id).toBe('org-c2:v1')

    expect((await cloud.ok({ action: 'listRubrics', committeeId: 'org-c2' }, 'm91')).rubrics.map((r: any) => r._id)).toEqual(['org-c2:v1'])
    expect((await cloud.ok({ action: 'listRubrics' }, 'm90')).rubrics.map((r: any) => r._id)).toEqual(['org-c2:v1'])
    expect((await cloud.ok({ action: 'listRubrics' }, P.staff)).rubrics.map((r: any) => r._id)).toEqual(['org-committee:v1'])
    expectFail(await cloud.call({ action: 'listRubrics' }, 'm91'), 'INVALID_INPUT')
    expectFail(await cloud.call({ action: 'listRubrics', committeeId: 'org-c2' }, P.staff), 'FORBIDDEN')
  })
})
