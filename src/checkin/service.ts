// Typed helpers for the `checkin` cloud function, built on the one transport.
import type { CheckinApi, CreateActivityRequest, LatLng } from '@shared/checkin/api'
import { callCloud } from '@/core/cloud'

type MemberList = Extract<CheckinApi['listActivities']['res'], { upcoming: unknown }>
type OrganiserList = Extract<CheckinApi['listActivities']['res'], { activities: unknown }>

export const checkin = {
  myActivities: () => callCloud('checkin', { action: 'listActivities', view: 'member' }) as Promise<MemberList>,
  organised: (orgId?: string) =>
    callCloud('checkin', { action: 'listActivities', view: 'organiser', ...(orgId ? { orgId } : {}) }) as Promise<OrganiserList>,
  create: (req: Omit<CreateActivityRequest, 'action'>) => callCloud('checkin', { action: 'createActivity', ...req }),
  stations: (orgId: string) => callCloud('checkin', { action: 'listStations', orgId }),
  saveStation: (orgId: string, name: string, location: LatLng | null) =>
    callCloud('checkin', { action: 'saveStation', orgId, name, location }),
  stationCode: (activityId: string) => callCloud('checkin', { action: 'stationCode', activityId }),
  stationWxacode: (activityId: string) => callCloud('checkin', { action: 'stationWxacode', activityId }),
  scan: (code: string, location: LatLng | null) => callCloud('checkin', { action: 'checkin', code, ...(location ? { location } : {}) }),
  typeShortCode: (activityId: string, shortCode: string, location: LatLng | null) =>
    callCloud('checkin', { action: 'checkin', activityId, shortCode, ...(location ? { location } : {}) }),
  makeup: (activityId: string, memberIds: string[], reason: string) =>
    callCloud('checkin', { action: 'makeup', activityId, memberIds, reason }),
  attendance: (activityId: string) => callCloud('checkin', { action: 'attendance', activityId }),
  ledger: (orgId: string, from: string, to: string) => callCloud('checkin', { action: 'ledger', orgId, from, to }),
  ledgerXlsx: (orgId: string, from: string, to: string) => callCloud('checkin', { action: 'ledgerXlsx', orgId, from, to })
}
