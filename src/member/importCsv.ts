// What the roster import expects (docs/member.md, "Import"), shown on the import page.

export const IMPORT_HEADER = 'name,phone,partyStatus,employment,homeOrgId,activeOrgIds,assessingOrgId,groupId,joinedAt,fullAt'
export const IMPORT_HEADER_ZH = '姓名,手机号,党员状态,用工类型,组织关系所在,参加组织生活,考核组织,党小组,入党日期,转正日期'
/** Orgs by id or unique name; status and employment by value or Chinese label; several active orgs joined by ; */
export const IMPORT_EXAMPLE =
  '张三,13909311234,正式党员,劳务派遣,陇南市武都区石门乡石门村党支部,第一养护中心党支部,第一养护中心党支部,路面养护党小组,2015-07-01,2016-07-01'

/** The pasted text has something besides whitespace. */
export function hasCsv(text: string): boolean {
  return text.trim().length > 0
}
