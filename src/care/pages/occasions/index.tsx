import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { CARE_KIND_LABEL, type CareApi, type CareKind, type Occasion } from '@shared/care/api'
import { MAX_OCCASIONS, OCCASION_NAME_MAX, occasionListProblem } from '@shared/care/occasions'
import { caller } from '@/core/caller'
import { CloudError, errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Field from '@/core/components/Field'
import { newOccasion, trimmedOccasions, weeksOf, WEEKS_PROBLEM } from '@/care/occasions'
import { care } from '@/care/service'
import './index.css'

const KINDS: CareKind[] = ['talk', 'visit']

/** The committee the caller is staff of (the session's caller: no call). */
async function load(): Promise<CareApi['occasions']['res']> {
  const who = await caller()
  if (!who.bound) throw new CloudError('NOT_BOUND', '请先绑定党员身份')
  const committeeId = who.roles?.find((r) => r.role === 'staff')?.orgId
  if (!committeeId) throw new CloudError('FORBIDDEN', '只有党委工作人员可以编辑谈话走访事项')
  return care.occasions(committeeId)
}

/**
 * 谈话走访事项 (committee staff): the committee's 六必谈 and 五必访 lists, which the branches pick from when
 * they record a talk or a visit, and the weeks without a check-in that put a member on the secretary's care
 * list. Rename, remove, add; 保存 writes the whole list and the weeks (checked on the phone first by the
 * server's own rules). One call on open.
 */
export default function CareOccasionsPage() {
  const { data, error, reload } = useCloudLoad(load)
  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  return <OccasionsEditor data={data} />
}

/** The form, its state made from the load in its first render (no frame with an empty list). */
function OccasionsEditor({ data }: { data: CareApi['occasions']['res'] }) {
  const [list, setList] = useState<Occasion[]>(data.occasions)
  const [weeks, setWeeks] = useState(String(data.noCheckinWeeks))
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)

  const edit = (next: Occasion[]) => {
    setList(next)
    setSaved(false)
    setProblem(null)
  }
  const save = async () => {
    const out = trimmedOccasions(list)
    const bad = occasionListProblem(out)
    if (bad) return setProblem(bad)
    const n = weeksOf(weeks)
    if (n === null) return setProblem(WEEKS_PROBLEM)
    setBusy(true)
    try {
      const r = await care.saveOccasions(out, n)
      setList(r.occasions)
      setWeeks(String(r.noCheckinWeeks))
      setSaved(true)
    } catch (e) {
      setProblem(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page ca-occ'>
      <Text className='page__heading'>谈话走访事项</Text>
      <Text className='ca-occ__note'>
        {data.isDefault ? '现为默认事项；保存后全党委的支部按此记录谈心谈话和走访' : '全党委的支部按此记录谈心谈话和走访'}（共最多{' '}
        {MAX_OCCASIONS} 项）
      </Text>
      {KINDS.map((kind) => (
        <View key={kind} className='ca-occ__kind' data-kind={kind}>
          <Text className='ca-occ__title'>{CARE_KIND_LABEL[kind]}</Text>
          {list.map((o, i) =>
            o.kind === kind ? (
              <View key={o.id} className='ca-occ__row' data-occasion={o.id}>
                <Field
                  label='事项'
                  value={o.name}
                  placeholder='如：思想出现波动时'
                  maxlength={OCCASION_NAME_MAX}
                  onInput={(name) => edit(list.map((x, j) => (j === i ? { ...x, name } : x)))}
                />
                <Text className='ca-occ__remove' aria-role='button' onClick={() => edit(list.filter((_, j) => j !== i))}>
                  删除
                </Text>
              </View>
            ) : null
          )}
          {list.length < MAX_OCCASIONS ? (
            <Text className='ca-occ__add' aria-role='button' onClick={() => edit([...list, newOccasion(list, kind)])}>
              ＋ 添加一项
            </Text>
          ) : null}
        </View>
      ))}
      <View className='ca-occ__kind' data-weeks>
        <Text className='ca-occ__title'>长时间未参加组织生活</Text>
        <Field
          label='连续未签到（周）'
          value={weeks}
          placeholder='如：8'
          type='number'
          maxlength={2}
          note='支部书记的同步关爱提醒按此周数提示谈心谈话'
          onInput={(w) => {
            setWeeks(w)
            setSaved(false)
            setProblem(null)
          }}
        />
      </View>
      {problem ? <Text className='ca-occ__problem'>{problem}</Text> : null}
      {saved ? <Text className='ca-occ__saved'>已保存</Text> : null}
      <BigButton primary loading={busy} onTap={save}>
        保存
      </BigButton>
    </View>
  )
}
