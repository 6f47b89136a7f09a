// Reads shared by the commitment actions: a card as the API shows it, its versions and checks, the
// tasks of an org's year, and the transaction that writes a card only at the rev its writer read.
import type { CardVersion, CommitmentCard, SelfCheck, XTask } from '@shared/commitment/api'
import { appliesTo } from '@shared/commitment/tasks'
import type { Database, Transaction } from '@server/cloud'
import { findAll, getOrNull, inTransaction } from '@server/db'
import { AppError, conflict } from '@server/errors'
import type { CardDoc, CardVersionDoc } from '@server/model'

export const cardIdOf = (memberId: string, year: number) => `${memberId}:${year}`
export const versionIdOf = (cardId: string, version: number) => `${cardId}:v${version}`
export const checkIdOf = (cardId: string, quarter: number) => `${cardId}:q${quarter}`

/** The card without its stored wall copy. */
export function toCard(d: CardDoc): CommitmentCard {
  const { approvedItems: _items, approvedAt: _at, ...card } = d
  return card
}

export function toVersion(d: CardVersionDoc): CardVersion {
  const { _id, cardId: _c, memberId: _m, orgId: _o, ...v } = d
  return v
}

export async function versionsOf(db: Database, cardId: string): Promise<CardVersion[]> {
  const docs = await findAll(db, 'commitmentVersions', { cardId })
  return docs.sort((a, b) => b.version - a.version).map(toVersion)
}

export async function checksOf(db: Database, cardId: string): Promise<SelfCheck[]> {
  const docs = await findAll(db, 'commitmentChecks', { cardId })
  return docs.sort((a, b) => a.quarter - b.quarter)
}

export async function tasksOfOrg(db: Database, orgId: string, year: number): Promise<XTask[]> {
  const docs = await findAll(db, 'commitmentTasks', { orgId, year })
  return docs.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a._id.localeCompare(b._id))
}

export const tasksFor = (tasks: readonly XTask[], memberId: string) => tasks.filter((t) => appliesTo(t, memberId))

/**
 * Runs `write` in a transaction on the card as stored now; CONFLICT when its rev is not `rev` (someone
 * wrote it since the caller read it: the member saving while a reviewer approves, two reviewers).
 */
export async function withCardAt<T>(
  db: Database,
  cardId: string,
  rev: number,
  write: (t: Transaction, card: CardDoc | null) => Promise<T>
): Promise<T> {
  return inTransaction(db, async (t) => {
    const card = await getOrNull(t, 'commitmentCards', cardId)
    if ((card?.rev ?? 0) !== rev) {
      throw conflict('承诺卡刚被修改（本人保存或他人审核），请刷新后重试', { rev: card?.rev ?? 0 })
    }
    return write(t, card)
  })
}

export function stateError(message: string): AppError {
  return new AppError('CARD_STATE', message)
}
