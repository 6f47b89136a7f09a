export default definePageConfig({
  navigationBarTitleText: '随手拍 · 提建议'
})
