export default definePageConfig({
  navigationBarTitleText: '亮承诺'
})
