import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import {
  type AttachmentInput,
  AUDIENCE_LABEL,
  MATERIAL_KINDS,
  MATERIAL_LABEL,
  type MaterialKind,
  type PlanItem,
  type StudyApi
} from '@shared/study/api'
import { cstDate } from '@shared/core/time'
import { errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { study } from '@/study/service'
import { planOrg } from '@/study/orgs'
import { blankItem, byMonth, defaultDeadline, hoursText } from '@/study/view'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Tag from '@/core/components/Tag'
import Chips from '@/core/components/Chips'
import Field from '@/core/components/Field'
import PickField from '@/core/components/PickField'
import CommitteePush from '@/study/components/CommitteePush'
import AttachmentPicker from '@/study/components/AttachmentPicker'
import '@/study/pages.css'

type Loaded = StudyApi['getPlan']['res'] & { orgId: string }

async function load(): Promise<Loaded> {
  const orgId = await planOrg('只有支部书记、副书记和支委可以编辑学习计划')
  return { orgId, ...(await study.getPlan(orgId)) }
}

/**
 * 学习计划 (the branch committee): the year's plan by month (content, 学时, 必学/选学, for whom); items the
 * committee pushed are marked and fixed. 保存计划 writes it (rev); 布置 pushes an item to its members with
 * material (text, a link, or a collective-study check-in activity; one attachment with any) and a deadline. On
 * the committee's own plan (?scope=committee, its staff) each saved item shows how far it reached and
 * 下发到各支部 instead.
 */
export default function PlanPage() {
  const { data, error, reload } = useCloudLoad<Loaded>(load)
  const [items, setItems] = useState<PlanItem[]>([])
  const [month, setMonth] = useState(1)
  const [pushing, setPushing] = useState<string | null>(null)
  const [kind, setKind] = useState<MaterialKind>('text')
  const [materialText, setMaterialText] = useState('')
  const [url, setUrl] = useState('')
  const [activityId, setActivityId] = useState('')
  const [attachment, setAttachment] = useState<AttachmentInput | null>(null)
  const [deadline, setDeadline] = useState('')
  const [note, setNote] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (data) setItems(data.plan.items)
  }, [data])

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const pushed = new Set(data.tasks.map((t) => t.itemId))
  const edit = (id: string, patch: Partial<PlanItem>) => setItems((xs) => xs.map((x) => (x.id === id ? { ...x, ...patch } : x)))
  const run = async (f: () => Promise<unknown>, done: string) => {
    setBusy(true)
    setFailure(null)
    setNote(null)
    try {
      await f()
      setNote(done)
      setPushing(null)
      await reload()
    } catch (e) {
      setFailure(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const savePlan = () => run(() => study.savePlan(data.orgId, data.plan.year, items, data.plan.rev), '学习计划已保存')
  const push = (itemId: string) =>
    run(
      () =>
        study.pushTask(
          data.orgId,
          data.plan.year,
          itemId,
          {
            kind,
            text: materialText,
            ...(kind === 'link' ? { url } : {}),
            ...(kind === 'activity' ? { activityId } : {}),
            ...(attachment ? { attachment } : {})
          },
          deadline
        ),
      '学习任务已布置'
    )

  return (
    <View className='page'>
      <Text className='page__heading'>
        {data.committeePush ? '党委' : ''}
        {data.plan.year}年学习计划
      </Text>
      {byMonth(items).map(({ month: m, items: list }) =>
        list.length ? (
          <View key={m} className='st-block' data-month={m}>
            <Text className='st-title'>{m}月</Text>
            {list.map((x) => (
              <View key={x.id} data-item={x.id}>
                {x.fromCommittee || !data.canEdit ? (
                  <Text className='st-line'>{x.content}</Text>
                ) : (
                  <Field
                    label='学习内容'
                    value={x.content}
                    placeholder='例如：学习党章第一章'
                    maxlength={200}
                    onInput={(content) => edit(x.id, { content })}
                  />
                )}
                <View className='st-row'>
                  <Text className='st-line'>
                    {hoursText(x.hours)} · {x.required ? '必学' : '选学'} ·{' '}
                    {x.audience.kind === 'group'
                      ? (data.groups.find((g) => g.id === x.audience.groupId)?.name ?? AUDIENCE_LABEL.group)
                      : AUDIENCE_LABEL[x.audience.kind]}
                  </Text>
                  {x.fromCommittee ? <Tag tone='red'>党委下发</Tag> : null}
                  {pushed.has(x.id) ? <Tag tone='blue'>已布置</Tag> : null}
                </View>
                {data.canEdit && !x.fromCommittee ? (
                  <Chips
                    options={[
                      { value: 'req', label: x.required ? '改为选学' : '改为必学' },
                      { value: 'more', label: '+0.5学时' },
                      { value: 'less', label: '-0.5学时' },
                      { value: 'del', label: '删除' }
                    ]}
                    onTap={(v) =>
                      v === 'del'
                        ? setItems((xs) => xs.filter((y) => y.id !== x.id))
                        : edit(
                            x.id,
                            v === 'req' ? { required: !x.required } : { hours: Math.max(0.5, x.hours + (v === 'more' ? 0.5 : -0.5)) }
                          )
                    }
                  />
                ) : null}
                {data.canEdit && !x.fromCommittee ? (
                  <Chips
                    options={[
                      ...(['all', 'dispatched', 'gig'] as const).map((k) => ({ value: k as string, label: AUDIENCE_LABEL[k] })),
                      ...data.groups.map((g) => ({ value: `group:${g.id}`, label: g.name }))
                    ]}
                    isOn={(k) => (x.audience.kind === 'group' ? k === `group:${x.audience.groupId}` : k === x.audience.kind)}
                    onTap={(k) =>
                      edit(x.id, {
                        audience: k.startsWith('group:')
                          ? { kind: 'group', groupId: k.slice(6) }
                          : { kind: k as 'all' | 'dispatched' | 'gig' }
                      })
                    }
                  />
                ) : null}
                {data.committeePush ? (
                  <CommitteePush
                    committeeId={data.orgId}
                    year={data.plan.year}
                    item={data.plan.items.find((y) => y.id === x.id) ?? x}
                    saved={data.plan.items.some((y) => y.id === x.id)}
                    reach={data.committeePush}
                    onPushed={reload}
                  />
                ) : null}
                {data.canEdit && !data.committeePush && !pushed.has(x.id) && data.plan.items.some((y) => y.id === x.id) ? (
                  <Text
                    className='st-link'
                    data-push={x.id}
                    onClick={() => {
                      setPushing(pushing === x.id ? null : x.id)
                      setAttachment(null)
                      setDeadline(defaultDeadline(x, data.plan.year, cstDate(new Date())))
                    }}
                  >
                    布置为学习任务
                  </Text>
                ) : null}
                {pushing === x.id ? (
                  <View className='st-block' data-push-form>
                    <Chips
                      options={MATERIAL_KINDS.map((k) => ({ value: k, label: MATERIAL_LABEL[k] }))}
                      isOn={(k) => k === kind}
                      onTap={setKind}
                    />
                    <Field
                      label='学习材料'
                      value={materialText}
                      placeholder='学习要求或材料正文'
                      multiline
                      maxlength={2000}
                      onInput={setMaterialText}
                    />
                    {kind === 'link' ? (
                      <Field label='学习链接' value={url} placeholder='粘贴学习链接网址' maxlength={500} onInput={setUrl} />
                    ) : null}
                    {kind === 'activity' ? (
                      <View data-activities>
                        <Text className='st-line'>集中学习签到活动</Text>
                        {data.studyActivities.length ? (
                          <Chips
                            options={data.studyActivities.map((a) => ({ value: a._id, label: `${a.date.slice(5)} ${a.title}` }))}
                            isOn={(id) => id === activityId}
                            onTap={setActivityId}
                          />
                        ) : (
                          <Text className='st-warn'>本支部近期没有“集中学习”签到活动，请先在活动签到中创建</Text>
                        )}
                      </View>
                    ) : null}
                    <AttachmentPicker value={attachment} onChange={setAttachment} />
                    <PickField
                      label='截止日期'
                      mode='date'
                      field='deadline'
                      value={deadline}
                      start={cstDate(new Date())}
                      onPick={setDeadline}
                    />
                    <BigButton primary loading={busy} onTap={() => push(x.id)}>
                      布置
                    </BigButton>
                  </View>
                ) : null}
              </View>
            ))}
          </View>
        ) : null
      )}
      {data.canEdit ? (
        <View className='st-block'>
          <Chips
            options={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` }))}
            isOn={(v) => Number(v) === month}
            onTap={(v) => setMonth(Number(v))}
          />
          <Text className='st-link' data-add onClick={() => setItems((xs) => [...xs, blankItem(xs, month)])}>
            + 添加{month}月学习内容
          </Text>
        </View>
      ) : null}
      {note ? <Text className='st-ok'>{note}</Text> : null}
      {failure ? <Text className='st-error'>{failure}</Text> : null}
      {data.canEdit ? (
        <BigButton primary loading={busy} onTap={savePlan}>
          保存计划
        </BigButton>
      ) : null}
    </View>
  )
}
