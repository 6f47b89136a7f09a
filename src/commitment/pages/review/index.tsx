import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import {
  CARD_STATUS_LABEL,
  CHECK_STATUS_LABEL,
  PROGRESS_LABEL,
  X_SECTION,
  type CommitmentApi,
  type CommitmentCard,
  type SelfCheck
} from '@shared/commitment/api'
import { cstDateTime } from '@shared/core/time'
import { CloudError, errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { routeParam } from '@/assessment/service'
import { commitment } from '@/commitment/service'
import { STATUS_TONE } from '@/commitment/view'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Field from '@/core/components/Field'
import Tag from '@/core/components/Tag'
import ItemView from '@/commitment/components/ItemView'
import './index.css'

type Loaded = CommitmentApi['getCard']['res']
/** Two reviewers at once, or the member changed the card meanwhile: the loser is told so. */
const CONFLICT_TEXT = '已被他人处理，请刷新'
const messageOf = (e: unknown) => (e instanceof CloudError && e.code === 'CONFLICT' ? CONFLICT_TEXT : errorMessage(e))

/**
 * 审核承诺卡: one member's card by section, a comment per item, 通过 or 退回 with a reason (the card's rev guards
 * two reviewers at once); the quarter self-checks with 认可 / 退回; withdrawing the card from the wall (with a reason);
 * every submitted version.
 */
export default function ReviewCardPage() {
  const cardId = routeParam(Taro.getCurrentInstance()?.router?.params, 'cardId')
  const { data, error, reload } = useCloudLoad<Loaded>(() => commitment.getCard(cardId))
  const [card, setCard] = useState<CommitmentCard | null>(null)
  const [checks, setChecks] = useState<Record<string, SelfCheck>>({})
  const [comments, setComments] = useState<Record<string, string>>({})
  const [reason, setReason] = useState('')
  const [checkReason, setCheckReason] = useState<Record<string, string>>({})
  const [withdrawReason, setWithdrawReason] = useState('')
  const [message, setMessage] = useState<{ text: string; bad: boolean; at: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [showVersions, setShowVersions] = useState(false)

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const c = card ?? data.card
  const sections = [...data.template.sections.map((s) => ({ id: s.id, name: s.name })), { id: X_SECTION, name: 'X · 组织安排的任务' }]
  const itemName = (itemId: string) =>
    [...c.items, ...data.versions.flatMap((v) => v.items)].find((i) => i.id === itemId)?.what ??
    data.tasks.find((t) => `x-${t._id}` === itemId)?.title ??
    itemId

  const run = async (at: string, doIt: () => Promise<string>) => {
    setBusy(true)
    setMessage(null)
    try {
      setMessage({ text: await doIt(), bad: false, at })
    } catch (e) {
      setMessage({ text: messageOf(e), bad: true, at })
    } finally {
      setBusy(false)
    }
  }
  const Note = (props: { at: string }) =>
    message?.at === props.at ? (
      <View className='cm-review__msg'>
        <Text className={message.bad ? 'cm-review__error' : 'cm-review__ok'}>{message.text}</Text>
        {message.text === CONFLICT_TEXT ? (
          <BigButton
            onTap={() => {
              setCard(null)
              setChecks({})
              setMessage(null)
              reload()
            }}
          >
            刷新
          </BigButton>
        ) : null}
      </View>
    ) : null

  const decide = (decision: 'approve' | 'return') => {
    if (decision === 'return' && !reason.trim()) {
      setMessage({ text: '请填写退回原因', bad: true, at: 'card' })
      return
    }
    const itemComments = Object.fromEntries(
      Object.entries(comments)
        .filter(([, v]) => v.trim())
        .map(([k, v]) => [k, v.trim()])
    )
    run('card', async () => {
      const res = await commitment.reviewCard(
        decision === 'approve'
          ? { cardId: c._id, rev: c.rev, decision }
          : { cardId: c._id, rev: c.rev, decision, reason: reason.trim(), itemComments }
      )
      setCard(res.card)
      return decision === 'approve' ? '已通过，将在亮承诺墙展示' : '已退回，党员修改后会重新提交'
    })
  }

  const decideCheck = (check: SelfCheck, decision: 'accept' | 'return') => {
    const why = (checkReason[check._id] ?? '').trim()
    if (decision === 'return' && !why) {
      setMessage({ text: '请填写退回原因', bad: true, at: check._id })
      return
    }
    run(check._id, async () => {
      const res = await commitment.reviewCheck(
        decision === 'accept'
          ? { checkId: check._id, rev: check.rev, decision }
          : { checkId: check._id, rev: check.rev, decision, reason: why }
      )
      setChecks((prev) => ({ ...prev, [res.check._id]: res.check }))
      return decision === 'accept' ? '已认可' : '已退回'
    })
  }

  const withdraw = () => {
    if (!withdrawReason.trim()) {
      setMessage({ text: '请填写撤下原因', bad: true, at: 'withdraw' })
      return
    }
    run('withdraw', async () => {
      const res = await commitment.withdrawCard(c._id, withdrawReason.trim())
      setCard(res.card)
      return '已从亮承诺墙撤下'
    })
  }

  const pending = c.status === 'submitted'
  return (
    <View className='page cm-review'>
      <Text className='page__heading'>
        {c.memberName} · {c.year}年承诺卡
      </Text>
      <View className='cm-review__status'>
        <Tag tone={STATUS_TONE[c.status]}>{CARD_STATUS_LABEL[c.status]}</Tag>
        {c.lastVersion ? <Text className='cm-review__sub'>第 {c.lastVersion} 版</Text> : null}
        {c.status === 'returned' && c.returnNote ? <Text className='cm-review__sub'>退回原因：{c.returnNote.reason}</Text> : null}
      </View>

      {sections.map((s) => {
        const own = c.items.filter((i) => i.section === s.id)
        if (!own.length) return null
        return (
          <View key={s.id} className='cm-review__section' data-section={s.id}>
            <Text className='cm-review__section-name'>{s.name}</Text>
            {own.map((item, n) => (
              <View key={item.id} className='cm-review__item' data-comment={item.id}>
                <ItemView item={item} index={n} comment={pending ? undefined : c.returnNote?.itemComments[item.id]} />
                {pending ? (
                  <Field
                    label='对此项的意见（可不填）'
                    value={comments[item.id] ?? ''}
                    placeholder='需要修改的地方'
                    maxlength={200}
                    onInput={(v) => setComments((prev) => ({ ...prev, [item.id]: v }))}
                  />
                ) : null}
              </View>
            ))}
          </View>
        )
      })}

      {pending ? (
        <View className='cm-review__actions'>
          <Field
            label='退回原因（退回时必填）'
            value={reason}
            placeholder='请说明需要修改的地方'
            multiline
            maxlength={200}
            onInput={setReason}
          />
          <Note at='card' />
          <BigButton primary loading={busy} onTap={() => decide('approve')}>
            通过
          </BigButton>
          <BigButton loading={busy} onTap={() => decide('return')}>
            退回修改
          </BigButton>
        </View>
      ) : (
        <Note at='card' />
      )}

      {data.checks.length ? <Text className='cm-review__title'>季度自查</Text> : null}
      {data.checks.map((original) => {
        const check = checks[original._id] ?? original
        return (
          <View key={check._id} className='cm-review__check' data-check={check._id}>
            <Text className='cm-review__check-head'>
              第{check.quarter}季度 · {CHECK_STATUS_LABEL[check.status]} · {cstDateTime(check.submittedAt)} 提交
            </Text>
            {check.entries.map((e) => (
              <Text key={e.itemId} className='cm-review__entry'>
                {itemName(e.itemId)}：{PROGRESS_LABEL[e.progress]}
                {e.note ? `，${e.note}` : ''}
              </Text>
            ))}
            {check.status === 'returned' && check.returnReason ? (
              <Text className='cm-review__sub'>退回原因：{check.returnReason}</Text>
            ) : null}
            {check.status === 'submitted' ? (
              <>
                <Field
                  label='退回原因（退回时必填）'
                  value={checkReason[check._id] ?? ''}
                  placeholder='自查需要补充的地方'
                  maxlength={200}
                  onInput={(v) => setCheckReason((prev) => ({ ...prev, [check._id]: v }))}
                />
                <Note at={check._id} />
                <BigButton loading={busy} onTap={() => decideCheck(check, 'accept')}>
                  认可
                </BigButton>
                <BigButton loading={busy} onTap={() => decideCheck(check, 'return')}>
                  退回自查
                </BigButton>
              </>
            ) : (
              <Note at={check._id} />
            )}
          </View>
        )
      })}

      {c.approvedVersion && !c.withdrawn ? (
        <View className='cm-review__withdraw'>
          <Text className='cm-review__title'>从亮承诺墙撤下</Text>
          <Field label='撤下原因' value={withdrawReason} placeholder='撤下的原因（将被记录）' maxlength={200} onInput={setWithdrawReason} />
          <Note at='withdraw' />
          <BigButton loading={busy} onTap={withdraw}>
            撤下
          </BigButton>
        </View>
      ) : null}
      {c.withdrawn ? (
        <Text className='cm-review__sub cm-review__withdrawn'>
          已从亮承诺墙撤下（{c.withdrawn.byName}）：{c.withdrawn.reason}
        </Text>
      ) : null}

      {data.versions.length ? (
        <View className='cm-review__versions'>
          <View className='cm-review__toggle' aria-role='button' onClick={() => setShowVersions(!showVersions)}>
            历史版本（{data.versions.length}）{showVersions ? '▲' : '▼'}
          </View>
          {showVersions
            ? data.versions.map((v) => (
                <View key={v.version} data-version={v.version}>
                  <Text className='cm-review__check-head'>
                    第 {v.version} 版 · {cstDateTime(v.submittedAt)} ·{' '}
                    {v.decision === 'approved' ? '已通过' : v.decision === 'returned' ? '已退回' : '待审核'}
                  </Text>
                  {v.items.map((item, n) => (
                    <ItemView key={item.id} item={item} index={n} comment={v.returnNote?.itemComments[item.id]} />
                  ))}
                </View>
              ))
            : null}
        </View>
      ) : null}
    </View>
  )
}
