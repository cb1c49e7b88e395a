/**
 * Markers that introduce the responsible units of a task. A leading character
 * is often lost in copied text (`头科室:` for `牵头科室:`), so markers are
 * also matched by their tail (`tail`).
 */
export const DEPARTMENT_MARKERS: readonly { readonly word: string; readonly role: 'lead' | 'support' }[] = [
  { word: '牵头科室', role: 'lead' },
  { word: '牵头单位', role: 'lead' },
  { word: '牵头部门', role: 'lead' },
  { word: '牵头处室', role: 'lead' },
  { word: '责任科室', role: 'lead' },
  { word: '责任单位', role: 'lead' },
  { word: '责任部门', role: 'lead' },
  { word: '责任处室', role: 'lead' },
  { word: '主责科室', role: 'lead' },
  { word: '主责单位', role: 'lead' },
  { word: '头科室', role: 'lead' },
  { word: '头单位', role: 'lead' },
  { word: '配合科室', role: 'support' },
  { word: '配合单位', role: 'support' },
  { word: '配合部门', role: 'support' },
  { word: '配合处室', role: 'support' },
  { word: '协办单位', role: 'support' },
  { word: '协办科室', role: 'support' },
  { word: '参与单位', role: 'support' },
  { word: '参与科室', role: 'support' },
];

/**
 * Endings of a unit's name. Names glued together without a separator
 * (`医政科基妇科`) are split after one of these, once the name has at least
 * `minNameLength` characters (so `科教科` stays whole).
 */
export const DEPARTMENT_SUFFIXES = ['科', '办', '室', '处', '局', '委', '会', '中心', '站', '所', '院', '队', '部', '组'] as const;
export const DEPARTMENT_MIN_NAME_LENGTH = 3;

/**
 * How the name of a responsible unit ends. A part of a list that ends
 * otherwise (`各医疗机构按要求落实`, `6月底前完成`) is not a unit and is left out.
 */
export const UNIT_ENDINGS: readonly string[] = [...DEPARTMENT_SUFFIXES, '单位', '机构', '部门', '街道', '街', '镇', '乡', '区', '县', '市', '公司', '团', '联'];

/** Separators inside a list of units. */
export const DEPARTMENT_SEPARATORS = /[、，,；;\/和及\s]+/;

/**
 * The usual departments of a health commission and the themes and keywords of
 * their work: the default for `departments.suggested`. `--departments FILE.json`
 * replaces it with a user's own map of the same shape.
 */
export interface DepartmentRule {
  readonly name: string;
  readonly themes: readonly string[];
  readonly keywords: readonly string[];
}

export const DEFAULT_DEPARTMENT_MAP: readonly DepartmentRule[] = [
  { name: '医政医管科', themes: ['医疗服务'], keywords: ['医疗质量', '临床', '专科', '医院管理', '护理', '急救', '血液', '药品', '分级诊疗', '医联体', '医共体'] },
  { name: '疾病预防控制科', themes: ['疾病预防控制', '疫情防控'], keywords: ['疾控', '传染病', '慢性病', '疫苗', '接种', '艾滋病', '结核', '精神卫生', '地方病', '核酸'] },
  { name: '基层卫生健康科', themes: ['基层卫生'], keywords: ['基层', '乡镇卫生院', '村卫生室', '家庭医生', '社区卫生', '公共卫生服务'] },
  { name: '妇幼健康科', themes: ['妇幼健康'], keywords: ['妇幼', '孕产妇', '新生儿', '儿童', '出生缺陷', '托育', '婴幼儿', '母婴'] },
  { name: '中医药管理科', themes: ['中医药'], keywords: ['中医', '中药', '国医', '治未病'] },
  { name: '老龄健康科', themes: ['老龄健康'], keywords: ['老龄', '老年', '医养结合', '安宁疗护', '养老'] },
  { name: '人口监测与家庭发展科', themes: ['人口家庭'], keywords: ['人口', '生育', '计划生育', '家庭发展', '三孩'] },
  { name: '规划发展与信息化科', themes: ['数字健康', '项目建设'], keywords: ['信息化', '互联网', '数字', '智慧', '项目', '基建', '工程', '规划'] },
  { name: '财务科', themes: [], keywords: ['财务', '资金', '预算', '审计', '专项债', '投资'] },
  { name: '人事科', themes: ['人才与科教'], keywords: ['人才', '招聘', '人事', '编制', '薪酬'] },
  { name: '科技教育科', themes: ['人才与科教'], keywords: ['科研', '科技', '学科', '教育培训', '规培', '继续教育'] },
  { name: '法规科', themes: ['法治与监督'], keywords: ['法治', '普法', '法规', '规范性文件', '行政复议', '营商环境'] },
  { name: '综合监督科', themes: ['法治与监督'], keywords: ['监督', '执法', '非法行医', '职业卫生', '职业健康', '食品安全'] },
  { name: '爱卫办', themes: ['健康促进与爱国卫生'], keywords: ['爱国卫生', '卫生城市', '卫生镇', '控烟', '无烟', '病媒', '健康促进', '健康素养', '健康教育'] },
  { name: '体制改革科', themes: ['医药卫生体制改革'], keywords: ['医改', '公立医院改革', '三医', '医保', '薪酬制度', '支付方式'] },
  { name: '卫生应急办', themes: ['疫情防控'], keywords: ['应急', '突发公共卫生', '疫情防控'] },
  { name: '办公室', themes: ['安全与综合保障'], keywords: ['信访', '安全生产', '督查', '宣传', '舆情', '政务', '保密', '档案'] },
  { name: '机关党委', themes: ['党的建设'], keywords: ['党建', '党风廉政', '党组织', '意识形态', '党员', '从严治党', '清廉'] },
];
