export default definePageConfig({
  navigationBarTitleText: '考评细则'
})
