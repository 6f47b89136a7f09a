import { themeColors } from '@/core/theme'

export default defineAppConfig({
  // Main package: what a member opens from a scan or the home page (thin routes in pages/, each
  // re-exporting its capability's screen). Each capability is one subpackage holding its pages for
  // members and secretaries together (docs/architecture.md).
  pages: ['pages/login/index', 'pages/home/index', 'pages/card/index', 'pages/checkin/index', 'pages/activities/index'],
  subPackages: [
    { root: 'member', pages: ['pages/roster/index', 'pages/member/index', 'pages/orgs/index', 'pages/import/index'] },
    {
      root: 'checkin',
      pages: ['pages/activities/index', 'pages/newActivity/index', 'pages/station/index', 'pages/attendance/index', 'pages/ledger/index']
    },
    {
      root: 'assessment',
      pages: [
        'pages/my/index',
        'pages/rate/index',
        'pages/masses/index',
        'pages/board/index',
        'pages/result/index',
        'pages/periods/index',
        'pages/period/index',
        'pages/rubric/index',
        'pages/overview/index',
        'pages/massesSheet/index'
      ]
    },
    {
      root: 'commitment',
      pages: [
        'pages/my/index',
        'pages/check/index',
        'pages/wall/index',
        'pages/public/index',
        'pages/queue/index',
        'pages/review/index',
        'pages/tasks/index',
        'pages/template/index',
        'pages/completion/index'
      ]
    },
    {
      root: 'birthday',
      pages: ['pages/greeting/index', 'pages/upcoming/index', 'pages/sevenOnes/index', 'pages/fiftyYears/index', 'pages/reminders/index']
    },
    {
      root: 'study',
      pages: [
        'pages/my/index',
        'pages/report/index',
        'pages/analysis/index',
        'pages/plan/index',
        'pages/reports/index',
        'pages/analyses/index',
        'pages/stats/index',
        'pages/committeeStats/index'
      ]
    },
    { root: 'voice', pages: ['pages/mine/index', 'pages/new/index', 'pages/detail/index', 'pages/branch/index', 'pages/stats/index'] },
    { root: 'care', pages: ['pages/todo/index', 'pages/member/index', 'pages/occasions/index'] }
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: themeColors.bgPage,
    navigationBarBackgroundColor: themeColors.brand,
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
