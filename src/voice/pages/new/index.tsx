import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image, Switch } from '@tarojs/components'
import { CATEGORIES, CATEGORY_LABEL, type Category } from '@shared/voice/api'
import { PHOTOS_MAX, photoCloudPath } from '@shared/voice/photos'
import { caller } from '@/core/caller'
import { errorMessage } from '@/core/cloud'
import { PhotoError, pickPhotos, shrinkPhoto, uploadPhoto } from '@/core/files'
import { sendToSignIn } from '@/core/nav'
import BigButton from '@/core/components/BigButton'
import Chips from '@/core/components/Chips'
import Field from '@/core/components/Field'
import { themeColors } from '@/core/theme'
import { detailPage } from '@/voice/routes'
import { voice } from '@/voice/service'
import { newDraftId, sheetProblems } from '@/voice/view'
import './index.css'

interface Photo {
  key: string
  local: string
  fileID: string | null
  error: string | null
}

/**
 * 随手拍 · 党员建议说明表: what (category, title, what was seen or suggested), where (optional), up to 9
 * photos (shrunk on the phone to ≤ 1280 px, ≤ 500 千字节, uploaded as they are chosen), optionally hidden
 * from other members. No cloud call on opening; one to send.
 */
export default function NewSuggestionPage() {
  const draftId = useRef(newDraftId(Math.random)).current
  const nextIndex = useRef(0)
  const [category, setCategory] = useState<Category | null>(null)
  const [title, setTitle] = useState('')
  const [content, setContent] = useState('')
  const [location, setLocation] = useState('')
  const [hidden, setHidden] = useState(false)
  const [photos, setPhotos] = useState<Photo[]>([])
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const problems = sheetProblems({ category, title, content, location, photos: photos.map((p) => p.local) })
  const shown = (k: string) => (tried ? problems[k] : undefined)
  const uploading = photos.some((p) => !p.fileID && !p.error)

  async function addPhotos() {
    setError(null)
    let picked: string[]
    try {
      picked = await pickPhotos(PHOTOS_MAX - photos.length)
    } catch {
      return // the member closed the chooser
    }
    let memberId: string
    try {
      const who = await caller()
      if (!who.bound || !who.member) throw new Error('unbound')
      memberId = who.member._id
    } catch (e) {
      if (!sendToSignIn(e)) setError('请先登录并绑定党员身份')
      return
    }
    const added = picked.map((local) => ({ key: `p${nextIndex.current}`, index: nextIndex.current++, local }))
    setPhotos((ps) => [...ps, ...added.map((a) => ({ key: a.key, local: a.local, fileID: null, error: null }))])
    for (const a of added) {
      let done: Partial<Photo>
      try {
        const small = await shrinkPhoto(a.local)
        done = { local: small, fileID: await uploadPhoto(small, photoCloudPath(memberId, draftId, a.index, 'jpg')) }
      } catch (e) {
        done = { error: e instanceof PhotoError ? e.message : '照片上传失败' }
      }
      setPhotos((ps) => ps.map((p) => (p.key === a.key ? { ...p, ...done } : p)))
    }
  }

  async function send() {
    setTried(true)
    setError(null)
    if (Object.keys(problems).length || uploading || !category) return
    setBusy(true)
    try {
      const s = await voice.submit({
        draftId,
        category,
        title: title.trim(),
        content: content.trim(),
        location: location.trim() || null,
        hiddenFromPeers: hidden,
        photos: photos.filter((p) => p.fileID).map((p) => p.fileID as string)
      })
      Taro.redirectTo({ url: detailPage(s._id) })
    } catch (e) {
      if (!sendToSignIn(e)) setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page vo-new'>
      <Text className='page__heading'>随手拍 · 提建议</Text>
      <Text className='vo-new__motto'>反映情况不怕多、提出问题不怕难、意见建议不怕小</Text>
      <View className='vo-new__block'>
        <Text className='vo-new__label'>类别</Text>
        <Chips options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] }))} isOn={(c) => c === category} onTap={setCategory} />
        {shown('category')?.map((m) => (
          <Text key={m} className='vo-new__error'>
            {m}
          </Text>
        ))}
      </View>
      <Field label='标题' value={title} placeholder='一句话说明是什么事' onInput={setTitle} maxlength={40} errors={shown('title')} />
      <Field
        label='情况说明和建议'
        value={content}
        placeholder='看到了什么、问题在哪、有什么建议'
        onInput={setContent}
        multiline
        maxlength={1000}
        errors={shown('content')}
      />
      <Field
        label='地点（可不填）'
        value={location}
        placeholder='如：G316 K12+300'
        onInput={setLocation}
        maxlength={60}
        errors={shown('location')}
      />
      <View className='vo-new__block'>
        <Text className='vo-new__label'>
          照片（{photos.length}/{PHOTOS_MAX}）
        </Text>
        <View className='vo-new__photos'>
          {photos.map((p) => (
            <View key={p.key} className='vo-new__photo' data-state={p.error ? 'failed' : p.fileID ? 'done' : 'uploading'}>
              <Image className='vo-new__img' src={p.local} mode='aspectFill' />
              {p.error ? <Text className='vo-new__photo-note vo-new__photo-note--bad'>{p.error}</Text> : null}
              {!p.error && !p.fileID ? <Text className='vo-new__photo-note'>上传中</Text> : null}
              <Text className='vo-new__remove' aria-role='button' onClick={() => setPhotos((ps) => ps.filter((x) => x.key !== p.key))}>
                删除
              </Text>
            </View>
          ))}
          {photos.length < PHOTOS_MAX ? (
            <View className='vo-new__add' aria-role='button' onClick={addPhotos}>
              <Text>＋ 添加照片</Text>
            </View>
          ) : null}
        </View>
        <Text className='vo-new__note'>照片会先压缩（不超过 1280 像素、500 千字节）再上传，并经过微信内容安全检测。</Text>
      </View>
      <View className='vo-new__switch'>
        <Text className='vo-new__label'>不让其他党员看到（支部始终可见）</Text>
        <Switch checked={hidden} color={themeColors.brand} onChange={(e) => setHidden(e.detail.value)} />
      </View>
      {error ? <Text className='vo-new__error vo-new__error--send'>{error}</Text> : null}
      <BigButton primary loading={busy} disabled={busy || uploading} onTap={send}>
        {uploading ? '照片上传中…' : '提交给支部'}
      </BigButton>
    </View>
  )
}
