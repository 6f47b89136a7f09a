// The one declaration of every collection and its indexes.
// The local cloud's store creates exactly these; the README turns them into cloud-console steps
// (scripts/print-console-steps). Add a collection here before a function uses it, and its document
// type to documents.ts.
import type { CollectionName } from './documents'

export interface IndexSpec {
  /** Field paths in order, e.g. ['openid'] or ['orgId', 'startAt']. Dotted paths reach into objects. */
  fields: string[]
  unique?: boolean
}

export interface CollectionSpec {
  /** What the collection holds, for the console steps and for new teammates. */
  doc: string
  indexes: IndexSpec[]
}

export const COLLECTIONS: Record<CollectionName, CollectionSpec> = {
  ping: {
    doc: 'Smoke-test documents written by the ping function.',
    indexes: [{ fields: ['openid'] }]
  },
  orgs: {
    doc: 'Organisations: committee 党委, general branch 党总支, branch 党支部, joint branch 联合党支部, party group 党小组 (parentId), and external orgs (village/community/platform branches, external: true).',
    indexes: [{ fields: ['parentId'] }]
  },
  members: {
    doc: 'Party members (roster entries): name, phone (private, unique), partyStatus, employment, homeOrgId, activeOrgIds[], assessingOrgId, groupId, joinedAt/fullAt (YYYY-MM-DD CST), roles [{orgId, role}].',
    indexes: [
      { fields: ['phone'], unique: true },
      { fields: ['name'] },
      { fields: ['homeOrgId'] },
      { fields: ['activeOrgIds'] },
      { fields: ['assessingOrgId'] },
      { fields: ['groupId'] },
      { fields: ['roles.orgId'] }
    ]
  },
  bindings: {
    doc: 'WeChat binding: _id = OPENID (one member per WeChat user), memberId unique (one WeChat user per member).',
    indexes: [{ fields: ['memberId'], unique: true }]
  },
  bindAttempts: {
    doc: "Failed bind tries and lock state; _id = 'member:<memberId>' (the roster entry) or 'openid:<openid>'.",
    indexes: []
  },
  invites: {
    doc: 'One-time invitation codes (7 days): _id = sha256 of the code, memberId, orgId, createdBy, expiresAt, usedAt/usedBy, revokedAt.',
    indexes: [{ fields: ['memberId'] }]
  },
  activities: {
    doc: "Check-in activities (三会一课, 主题党日, 志愿服务 …): _id = 'a' + 9 base36 characters (it goes into the rotating code), type, title, orgId, startAt/endAt/opensAt/closesAt/lateAfter (instants), open, venue {lat,lng,radiusM}, stationIds, rotateSeconds, expectedMemberIds (snapshot at creation), createdBy.",
    indexes: [{ fields: ['orgId', 'startAt'] }, { fields: ['startAt'] }, { fields: ['expectedMemberIds'] }]
  },
  checkins: {
    doc: "Check-ins: _id = '<activityId>:<memberId>' (exactly one per member and activity), activityId, memberId, orgId, checkedInAt, late, makeup (+ makeupReason, makeupBy), via (code / shortCode / makeup), distanceM.",
    indexes: [{ fields: ['activityId'] }, { fields: ['memberId', 'checkedInAt'] }]
  },
  checkinRefusals: {
    doc: 'Refused check-in attempts (who, when, why): memberId, openid, activityId (null when the code named none), at, code, via. Read by the secretary to spot shared photos of a code.',
    indexes: [{ fields: ['activityId'] }, { fields: ['memberId', 'at'] }]
  },
  stations: {
    doc: 'Check-in stations: a named place (meeting room, depot, 红色驿站) of an org, with an optional location {lat, lng}.',
    indexes: [{ fields: ['orgId'] }]
  },
  rubrics: {
    doc: "Assessment rubrics, versioned per committee: _id = '<committeeId>:v<version>' (a version never changes), orgId, version, aspects → items (max, criteria, rated by sources / derived from a metric), weights, bonus and veto items, bands, createdAt/createdBy.",
    indexes: [{ fields: ['orgId'] }]
  },
  periods: {
    doc: 'Assessment periods of an assessing org: name, from/to (CST dates), ratingDeadline, status rating/closed/published, frozen rubricId, peerScope, memberIds (snapshot), committeeId, openKey (unique: the org id while not published, so one open period per org).',
    indexes: [{ fields: ['openKey'], unique: true }, { fields: ['orgId'] }, { fields: ['committeeId'] }, { fields: ['status'] }]
  },
  ratings: {
    doc: "Assessment ratings: _id = '<periodId>:<source>:<raterRef>:<memberId>' (exactly one per period × source × rater × member), scores per item, bonus/vetoes (org only); rater = member id for self/org; for peer/masses an HMAC key per rater and rated member (never a member id, and one rater's keys cannot be linked across the members they rated).",
    indexes: [{ fields: ['periodId'] }]
  },
  massesCodes: {
    doc: 'One-time masses rating codes: _id = sha256 of the code (never stored plain), periodId, orgId, createdAt, expiresAt (the rating deadline), usedAt.',
    indexes: [{ fields: ['periodId'] }]
  },
  results: {
    doc: "Computed assessment results: _id = '<periodId>:<memberId>' (recompute replaces them), total, flag, rank, aspects, items (with basis and per-source means), bonus, vetoes, per-source summaries (counts, never raters).",
    indexes: [{ fields: ['periodId'] }]
  },
  objections: {
    doc: "Objections 异议 during the publicity window: _id = '<periodId>:<memberId>' (one per member and period), reason, status pending/answered, answer, answeredBy.",
    indexes: [{ fields: ['periodId'] }]
  },
  talks: {
    doc: "Talks 谈话 for yellow/blue/grey flags: _id = '<periodId>:<memberId>', orgId, talkerId, dueAt, status assigned/recorded/acknowledged, record {date, problems, shortfalls, plan}.",
    indexes: [{ fields: ['orgId'] }, { fields: ['periodId'] }, { fields: ['memberId'] }, { fields: ['talkerId'] }, { fields: ['status'] }]
  },
  assessmentAudit: {
    doc: "Audit log of an assessment period: at, by (a member id; 'peer' or 'masses' for anonymous ratings, never a key), action, target, before → after.",
    indexes: [{ fields: ['periodId'] }]
  },
  commitmentTemplates: {
    doc: "Commitment-card templates, versioned per committee: _id = '<committeeId>:v<version>' (a version never changes), sections (id, name, min/max items), the quarterly self-check window rule, groupLeadersReview, savedAt/savedBy.",
    indexes: [{ fields: ['committeeId'] }]
  },
  commitmentCards: {
    doc: "Commitment cards 党员争优目标计划卡: _id = '<memberId>:<year>' (one per member and year), orgId (the assessing org), templateId, status draft/submitted/approved/returned, items (the working copy), rev (bumped on every write), approvedVersion + approvedItems (what the wall shows), returnNote, withdrawn.",
    indexes: [{ fields: ['orgId', 'year'] }, { fields: ['memberId'] }]
  },
  commitmentVersions: {
    doc: "Submitted card versions: _id = '<cardId>:v<version>', items (never change), submittedAt, decision approved/returned with who, when and the return note.",
    indexes: [{ fields: ['cardId'] }]
  },
  commitmentChecks: {
    doc: "Quarterly self-checks: _id = '<cardId>:q<quarter>', memberId, orgId, year, version (the approved version checked), entries (itemId, progress, note, photos), status submitted/accepted/returned, rev.",
    indexes: [{ fields: ['orgId', 'year'] }, { fields: ['memberId'] }]
  },
  commitmentTasks: {
    doc: "X tasks of an org: assigned (to member ids or 'all') or a challenge 揭榜挂帅 (limit, takers in the order they took it); scope year/quarter/month, title, target, deadline.",
    indexes: [{ fields: ['orgId', 'year'] }]
  },
  commitmentWallLinks: {
    doc: 'The public link of an org’s commitment wall: _id = the org id, token (unique, random; the link anyone may open without an account).',
    indexes: [{ fields: ['token'], unique: true }]
  },
  commitmentAudit: {
    doc: 'Audit of the commitment wall: a card withdrawn (at, by, byName, orgId, cardId, reason).',
    indexes: [{ fields: ['orgId'] }]
  },
  reminders: {
    doc: "Subscribe-message reminders of every function (lib/reminders.ts): _id = '<kind>:<CST day>:<target>' (claimed before sending, so a timer fired twice or retried sends nothing twice), memberId, template, status claimed/sent/noTemplate/unbound/noConsent/refused/failed.",
    indexes: [{ fields: ['memberId'] }]
  },
  consents: {
    doc: "The consent ledger: _id = '<memberId>:<templateKey>', balance (one-time subscriptions the member accepted and not yet used; 43101 sets it to 0).",
    indexes: [{ fields: ['memberId'] }, { fields: ['templateKey', 'balance'] }]
  },
  consentReports: {
    doc: "Counted consent reports: _id = '<memberId>:<reportId>' (a retried report counts once), keys, at.",
    indexes: []
  },
  timerRuns: {
    doc: "Daily jobs' newest completed CST day: _id = '<fn>:<job>', lastDone (catch-up of missed days, at most 7 back).",
    indexes: []
  },
  birthdayGreetings: {
    doc: "Political-birthday greetings written by the birthday timer: _id = '<memberId>:<year>' (never twice a year), name, date, joinedAt, years, round, orgId/orgName (the org that greets), oath, openedAt.",
    indexes: [{ fields: ['memberId'] }]
  },
  sevenOnes: {
    doc: "The 七个一 of a member's political birthday: _id = '<memberId>:<year>', orgId (the org that greets), marks by item id {done, date, note, by, at}.",
    indexes: [{ fields: ['orgId', 'year'] }]
  },
  sevenOnesLists: {
    doc: 'A committee’s 七个一 list (default: shared/birthday/sevenOnes.ts): _id = the committee id, items [{id, name}], savedBy/savedAt.',
    indexes: []
  },
  studyPlans: {
    doc: "Yearly study plans: _id = '<orgId>:<year>', items (id, month, content, hours 学时, required, audience all/group/dispatched/gig, fromCommittee for items a committee pushed), rev.",
    indexes: [{ fields: ['orgId', 'year'] }]
  },
  studyTasks: {
    doc: "Study tasks pushed to members: _id = '<orgId>:<year>:<itemId>' (one per plan item) or '<orgId>:<year>:relearn-q<q>' (集中重学), title, hours, required, memberIds (snapshot), material (text/link/collective-study activity), deadline.",
    indexes: [{ fields: ['orgId', 'year'] }, { fields: ['memberIds'] }, { fields: ['material.activityId'] }, { fields: ['deadline'] }]
  },
  studyReports: {
    doc: "Study reports 学习报告单: _id = '<taskId>:<memberId>', studied/insights/changes, status draft/submitted/accepted/returned, late, returnReason, reviewedBy, hours (credited once accepted), rev.",
    indexes: [{ fields: ['orgId', 'status'] }, { fields: ['memberId'] }, { fields: ['taskId'] }]
  },
  studyAnalyses: {
    doc: "Quarterly Party-spirit analyses 党性分析报告: _id = '<memberId>:<year>q<quarter>', the member's parts, orgLifeCount (from check-ins), status draft/submitted/commented/passed/returned/relearn/talk, groupComment, verdict (with the relearn task or the talk created), rev. Private to the member, their group leader, the branch committee and committee staff.",
    indexes: [{ fields: ['orgId', 'year', 'quarter'] }, { fields: ['memberId'] }]
  },
  suggestions: {
    doc: "Suggestion sheets 党员建议说明表 / 随手拍 (voice): _id = 's' + sha of '<memberId>:<draftId>' (a retried submit files one), memberId, orgId (the author's assessing org), homeOrgId, year (CST), category, title, content, location, hiddenFromPeers, photos [{fileID, traceId, verdict}], textVerdict, moderation pending/passed/held, status, handlerId, answer, reopenReason, submittedAt/receivedAt/answeredAt/reopenedAt/closedAt, history.",
    indexes: [{ fields: ['memberId'] }, { fields: ['orgId', 'year'] }, { fields: ['homeOrgId'] }, { fields: ['photos.traceId'] }]
  },
  mediaVerdicts: {
    doc: 'Verdicts of security.mediaCheckAsync as WeChat pushed them (wxa_media_check): _id = the trace_id (a push delivered twice is kept once), suggest, label, at. Kept even when the push arrives before the item that asked is written.',
    indexes: []
  },
  careOccasions: {
    doc: "A committee's 六必谈 / 五必访 occasion list (default: shared/care/occasions.ts): _id = the committee id, occasions [{id, kind talk/visit, name}], savedBy/savedAt.",
    indexes: []
  },
  careRecords: {
    doc: 'Care records 同步关爱 (talks and visits): memberId, orgId (the assessing org), kind, occasionId/occasionName, date (CST), place, content, followUp, by, at. Private to the branch committee, committee staff and the member.',
    indexes: [{ fields: ['memberId'] }]
  },
  careFlags: {
    doc: "The secretary's hardship flag: _id = the member id, hardship, note, since, by (removed when unset).",
    indexes: []
  }
}
