export default definePageConfig({
  navigationBarTitleText: '评比台'
})
