export default definePageConfig({
  navigationBarTitleText: '支部花名册'
})
