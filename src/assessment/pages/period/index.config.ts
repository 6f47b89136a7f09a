export default definePageConfig({
  navigationBarTitleText: '考评工作台'
})
