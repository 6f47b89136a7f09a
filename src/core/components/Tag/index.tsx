import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'
import { cx } from '@/core/components/cx'
import './style.css'

export type TagTone = 'plain' | 'red' | 'warn' | 'blue'

/** A small pill. `warn` (orange) marks what a secretary must notice, e.g. dispatched or gig members. */
export default function Tag(props: { tone?: TagTone; children?: ReactNode }) {
  return <Text className={cx('tag', `tag--${props.tone ?? 'plain'}`)}>{props.children}</Text>
}
