export default definePageConfig({
  navigationBarTitleText: '组织任务'
})
