// The shipped rubric (党员量化考核细则): 7 aspects, 18 items summing to 100, weights self 10 /
// peer 30 / masses 20 / org 40, 5 bonus items capped at 5, 4 veto items capping at 69, bands 90/80/70.
// Four items are derived from data the product holds; every rated item is rated by the organisation
// (it is required before compute), the masses rate what they can see: service and conduct.
import type { RubricInput, Source } from './api'

const ALL: Source[] = ['self', 'peer', 'masses', 'org']
const MEMBERS: Source[] = ['self', 'peer', 'org']

export const DEFAULT_RUBRIC: RubricInput = {
  name: '党员量化考核细则（默认）',
  aspects: [
    {
      id: 'politics',
      name: '政治学习',
      items: [
        {
          id: 'study-completion',
          name: '学习任务完成',
          max: 5,
          criteria: '按时完成支部布置的学习任务（学习强国、专题学习等），按完成率计分',
          scoring: 'derived',
          metric: 'studyCompletion'
        },
        {
          id: 'theory',
          name: '理论学习',
          max: 5,
          criteria: '认真学习党的创新理论，学习笔记、心得体会齐全，能联系实际谈认识',
          scoring: 'rated',
          sources: MEMBERS
        },
        {
          id: 'stance',
          name: '政治立场',
          max: 5,
          criteria: '坚定理想信念，在思想上政治上行动上同党中央保持高度一致，不传播错误言论',
          scoring: 'rated',
          sources: MEMBERS
        }
      ]
    },
    {
      id: 'org-life',
      name: '组织生活',
      items: [
        {
          id: 'meeting-attendance',
          name: '三会一课出勤',
          max: 6,
          criteria: '按时参加支部党员大会、支委会、党小组会、党课和主题党日，按出勤率计分（补签计为出勤）',
          scoring: 'derived',
          metric: 'meetingAttendance'
        },
        {
          id: 'life-quality',
          name: '组织生活质量',
          max: 5,
          criteria: '在组织生活中积极发言，认真开展批评与自我批评',
          scoring: 'rated',
          sources: MEMBERS
        },
        {
          id: 'duties',
          name: '履行党员义务',
          max: 4,
          criteria: '按时足额交纳党费，主动向组织汇报思想和工作',
          scoring: 'rated',
          sources: MEMBERS
        }
      ]
    },
    {
      id: 'post',
      name: '岗位建功',
      items: [
        {
          id: 'skill',
          name: '业务本领',
          max: 7,
          criteria: '熟练掌握岗位技能，积极参加技能培训和岗位练兵',
          scoring: 'rated',
          sources: MEMBERS
        },
        {
          id: 'performance',
          name: '工作业绩',
          max: 8,
          criteria: '完成岗位目标任务，工作质量和效率在班组中起示范作用',
          scoring: 'rated',
          sources: ALL
        },
        {
          id: 'tough-tasks',
          name: '攻坚担当',
          max: 5,
          criteria: '在抢险保通、急难险重任务中冲锋在前、勇于担当',
          scoring: 'rated',
          sources: MEMBERS
        }
      ]
    },
    {
      id: 'pledge',
      name: '承诺践诺',
      items: [
        {
          id: 'card-self-check',
          name: '承诺卡自查',
          max: 6,
          criteria: '按时填写党员承诺卡并按期自查，按自查完成率计分',
          scoring: 'derived',
          metric: 'cardSelfCheck'
        },
        {
          id: 'pledge-kept',
          name: '承诺兑现',
          max: 9,
          criteria: '年初承诺事项按期兑现，亮身份、作表率',
          scoring: 'rated',
          sources: MEMBERS
        }
      ]
    },
    {
      id: 'service',
      name: '服务群众',
      items: [
        {
          id: 'volunteer-attendance',
          name: '志愿服务参与',
          max: 5,
          criteria: '参加支部组织的志愿服务活动，按出勤率计分',
          scoring: 'derived',
          metric: 'volunteerAttendance'
        },
        {
          id: 'service-results',
          name: '服务实效',
          max: 6,
          criteria: '主动为职工群众办实事、解难题，帮扶困难职工',
          scoring: 'rated',
          sources: ALL
        },
        { id: 'satisfaction', name: '群众满意度', max: 4, criteria: '职工群众对其服务态度和服务效果满意', scoring: 'rated', sources: ALL }
      ]
    },
    {
      id: 'discipline',
      name: '遵规守纪',
      items: [
        {
          id: 'political-discipline',
          name: '政治纪律和组织纪律',
          max: 5,
          criteria: '严守政治纪律和政治规矩，服从组织安排，如实向组织报告个人有关事项',
          scoring: 'rated',
          sources: MEMBERS
        },
        {
          id: 'integrity',
          name: '廉洁自律',
          max: 5,
          criteria: '遵守中央八项规定精神，不以权谋私，遵守安全生产和劳动纪律',
          scoring: 'rated',
          sources: MEMBERS
        }
      ]
    },
    {
      id: 'conduct',
      name: '作风形象',
      items: [
        {
          id: 'work-style',
          name: '工作作风',
          max: 5,
          criteria: '求真务实、真抓实干，不推诿扯皮，文明礼貌服务',
          scoring: 'rated',
          sources: ALL
        },
        { id: 'teamwork', name: '团结协作', max: 5, criteria: '团结同志、顾全大局，在职工群众中形象良好', scoring: 'rated', sources: ALL }
      ]
    }
  ],
  weights: { self: 10, peer: 30, masses: 20, org: 40 },
  bonusItems: [
    { id: 'honours', name: '获得表彰', max: 3, criteria: '考核期内获得县级及以上党委、政府或集团表彰' },
    { id: 'emergency', name: '急难险重表现突出', max: 3, criteria: '在抢险救灾、应急保通中表现突出，受到通报表扬' },
    { id: 'innovation', name: '创新创效', max: 2, criteria: '技术革新、合理化建议被采纳并产生效益' },
    { id: 'good-deeds', name: '好人好事', max: 2, criteria: '见义勇为、拾金不昧等好人好事受到表扬' },
    { id: 'publicity', name: '宣传报道', max: 1, criteria: '先进事迹被县级及以上媒体报道' }
  ],
  bonusCap: 5,
  vetoItems: [
    { id: 'sanction', name: '受到党纪政务处分', criteria: '考核期内受到党纪处分、政务处分或被追究刑事责任' },
    { id: 'dues', name: '无故不交党费', criteria: '无正当理由连续 6 个月不交纳党费' },
    { id: 'absence', name: '无故不参加组织生活', criteria: '无正当理由连续 6 个月不参加党的组织生活' },
    { id: 'accident', name: '造成重大责任事故', criteria: '因失职造成重大安全生产责任事故或在群众中造成恶劣影响' }
  ],
  vetoCeiling: 69,
  bands: { red: 90, yellow: 80, blue: 70 }
}
