import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { WhoamiResult } from '@shared/member/api'
import { CloudError } from '@/core/cloud'
import { caller, TODO_FRESH_MS } from '@/core/caller'
import { devSession, isLocalMode } from '@/core/devSession'
import { openPage, relaunch } from '@/core/nav'
import { PAGES } from '@/core/session'
import { useCloudLoad } from '@/core/useCloudLoad'
import { partyStatusLabel } from '@shared/member/labels'
import { todoLine } from '@/assessment/todo'
import { cardTodoLine } from '@/commitment/todo'
import { birthdayTodoLine } from '@/birthday/todo'
import { studyTodoLine } from '@/study/todo'
import { careTodoLine } from '@/care/todo'
import { COMING_SOON, TILES, homeSections, tileNote } from './layout'
import EntryTile from '@/core/components/EntryTile'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import TodoList from '@/core/components/TodoList'
import './index.css'

async function loadCaller(): Promise<WhoamiResult> {
  const who = await caller({ maxAgeMs: TODO_FRESH_MS })
  if (!who.bound) throw new CloudError('NOT_BOUND', '请先绑定党员身份')
  return who
}

/** Home: greeting, what waits for me (待办), then my tools: committee's, branch's, my own. One call at most. */
export default function HomePage() {
  const { data: current, error, reload } = useCloudLoad(loadCaller)
  // Back on home: the session's caller, unless a write changed the to-do (then dropped) or it is old.
  const shown = useRef(0)
  useDidShow(() => {
    if (shown.current++ > 0) reload()
  })

  // A bound caller always has a member (whoami's contract); until then the page is loading.
  if (!current?.member) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }

  const me = current.member
  const orgs = current.orgs ?? {}
  const branch = orgs[me.assessingOrgId]?.name ?? orgs[me.activeOrgIds[0]]?.name ?? ''
  const sections = homeSections(current.roles ?? me.roles)

  return (
    <View className='page home'>
      <View className='home__hello'>
        <Text className='home__name'>{me.name}，您好</Text>
        <Text className='home__branch'>{branch}</Text>
        <Text className='home__status'>{partyStatusLabel(me.partyStatus)}</Text>
      </View>
      <TodoList
        heading='待办'
        entries={[
          ...(current.birthdayTodo ?? []).map(birthdayTodoLine),
          ...(current.todo ?? []).map(todoLine),
          ...(current.cardTodo ?? []).map(cardTodoLine),
          ...(current.studyTodo ?? []).map(studyTodoLine),
          ...(current.careTodo ?? []).map(careTodoLine)
        ]}
      />
      {sections.map((s) => (
        <View key={s.id} className='home__section' data-section={s.id}>
          {sections.length > 1 ? <Text className='home__section-title'>{s.title}</Text> : null}
          <View className='home__tiles'>
            {s.tiles.map((id) => (
              <EntryTile key={id} title={TILES[id].title} note={tileNote(id, current.roles)} onTap={() => openPage(TILES[id].url)} />
            ))}
            {s.id === 'mine' ? COMING_SOON.map((t) => <EntryTile key={t} title={t} disabled />) : null}
          </View>
        </View>
      ))}
      {isLocalMode() ? (
        <BigButton
          onTap={async () => {
            try {
              await devSession.logout()
            } finally {
              relaunch(PAGES.login)
            }
          }}
        >
          切换演示身份
        </BigButton>
      ) : null}
    </View>
  )
}
