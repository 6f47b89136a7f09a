// The `checkin` cloud function: activities, stations, the rotating code, check-in, make-up,
// attendance and the ledger. Every action: validate the event → OPENID from the cloud context →
// roles from the database → pure rules in shared/domain/checkin → persist. See docs/checkin.md.
import { defineFunction } from '@server/router'
import { createActivity, listActivities } from './activities'
import { attendance, ledger } from './attendance'
import { ledgerXlsx } from './ledgerXlsx'
import { makeup } from './makeup'
import { checkin } from './scan'
import { stationCode } from './station'
import { listStations, saveStation } from './stations'
import { stationWxacode } from './wxacode'

export const main = defineFunction({
  name: 'checkin',
  actions: {
    createActivity,
    saveStation,
    listStations,
    listActivities,
    stationCode,
    stationWxacode,
    checkin,
    makeup,
    attendance,
    ledger,
    ledgerXlsx
  }
})
