export default definePageConfig({
  navigationBarTitleText: '党员建议'
})
