import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { TASK_SCOPES, TASK_SCOPE_LABEL, type TaskScope, type XTask } from '@shared/commitment/api'
import type { RosterEntry } from '@shared/member/api'
import { cstDate } from '@shared/core/time'
import { errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { member } from '@/member/service'
import { routeParam } from '@/assessment/service'
import { commitment } from '@/commitment/service'
import { emptyTask, taskProblem, taskRequest, type TaskDraft } from '@/commitment/taskForm'
import { yearRange } from '@/commitment/form'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Chips from '@/core/components/Chips'
import Field from '@/core/components/Field'
import PickField from '@/core/components/PickField'
import './index.css'

/**
 * 组织任务 (X): the org's tasks this year, and a form to add one — assigned to all or some members, or a 揭榜挂帅
 * challenge with a number of takers; 年度/季度/月度; a deadline in the year. The roster is asked only when
 * 选择部分党员 is tapped.
 */
export default function TasksPage() {
  const orgId = routeParam(Taro.getCurrentInstance()?.router?.params, 'orgId')
  const { data, error, reload } = useCloudLoad(() => commitment.listTasks(orgId))
  const [added, setAdded] = useState<XTask[]>([])
  const [draft, setDraft] = useState<TaskDraft>(emptyTask)
  const [people, setPeople] = useState<RosterEntry[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const year = Number(cstDate(new Date()).slice(0, 4))
  const tasks = [...added, ...data.tasks]
  const set = (patch: Partial<TaskDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setProblem(null)
    setDone(null)
  }
  const pickSome = async () => {
    set({ everyone: false })
    if (people) return
    try {
      const r = await member.roster({ orgId })
      setPeople(r.members.filter((m) => m.relation.includes('assessing')))
    } catch (e) {
      setProblem(errorMessage(e))
    }
  }
  const create = async () => {
    const bad = taskProblem(draft, year)
    setProblem(bad)
    if (bad) return
    setBusy(true)
    try {
      const { task } = await commitment.createTask(taskRequest(draft, orgId, year))
      setAdded((a) => [task, ...a])
      setDraft(emptyTask())
      setDone(task.kind === 'challenge' ? '已发布揭榜挂帅任务' : '已下达任务')
    } catch (e) {
      setProblem(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const range = yearRange(year)

  return (
    <View className='page cm-tasks'>
      <Text className='page__heading'>{year}年组织任务</Text>
      <View className='cm-tasks__list'>
        {tasks.length === 0 ? <Text className='cm-tasks__empty'>还没有组织任务</Text> : null}
        {tasks.map((t) => (
          <View key={t._id} className='cm-tasks__row' data-task={t._id}>
            <Text className='cm-tasks__title'>{t.title}</Text>
            <Text className='cm-tasks__line'>
              {t.kind === 'challenge' ? `揭榜挂帅 · 已揭榜 ${t.takers.length}/${t.limit ?? 0}` : TASK_SCOPE_LABEL[t.scope]}
              {t.kind === 'assigned' ? ` · ${t.assignees === 'all' ? '全体党员' : `${t.assignees.length} 人`}` : ''} · 完成时限 {t.deadline}
            </Text>
            <Text className='cm-tasks__line'>目标：{t.target}</Text>
          </View>
        ))}
      </View>

      <Text className='cm-tasks__heading'>新建任务</Text>
      <View className='cm-tasks__form'>
        <Chips
          options={[
            { value: 'assigned', label: '指派任务' },
            { value: 'challenge', label: '揭榜挂帅' }
          ]}
          isOn={(k) => k === draft.kind}
          onTap={(kind) => set({ kind: kind as XTask['kind'] })}
        />
        <Chips
          options={TASK_SCOPES.map((s) => ({ value: s, label: TASK_SCOPE_LABEL[s] }))}
          isOn={(s) => s === draft.scope}
          onTap={(scope) => set({ scope: scope as TaskScope })}
        />
        <Field label='任务名称' value={draft.title} placeholder='例如：冬季除雪保通' maxlength={60} onInput={(title) => set({ title })} />
        <Field
          label='任务目标'
          value={draft.target}
          placeholder='可衡量的目标，例如：责任路段 2 小时内通车'
          maxlength={200}
          onInput={(target) => set({ target })}
        />
        <PickField
          label='完成时限'
          mode='date'
          field='task-deadline'
          value={draft.deadline}
          start={range.start}
          end={range.end}
          onPick={(deadline) => set({ deadline })}
        />
        {draft.kind === 'challenge' ? (
          <Field
            label='揭榜人数上限'
            value={draft.limit}
            placeholder='人数'
            type='number'
            maxlength={3}
            onInput={(limit) => set({ limit })}
          />
        ) : (
          <>
            <Chips
              options={[
                { value: 'all', label: '全体党员' },
                { value: 'some', label: '选择部分党员' }
              ]}
              isOn={(v) => (v === 'all') === draft.everyone}
              onTap={(v) => (v === 'all' ? set({ everyone: true }) : pickSome())}
            />
            {!draft.everyone && people ? (
              <Chips
                multi
                options={people.map((p) => ({ value: p._id, label: p.name }))}
                isOn={(id) => draft.assignees.includes(id)}
                onTap={(id) =>
                  set({ assignees: draft.assignees.includes(id) ? draft.assignees.filter((a) => a !== id) : [...draft.assignees, id] })
                }
              />
            ) : null}
          </>
        )}
        {problem ? <Text className='cm-tasks__error'>{problem}</Text> : null}
        {done ? <Text className='cm-tasks__ok'>{done}</Text> : null}
        <BigButton primary loading={busy} onTap={create}>
          {draft.kind === 'challenge' ? '发布揭榜' : '下达任务'}
        </BigButton>
      </View>
    </View>
  )
}
