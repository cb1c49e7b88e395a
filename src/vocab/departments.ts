export type DepartmentRole = 'lead' | 'support';

/**
 * Labels of a slot that lists the responsible units (`牵头科室:` `配合单位:`),
 * read when followed by `:` `：` or `为`. A leading character is often lost in
 * copied text, so tails such as `头科室` are labels too. A longer label is
 * always tried before a shorter one inside it (`牵头责任单位` before `责任单位`).
 */
/**
 * How a unit's name ends (`医政科`, `县卫健局`, `市疾控中心`, `县妇联`): a cell, a line or a signature that
 * ends so names a unit.
 */
export const UNIT_NAME_ENDINGS: readonly string[] = ['科', '办', '室', '处', '局', '委', '会', '厅', '中心', '站', '所', '院', '队', '部', '股', '政府', '联', '协', '医共体', '医联体', '集团'];

/** What a label's role word is said of: `牵头` + `科室`. */
const LABEL_NOUNS = ['单位', '部门', '科室', '处室', '股室', '科所', '部室'] as const;
const LEAD_LABEL_WORDS = ['牵头责任', '主体责任', '牵头', '责任', '主责', '实施'] as const;
// `会办处室：`: a unit that handles the work with the lead (Jiangsu's usage).
const SUPPORT_LABEL_WORDS = ['主要协作', '主要配合', '配合责任', '配合', '协作', '协办', '会办', '协同', '协助', '参与'] as const;

export const DEPARTMENT_MARKERS: readonly { readonly word: string; readonly role: DepartmentRole }[] = [
  ...LEAD_LABEL_WORDS.flatMap((w) => LABEL_NOUNS.map((n) => ({ word: w + n, role: 'lead' as const }))),
  ...SUPPORT_LABEL_WORDS.flatMap((w) => LABEL_NOUNS.map((n) => ({ word: w + n, role: 'support' as const }))),
  // A bare role word as its label (`（牵头：疾控处　配合：应急办）`, `牵头：…；协同：…`).
  { word: '牵头', role: 'lead' as const },
  { word: '配合', role: 'support' as const },
  { word: '协同', role: 'support' as const },
  { word: '协作', role: 'support' as const },
  { word: '协办', role: 'support' as const },
  { word: '会办', role: 'support' as const },
  // The role word's first character lost in a copy.
  ...(['科室', '单位', '股室'] as const).map((n) => ({ word: '头' + n, role: 'lead' as const })),
];

/**
 * Labels of the other slots that share a bracket or line with the units
 * (`完成时限:6月底前`): they end a list of units and name none.
 */
export const OTHER_SLOT_LABELS: readonly string[] = [
  '完成时限', '完成时间', '时间节点', '时限要求', '时限', '责任人', '联系人', '牵头人', '备注',
  // Lines that name people, not units (`包抓县领导:`, `牵头领导:`): they end a list and name none.
  '包抓县领导', '包抓领导', '包联县领导', '包联领导', '牵头县领导', '责任县领导', '分管县领导', '联系县领导', '县级领导',
  '牵头领导', '责任领导', '分管领导', '联系领导',
];

/**
 * Words that give a role to the units named before them (`A、B牵头`,
 * `C等部门单位参与`, `A负责`). Tried longest first. The same words in brackets
 * after one name (`医政科（牵头）`) give that name its role.
 */
export const ROLE_WORDS: readonly { readonly word: string; readonly role: DepartmentRole }[] = [
  { word: '按职责分工负责', role: 'lead' },
  { word: '按职责分工牵头', role: 'lead' },
  { word: '按职责负责', role: 'lead' },
  { word: '分工负责', role: 'lead' },
  { word: '牵头负责', role: 'lead' },
  { word: '共同牵头', role: 'lead' },
  { word: '共同负责', role: 'lead' },
  { word: '牵头', role: 'lead' },
  { word: '主责', role: 'lead' },
  { word: '负责落实', role: 'lead' },
  { word: '具体负责', role: 'lead' },
  { word: '负责', role: 'lead' },
  // `由A主办，B、C协办`, `具体由A承办`: the unit that runs the work, and those that help it.
  { word: '主办', role: 'lead' },
  { word: '承办', role: 'lead' },
  { word: '按职责分工配合', role: 'support' },
  { word: '按职责配合', role: 'support' },
  { word: '协同配合', role: 'support' },
  { word: '共同参与', role: 'support' },
  { word: '配合', role: 'support' },
  { word: '参与', role: 'support' },
  { word: '协助', role: 'support' },
  { word: '协办', role: 'support' },
  { word: '会办', role: 'support' },
  // `…B配合，各镇人民政府具体落实`: the units that carry out what the lead organises.
  { word: '具体落实', role: 'support' },
  { word: '具体实施', role: 'support' },
  // `A承办，B督导`: a unit that oversees the work takes part in it without leading it.
  { word: '督导', role: 'support' },
  // `由各乡镇(街道)负责，区卫计局指导`: the body that guides the work takes part in it without carrying it.
  { word: '业务指导', role: 'support' },
  { word: '指导', role: 'support' },
  { word: '落实', role: 'support' },
];

/**
 * Words that may follow a role word and still close the clause
 * (`由区卫生健康局负责组织实施`, `(医政科牵头落实)`). Any other word after a role
 * word (`牵头组建医联体`, `负责同志`, `牵头作用`) means it is not an assignment.
 */
export const ROLE_TAILS: readonly string[] = ['组织实施', '抓好落实', '推进落实', '落实', '实施', '推进', '完成', '办理', '工作'];

/**
 * What may not follow a role word for it to assign a role: `负责人`, `负责同志`,
 * `首诊负责制`, `牵头作用` are nouns, not assignments.
 */
export const NOT_ROLE_FOLLOWERS: readonly string[] = ['人', '同志', '制', '作用', '单位', '医院', '科室', '部门'];

/** `由A会同B负责`: the word between the unit that leads and those it works with. */
export const WORKING_WITH_WORDS: readonly string[] = ['会同'];

/** The word that opens a prose assignment: `由A牵头`, `由A负责…`. */
export const ASSIGNING_WORDS: readonly string[] = ['由'];

/** Words holding an assigning word that assign nothing (`由于`, `理由`). */
export const NOT_ASSIGNING: readonly string[] = ['由于', '由此', '理由', '自由', '缘由', '来由'];

/**
 * Fillers that close a list of units without naming one (`C、D等部门单位参与`).
 * Tried longest first.
 */
export const LIST_FILLERS: readonly string[] = ['等有关部门单位', '等相关部门单位', '等部门单位', '等有关部门', '等相关部门', '等有关单位', '等相关单位', '等部门', '等单位', '等科室', '等'];

/**
 * Names that stand for nobody in particular. In a role clause of prose or a
 * bracket (`(各有关部门按职责分工负责)`, `(各地、各单位负责)`) they are no
 * department; in a labelled slot a generic name is kept (`配合科室:各科室`).
 */
export const NOBODY_NAMES: readonly string[] = [
  '各有关部门', '各相关部门', '有关部门', '相关部门', '各部门', '各级各部门', '各地各部门',
  '各有关单位', '各相关单位', '有关单位', '相关单位', '各单位', '各地', '各级', '各地区', '各有关方面',
  '单位', '部门', '其他有关部门和单位', '其他单位', '其他部门', '其余单位', '其余部门', '其他有关单位', '其他相关单位', '我委', '我局', '本委', '本局', '我单位', '本单位', '我院', '本院', '我办', '本办',
];

/**
 * The word that makes a name stand for a whole set (`各区县`, `各镇街`). In a
 * role clause such a name counts only when it is a known generic or ends like
 * an office (`各区县卫生健康局`); otherwise it names nobody, like `各地`.
 */
export const SET_PREFIXES: readonly string[] = ['各'];

/** Labels of units 'responsible' for a task: its leads when alone, its support beside a unit named to lead (牵头). */
export const RESPONSIBLE_LABELS: readonly string[] = ['责任单位', '责任科室', '责任部门', '责任处室', '责任股室'];
/** A document's rule for its lists of units: `列第一位者为牵头单位，其他…按职责分工负责，下同`. */
export const FIRST_LISTED_LEADS = /(?:列|排)(?:在)?(?:第一位|首位)(?:的|者)?(?:单位|部门)?(?:为|是)牵头/;

/** Words that open a unit's duties after its name and a colon (`县财政局：负责落实建设资金`). */
export const DUTY_WORDS: readonly string[] = ['负责', '牵头', '承担'];

/**
 * What follows a unit's name and colon in a division of duties: a duty word, perhaps after the way the
 * work is shared (`按照各自职责，负责…`). Group 1 is the duty word; the pattern is anchored where it is used.
 */
export const DUTY_AFTER_COLON = new RegExp(`\\s*(?:按照?各自职责[，,]?\\s*|按职责分工[，,]?\\s*)?(?:主要)?(${DUTY_WORDS.join('|')})`);
/** The same, where the text after the colon starts. */
export const DUTY_AFTER_COLON_START = new RegExp(`^${DUTY_AFTER_COLON.source}`);

/** Places and rooms that end as a unit's name does (`公共场所`, `候诊室`) and are what the work is about, not who does it. */
export const NOT_UNIT_NAMES: readonly string[] = ['场所', '厕所', '住所', '诊室', '会议室', '活动室', '病室'];
const UNIT_NAME = `[^，,。；;：:、\\s]{2,20}?(?:${UNIT_NAME_ENDINGS.join('|')})(?<!${NOT_UNIT_NAMES.join('|')})`;
/**
 * An item headed by the units that carry it, before a colon and the task (`4.市教育局、市体育局：推进健康学校建设。…`):
 * group 1 the number, if any, group 2 the list of units.
 */
export const UNIT_LIST_HEAD = new RegExp(`^(\\s*(?:[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．]\\s*)?)(?![^：:]{0,6}(?:${LABEL_NOUNS.join('|')})[:：])(${UNIT_NAME}(?:、${UNIT_NAME})*)[:：]`);

/** The word that names a task's lead in a label or a clause (`牵头单位`, `A牵头`). */
export const LEAD_MARK = '牵头';
/** Role words of a unit that carries the work out: beside a unit named to lead (`A牵头，B负责落实`), such a unit supports it. */
export const CARRYING_OUT_WORDS: readonly string[] = ['负责落实', '具体负责', '负责'];

/** Role words that share the work out by duty (`按职责分工负责`): the units so named, if only a set (`各医疗机构`), lead nothing. */
export const SHARED_DUTY_WORDS: readonly string[] = ['按职责分工', '按职责', '分工'];

/** Words that leave a name vague (`各有关科室`, `相关医疗机构`): in a role clause it names nobody. */
export const VAGUE_WORDS: readonly string[] = ['有关', '相关'];

/** Generic names that stand for a known set of units and are kept wherever named. */
export const GENERIC_UNITS: readonly string[] = ['各乡镇人民政府', '各街道办事处', '各镇街', '各医疗机构', '各医疗卫生机构', '各科室', '各乡镇', '各街道', '各乡镇（街道）', '各乡镇(街道)', '各村', '各社区', '各村（社区）', '各村(社区)', '各村居', '各乡镇街道', '各镇街道', '各乡镇（街道）', '各乡镇(街道)'];

/**
 * Words of work that never stand inside a unit's name: a part of a clause
 * holding one (`发挥公立医院`, `各医疗机构按要求落实`) is prose, not a name.
 * (`建设` `推进` `组织` `发展` `服务` `管理` are left out: 住房城乡建设厅,
 * 行动推进委员会, 县委组织部, 社区卫生服务中心 are names.)
 */
export const WORK_WORDS: readonly string[] = [
  '开展', '加强', '落实', '完成', '做好', '发挥', '确保', '按要求', '要求', '组建', '提升', '提高', '完善', '健全',
  '深化', '实现', '培训', '通过', '积极', '全面', '进一步', '持续', '鼓励', '支持', '推动', '依托', '围绕', '以', '把', '将', '对', '的', '由',
  '牵头', '负责', '配合', '参与', '协助', '协办', '主责', '同志',
];

/**
 * Endings of a unit's name. Names glued together without a separator
 * (`医政科基妇科`) are split after one of these, once the name has at least
 * `minNameLength` characters (so `科教科` stays whole). `司` ends a national ministry's department (`医政司`).
 */
export const DEPARTMENT_SUFFIXES = ['科', '股', '办', '室', '处', '司', '局', '委', '厅', '会', '中心', '站', '所', '院', '队', '部', '组'] as const;

/**
 * Words inside a name that hold a unit's ending (`社会` in 人力资源和社会保障局,
 * `股份` in 股份有限公司, `委员` in 推进委员会办公室): glued names are never cut
 * inside one of them.
 */
export const NAME_INNER_WORDS: readonly string[] = [
  '股份', '股东', '股权', '委员', '办公', '委员会办公室', '领导小组办公室', '科学', '科技', '中心医院', '中心卫生院', '中心学校', '中心小学', '所属',
];

/** Words that end in a unit's ending but end no unit (`社会` in 人力资源社会保障局). */
export const FALSE_ENDINGS: readonly string[] = ['社会'];

/**
 * Endings of a branch of the unit named just before it (`市生态环境局雾溪分局`):
 * glued to its parent, the two are one name.
 */
export const BRANCH_ENDINGS: readonly string[] = ['分局', '分院', '分中心', '分会', '分所', '分站', '支队', '大队', '中队'];

/**
 * `市卫生健康委疾控处`, `县卫健局医政股`: a body's own division written after it is one name. A
 * body ends in one of `BODY_ENDINGS`; its division in one of `DIVISION_ENDINGS` and names no place
 * of its own (`市医保局` after `市卫健委` is another body).
 */
export const BODY_ENDINGS: readonly string[] = ['委', '局', '厅', '委员会'];
export const DIVISION_ENDINGS: readonly string[] = ['处', '科', '股', '室', '司', '办', '中心', '所', '站'];
export const PLACE_OPENINGS = /^[省市县区州旗镇乡各]/;

/**
 * The levels of place a bracket inside a name may list (`各县(市、区)人民政府`,
 * `各乡镇(街道)`): such a bracket is part of the name, not an alias.
 */
export const PLACE_LEVELS: readonly string[] = ['市', '区', '县', '旗', '乡', '镇', '街道', '乡镇', '社区', '村', '场', '林场', '园区', '开发区', '新区', '县级市', '市辖区', '管委会'];

/**
 * Page furniture a page break leaves inside a bracket or a list (`P.12`,
 * `— 3 —`, `第 2 页`, `第2页/共9页`, `Page 4`, a page number on a line of its own): cut
 * out before the names are read.
 */
export const PAGE_MARKS = /P\.\s?\d{1,4}|Page[ \t]*\d{1,4}|[—―–－-]{1,2}[ \t]*\d{1,4}[ \t]*[—―–－-]{1,2}|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?|(?<=\n)[ \t]*\d{1,4}[ \t]*(?=\r?\n)/g;
/** Every page mark of PAGE_MARKS holds one of these (`P.12`, `Page 3`, `— 3 —`, `第3页`, a number alone on a line). */
export const PAGE_MARK_HINT = /[P页—―–－-]|\n[ \t]*\d/;
export const DEPARTMENT_MIN_NAME_LENGTH = 3;

/** A unit's name is this long (in UTF-16 units, as the spec counts characters). */
export const DEPARTMENT_NAME_LENGTH = { min: 2, max: 20 } as const;

/**
 * How the name of a responsible unit ends. A part of a list that ends
 * otherwise (`各医疗机构按要求落实`, `6月底前完成`) is not a unit and is left out.
 */
export const UNIT_ENDINGS: readonly string[] = [
  ...DEPARTMENT_SUFFIXES, '单位', '机构', '部门', '政府', '管委会', '团委', '科协', '街道', '街', '镇', '乡', '区', '县', '市', '公司', '团', '联', '行', '馆', '中央', '医共体', '医联体', '集团',
  // `镇中心学校`, `县第一中学`: a school answers for its pupils' health work.
  '学校', '中学', '小学',
];

/** Separators inside a list of units. */
export const DEPARTMENT_SEPARATORS = /[、，,；;\/\s]+/;

/** Words that join two names (`医政科和基层科`); split only where both sides are names (`卫生和计划生育委员会` stays whole). */
export const NAME_JOINERS: readonly string[] = ['和', '及', '与'];

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
