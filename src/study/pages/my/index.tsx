import { View, Text } from '@tarojs/components'
import { MATERIAL_LABEL } from '@shared/study/api'
import { quarterName } from '@shared/study/windows'
import { ANALYSIS_STATUS_LABEL } from '@shared/study/api'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import { study } from '@/study/service'
import { reportPage, STUDY_PAGES } from '@/study/routes'
import { hoursText, taskStatus } from '@/study/view'
import StatusView from '@/core/components/StatusView'
import Tag from '@/core/components/Tag'
import '@/study/pages.css'

/**
 * 我的学习 (every member): this year's class hours and required tasks done, each task pushed to me (status,
 * deadline, overdue) → the report page, and the quarter's Party-spirit analysis → its page. One call: myStudy.
 */
export default function MyStudyPage() {
  const { data, error, reload } = useCloudLoad(() => study.myStudy())
  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const w = data.window
  return (
    <View className='page'>
      <Text className='page__heading'>{data.year}年我的学习</Text>
      <View className='st-summary'>
        <View>
          <Text className='st-figure' data-figure='hours'>
            {hoursText(data.hours)}
          </Text>
          <Text className='st-caption'>已认定学时</Text>
        </View>
        <View>
          <Text className='st-figure' data-figure='done'>
            {data.requiredDone}/{data.requiredDue}
          </Text>
          <Text className='st-caption'>必学任务完成</Text>
        </View>
      </View>
      <View className='st-block' data-analysis onClick={() => openPage(STUDY_PAGES.analysis)}>
        <View className='st-row'>
          <Text className='st-title'>{quarterName(w.year, w.quarter)}党性分析</Text>
          <Tag tone={data.analysis?.status === 'returned' ? 'red' : 'plain'}>
            {data.analysis ? ANALYSIS_STATUS_LABEL[data.analysis.status] : '未填写'}
          </Tag>
        </View>
        <Text className='st-line'>
          {w.from} 起填写，{w.due} 前提交
        </Text>
      </View>
      {data.tasks.length === 0 ? <Text className='page__sub'>还没有布置给你的学习任务</Text> : null}
      {data.tasks.map((t) => {
        const s = taskStatus(t)
        return (
          <View key={t.task._id} className='st-block' data-task={t.task._id} onClick={() => openPage(reportPage(t.task._id))}>
            <View className='st-row'>
              <Text className='st-title'>{t.task.title}</Text>
              <Tag tone={s.tone}>{s.label}</Tag>
            </View>
            <Text className='st-line'>
              {t.task.required ? '必学' : '选学'} · {hoursText(t.task.hours)} · {MATERIAL_LABEL[t.task.material.kind]}
              {t.task.material.attachment ? ' · 有附件' : ''} · 截止 {t.task.deadline}
            </Text>
          </View>
        )
      })}
    </View>
  )
}
