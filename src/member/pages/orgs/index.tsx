import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import type { Org, OrgKind } from '@shared/member/api'
import { member } from '@/member/service'
import { errorMessage } from '@/core/cloud'
import { useCloudLoad } from '@/core/useCloudLoad'
import { orgKindLabel } from '@shared/member/labels'
import { flattenTree, kindsFor, parentChoices, parentRequired } from '@/member/orgTree'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import Tag from '@/core/components/Tag'
import { cx } from '@/core/components/cx'
import Chips from '@/core/components/Chips'
import './index.css'

interface Draft {
  _id?: string
  name: string
  kind: OrgKind
  parentId: string | null
  external: boolean
}

const NEW_ORG: Draft = { name: '', kind: 'branch', parentId: null, external: false }

/** Committee staff: the org tree, indented by parent, with add and edit (saveOrg). */
export default function OrgsPage() {
  const { data: orgs, error, reload: load } = useCloudLoad<Org[]>(async () => (await member.orgTree()).orgs)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [busy, setBusy] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  if (!orgs) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={load} />
      </View>
    )
  }

  const byId = new Map(orgs.map((o) => [o._id, o]))
  const open = (d: Draft) => {
    setDraft(d)
    setFormError(null)
    setNotice(null)
  }
  const change = (patch: Partial<Draft>) => {
    if (!draft) return
    const next = { ...draft, ...patch }
    // A kind or external change may make the parent invalid: clear it rather than send a bad one.
    if (!kindsFor(next.external).includes(next.kind)) next.kind = 'branch'
    if (next.parentId && !parentChoices(next, orgs).some((o) => o._id === next.parentId)) next.parentId = null
    setDraft(next)
    setFormError(null)
  }

  const save = async () => {
    if (!draft) return
    const name = draft.name.trim()
    if (!name) {
      setFormError('请输入组织名称')
      return
    }
    if (parentRequired(draft.kind, draft.external) && !draft.parentId) {
      setFormError('请选择上级组织')
      return
    }
    setBusy(true)
    setFormError(null)
    try {
      const { org } = await member.saveOrg({
        ...(draft._id ? { _id: draft._id } : {}),
        name,
        kind: draft.kind,
        parentId: draft.parentId,
        external: draft.external
      })
      setDraft(null)
      setNotice(`已保存：${org.name}`)
      await load()
    } catch (e) {
      setFormError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const choices = draft ? parentChoices(draft, orgs) : []

  return (
    <View className='page orgs'>
      {notice ? <Text className='orgs__notice'>{notice}</Text> : null}
      {draft ? (
        <View className='org-form'>
          <Text className='org-form__title'>{draft._id ? '修改组织' : '新增组织'}</Text>
          <Text className='org-form__label'>名称</Text>
          <Input
            className='org-form__input'
            placeholder='组织名称，如 第三养护中心党支部'
            value={draft.name}
            maxlength={60}
            onInput={(e) => change({ name: e.detail.value })}
          />
          <Text className='org-form__label'>范围</Text>
          <Chips
            options={[
              { value: 'ours', label: '本党委' },
              { value: 'external', label: '外部组织（村、社区、平台）' }
            ]}
            isOn={(v) => draft.external === (v === 'external')}
            onTap={(v) => change({ external: v === 'external' })}
          />
          <Text className='org-form__label'>类型</Text>
          <Chips
            options={kindsFor(draft.external).map((k) => ({ value: k, label: orgKindLabel(k) }))}
            isOn={(k) => draft.kind === k}
            onTap={(kind) => change({ kind })}
          />
          <Text className='org-form__label'>上级组织</Text>
          <View className='org-form__parents'>
            {parentRequired(draft.kind, draft.external) ? null : (
              <View
                className={cx('org-form__parent', draft.parentId === null && 'org-form__parent--on')}
                aria-role='tab'
                onClick={() => change({ parentId: null })}
              >
                无上级
              </View>
            )}
            {choices.map((o) => (
              <View
                key={o._id}
                className={cx('org-form__parent', draft.parentId === o._id && 'org-form__parent--on')}
                aria-role='tab'
                onClick={() => change({ parentId: o._id })}
              >
                {o.name}
              </View>
            ))}
            {choices.length === 0 && parentRequired(draft.kind, draft.external) ? (
              <Text className='org-form__none'>没有可作为上级的组织</Text>
            ) : null}
          </View>
          {formError ? <Text className='org-form__error'>{formError}</Text> : null}
          <BigButton primary loading={busy} onTap={save}>
            保存
          </BigButton>
          <BigButton onTap={() => setDraft(null)}>取消</BigButton>
        </View>
      ) : (
        <BigButton primary onTap={() => open({ ...NEW_ORG })}>
          新增组织
        </BigButton>
      )}
      <Text className='page__sub'>点组织可修改名称、类型和上级</Text>
      <View className='orgs__list'>
        {flattenTree(orgs).map(({ org, depth }) => (
          <View
            key={org._id}
            className={cx('orgs__row', `orgs__row--d${Math.min(depth, 3)}`, draft?._id === org._id && 'orgs__row--on')}
            hoverClass='orgs__row--pressed'
            aria-role='button'
            onClick={() =>
              open({
                _id: org._id,
                name: org.name,
                kind: org.kind,
                parentId: org.parentId && byId.has(org.parentId) ? org.parentId : null,
                external: org.external
              })
            }
          >
            <Text className='orgs__name'>{org.name}</Text>
            <View className='orgs__tags'>
              <Tag tone={org.kind === 'group' ? 'plain' : 'blue'}>{orgKindLabel(org.kind)}</Tag>
              {org.external ? <Tag tone='warn'>外部</Tag> : null}
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
