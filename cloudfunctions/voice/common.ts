// What every voice action shares: the caller as a viewer of a suggestion's org, loading a suggestion
// the caller may read (NOT_FOUND otherwise: an unreadable suggestion is indistinguishable from a
// missing one), and the views the client gets (names resolved, photos as temporary URLs, what the
// caller may do now, overdue at `now`).
import type { SuggestionDetail, SuggestionSummary } from '@shared/voice/api'
import { canHandle, canRead, seesEverything, type Viewer } from '@shared/voice/access'
import { overdueOf, transition, type VoiceEvent } from '@shared/voice/rules'
import { hasRole, onCommitteeOf } from '@shared/member/roles'
import type { Caller } from '@server/auth'
import { type Database, getCloud } from '@server/cloud'
import { findAll, findByIds, getOrNull } from '@server/db'
import { AppError, notFound } from '@server/errors'
import type { SuggestionDoc } from '@server/model'
import { committeeOf } from '@server/orgs'

export const PHOTO_URL_SECONDS = 3600
export const NOT_FOUND_MESSAGE = '该建议不存在或无权查看'

/** Builds viewers of the caller, one per org (the committee-staff check walks the org tree once per org). */
export function viewerOf(db: Database, caller: Caller): (orgId: string) => Promise<Viewer> {
  const cache = new Map<string, Promise<Viewer>>()
  const orgIds = [caller.member.assessingOrgId, ...(caller.member.activeOrgIds ?? [])].filter(Boolean)
  const hasStaff = caller.roles.some((r) => r.role === 'staff')
  return (orgId) => {
    let v = cache.get(orgId)
    if (!v) {
      v = (async () => {
        let staffOfCommittee = false
        if (hasStaff) {
          const committeeId = await committeeOf(db, await getOrNull(db, 'orgs', orgId))
          staffOfCommittee = hasRole(caller.roles, committeeId, ['staff'])
        }
        return { memberId: caller.memberId, roles: caller.roles, orgIds, staffOfCommittee }
      })()
      cache.set(orgId, v)
    }
    return v
  }
}

export async function loadReadable(db: Database, caller: Caller, id: string): Promise<{ doc: SuggestionDoc; viewer: Viewer }> {
  const doc = await getOrNull(db, 'suggestions', id)
  if (!doc) throw notFound(NOT_FOUND_MESSAGE)
  const viewer = await viewerOf(db, caller)(doc.orgId)
  if (!canRead(viewer, doc)) throw notFound(NOT_FOUND_MESSAGE)
  return { doc, viewer }
}

/** Refuses `event` unless the state allows it (WRONG_STATE, Chinese reason). */
export function requireTransition(doc: SuggestionDoc, event: VoiceEvent) {
  const v = transition(doc.status, event)
  if (!v.ok) throw new AppError('WRONG_STATE', v.message)
  return v.next
}

async function namesOf(db: Database, memberIds: string[], orgIds: string[]) {
  const [members, orgs] = await Promise.all([findByIds(db, 'members', memberIds), findByIds(db, 'orgs', orgIds)])
  return {
    member: (id: string | null) => (id ? (members.get(id)?.name ?? '（已移除）') : null),
    org: (id: string) => orgs.get(id)?.name ?? ''
  }
}

export async function toSummaries(db: Database, docs: SuggestionDoc[], now: Date): Promise<SuggestionSummary[]> {
  const names = await namesOf(
    db,
    docs.map((d) => d.memberId),
    docs.map((d) => d.orgId)
  )
  return docs.map((d) => summaryOf(d, names.member(d.memberId) ?? '', names.org(d.orgId), now))
}

function summaryOf(d: SuggestionDoc, memberName: string, orgName: string, now: Date): SuggestionSummary {
  return {
    _id: d._id,
    memberId: d.memberId,
    memberName,
    orgId: d.orgId,
    orgName,
    category: d.category,
    title: d.title,
    status: d.status,
    moderation: d.moderation,
    hiddenFromPeers: d.hiddenFromPeers,
    photoCount: d.photos.length,
    submittedAt: new Date(d.submittedAt).toISOString(),
    overdue: overdueOf({ ...d, submittedAt: new Date(d.submittedAt), reopenedAt: d.reopenedAt ? new Date(d.reopenedAt) : null }, now)
  }
}

export async function toDetail(db: Database, doc: SuggestionDoc, viewer: Viewer, now: Date): Promise<SuggestionDetail> {
  const handle = canHandle(viewer, doc)
  const author = viewer.memberId === doc.memberId
  const everything = seesEverything(viewer, doc)
  const ids = [doc.memberId, doc.handlerId, ...doc.history.map((h) => h.by)].filter((x): x is string => !!x)
  const names = await namesOf(db, ids, [doc.orgId])
  // Photos: never a risky one; pending ones only to the author and the branch.
  const shown = doc.photos.map((p) => p.verdict === 'pass' || (p.verdict === 'pending' && everything))
  const wanted = doc.photos.filter((_, i) => shown[i]).map((p) => p.fileID)
  const urls = new Map<string, string>()
  if (wanted.length) {
    const r = (await getCloud().getTempFileURL({ fileList: wanted.map((fileID) => ({ fileID, maxAge: PHOTO_URL_SECONDS })) })) as {
      fileList: Array<{ fileID: string; tempFileURL?: string }>
    }
    for (const f of r.fileList) if (f.tempFileURL) urls.set(f.fileID, f.tempFileURL)
  }
  const may = (event: VoiceEvent) => transition(doc.status, event).ok
  const can = {
    receive: handle && may('receive'),
    assign: handle && may('assign'),
    answer: handle && may('answer'),
    confirm: author && may('confirm'),
    reopen: author && may('reopen')
  }
  let handlers: Array<{ _id: string; name: string }> = []
  if (can.assign) {
    const committee = await findAll(db, 'members', { 'roles.orgId': doc.orgId }, { field: { name: true, roles: true } })
    handlers = committee.filter((m) => onCommitteeOf(m.roles, doc.orgId)).map((m) => ({ _id: m._id, name: m.name }))
  }
  return {
    ...summaryOf(doc, names.member(doc.memberId) ?? '', names.org(doc.orgId), now),
    content: doc.content,
    location: doc.location,
    photos: doc.photos.map((p, i) => ({ n: i + 1, url: shown[i] ? (urls.get(p.fileID) ?? null) : null, verdict: p.verdict })),
    handlerName: names.member(doc.handlerId),
    answer: doc.answer,
    reopenReason: doc.reopenReason,
    // Peers and the home org read the answer, not who did what when.
    history: everything
      ? doc.history.map((h) => ({ at: new Date(h.at).toISOString(), action: h.action, byName: names.member(h.by), note: h.note }))
      : [],
    can,
    handlers
  }
}
