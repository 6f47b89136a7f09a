export default defineAppConfig({
  // Member pages in the main package (check-in opens from a scan: it must load fast); secretary/committee
  // pages in packageOrg; the member side of assessment (rating, masses form, board, result) in packageAssess.
  pages: ['pages/login/index', 'pages/home/index', 'pages/card/index', 'pages/checkin/index', 'pages/activities/index'],
  subPackages: [
    {
      root: 'packageOrg',
      pages: [
        'pages/roster/index',
        'pages/member/index',
        'pages/orgs/index',
        'pages/import/index',
        'pages/activities/index',
        'pages/newActivity/index',
        'pages/station/index',
        'pages/attendance/index',
        'pages/ledger/index',
        // Assessment (issue 5): secretary desk and committee pages.
        'pages/assess-periods/index',
        'pages/assess-period/index',
        'pages/assess-rubric/index',
        'pages/assess-overview/index'
      ]
    },
    {
      root: 'packageAssess',
      pages: ['pages/my/index', 'pages/rate/index', 'pages/masses/index', 'pages/board/index', 'pages/result/index']
    }
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f2f2f2',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '同心',
    navigationBarTextStyle: 'white'
  },
  ...(process.env.TARO_ENV === 'weapp'
    ? {
        cloud: true,
        lazyCodeLoading: 'requiredComponents',
        // Check-in sends the position (a hint) and the activity form picks a venue on the map.
        requiredPrivateInfos: ['getLocation', 'chooseLocation'],
        permission: { 'scope.userLocation': { desc: '用于活动签到时核对是否在活动地点附近' } }
      }
    : {})
})
