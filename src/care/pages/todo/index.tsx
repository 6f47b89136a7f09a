import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { TRIGGER_LABEL, type CareTodo } from '@shared/care/api'
import { routeParam } from '@/assessment/service'
import { caller } from '@/core/caller'
import { CloudError } from '@/core/cloud'
import { openPage } from '@/core/nav'
import { useCloudLoad } from '@/core/useCloudLoad'
import StatusView from '@/core/components/StatusView'
import { memberCarePage } from '@/care/routes'
import { care } from '@/care/service'
import './index.css'

/** The org: ?orgId=, else the first org the caller is secretary of (the session's caller: no call). */
async function load(): Promise<{ todos: CareTodo[]; weeks: number; members: Array<{ _id: string; name: string }> }> {
  const who = await caller()
  if (!who.bound) throw new CloudError('NOT_BOUND', '请先绑定党员身份')
  const orgId = routeParam(Taro.getCurrentInstance()?.router?.params, 'orgId') || who.roles?.find((r) => r.role === 'secretary')?.orgId
  if (!orgId) throw new CloudError('FORBIDDEN', '只有支部书记可以查看关爱提醒')
  return care.todo(orgId)
}

/** 同步关爱 (the branch secretary): who needs a talk or a visit now, and why; a tap opens the member's records. One call. */
export default function CareTodoPage() {
  const { data, error, reload } = useCloudLoad(load)
  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  return (
    <View className='page ca-todo'>
      <Text className='page__heading'>同步关爱 · 提醒</Text>
      <Text className='ca-todo__note'>
        六必谈、五必访：评议黄旗及以下、{data.weeks} 周未参加组织生活、逢十政治生日、生活困难、党性分析被返单
      </Text>
      {data.todos.length === 0 ? <Text className='ca-todo__empty'>暂时没有需要谈心谈话或走访的党员</Text> : null}
      <View className='ca-todo__list'>
        {data.todos.map((t) => (
          <View
            key={`${t.kind}:${t.memberId}`}
            className='ca-todo__row'
            data-kind={t.kind}
            aria-role='button'
            onClick={() => openPage(memberCarePage(t.memberId))}
          >
            <Text className='ca-todo__name'>{t.name}</Text>
            <Text className='ca-todo__kind'>{TRIGGER_LABEL[t.kind]}</Text>
            <Text className='ca-todo__detail'>{t.detail} ›</Text>
          </View>
        ))}
      </View>
      <Text className='ca-todo__section'>本支部党员（记录谈话、走访，标记生活困难）</Text>
      <View className='ca-todo__members'>
        {data.members.map((m) => (
          <Text key={m._id} className='ca-todo__member' aria-role='button' onClick={() => openPage(memberCarePage(m._id))}>
            {m.name}
          </Text>
        ))}
      </View>
    </View>
  )
}
