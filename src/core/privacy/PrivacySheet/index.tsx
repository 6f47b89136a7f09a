import { useEffect } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { AGREE_BUTTON_ID, answerPrivacy, openPrivacyContract, sheetMounted } from '@/core/privacy/consent'
import { PRIVACY_PURPOSES } from '@/core/privacy/purposes'
import { usePrivacy } from '@/core/privacy/usePrivacy'
import './style.css'

/**
 * The consent sheet WeChat's privacy gate waits on (weapp; never shown in H5). Every page that calls
 * a privacy-protected API renders one; it shows itself while a call waits for the member's answer.
 * 同意 must be WeChat's agreePrivacyAuthorization button: the base library checks it was tapped.
 */
export default function PrivacySheet() {
  const { open, contractName } = usePrivacy()
  useEffect(sheetMounted, [])
  if (!open) return null
  return (
    <View className='privacy-sheet' catchMove>
      <View className='privacy-sheet__panel' aria-role='dialog' aria-label='隐私保护提示'>
        <Text className='privacy-sheet__title'>隐私保护提示</Text>
        <Text className='privacy-sheet__lead'>为提供签到等服务，同心会在你同意后使用以下信息：</Text>
        {PRIVACY_PURPOSES.map((p) => (
          <View key={p.info} className='privacy-sheet__item'>
            <Text className='privacy-sheet__label'>{p.label}</Text>
            <Text className='privacy-sheet__why'>用于{p.purpose}</Text>
          </View>
        ))}
        <View className='privacy-sheet__contract'>
          <Text>详细内容请阅读</Text>
          <Text className='privacy-sheet__link' onClick={openPrivacyContract}>
            {contractName}
          </Text>
        </View>
        <Text className='privacy-sheet__note'>拒绝后仍可输入或扫描签到码签到，但需要核对位置的活动将无法签到。</Text>
        <View className='privacy-sheet__buttons'>
          <Button className='privacy-sheet__button' onClick={() => answerPrivacy(false)}>
            拒绝
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className='privacy-sheet__button privacy-sheet__button--agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answerPrivacy(true)}
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  )
}
