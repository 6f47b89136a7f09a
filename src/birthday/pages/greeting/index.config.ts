export default definePageConfig({
  navigationBarTitleText: '政治生日'
})
