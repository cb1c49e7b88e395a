/**
 * Column headings of a task table (任务分解表), by what the column holds.
 * Matched against the whole heading cell; the first role that fits wins.
 */
export type TableColumnRole = 'ordinal' | 'title' | 'text' | 'lead' | 'support' | 'deadline';

export const TABLE_COLUMNS: readonly { readonly role: TableColumnRole; readonly heading: RegExp }[] = [
  { role: 'ordinal', heading: /^(序号|编号|序)$/ },
  { role: 'lead', heading: /^(牵头|责任|主责)(科室|单位|部门|处室|领导)?$|牵头(科室|单位|部门|处室)|责任(科室|单位|部门|处室)/ },
  { role: 'support', heading: /配合|协办|协助|参与/ },
  { role: 'deadline', heading: /时限|时间|进度|节点/ },
  { role: 'title', heading: /^(重点)?(工作)?(任务|项目|事项)(名称)?$|^重点工作$|^工作任务$/ },
  { role: 'text', heading: /内容|措施|目标|要求|举措|任务分解|具体/ },
];
