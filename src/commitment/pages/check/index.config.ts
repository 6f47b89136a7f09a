export default definePageConfig({
  navigationBarTitleText: '季度自查'
})
