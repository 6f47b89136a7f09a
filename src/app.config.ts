export default defineAppConfig({
  // Member pages in the main package; secretary/committee pages in the packageOrg subpackage.
  pages: ['pages/login/index', 'pages/home/index', 'pages/card/index'],
  subPackages: [
    {
      root: 'packageOrg',
      pages: [
        'pages/roster/index',
        'pages/member/index',
        'pages/orgs/index',
        'pages/import/index',
        // Assessment (issue 5): secretary desk and committee pages.
        'pages/assess-periods/index',
        'pages/assess-period/index',
        'pages/assess-rubric/index',
        'pages/assess-overview/index'
      ]
    }
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f2f2f2',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '同心',
    navigationBarTextStyle: 'white'
  },
  ...(process.env.TARO_ENV === 'weapp' ? { cloud: true, lazyCodeLoading: 'requiredComponents' } : {})
})
