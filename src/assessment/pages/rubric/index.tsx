import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { DERIVED_METRICS, DERIVED_METRIC_LABEL, FLAG_LABEL, SOURCES, SOURCE_LABEL, type Rubric } from '@shared/assessment/api'
import { CloudError, callCloud, errorMessage } from '@/core/cloud'
import { member } from '@/member/service'
import { useCloudLoad } from '@/core/useCloudLoad'
import { isStaff } from '@shared/member/roles'
import { cstDateTime } from '@shared/core/time'
import { RUBRIC_LIMITS } from '@shared/assessment/rubric'
import {
  checkRubric,
  fieldPaths,
  fromDraft,
  newId,
  placeIssues,
  rubricSums,
  toDraft,
  type Issue,
  type AspectDraft,
  type BonusDraft,
  type ItemDraft,
  type RubricDraft,
  type VetoDraft
} from '@/assessment/rubricDraft'
import { anchorOf, aspectsWithProblems, firstProblem, problemCount, SAVE_ANCHOR } from '@/assessment/rubricJump'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import { cx } from '@/core/components/cx'
import Chips from '@/core/components/Chips'
import Field from '@/core/components/Field'
import './index.css'

interface Loaded {
  staff: boolean
  rubric: Rubric | null
  versions: Rubric[]
}

const serverIssues = (e: unknown): Issue[] =>
  e instanceof CloudError && e.code === 'RUBRIC_INVALID' && Array.isArray(e.details)
    ? (e.details as Issue[])
        .filter((d) => d && typeof d.message === 'string')
        .map((d) => ({ path: String(d.path ?? ''), message: d.message }))
    : []

function Sum(props: { label: string; value: number; target?: number; unit: string }) {
  const ok = props.target === undefined || props.value === props.target
  return (
    <Text className={cx('rubric__sum', ok ? 'rubric__sum--ok' : 'rubric__sum--bad')} data-ok={ok ? 'true' : 'false'}>
      {props.label} {props.value}
      {props.target !== undefined ? ` / ${props.target}` : ''} {props.unit}
    </Text>
  )
}

/** 考评细则 (committee staff): view the current rubric and its versions; edit and save a new version. */
export default function AssessRubricPage() {
  const { data, error, reload } = useCloudLoad<Loaded>(async () => {
    const who = await member.whoami()
    const staff = isStaff(who.roles ?? who.member?.roles)
    if (!staff) return { staff, rubric: null, versions: [] }
    // The newest saved version is the current one; only a committee without one asks for the default.
    const list = await callCloud('assessment', { action: 'listRubrics' })
    const current = list.rubrics[0] ?? (await callCloud('assessment', { action: 'getRubric' })).rubric
    return { staff, rubric: current, versions: list.rubrics }
  })
  const [base, setBase] = useState<Rubric | null>(null)
  const [draft, setDraft] = useState<RubricDraft | null>(null)
  const [tried, setTried] = useState(false)
  const [fromServer, setFromServer] = useState<Issue[]>([])
  const [busy, setBusy] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  // Aspects start folded (the full rubric is ~15,000 px); a failed save opens those with problems.
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set())
  // Where a failed save scrolls to, once the opened aspects are rendered (n re-triggers the same anchor).
  const [jump, setJump] = useState<{ anchor: string; n: number } | null>(null)
  useEffect(() => {
    if (jump) Taro.pageScrollTo({ selector: `#${jump.anchor}`, duration: 300 })
  }, [jump])

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  if (!data.staff || !data.rubric) {
    return (
      <View className='page'>
        <StatusView error='考评细则由党委工作人员维护，您没有编辑权限' />
      </View>
    )
  }

  const shownBase = base ?? data.rubric
  const d = draft ?? toDraft(shownBase)
  const sums = rubricSums(d)
  const issues = tried ? [...checkRubric(d), ...fromServer] : fromServer
  const placed = placeIssues(issues, fieldPaths(d))
  const at = (path: string) => placed.at[path] ?? []

  const change = (f: (x: RubricDraft) => void) => {
    const next: RubricDraft = JSON.parse(JSON.stringify(d))
    f(next)
    setDraft(next)
    setFromServer([])
    setNotice(null)
  }
  const setItem = (ai: number, ii: number, patch: Partial<ItemDraft>) => change((x) => Object.assign(x.aspects[ai].items[ii], patch))
  const setFields = (patch: Partial<RubricDraft>) => change((x) => Object.assign(x, patch))
  const setAspect = (ai: number, patch: Partial<AspectDraft>) => change((x) => Object.assign(x.aspects[ai], patch))
  const setBonus = (i: number, patch: Partial<BonusDraft>) => change((x) => Object.assign(x.bonusItems[i], patch))
  const setVeto = (i: number, patch: Partial<VetoDraft>) => change((x) => Object.assign(x.vetoItems[i], patch))
  const unfold = (ids: readonly string[], open = true) =>
    setUnfolded((prev) => {
      const next = new Set(prev)
      for (const id of ids)
        if (open) next.add(id)
        else next.delete(id)
      return next
    })
  const allOpen = d.aspects.length > 0 && d.aspects.every((a) => unfolded.has(a.id))
  /** After a failed save: open the aspects holding problems, go to the first one, say how many. */
  const showProblems = (found: Issue[], message: string) => {
    const p = placeIssues(found, fieldPaths(d))
    unfold(aspectsWithProblems(p.at).map((i) => d.aspects[i].id))
    const anchor = firstProblem(p.at, p.rest)
    if (anchor) setJump((prev) => ({ anchor, n: (prev?.n ?? 0) + 1 }))
    setSaveError(`${message}（共 ${problemCount(p.at, p.rest)} 处），已转到第一处，请按提示修改后再保存`)
  }

  const view = async (id: string) => {
    setSaveError(null)
    try {
      const r = await callCloud('assessment', { action: 'getRubric', rubricId: id })
      setBase(r.rubric)
      setDraft(null)
      setTried(false)
      setFromServer([])
    } catch (e) {
      setSaveError(errorMessage(e))
    }
  }

  const save = async () => {
    setTried(true)
    setSaveError(null)
    setNotice(null)
    const local = checkRubric(d)
    if (local.length) {
      showProblems(local, '细则有误')
      return
    }
    setBusy(true)
    try {
      const { rubric } = await callCloud('assessment', { action: 'saveRubric', rubric: fromDraft(d) })
      setBase(rubric)
      setDraft(null)
      setTried(false)
      setNotice(`已保存为第 ${rubric.version} 版。已开启的考评仍使用开启时的版本。`)
      await reload()
    } catch (e) {
      const found = serverIssues(e)
      setFromServer(found)
      if (found.length) showProblems(found, errorMessage(e))
      else setSaveError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page rubric'>
      <Text className='page__heading'>考评细则</Text>
      <Text className='page__sub'>
        {shownBase._id === 'default'
          ? '系统默认细则（尚未保存过版本）'
          : `第 ${shownBase.version} 版，${cstDateTime(shownBase.createdAt)} 保存`}
        。保存即生成新版本，已开启的考评不受影响。
      </Text>
      {data.versions.length ? (
        <View className='rubric__versions'>
          <Text className='rubric__label'>历史版本</Text>
          <Chips
            options={data.versions.map((v) => ({ value: v._id, label: `第 ${v.version} 版 ${cstDateTime(v.createdAt).slice(0, 10)}` }))}
            isOn={(id) => id === shownBase._id}
            onTap={view}
          />
        </View>
      ) : null}

      <View className='rubric__block' id={anchorOf('name')}>
        <Field
          label='细则名称'
          value={d.name}
          placeholder='如 党员量化考评细则'
          maxlength={RUBRIC_LIMITS.name}
          errors={at('name')}
          onInput={(v) => setFields({ name: v })}
        />
      </View>

      <View className='rubric__block' id={anchorOf('weights')}>
        <Text className='rubric__title'>评分来源权重（%）</Text>
        {SOURCES.map((s) => (
          <Field
            key={s}
            narrow
            label={SOURCE_LABEL[s]}
            type='number'
            value={d.weights[s]}
            placeholder={`${SOURCE_LABEL[s]}权重`}
            maxlength={3}
            errors={at(`weights.${s}`)}
            onInput={(v) => setFields({ weights: { ...d.weights, [s]: v } })}
          />
        ))}
        <Sum label='权重合计' value={sums.weights} target={100} unit='%' />
        {at('weights').map((m) => (
          <Text key={m} className='rubric__error'>
            {m}
          </Text>
        ))}
      </View>

      <View className='rubric__block' id={anchorOf('aspects')}>
        <Text className='rubric__title'>考评方面与考评项</Text>
        <Sum label='考评项满分合计' value={sums.items} target={100} unit='分' />
        {d.aspects.length ? (
          <View
            className='rubric__fold-all'
            aria-role='button'
            onClick={() =>
              unfold(
                d.aspects.map((a) => a.id),
                !allOpen
              )
            }
          >
            {allOpen ? '全部收起' : '全部展开'}
          </View>
        ) : null}
        {at('aspects').map((m) => (
          <Text key={m} className='rubric__error'>
            {m}
          </Text>
        ))}
        {d.aspects.map((a, ai) => {
          const isOpen = unfolded.has(a.id)
          const bad = Object.entries(placed.at)
            .filter(([path]) => path === `aspects.${ai}` || path.startsWith(`aspects.${ai}.`))
            .reduce((n, [, m]) => n + m.length, 0)
          return (
            <View key={a.id} className='rubric__aspect' data-aspect={a.id} id={anchorOf(`aspects.${ai}`)}>
              <View
                className={cx('rubric__aspect-head', bad > 0 && 'rubric__aspect-head--bad')}
                aria-role='button'
                onClick={() => unfold([a.id], !isOpen)}
              >
                <Text className='rubric__aspect-title'>
                  方面 {ai + 1}：{a.name.trim() || '（未命名）'}
                </Text>
                <Text className='rubric__aspect-meta'>
                  {a.items.length} 项 · {sums.aspects[a.id] ?? 0} 分{bad ? ` · ${bad} 处有误` : ''}
                </Text>
                <Text className='rubric__aspect-toggle'>{isOpen ? '收起' : '展开'}</Text>
              </View>
              {isOpen ? (
                <>
                  <Field
                    label={`方面 ${ai + 1}`}
                    value={a.name}
                    placeholder='方面名称，如 政治学习'
                    maxlength={RUBRIC_LIMITS.aspectName}
                    errors={[...at(`aspects.${ai}`), ...at(`aspects.${ai}.name`), ...at(`aspects.${ai}.items`)]}
                    onInput={(v) => setAspect(ai, { name: v })}
                  />
                  <Sum label='本方面' value={sums.aspects[a.id] ?? 0} unit='分' />
                  {a.items.map((it, ii) => {
                    const ip = `aspects.${ai}.items.${ii}`
                    return (
                      <View key={it.id} className='rubric__item' data-item={it.id} id={anchorOf(ip)}>
                        <Field
                          label={`考评项 ${ai + 1}.${ii + 1}`}
                          value={it.name}
                          placeholder='考评项名称'
                          maxlength={RUBRIC_LIMITS.itemName}
                          errors={[...at(ip), ...at(`${ip}.name`)]}
                          onInput={(v) => setItem(ai, ii, { name: v })}
                        />
                        <Field
                          narrow
                          label='满分'
                          type='digit'
                          value={it.max}
                          placeholder='分值'
                          maxlength={5}
                          errors={at(`${ip}.max`)}
                          onInput={(v) => setItem(ai, ii, { max: v })}
                        />
                        <Field
                          label='评分标准'
                          multiline
                          value={it.criteria}
                          placeholder='评分标准（给评分人看）'
                          maxlength={RUBRIC_LIMITS.criteria}
                          errors={at(`${ip}.criteria`)}
                          onInput={(v) => setItem(ai, ii, { criteria: v })}
                        />
                        <Chips
                          options={[
                            { value: 'rated', label: '评分' },
                            { value: 'derived', label: '按数据计算' }
                          ]}
                          isOn={(v) => it.scoring === v}
                          onTap={(v) => setItem(ai, ii, { scoring: v as ItemDraft['scoring'] })}
                        />
                        {it.scoring === 'rated' ? (
                          <>
                            <Text className='rubric__label'>谁来评（可多选）</Text>
                            <Chips
                              options={SOURCES.map((s) => ({ value: s, label: SOURCE_LABEL[s] }))}
                              isOn={(s) => it.sources.includes(s)}
                              onTap={(s) =>
                                setItem(ai, ii, {
                                  sources: it.sources.includes(s) ? it.sources.filter((x) => x !== s) : [...it.sources, s]
                                })
                              }
                            />
                            {at(`${ip}.sources`).map((m) => (
                              <Text key={m} className='rubric__error'>
                                {m}
                              </Text>
                            ))}
                          </>
                        ) : (
                          <>
                            <Text className='rubric__label'>数据来源</Text>
                            <Chips
                              options={DERIVED_METRICS.map((m) => ({ value: m, label: DERIVED_METRIC_LABEL[m] }))}
                              isOn={(m) => it.metric === m}
                              onTap={(metric) => setItem(ai, ii, { metric })}
                            />
                            {at(`${ip}.metric`).map((m) => (
                              <Text key={m} className='rubric__error'>
                                {m}
                              </Text>
                            ))}
                          </>
                        )}
                        <View
                          className='rubric__remove'
                          aria-role='button'
                          onClick={() => change((x) => x.aspects[ai].items.splice(ii, 1))}
                        >
                          删除此项
                        </View>
                      </View>
                    )
                  })}
                  <View className='rubric__actions'>
                    <View
                      className='rubric__add'
                      aria-role='button'
                      onClick={() =>
                        change((x) =>
                          x.aspects[ai].items.push({
                            id: newId('item', x),
                            name: '',
                            max: '',
                            criteria: '',
                            scoring: 'rated',
                            sources: [...SOURCES],
                            metric: DERIVED_METRICS[0]
                          })
                        )
                      }
                    >
                      添加考评项
                    </View>
                    <View className='rubric__remove' aria-role='button' onClick={() => change((x) => x.aspects.splice(ai, 1))}>
                      删除此方面
                    </View>
                  </View>
                </>
              ) : null}
            </View>
          )
        })}
        <View
          className='rubric__add'
          aria-role='button'
          onClick={() => {
            const id = newId('aspect', d)
            change((x) => x.aspects.push({ id, name: '', items: [] }))
            unfold([id])
          }}
        >
          添加考评方面
        </View>
      </View>

      <View className='rubric__block' id={anchorOf('bonusItems')}>
        <Text className='rubric__title'>加分项</Text>
        <Sum label='加分项满分合计' value={sums.bonus} unit='分' />
        {d.bonusItems.map((b, i) => (
          <View key={b.id} className='rubric__item' data-bonus={b.id} id={anchorOf(`bonusItems.${i}`)}>
            <Field
              label={`加分项 ${i + 1}`}
              value={b.name}
              placeholder='加分项名称'
              maxlength={RUBRIC_LIMITS.itemName}
              errors={[...at(`bonusItems.${i}`), ...at(`bonusItems.${i}.name`)]}
              onInput={(v) => setBonus(i, { name: v })}
            />
            <Field
              narrow
              label='最多加'
              type='digit'
              value={b.max}
              placeholder='加分分值'
              maxlength={4}
              errors={at(`bonusItems.${i}.max`)}
              onInput={(v) => setBonus(i, { max: v })}
            />
            <Field
              label='加分条件'
              multiline
              value={b.criteria}
              placeholder='加分条件'
              maxlength={RUBRIC_LIMITS.criteria}
              onInput={(v) => setBonus(i, { criteria: v })}
            />
            <View className='rubric__remove' aria-role='button' onClick={() => change((x) => x.bonusItems.splice(i, 1))}>
              删除此加分项
            </View>
          </View>
        ))}
        <View
          className='rubric__add'
          aria-role='button'
          onClick={() => change((x) => x.bonusItems.push({ id: newId('bonus', x), name: '', max: '', criteria: '' }))}
        >
          添加加分项
        </View>
        <View id={anchorOf('bonusCap')} />
        <Field
          label='加分上限（分）'
          type='digit'
          value={d.bonusCap}
          placeholder='加分上限'
          maxlength={4}
          errors={at('bonusCap')}
          onInput={(v) => setFields({ bonusCap: v })}
        />
      </View>

      <View className='rubric__block' id={anchorOf('vetoItems')}>
        <Text className='rubric__title'>否决项</Text>
        {d.vetoItems.map((v, i) => (
          <View key={v.id} className='rubric__item' data-veto={v.id} id={anchorOf(`vetoItems.${i}`)}>
            <Field
              label={`否决项 ${i + 1}`}
              value={v.name}
              placeholder='否决项名称'
              maxlength={RUBRIC_LIMITS.itemName}
              errors={[...at(`vetoItems.${i}`), ...at(`vetoItems.${i}.name`)]}
              onInput={(t) => setVeto(i, { name: t })}
            />
            <Field
              label='说明'
              multiline
              value={v.criteria}
              placeholder='否决情形说明'
              maxlength={RUBRIC_LIMITS.criteria}
              onInput={(t) => setVeto(i, { criteria: t })}
            />
            <View className='rubric__remove' aria-role='button' onClick={() => change((x) => x.vetoItems.splice(i, 1))}>
              删除此否决项
            </View>
          </View>
        ))}
        <View
          className='rubric__add'
          aria-role='button'
          onClick={() => change((x) => x.vetoItems.push({ id: newId('veto', x), name: '', criteria: '' }))}
        >
          添加否决项
        </View>
        <View id={anchorOf('vetoCeiling')} />
        <Field
          label='否决后最高分'
          type='digit'
          value={d.vetoCeiling}
          placeholder='否决后最高分'
          maxlength={5}
          errors={at('vetoCeiling')}
          onInput={(v) => setFields({ vetoCeiling: v })}
        />
      </View>

      <View className='rubric__block' id={anchorOf('bands')}>
        <Text className='rubric__title'>旗帜分数线（不低于）</Text>
        {(['red', 'yellow', 'blue'] as const).map((f) => (
          <Field
            key={f}
            narrow
            label={FLAG_LABEL[f]}
            type='digit'
            value={d.bands[f]}
            placeholder={`${FLAG_LABEL[f]}分数线`}
            maxlength={5}
            onInput={(v) => setFields({ bands: { ...d.bands, [f]: v } })}
          />
        ))}
        <Text className='rubric__note'>低于蓝旗分数线为{FLAG_LABEL.grey}</Text>
        {at('bands').map((m) => (
          <Text key={m} className='rubric__error'>
            {m}
          </Text>
        ))}
      </View>

      <View id={SAVE_ANCHOR} />
      {notice ? <Text className='rubric__notice'>{notice}</Text> : null}
      {saveError ? <Text className='rubric__error rubric__error--save'>{saveError}</Text> : null}
      {placed.rest.map((m) => (
        <Text key={m} className='rubric__error'>
          {m}
        </Text>
      ))}
      <BigButton primary loading={busy} onTap={save}>
        保存为新版本
      </BigButton>
      {draft ? (
        <BigButton
          onTap={() => {
            setDraft(null)
            setTried(false)
            setFromServer([])
            setSaveError(null)
          }}
        >
          放弃修改
        </BigButton>
      ) : null}
    </View>
  )
}
