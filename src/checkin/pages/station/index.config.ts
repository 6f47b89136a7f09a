import { themeColors } from '@/core/theme'

export default definePageConfig({
  navigationBarTitleText: '签到屏',
  navigationBarBackgroundColor: themeColors.brand,
  disableScroll: false
})
