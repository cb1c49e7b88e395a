import type { Comparator } from '../types.js';

/** Every Chinese word the reports print lives here. */
export const LABELS = {
  ordinal: '序号',
  task: '任务',
  targets: '量化指标',
  lead: '牵头科室',
  support: '配合科室',
  deadline: '时限',
  section: '主题',
  themes: '分类',
  title: '重点任务',
  text: '具体内容',
  file: '来源文件',
  year: '年份',
  region: '地区',
  metric: '指标名称',
  comparator: '比较',
  value: '目标值',
  unit: '单位',
  source: '原文',
  taskOrdinal: '任务序号',
  suggested: '建议',
  unassigned: '未标注',
  noSection: '未分节',
  tasksCount: (n: number) => `${n} 项任务`,
  targetsCount: (n: number) => `${n} 个指标`,
  summaryKind: { plan: '工作要点', summary: '工作总结' },
  redacted: '（数值已隐去）',
  overview: '概览',
} as const;

export const COMPARATOR_SIGN: Readonly<Record<Comparator, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '' };
