export default definePageConfig({
  navigationBarTitleText: '七个一'
})
