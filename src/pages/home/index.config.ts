export default definePageConfig({
  navigationBarTitleText: '同心'
})
