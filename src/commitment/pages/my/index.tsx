import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidHide } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import {
  CARD_STATUS_LABEL,
  TASK_SCOPE_LABEL,
  X_SECTION,
  type CardItem,
  type CommitmentCard,
  type MyCardResult
} from '@shared/commitment/api'
import { cstDateTime } from '@shared/core/time'
import { CloudError, errorMessage } from '@/core/cloud'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import { routeParam } from '@/assessment/service'
import { commitment } from '@/commitment/service'
import { COMMIT_PAGES } from '@/commitment/routes'
import {
  checkCard,
  emptyItem,
  isBlank,
  itemsToSave,
  sameItems,
  startItems,
  tasksNotOnCard,
  withEmptySections,
  withXItems
} from '@/commitment/form'
import { dropDraft, readDraft, SAVE_DELAY_MS, writeDraft } from '@/commitment/draft'
import { STATUS_TONE, canEdit, windowLabel, checkLabel } from '@/commitment/view'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Tag from '@/core/components/Tag'
import ItemEditor from '@/commitment/components/ItemEditor'
import ItemView from '@/commitment/components/ItemView'
import './index.css'

type Save = 'idle' | 'saving' | 'saved' | 'failed'
const CONFLICT_TEXT = '承诺卡已在别处修改，请刷新后再改'
const messageOf = (e: unknown) => (e instanceof CloudError && e.code === 'CONFLICT' ? CONFLICT_TEXT : errorMessage(e))

/**
 * 我的承诺卡: this year's card "5+X". The template's sections with 1–5 items each, written on the phone with one
 * hand; the org's X items read-only. Saved as the member types: on the phone at once, to the server a moment
 * after the last keystroke (saveDraft with the card's rev), and when the page is hidden. Submit checks every item
 * first (what; a target or a deadline). Shows the status, the return reason and the comments beside the items,
 * every submitted version, open challenges to take, and the quarter's self-check when its window is open.
 * With ?year= an older card, read-only.
 */
export default function MyCardPage() {
  const askedYear = Number(routeParam(Taro.getCurrentInstance()?.router?.params, 'year')) || undefined
  const { data, error, reload } = useCloudLoad<MyCardResult>(() => commitment.myCard(askedYear))
  const readOnly = !!askedYear
  const [card, setCard] = useState<CommitmentCard | null>(null)
  const [items, setItems] = useState<CardItem[]>([])
  // The load the working copy was made from: until the effect below has made the first one, the page shows
  // the loading state rather than the template with no items (a frame that read as "task not on the card").
  const [itemsOf, setItemsOf] = useState<MyCardResult | null>(null)
  const [save, setSave] = useState<Save>('idle')
  const [saveError, setSaveError] = useState<string | null>(null)
  const [restored, setRestored] = useState(false)
  const [edited, setEdited] = useState(false)
  const [showProblems, setShowProblems] = useState(false)
  const [submitError, setSubmitError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [actionError, setActionError] = useState<string | null>(null)
  const [openVersion, setOpenVersion] = useState<number | null>(null)
  const [showVersions, setShowVersions] = useState(false)
  // A submitted card is read-only until the member chooses to change it (the first save takes it back to 草稿).
  const [unlocked, setUnlocked] = useState(false)

  const itemsRef = useRef<CardItem[]>([])
  const revRef = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const dirty = useRef(false)
  const saving = useRef<Promise<boolean> | null>(null)
  const year = data?.year ?? 0

  // A loaded card becomes the working copy; a newer local draft of the same rev is restored over it.
  useEffect(() => {
    if (!data) return
    const c = data.card
    setCard(c)
    revRef.current = c?.rev ?? 0
    // The org's tasks join an editable card as X items (an approved one keeps its approved X items until changed).
    const addX = (items: CardItem[]) => (!readOnly && canEdit(c) && c?.status !== 'approved' ? withXItems(items, data.tasks) : items)
    const base = addX(c ? withEmptySections(data.template, c.items) : startItems(data.template))
    const local = readOnly || !canEdit(c) ? null : readDraft(data.year)
    if (local && local.rev === revRef.current && !sameItems(local.items, base)) {
      itemsRef.current = addX(withEmptySections(data.template, local.items))
      dirty.current = true
      setRestored(true)
      setEdited(true)
    } else {
      itemsRef.current = base
      if (local) dropDraft(data.year)
      // New X items on a started card are sent with the next save (at the latest, before submitting).
      if (c && base.filter((i) => i.section === X_SECTION).length !== c.items.filter((i) => i.section === X_SECTION).length)
        dirty.current = true
    }
    setItems(itemsRef.current)
    setItemsOf(data)
  }, [data, readOnly])

  /** Send the working copy now; true when the server has it. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (saving.current) await saving.current
    if (!dirty.current) return true
    const sending = itemsRef.current
    const run = (async () => {
      setSave('saving')
      setSaveError(null)
      try {
        const { card: saved } = await commitment.saveDraft(year, itemsToSave(sending), revRef.current)
        revRef.current = saved.rev
        setCard(saved)
        if (itemsRef.current === sending) {
          dirty.current = false
          dropDraft(year)
        } else writeDraft({ year, rev: saved.rev, items: itemsRef.current })
        setSave('saved')
        return true
      } catch (e) {
        setSave('failed')
        setSaveError(messageOf(e))
        return false
      }
    })()
    saving.current = run
    const ok = await run
    saving.current = null
    return ok
  }, [year])

  // A restored draft goes to the server like fresh typing.
  useEffect(() => {
    if (!restored) return
    timer.current = setTimeout(() => {
      timer.current = null
      flush()
    }, SAVE_DELAY_MS)
  }, [restored, flush])

  // Hidden (another page on top, WeChat in the background) or closed: send what is pending.
  useDidHide(() => {
    if (dirty.current) flush()
  })
  // Closed (back, or WeChat unloads it): send what is pending with the latest flush (a ref: the cleanup is set once).
  const flushRef = useRef(flush)
  flushRef.current = flush
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
      if (dirty.current) flushRef.current()
    },
    []
  )

  const edit = (next: CardItem[]) => {
    itemsRef.current = next
    dirty.current = true
    setItems(next)
    setEdited(true)
    setSubmitError(null)
    writeDraft({ year, rev: revRef.current, items: next })
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      timer.current = null
      flush()
    }, SAVE_DELAY_MS)
  }

  if (!data || !itemsOf) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }

  const template = data.template
  const editable = !readOnly && (canEdit(card) || unlocked)
  const check = checkCard(template, items, year)
  const comments = card?.status === 'returned' ? (card.returnNote?.itemComments ?? {}) : {}
  const allBlank = items.filter((i) => i.section !== X_SECTION).every(isBlank)
  const canSubmit = editable && (!card || card.status !== 'approved' || edited)

  const submit = async () => {
    setShowProblems(true)
    setSubmitError(null)
    if (check.first) {
      setSubmitError(check.first)
      return
    }
    setBusy(true)
    try {
      if (!(await flush())) return
      const { card: sent } = await commitment.submitCard(year, revRef.current)
      revRef.current = sent.rev
      setCard(sent)
      setEdited(false)
      setShowProblems(false)
      dropDraft(year)
    } catch (e) {
      setSubmitError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const act = async (run: () => Promise<unknown>) => {
    setActionError(null)
    setBusy(true)
    try {
      await run()
      dropDraft(year)
      dirty.current = false
      await reload()
    } catch (e) {
      setActionError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const sectionItems = (sectionId: string) => items.filter((i) => i.section === sectionId)
  const waiting = readOnly ? [] : tasksNotOnCard(items, data.tasks)
  const myCheck = data.window ? data.checks.find((c) => c.quarter === data.window?.quarter) : undefined

  return (
    <View className='page cm-my'>
      <Text className='page__heading'>{year}年 我的承诺卡</Text>
      <Text className='page__sub'>{data.orgName} · 党员争优目标计划卡（5+X）</Text>

      <View className='cm-my__status'>
        <Tag tone={STATUS_TONE[card?.status ?? 'missing']}>{card ? CARD_STATUS_LABEL[card.status] : '未填写'}</Tag>
        {card?.status === 'submitted' ? <Text className='cm-my__hint'>已提交，等待支部审核</Text> : null}
        {card?.status === 'approved' ? <Text className='cm-my__hint'>已通过，在亮承诺墙展示；修改后须重新审核</Text> : null}
        {card?.approvedVersion && card.status !== 'approved' ? (
          <Text className='cm-my__hint'>通过的第 {card.approvedVersion} 版仍在亮承诺墙展示</Text>
        ) : null}
        {editable ? (
          <Text className='cm-my__save' data-save={save}>
            {save === 'saving' ? '正在保存…' : save === 'saved' ? '已自动保存' : save === 'failed' ? '保存失败' : '填写内容会自动保存'}
          </Text>
        ) : null}
      </View>
      {saveError ? (
        <View className='cm-my__alert'>
          <Text className='cm-my__alert-text'>{saveError}</Text>
          <BigButton onTap={() => flush()}>重新保存</BigButton>
        </View>
      ) : null}
      {restored ? <Text className='cm-my__note'>已恢复上次未保存的填写内容</Text> : null}
      {card?.status === 'returned' && card.returnNote ? (
        <View className='cm-my__returned'>
          <Text className='cm-my__returned-title'>退回原因（{card.returnNote.byName}）</Text>
          <Text className='cm-my__returned-text'>{card.returnNote.reason}</Text>
          <Text className='cm-my__returned-hint'>请按审核意见修改标注的条目后重新提交</Text>
        </View>
      ) : null}
      {card?.withdrawn ? <Text className='cm-my__note'>已从亮承诺墙撤下：{card.withdrawn.reason}</Text> : null}

      {!readOnly && card?.status === 'submitted' && !unlocked ? <BigButton onTap={() => setUnlocked(true)}>撤回修改</BigButton> : null}
      {unlocked && card?.status === 'submitted' ? <Text className='cm-my__note'>修改后承诺卡将撤回为草稿，需要重新提交审核</Text> : null}

      {editable && data.lastYear && allBlank ? (
        <BigButton loading={busy} onTap={() => act(() => commitment.copyLastYear(year))}>
          复制去年的承诺卡
        </BigButton>
      ) : null}

      {template.sections.map((s) => {
        const own = sectionItems(s.id)
        return (
          <View key={s.id} className='cm-my__section' data-section={s.id}>
            <View className='cm-my__section-head'>
              <Text className='cm-my__section-name'>{s.name}</Text>
              <Text className='cm-my__section-count'>
                {Math.max(1, s.minItems)}–{s.maxItems} 项
              </Text>
            </View>
            {showProblems && check.sections[s.id] ? <Text className='cm-my__error'>{check.sections[s.id]}</Text> : null}
            {own.map((item, n) =>
              editable ? (
                <ItemEditor
                  key={item.id}
                  item={item}
                  index={n}
                  year={year}
                  comment={comments[item.id]}
                  problems={showProblems && !isBlank(item) ? check.items[item.id] : undefined}
                  canRemove={own.length > 1}
                  onChange={(changed) => edit(items.map((i) => (i.id === changed.id ? changed : i)))}
                  onRemove={() => edit(items.filter((i) => i.id !== item.id))}
                />
              ) : (
                <ItemView key={item.id} item={item} index={n} comment={comments[item.id]} />
              )
            )}
            {editable && own.length < s.maxItems ? (
              <View className='cm-my__add' aria-role='button' onClick={() => edit([...items, emptyItem(items, s.id)])}>
                ＋ 添加一项
              </View>
            ) : null}
          </View>
        )
      })}

      <View className='cm-my__section' data-section={X_SECTION}>
        <View className='cm-my__section-head'>
          <Text className='cm-my__section-name'>X · 组织安排的任务</Text>
        </View>
        {sectionItems(X_SECTION).length + waiting.length === 0 ? <Text className='cm-my__empty'>暂无组织安排的任务</Text> : null}
        {sectionItems(X_SECTION).map((item, n) => {
          const task = data.tasks.find((t) => t._id === item.taskId)
          return (
            <View key={item.id} className='cm-my__task'>
              <ItemView item={item} index={n} comment={comments[item.id]} />
              {task ? (
                <Text className='cm-my__task-kind'>{task.kind === 'challenge' ? '揭榜挂帅' : TASK_SCOPE_LABEL[task.scope]}</Text>
              ) : null}
            </View>
          )
        })}
        {waiting.map((t) => (
          <Text key={t._id} className='cm-my__empty'>
            新任务「{t.title}」将在下次修改承诺卡时加入
          </Text>
        ))}
      </View>

      {canSubmit ? (
        <View className='cm-my__submit'>
          {submitError ? <Text className='cm-my__error'>{submitError}</Text> : null}
          <BigButton primary loading={busy} onTap={submit}>
            {card?.status === 'returned' || card?.approvedVersion ? '重新提交审核' : '提交审核'}
          </BigButton>
        </View>
      ) : null}
      {actionError ? <Text className='cm-my__error'>{actionError}</Text> : null}

      {!readOnly && data.window ? (
        <View className='cm-my__block' data-block='check'>
          <Text className='cm-my__block-title'>{windowLabel(data.window)}</Text>
          {card?.approvedVersion ? (
            <>
              <Text className='cm-my__hint'>本季度自查：{myCheck ? checkLabel(myCheck.status) : '未填写'}</Text>
              {myCheck?.status === 'returned' && myCheck.returnReason ? (
                <Text className='cm-my__note'>退回原因：{myCheck.returnReason}</Text>
              ) : null}
              <BigButton onTap={() => openPage(COMMIT_PAGES.check)}>{myCheck ? '查看季度自查' : '填写季度自查'}</BigButton>
            </>
          ) : (
            <Text className='cm-my__hint'>承诺卡通过审核后才能自查</Text>
          )}
        </View>
      ) : null}

      {!readOnly && data.challenges.length ? (
        <View className='cm-my__block' data-block='challenges'>
          <Text className='cm-my__block-title'>揭榜挂帅</Text>
          {data.challenges.map((t) => (
            <View key={t._id} className='cm-my__challenge'>
              <Text className='cm-my__challenge-title'>{t.title}</Text>
              <Text className='cm-my__hint'>
                目标：{t.target} · 完成时限：{t.deadline} · 已揭榜 {t.takers.length}/{t.limit ?? '不限'}
              </Text>
              <BigButton loading={busy} onTap={() => act(() => commitment.takeChallenge(t._id))}>
                我来揭榜
              </BigButton>
            </View>
          ))}
        </View>
      ) : null}

      {data.versions.length ? (
        <View className='cm-my__block' data-block='versions'>
          <View className='cm-my__toggle' aria-role='button' onClick={() => setShowVersions(!showVersions)}>
            历史版本（{data.versions.length}）{showVersions ? '▲' : '▼'}
          </View>
          {showVersions
            ? data.versions.map((v) => (
                <View key={v.version} className='cm-my__version' data-version={v.version}>
                  <View
                    className='cm-my__toggle'
                    aria-role='button'
                    onClick={() => setOpenVersion(openVersion === v.version ? null : v.version)}
                  >
                    第 {v.version} 版 · {cstDateTime(v.submittedAt)} 提交 ·{' '}
                    {v.decision === 'approved' ? '已通过' : v.decision === 'returned' ? '已退回' : '待审核'}
                  </View>
                  {openVersion === v.version
                    ? v.items.map((item, n) => (
                        <ItemView key={item.id} item={item} index={n} comment={v.returnNote?.itemComments[item.id]} />
                      ))
                    : null}
                </View>
              ))
            : null}
        </View>
      ) : null}

      {!readOnly && data.lastYear ? (
        <View className='cm-my__link' aria-role='button' onClick={() => openPage(`${COMMIT_PAGES.my}?year=${year - 1}`)}>
          查看{year - 1}年的承诺卡 ›
        </View>
      ) : null}
      <View className='cm-my__link' aria-role='button' onClick={() => openPage(COMMIT_PAGES.wall)}>
        亮承诺墙 ›
      </View>
    </View>
  )
}
