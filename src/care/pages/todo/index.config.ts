export default definePageConfig({
  navigationBarTitleText: '同步关爱'
})
