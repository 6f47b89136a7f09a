import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { CardTemplate, CommitmentApi } from '@shared/commitment/api'
import { cstDateTime } from '@shared/core/time'
import { errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { commitment } from '@/commitment/service'
import {
  MAX_SECTIONS,
  fromTemplateDraft,
  newSectionId,
  templateProblem,
  toTemplateDraft,
  versionLabel,
  type SectionDraft,
  type TemplateDraft
} from '@/commitment/templateForm'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Chips from '@/core/components/Chips'
import Field from '@/core/components/Field'
import './index.css'

type Loaded = CommitmentApi['getTemplate']['res']

/**
 * 承诺卡模板 (committee staff): the sections (name, least and most items), the quarterly self-check window and
 * whether group leaders review; saved as a new version (a year's cards keep the version they started with).
 */
export default function TemplatePage() {
  const { data, error, reload } = useCloudLoad<Loaded>(() => commitment.getTemplate())
  const [current, setCurrent] = useState<CardTemplate | null>(null)
  const [draft, setDraft] = useState<TemplateDraft | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (data) {
      setCurrent(data.template)
      setDraft(toTemplateDraft(data.template))
    }
  }, [data])

  if (!data || !draft || !current) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const set = (patch: Partial<TemplateDraft>) => {
    setDraft({ ...draft, ...patch })
    setProblem(null)
    setDone(null)
  }
  const setSection = (i: number, patch: Partial<SectionDraft>) =>
    set({ sections: draft.sections.map((s, n) => (n === i ? { ...s, ...patch } : s)) })
  const save = async () => {
    const bad = templateProblem(draft)
    setProblem(bad)
    if (bad) return
    setBusy(true)
    try {
      const { template } = await commitment.saveTemplate(fromTemplateDraft(draft))
      setCurrent(template)
      setDone(`已保存为第 ${template.version} 版，之后新建的承诺卡使用此版本`)
    } catch (e) {
      setProblem(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page cm-tpl'>
      <Text className='page__heading'>承诺卡模板</Text>
      <Text className='page__sub'>
        当前：{versionLabel(current)}
        {current.savedAt ? `，${cstDateTime(current.savedAt)} 保存` : ''}
        {data.versions.length > 1 ? `（共 ${data.versions.length} 个版本）` : ''}
      </Text>
      {draft.sections.map((s, i) => (
        <View key={s.id} className='cm-tpl__section' data-section={s.id}>
          <View className='cm-tpl__head'>
            <Text className='cm-tpl__no'>栏目 {i + 1}</Text>
            {draft.sections.length > 1 ? (
              <View
                className='cm-tpl__remove'
                aria-role='button'
                onClick={() => set({ sections: draft.sections.filter((_, n) => n !== i) })}
              >
                删除
              </View>
            ) : null}
          </View>
          <Field label='栏目名称' value={s.name} placeholder='例如：工作目标' maxlength={12} onInput={(name) => setSection(i, { name })} />
          <Field
            label='最少条数'
            narrow
            type='number'
            value={s.minItems}
            placeholder='1'
            maxlength={1}
            onInput={(minItems) => setSection(i, { minItems })}
          />
          <Field
            label='最多条数'
            narrow
            type='number'
            value={s.maxItems}
            placeholder='5'
            maxlength={1}
            onInput={(maxItems) => setSection(i, { maxItems })}
          />
        </View>
      ))}
      {draft.sections.length < MAX_SECTIONS ? (
        <View
          className='cm-tpl__add'
          aria-role='button'
          onClick={() =>
            set({ sections: [...draft.sections, { id: newSectionId(draft.sections), name: '', minItems: '1', maxItems: '5' }] })
          }
        >
          ＋ 添加栏目
        </View>
      ) : null}

      <Text className='cm-tpl__title'>季度自查时间</Text>
      <View className='cm-tpl__box'>
        <Field
          label='季度最后几天开始'
          narrow
          type='number'
          value={draft.daysBeforeQuarterEnd}
          placeholder='15'
          maxlength={2}
          onInput={(daysBeforeQuarterEnd) => set({ daysBeforeQuarterEnd })}
        />
        <Field
          label='次月几日截止'
          narrow
          type='number'
          value={draft.dayOfNextMonth}
          placeholder='15'
          maxlength={2}
          onInput={(dayOfNextMonth) => set({ dayOfNextMonth })}
        />
        <Text className='cm-tpl__hint'>例：15 和 15 表示每季度最后 15 天起，到下个月 15 日止</Text>
      </View>

      <Text className='cm-tpl__title'>党小组组长审核</Text>
      <Chips
        options={[
          { value: 'no', label: '不允许' },
          { value: 'yes', label: '允许审核本组党员' }
        ]}
        isOn={(v) => (v === 'yes') === draft.groupLeadersReview}
        onTap={(v) => set({ groupLeadersReview: v === 'yes' })}
      />
      {problem ? <Text className='cm-tpl__error'>{problem}</Text> : null}
      {done ? <Text className='cm-tpl__ok'>{done}</Text> : null}
      <BigButton primary loading={busy} onTap={save}>
        保存为新版本
      </BigButton>
    </View>
  )
}
