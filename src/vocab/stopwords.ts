/** Boilerplate words of plans that say little about what a task is (used with low weight in compare). */
export const STOPWORDS: readonly string[] = [
  '加强', '推进', '工作', '深入', '全面', '持续', '进一步', '不断', '积极', '扎实', '建设', '开展', '提升', '强化',
  '完善', '健全', '做好', '落实', '深化', '推动', '实施', '加快', '坚持', '巩固', '提高', '促进', '努力',
];
