import { useCallback, useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { Org, RoleGrant, RoleName } from '@shared/member/api'
import { member } from '@/member/service'
import { errorMessage } from '@/core/cloud'
import { orgKindLabel, roleLabel } from '@shared/member/labels'
import { flattenTree, rolesFor } from '@/member/orgTree'
import BigButton from '@/core/components/BigButton'
import { cx } from '@/core/components/cx'
import Chips from '@/core/components/Chips'
import './style.css'

const same = (a: RoleGrant[], b: RoleGrant[]) => a.length === b.length && a.every((g, i) => g.orgId === b[i].orgId && g.role === b[i].role)

/**
 * Committee staff: a member's roles as a list of {org, role} grants. Remove, add (org, then role),
 * then save: setRoles replaces the whole list; the server checks it and its message is shown.
 */
export default function RoleEditor(props: { memberId: string; roles: RoleGrant[]; onSaved?: (roles: RoleGrant[]) => void }) {
  const [saved, setSaved] = useState<RoleGrant[]>(props.roles)
  const [draft, setDraft] = useState<RoleGrant[]>(props.roles)
  const [orgs, setOrgs] = useState<Org[] | null>(null)
  const [orgsError, setOrgsError] = useState<string | null>(null)
  const [adding, setAdding] = useState(false)
  const [pickOrg, setPickOrg] = useState<Org | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const loadOrgs = useCallback(async () => {
    setOrgsError(null)
    try {
      setOrgs((await member.orgTree()).orgs)
    } catch (e) {
      setOrgsError(errorMessage(e))
    }
  }, [])

  useEffect(() => {
    loadOrgs()
  }, [loadOrgs])

  const byId = new Map((orgs ?? []).map((o) => [o._id, o]))
  const nameOf = (id: string) => byId.get(id)?.name ?? id
  const dirty = !same(draft, saved)

  const remove = (i: number) => {
    setDraft(draft.filter((_, j) => j !== i))
    setNotice(null)
    setError(null)
  }

  const add = (role: RoleName) => {
    if (!pickOrg) return
    if (!draft.some((g) => g.orgId === pickOrg._id && g.role === role)) setDraft([...draft, { orgId: pickOrg._id, role }])
    setPickOrg(null)
    setAdding(false)
    setNotice(null)
    setError(null)
  }

  const save = async () => {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      const { member: updated } = await member.setRoles(props.memberId, draft)
      setSaved(updated.roles)
      setDraft(updated.roles)
      setNotice('职务已保存')
      props.onSaved?.(updated.roles)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='role-editor'>
      <Text className='role-editor__title'>职务与权限</Text>
      {draft.length === 0 ? <Text className='role-editor__empty'>暂无职务</Text> : null}
      <View className='role-editor__list'>
        {draft.map((g, i) => (
          <View key={`${g.orgId}/${g.role}`} className='role-editor__row'>
            <View className='role-editor__grant'>
              <Text className='role-editor__role'>{roleLabel(g.role)}</Text>
              <Text className='role-editor__org'>{nameOf(g.orgId)}</Text>
            </View>
            <View className='role-editor__remove' aria-role='button' onClick={() => remove(i)}>
              移除
            </View>
          </View>
        ))}
      </View>
      {orgsError ? <Text className='role-editor__error'>组织列表加载失败：{orgsError}</Text> : null}
      {adding ? (
        <View className='role-editor__add'>
          {pickOrg ? (
            <View>
              <Text className='role-editor__step'>在「{pickOrg.name}」担任：</Text>
              <Chips flush options={rolesFor(pickOrg.kind).map((r) => ({ value: r, label: roleLabel(r) }))} onTap={add} />
              <View className='role-editor__link' aria-role='button' onClick={() => setPickOrg(null)}>
                换一个组织
              </View>
            </View>
          ) : (
            <View>
              <Text className='role-editor__step'>选择组织：</Text>
              {flattenTree(orgs ?? [])
                .filter((r) => !r.org.external)
                .map(({ org, depth }) => (
                  <View
                    key={org._id}
                    className={cx('role-editor__org-row', `role-editor__org-row--d${Math.min(depth, 3)}`)}
                    aria-role='button'
                    onClick={() => setPickOrg(org)}
                  >
                    <Text>{org.name}</Text>
                    <Text className='role-editor__kind'>{orgKindLabel(org.kind)}</Text>
                  </View>
                ))}
            </View>
          )}
          <View
            className='role-editor__link'
            aria-role='button'
            onClick={() => {
              setAdding(false)
              setPickOrg(null)
            }}
          >
            取消添加
          </View>
        </View>
      ) : (
        <BigButton disabled={!orgs} onTap={() => setAdding(true)}>
          添加职务
        </BigButton>
      )}
      {error ? <Text className='role-editor__error'>{error}</Text> : null}
      {notice ? <Text className='role-editor__notice'>{notice}</Text> : null}
      <BigButton primary disabled={!dirty} loading={busy} onTap={save}>
        保存职务
      </BigButton>
    </View>
  )
}
