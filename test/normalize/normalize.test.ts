import { describe, expect, it } from 'vitest';
import { normalize, wrapWidth } from '../../src/normalize/index.js';
import { extractText } from '../../src/index.js';
import { foldWidth } from '../../src/normalize/width.js';
import { defaultVocabulary } from '../../src/vocab/index.js';
import type { Source } from '../../src/types.js';

const source = (text: string): Source => ({ file: 't.txt', format: 'text', encoding: 'utf-8', text });
const norm = (text: string) => normalize(source(text), defaultVocabulary);

describe('foldWidth', () => {
  it.each([
    ['（牵头科室：医政科）', '(牵头科室:医政科)'],
    ['１２３％', '123%'],
    ['ＡＢＣ，', 'ABC,'],
    ['①②', '①②'],
    ['全角\u3000空格', '全角 空格'],
  ])('%s → %s', (input, output) => expect(foldWidth(input)).toBe(output));
});

describe('normalize', () => {
  it('drops web-page chrome lines', () => {
    const n = norm('当前位置:首页>政务公开\n2023年全市卫生健康工作要点\n发布日期:2023-06-30 浏览次数:\n一、总体要求\n信息来源: 市卫生健康委\n分享:\n关闭 打印');
    expect(n.text).toBe('2023年全市卫生健康工作要点\n一、总体要求');
  });

  it('drops a sample-essay site\'s byline, file format, lead-in and the tag its scraper left inside a sentence', () => {
    const text = ['乡镇卫生院公共卫生工作计划', '格式:DOCX 上传日期:2024-02-03 09:10:11', '时间:2024-02-03 09:10:11     小编:青禾', '又是一年春来到，下面是小编精心整理了几篇工作计划，供大家参考。', '此文由 青禾 编辑,若您觉得有益,欢迎分享转发!', '导读 乡镇卫生院公共卫生工作计划 又是一年。某资讯网百科专栏', '做好预防接种。每月开展接种门诊8次，#from 卫生院工作计划来自某范文网 end#建卡率达到95%以上。'].join('\n');
    expect(norm(text).text).toBe('乡镇卫生院公共卫生工作计划\n做好预防接种。每月开展接种门诊8次,建卡率达到95%以上。');
  });

  it('drops the abstract a document-sharing site prints under the text, the opening once more, and keeps a journal\'s own abstract', () => {
    const shared = ['乡卫生院2025年工作计划', '一、做好慢病管理。高血压规范管理率达到70%。', '摘要:', '', '乡卫生院2025年工作计划 一、做好慢病管理。高血压规范管理…'].join('\n');
    expect(norm(shared).text).toBe('乡卫生院2025年工作计划\n一、做好慢病管理。高血压规范管理率达到70%。');
    const journal = ['基层慢病管理的实践与思考', '摘要:', '本文总结了某县三年来的做法。', '一、主要做法'].join('\n');
    expect(norm(journal).text).toContain('本文总结了某县三年来的做法。');
  });

  it('drops a site\'s address a repost left in brackets inside a sentence', () => {
    expect(norm('建筑面积达到(www.fanwen-site.com)21000平方米。').text).toBe('建筑面积达到21000平方米。');
  });

  it('reads a year written in Chinese numerals as digits, one for one, and leaves other numerals alone', () => {
    expect(norm('二〇二三年，全镇签约4860人。一二三年级学生体检。').text).toBe('2023年,全镇签约4860人。一二三年级学生体检。');
  });

  it('drops a WeChat article\'s furniture, and everything from where the page goes on to other articles', () => {
    const text = ['示例健康', '示例市卫生健康委员会 2024-03-02 18:05 发表于浙江', '收录于合集', '#政策发布 12个', '2024年全市卫生健康工作要点', '图片', '一、总体要求', '来源：示例市卫生健康委员会', '编辑：林  悦', '审核：何建平', '微信扫一扫', '关注该公众号', '往期推荐', '流感高发季，这份防护指南请收好', '2023年示例市卫生健康统计公报'].join('\n');
    expect(norm(text).text).toBe('示例健康\n2024年全市卫生健康工作要点\n一、总体要求');
  });

  it('drops the title a PDF prints at the head of every page, and the page numbers, so a sentence broken by a page joins again', () => {
    const header = '石岭省卫生健康委员会2024年工作总结';
    const first = '(一)深化医药卫生体制改革。建成紧密型县域医共体70个,药品耗材集中带量采购品种累计达到';
    const second = '(二)强化公共卫生服务。适龄儿童免疫规划疫苗接种率保持在95%以上,老年人健康管理率达到';
    const text = [header, '一、主要工作', first, '— 1 —', header, '', '410个。', second, '— 2 —', header, '', '70.2%。', '(三)新增托位1.2万个。', '— 3 —', header].join('\n');
    expect(norm(text).text.split('\n')).toEqual([header, '一、主要工作', `${first}410个。`, `${second}70.2%。`, '(三)新增托位1.2万个。']);
  });

  it('drops a row of the page\'s buttons, and keeps a bracketed word that is text', () => {
    expect(norm('一、总体要求\n【打印】【关闭】\n[打印本页] [关闭窗口]').text).toBe('一、总体要求');
    expect(norm('【健康扶贫】\n一、总体要求').text).toBe('【健康扶贫】\n一、总体要求');
  });

  it('drops a line carrying a site advert and URL', () => {
    expect(norm('某某范文网:www.example.com2022年工作要点\n2022年工作要点').text).toBe('2022年工作要点');
  });

  it('cuts Word bookmarks out of a line', () => {
    expect(norm('[bookmark: _GoBack]29.完善药品供应保障机制。').text).toBe('29.完善药品供应保障机制。');
  });

  it('rejoins a sentence broken across lines', () => {
    const n = norm('39.加快推进卫生健康数字新基建,建成“示例健康云”一\n\n期项目并上线试运行,推动上云。\n40.下一条。');
    expect(n.text).toBe('39.加快推进卫生健康数字新基建,建成“示例健康云”一期项目并上线试运行,推动上云。\n40.下一条。');
  });

  it('keeps numbered headings apart from the paragraph under them where the page sets each apart with an empty line', () => {
    const text = ['1.稳住医疗服务基本盘,守好健康底线', '', '全年总诊疗人次达到1620万人次。', '', '2.扩大优质资源供给,优化服务布局', '', '新增床位800张。'].join('\n');
    expect(norm(text).text).toBe('1.稳住医疗服务基本盘,守好健康底线\n全年总诊疗人次达到1620万人次。\n2.扩大优质资源供给,优化服务布局\n新增床位800张。');
  });

  it('reads a task table pasted as piped rows, a cell run over lines, and leaves out the column of officials', () => {
    const text = [
      '| 序号 | 2025年重点工作任务 | 牵头领导 | 牵头责任单位 | 配合责任单位 | 完成时限 |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 12 | 建设县急救中心。年内建成急救站点3个， | 王明 | 县卫健委 | 县财政局',
      '县住建局 | 2025年12月底 |',
      '| 15 | 推进医共体建设。基层就诊率达到65%。 | 李华 | 县卫健委 | 县医保局 | 持续推进 |',
      '注：各单位每月报送进展。',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '12.建设县急救中心。年内建成急救站点3个,（牵头单位：县卫健委；配合单位：县财政局、县住建局）（完成时限：2025年12月底）',
      '15.推进医共体建设。基层就诊率达到65%。（牵头单位：县卫健委；配合单位：县医保局）（完成时限：持续推进）',
      '注:各单位每月报送进展。',
    ]);
  });

  it('reads a PDF task table a row a line, its long cells run onto the lines under the row, a name cut at its end', () => {
    const text = [
      '示例区2024年卫生健康重点任务分解表',
      '序号 工作任务 牵头领导 牵头单位 配合单位 完成时限',
      '1 推进区人民医院胸痛中心建设,年内通过省级认证,急性心梗 王晓东 区卫生健康局 区财政局 2024年10月底前',
      '患者平均救治时间缩短至90分钟以内。',
      '2 新增普惠性托位200个,创建示范性托育机构2家。 李明 区卫生健康局 区发改局、区教育局、区市场监管 2024年12月底',
      '局',
      '3 完成适龄妇女宫颈癌筛查5000人。 李明 区卫生健康局 区妇联、各镇（街道） 持续推进',
      '（此件公开发布）',
    ].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => [t.title, t.departments.lead.join('、'), t.departments.support.join('、'), t.deadlines.join('、')])).toEqual([
      ['推进区人民医院胸痛中心建设,年内通过省级认证,急性心梗患者平均救治时间缩短至90分钟以内', '区卫生健康局', '区财政局', '年内、2024年10月底前'],
      ['新增普惠性托位200个,创建示范性托育机构2家', '区卫生健康局', '区发改局、区教育局、区市场监管局', '2024年12月底'],
      ['完成适龄妇女宫颈癌筛查5000人', '区卫生健康局', '区妇联、各镇（街道）', '持续推进'],
    ]);
    expect(d.tasks[0]!.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['90分钟']);
  });

  it('does not join a heading to the paragraph after it', () => {
    expect(norm('2023年全市卫生健康工作要点\n2023年,全市工作的总体要求是:坚持。').text).toBe('2023年全市卫生健康工作要点\n2023年,全市工作的总体要求是:坚持。');
  });

  it('cuts page-number runs of document-sharing sites and joins the pages', () => {
    const page1 = '第一页开始,全区医疗机构诊疗人次稳步增长,基层服务能力持续提升,内容在页末被切';
    const page2 = '断了,继续写家庭医生签约服务和公共卫生服务的进展情况,又被切';
    const n = norm(`标题行\n1、${page1}\n2、${page2}\n3、断,第三页结束。`);
    expect(n.text).toBe(`标题行\n${page1}${page2}断,第三页结束。`);
  });

  it('takes marks for page runs where they open a line with a stop or with the bracket of units that closes the item before', () => {
    const text = ['1、溪桥县2019年卫生计生工作要点', '一、深化医改', '1.推进医共体建设。组建县域医共体2个', '2、,县域内就诊率达到90%。', '2.做实家庭医生签约。签约率达到40%以上。', '3、(基层卫生股牵头)', '3.加强疾病防控。接种率保持在95%以上。'];
    expect(norm(text.join('\n')).text).toBe(['溪桥县2019年卫生计生工作要点', '一、深化医改', '1.推进医共体建设。组建县域医共体2个,县域内就诊率达到90%。', '2.做实家庭医生签约。签约率达到40%以上。', '(基层卫生股牵头)', '3.加强疾病防控。接种率保持在95%以上。'].join('\n'));
  });

  it('reads full stops between digits as decimal points where a copy prints several figures so, and leaves a stop before a year', () => {
    expect(norm('接种率到达了98。36%,接种疫苗9。6万剂次,发病率为206。7/10万。').text).toBe('接种率到达了98.36%,接种疫苗9.6万剂次,发病率为206.7/10万。');
    expect(norm('新增床位120张。2023年完成改造。').text).toBe('新增床位120张。2023年完成改造。');
  });

  it('keeps numbered items that follow short label lines (牵头责任单位:…)', () => {
    const text = '1、推进医养结合。新建服务中心4个。\n牵头责任单位:县卫健委\n主要协作单位:县民政局\n2、加强疾病防控。组建应急队伍3支。\n牵头责任单位:县卫健委\n3、创建卫生县城。新创建卫生村20个。';
    expect(norm(text).text).toBe(text);
  });

  it('keeps real numbered tasks that follow headings and full stops', () => {
    const text = '一、第一部分\n1、任务一。\n2、任务二。\n3、任务三。';
    expect(norm(text).text).toBe(text);
  });

  it('maps every character back to its source offset', () => {
    const text = '  当前位置:首页\n  一、加强  党的建设\r\n1．全市健康素养水平达到１９％。';
    const n = norm(text);
    for (let i = 0; i < n.text.length; i++) {
      const c = n.text[i]!;
      if (c === '\n' || c === ' ') continue;
      // A full-width point after a line's opening number is kept as it is (a marker, not a decimal point).
      const source = text[n.toSource(i)]!;
      expect(c === '．' ? source : foldWidth(source)).toBe(c);
    }
    expect(n.text).toContain('1．全市健康素养水平达到19%');
  });
});

describe('hard-wrapped text (PDF copies, journal pages)', () => {
  // Each paragraph cut every 26 characters, as a PDF or a journal page lays it out.
  const wrap = (paragraph: string) => paragraph.match(/.{1,26}/gu)!.join('\n');
  const wrapped = [
    '石岭市健康促进行动2024年工作要点',
    '一、普及健康知识,倡导文明健康生活方式',
    wrap('(一)开展健康科普。组建市县两级科普专家队伍,年内新增科普专家200名,全市居民健康素养水平达到35%以上。(市卫生健康委、市委宣传部牵头,市教育局、市科协等部门单位参与)'),
    wrap('(二)推进控烟。创建无烟医疗卫生机构和无烟学校,全市成人吸烟率降至20%以下,公共场所控烟巡查覆盖率达到95%以上。(市爱卫办负责)'),
    wrap('(三)做好妇幼健康服务。完善危重孕产妇救治网络,孕产妇死亡率控制在10/10万以下。(市卫生健康委、石岭铁路监管局按职责分工负责)'),
    '2024年3月 第3期 石岭健康 7',
    'Page 8 - 石岭健康 2024年第3期',
    wrap('(四)加强监测评估。完成年度监测评估报告1份,全年刊发宣传报道不少于120篇,推动各项指标落地见效,对进展滞后的地区开展督导,及时通报各地推进情况和工作成效。(市健康促进委员会办公室负责)'),
  ].join('\n');

  it('finds the wrap width from the line lengths, and none in prose with one line a paragraph', () => {
    const lines = (text: string) => text.split('\n').map((t) => ({ text: t, origin: new Int32Array(t.length) }));
    expect(wrapWidth(lines(wrapped))).not.toBeNull();
    const prose = ['一、甲', '1.推进一项工作。新建示范点2个,覆盖全市。', '2.加强另一项工作,全年培训骨干300名,考核合格率达到95%以上,推动各项措施落实落地。', '3.短句。', '4.完善机制。建立健全长效机制,每季度通报一次。', '5.做好监测评估和宣传引导,全年刊发宣传报道不少于120篇,开展督导检查,及时通报各地推进情况和工作成效,总结推广典型经验。', '6.抓好落实。', '7.加强督导。对进展滞后的地区开展督导。', '8.强化保障,落实经费。'];
    expect(wrapWidth(lines(prose.join('\n')))).toBeNull();
  });

  it('joins each wrapped item into one paragraph, names cut by a wrap included', () => {
    const paragraphs = norm(wrapped).text.split('\n');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[2]).toMatch(/^\(一\).*达到35%以上。\(市卫生健康委、市委宣传部牵头,市教育局、市科协等部门单位参与\)$/);
    expect(paragraphs[3]).toMatch(/吸烟率降至20%以下.*\(市爱卫办负责\)$/);
    expect(paragraphs[4]).toMatch(/控制在10\/10万以下。\(市卫生健康委、石岭铁路监管局按职责分工负责\)$/);
    expect(paragraphs[5]).toMatch(/\(市健康促进委员会办公室负责\)$/);
  });

  it('drops journal running headers and page lines', () => {
    expect(norm(wrapped).text).not.toMatch(/第3期|Page 8/);
  });

  it('joins a line that opens with a comma, and one that closes a bracket left open', () => {
    expect(norm('新建示范点2个(市卫生健康委牵头\n,市财政局配合)。\n二、乙').text).toBe('新建示范点2个(市卫生健康委牵头,市财政局配合)。\n二、乙');
    expect(norm('1.推进一项工作。(市卫生\n健康委负责)\n2.下一条。').text).toBe('1.推进一项工作。(市卫生健康委负责)\n2.下一条。');
  });

  it('joins a line that a wrap made open with 、 where it goes on past a clause, and keeps a bare heading that opens with 、 apart', () => {
    const text = [
      '石岭区卫生健康局2024年工作总结',
      wrap('(一)医疗服务能力稳步提升。区中医院通过三级乙等中医医院评审,新增市级临床重点专科2个;全区建成胸痛救治'),
      '、卒中防治站5家;全年完成门急诊诊疗212.4万人次,同比增长',
      '3.1%。',
      wrap('(二)公共卫生服务扎实开展。全区居民电子健康档案建档率达到90.2%,65岁以上老年人健康管理率达到71.5%,适龄儿童免疫规划疫苗接种率'),
      '、开启健康新征程',
      wrap('(三)妇幼健康服务稳步发展。全区孕产妇死亡率为0,婴儿死亡率降至2.1‰,新生儿疾病筛查率达到98.9%,普惠性托位新增360个。'),
      wrap('(四)中医药特色优势进一步发挥。区中医院新建治未病中心,全区9家乡镇卫生院全部建成中医馆,能够提供中医药适宜技术服务的村卫生室占比达到80.5%。'),
      wrap('(五)综合监管持续加强。开展“双随机、一公开”监督抽检288户次,立案查处违法案件21件,罚没款12.5万元,医疗纠纷人民调解成功率达到95.5%。'),
    ].join('\n');
    const paragraphs = norm(text).text.split('\n');
    expect(paragraphs[1]).toMatch(/胸痛救治、卒中防治站5家;全年完成门急诊诊疗212\.4万人次,同比增长3\.1%。$/);
    expect(paragraphs).toContain('、开启健康新征程');
  });

  it('joins a full-width line that a wrap ends at a clause\'s end (；, ”), not at a sentence\'s', () => {
    const cut = (paragraph: string) => paragraph.match(/.{1,26}/gu)!;
    const first = cut('一是卫生创建巩固提升。巩固国家卫生城区成果,申报省级卫生乡镇3个、市级卫生村9个、市级卫生单位120家;推进农村改厕,新建公厕40座。');
    expect(first[1]!.endsWith(';')).toBe(true);
    const text = ['青禾区卫生健康局2023年工作总结', ...first, ...cut('二是健康素养稳步提升。全区居民健康素养水平达到28.5%,较上年提高2.1个百分点,开展“健康大讲堂”进村活动210场。'), ...cut('三是医疗服务能力持续增强。区人民医院新增市级重点专科2个,胸痛中心通过国家标准版认证,全年门急诊诊疗186.2万人次,同比增长4.6%。'), ...cut('四是妇幼健康服务扎实开展。全区孕产妇死亡率为0,婴儿死亡率降至2.6‰,新生儿疾病筛查率达到98.5%,新增普惠托位300个,完成农村妇女两癌检查5200人。'), '三、下一步工作', ...cut('围绕区委部署的“三区建设”总体布局推进各项工作,全面完成年度目标任务。')].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '青禾区卫生健康局2023年工作总结',
      '一是卫生创建巩固提升。巩固国家卫生城区成果,申报省级卫生乡镇3个、市级卫生村9个、市级卫生单位120家;推进农村改厕,新建公厕40座。',
      '二是健康素养稳步提升。全区居民健康素养水平达到28.5%,较上年提高2.1个百分点,开展“健康大讲堂”进村活动210场。',
      '三是医疗服务能力持续增强。区人民医院新增市级重点专科2个,胸痛中心通过国家标准版认证,全年门急诊诊疗186.2万人次,同比增长4.6%。',
      '四是妇幼健康服务扎实开展。全区孕产妇死亡率为0,婴儿死亡率降至2.6‰,新生儿疾病筛查率达到98.5%,新增普惠托位300个,完成农村妇女两癌检查5200人。',
      '三、下一步工作',
      '围绕区委部署的“三区建设”总体布局推进各项工作,全面完成年度目标任务。',
    ]);
  });

  it('keeps a heading that lost its numeral (`、开启…`) apart from an unclosed bracket before it', () => {
    expect(norm('五)强化责任。落实主体责任。(牵头科室:组织科\n、开启健康新征程\n)全面推进健康行动。').text).toBe('五)强化责任。落实主体责任。(牵头科室:组织科\n、开启健康新征程\n)全面推进健康行动。');
  });
});

describe('an outline run into one line', () => {
  it('splits a page glued into one line before the markers that continue their sequence', () => {
    const text = '石岭区2023年工作总结及2024年工作计划2023年,全区诊疗人次达到150万人次,同比增长4%,现将有关情况总结如下:一、工作开展情况(一)医疗服务持续提升。新增重点专科3个。(二)公共卫生不断加强。接种率保持在95%以上。二、存在问题一是人才短缺。二是信息化水平不高。三、2024年工作计划(一)提升医疗服务能力。新增重点专科2个。';
    expect(norm(text).text.split('\n')).toEqual([
      '石岭区2023年工作总结及2024年工作计划2023年,全区诊疗人次达到150万人次,同比增长4%,现将有关情况总结如下:',
      '一、工作开展情况', '(一)医疗服务持续提升。新增重点专科3个。', '(二)公共卫生不断加强。接种率保持在95%以上。',
      '二、存在问题', '一是人才短缺。二是信息化水平不高。',
      '三、2024年工作计划', '(一)提升医疗服务能力。新增重点专科2个。',
    ]);
  });

  it("opens the second part of a page glued into one line when the first part's 一、 is lost and its items have run", () => {
    const text = '溪岚县卫生局2015年度述职报告各位委员:现作述职如下。主要工作2015年,在县委、县政府的正确领导下,全县卫生事业稳步发展。(一)强化基础。千方百计争取项目资金,新建乡镇卫生院业务用房2所,新增床位120张。(二)深化医改。新农合参合率达到98.2%,住院费用实际补偿比为60.5%。(三)加强队伍建设。公开招聘医学类本科毕业生30名。二、2016年工作打算(一)加快建设。新建村卫生室15所。';
    expect(norm(text).text.split('\n')).toEqual([
      '溪岚县卫生局2015年度述职报告各位委员:现作述职如下。主要工作2015年,在县委、县政府的正确领导下,全县卫生事业稳步发展。',
      '(一)强化基础。千方百计争取项目资金,新建乡镇卫生院业务用房2所,新增床位120张。', '(二)深化医改。新农合参合率达到98.2%,住院费用实际补偿比为60.5%。',
      '(三)加强队伍建设。公开招聘医学类本科毕业生30名。', '二、2016年工作打算', '(一)加快建设。新建村卫生室15所。',
    ]);
    expect(norm('会议指出,一、二级医院要加强协作。(一)提升能力。(二)改善服务。二、三级医院要发挥引领作用。').text.split('\n')).toHaveLength(1);
  });

  it('splits a page flattened with spaces where its lines broke: items numbered on across headings, one glued to an age', () => {
    const blob = '2025年健康石岭行动工作计划 为深入实施健康石岭行动,制定本计划。 一、健康知识普及行动 1.遴选科普专家 120 名。(市卫生健康委负责) 2.居民健康素养水平达到 30% 以上。(市卫生健康委负责) 二、重点人群健康促进行动 3.孕产妇死亡率控制在 10/10 万以内。(市卫生健康委负责) 4.65 岁及以上老年人健康管理率达到 65%。(市卫生健康委负责)';
    expect(norm(blob).text.split('\n')).toEqual([
      '2025年健康石岭行动工作计划 为深入实施健康石岭行动,制定本计划。',
      '一、健康知识普及行动',
      '1.遴选科普专家120名。(市卫生健康委负责)',
      '2.居民健康素养水平达到30%以上。(市卫生健康委负责)',
      '二、重点人群健康促进行动',
      '3.孕产妇死亡率控制在10/10万以内。(市卫生健康委负责)',
      '4.65岁及以上老年人健康管理率达到65%。(市卫生健康委负责)',
    ]);
  });

  it('starts a line at a first item glued to its heading (一、成效明显1.项目建设。…), under each heading again', () => {
    const text = '青禾县卫生健康局2020年工作总结 现将全年工作总结如下:一、重点工作成效明显1.项目建设。县妇幼保健院新院完成投资3100万元,占计划的90%。2.基层能力。完成12个村卫生室改造,门诊人次同比增长6.2%。二、2021年工作打算1.医共体建设。县域内就诊率达到90%以上。2.人才培养。招聘本科以上医学人才40名。';
    expect(norm(text).text.split('\n')).toEqual([
      '青禾县卫生健康局2020年工作总结 现将全年工作总结如下:',
      '一、重点工作成效明显', '1.项目建设。县妇幼保健院新院完成投资3100万元,占计划的90%。', '2.基层能力。完成12个村卫生室改造,门诊人次同比增长6.2%。',
      '二、2021年工作打算', '1.医共体建设。县域内就诊率达到90%以上。', '2.人才培养。招聘本科以上医学人才40名。',
    ]);
  });

  it('starts the first item run into a line right after the title (…承诺书1.…), and numbers in figures stay', () => {
    const text = '青禾县卫生健康局2021年重点工作承诺书1.推进医共体建设。县域内就诊率达到90%以上,2.5万人次下沉服务。2.做好疫苗接种。适龄儿童接种率保持在95%以上。3.加强行风建设。群众满意度达到90%以上。4.办好民生实事。完成农村妇女两癌检查3000人。';
    expect(norm(text).text.split('\n')).toEqual([
      '青禾县卫生健康局2021年重点工作承诺书',
      '1.推进医共体建设。县域内就诊率达到90%以上,2.5万人次下沉服务。', '2.做好疫苗接种。适龄儿童接种率保持在95%以上。', '3.加强行风建设。群众满意度达到90%以上。', '4.办好民生实事。完成农村妇女两癌检查3000人。',
    ]);
  });

  it('leaves markers out of sequence in the text (一、二级医院, a stray (3))', () => {
    const text = '1.推进分级诊疗。支持一、二级医院与三级医院组建医联体,完善转诊机制,推动优质资源下沉,年内新增医联体2个,覆盖全部乡镇卫生院和社区卫生服务中心,(3)类疾病实行双向转诊,基层首诊率达到60%以上,县域内就诊率达到90%以上,群众满意度不断提升,切实减轻就医负担。';
    expect(norm(text).text).toBe(text);
  });
});

describe('task tables pasted as text', () => {
  const header = ['序号', '重点任务', '目标要求', '责任科室', '配合科室', '完成时限'];
  it('reads a table of one cell a line with group rows, cells wrapped over two lines and the header again after a page break', () => {
    const text = [
      '石岭区2025年重点工作任务分解表', ...header,
      '一、提升公共卫生服务能力',
      '1', '推进疾控体系改革', '完成实验室提标改造,新增检测项目', '不少于30项。', '疾控科', '规划财务科、区疾控中', '心', '2025年10', '月底',
      '— 1 —', ...header,
      '2', '加强妇幼健康服务', '孕产妇系统管理率达到92%以上。', '妇幼健康科', '区妇幼保健院', '2025年12月底',
      '二、深化医药卫生体制改革',
      '3', '建设城市医疗集团', '组建城市医疗集团1个。', '医政医管科', '基层卫生科', '持续推进',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '石岭区2025年重点工作任务分解表',
      '一、提升公共卫生服务能力',
      '1.推进疾控体系改革。完成实验室提标改造,新增检测项目不少于30项。（牵头单位：疾控科；配合单位：规划财务科、区疾控中心）（完成时限：2025年10月底）',
      '2.加强妇幼健康服务。孕产妇系统管理率达到92%以上。（牵头单位：妇幼健康科；配合单位：区妇幼保健院）（完成时限：2025年12月底）',
      '二、深化医药卫生体制改革',
      '3.建设城市医疗集团。组建城市医疗集团1个。（牵头单位：医政医管科；配合单位：基层卫生科）（完成时限：持续推进）',
    ]);
  });

  it('reads rows whose 重点任务 cell was merged from above, their unit cell run over two lines', () => {
    const text = [
      '序号', '重点任务', '工作内容', '责任科室、单位', '完成时限',
      '1', '医疗服务', '推进县域医共体建设。组建医共体2个。', '医政科', '县人民医院', '2024年6月底前',
      '2', '提升胸痛中心能力。胸痛患者平均救治时间控制在90分钟以内。', '医政科', '县第二人民医', '院', '2024年9月底前',
      '3', '落实分级诊疗。县域内就诊率达到90%以上。', '基层卫生科', '各乡镇卫生院', '2024年12月底前',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '医疗服务',
      '1.推进县域医共体建设。组建医共体2个。（牵头单位：医政科、县人民医院）（完成时限：2024年6月底前）',
      '2.提升胸痛中心能力。胸痛患者平均救治时间控制在90分钟以内。（牵头单位：医政科、县第二人民医院）（完成时限：2024年9月底前）',
      '3.落实分级诊疗。县域内就诊率达到90%以上。（牵头单位：基层卫生科、各乡镇卫生院）（完成时限：2024年12月底前）',
    ]);
  });

  it('reads a table of one cell a line with no column of numbers, the text cell run over two lines and `/` for an empty cell', () => {
    const text = [
      '工作任务', '目标要求', '责任股室', '配合单位', '完成时限',
      '一、提升医疗服务能力',
      '推进医共体建设', '县域内就诊率达到90%以上。', '医政股', '县人民医院', '2025年12月',
      '实施卫生院改造', '完成4家卫生院改造，新增达到推', '荐标准的卫生院2家。', '基层卫生股', '/', '2025年11月',
      '— 2 —',
      '二、提升公共卫生服务水平',
      '守护母婴安全', '孕产妇死亡率控制在10/10万以下。', '妇幼股', '县妇幼保健院', '持续推进',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '一、提升医疗服务能力',
      '推进医共体建设。县域内就诊率达到90%以上。（牵头单位：医政股；配合单位：县人民医院）（完成时限：2025年12月）',
      '实施卫生院改造。完成4家卫生院改造,新增达到推荐标准的卫生院2家。（牵头单位：基层卫生股）（完成时限：2025年11月）',
      '二、提升公共卫生服务水平',
      '守护母婴安全。孕产妇死亡率控制在10/10万以下。（牵头单位：妇幼股；配合单位：县妇幼保健院）（完成时限：持续推进）',
    ]);
  });

  it('reads a progress table whose headings wrapped (`项目` / `名称`) and whose progress is read at one date after another', () => {
    const text = [
      '栎泉区2022年民生实事项目进展情况',
      '项目', '名称', '内容', '牵头单位', '进展情况', '(6月)', '进展情况', '(12月)',
      '家庭医生签约提质', '重点人群签约率达到70%以上。', '区卫生健康局', '重点人群签约率达到58.3%。', '重点人群签约率达到71.6%。',
      '社区卫生服务站建设', '新建社区卫生服务站4个。', '区卫生健康局、区住建局', '已完成选址4个。', '4个服务站全部投入使用。',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '栎泉区2022年民生实事项目进展情况',
      '家庭医生签约提质。重点人群签约率达到70%以上。完成情况：重点人群签约率达到58.3%。重点人群签约率达到71.6%。（牵头单位：区卫生健康局）',
      '社区卫生服务站建设。新建社区卫生服务站4个。完成情况：已完成选址4个。4个服务站全部投入使用。（牵头单位：区卫生健康局、区住建局）',
    ]);
  });

  it('reads a table written a row a line, cells parted by spaces, a row cut over two lines', () => {
    const text = [
      '序号  重点任务  主要目标  责任         处室  配合         处室  完成时限',
      '1 提升院前急救能力。 新建急救站点5个。 医政医管处 财务处 2025年10月底前',
      '2 加强传染病防控。 甲乙类传染病报告发病率控制在180/10',
      '万以内。 疾病预防控制处 市疾控中心 2025年12月底前',
      '3 发展普惠托育服务。 新增普惠托位1200个。 人口家庭处 2025年11月底前',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '1.提升院前急救能力。新建急救站点5个。（牵头单位：医政医管处；配合单位：财务处）（完成时限：2025年10月底前）',
      '2.加强传染病防控。甲乙类传染病报告发病率控制在180/10万以内。（牵头单位：疾病预防控制处；配合单位：市疾控中心）（完成时限：2025年12月底前）',
      '3.发展普惠托育服务。新增普惠托位1200个。（牵头单位：人口家庭处）（完成时限：2025年11月底前）',
    ]);
  });
});

describe('a task table pasted with tabs', () => {
  it('keeps a tab as a cell break beside digits, reads the group column and the header again after a page break', () => {
    const text = [
      '分类\t序号\t重点任务\t工作目标\t责任科室\t协办单位\t完成时限',
      '医疗服务\t1\t建设胸痛中心\t建成胸痛中心2个，',
      '覆盖所有乡镇。\t医政科\t县人民医院\t9月底前',
      '\t2\t改善就医体验\t预约诊疗率达到65%。\t医政科\t县中医院、县妇幼保',
      '健院\t全年',
      '分类\t序号\t重点任务\t工作目标\t责任科室\t协办单位\t完成时限',
      '公共卫生\t3\t做好疫苗接种\t适龄儿童接种率保持在95%以上。\t疾控科\t—\t持续推进',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '医疗服务',
      '1.建设胸痛中心。建成胸痛中心2个,覆盖所有乡镇。（牵头单位：医政科；配合单位：县人民医院）（完成时限：9月底前）',
      '2.改善就医体验。预约诊疗率达到65%。（牵头单位：医政科；配合单位：县中医院、县妇幼保健院）（完成时限：全年）',
      '公共卫生',
      '3.做好疫苗接种。适龄儿童接种率保持在95%以上。（牵头单位：疾控科；配合单位：—）（完成时限：持续推进）',
    ]);
  });

  it('keeps a tab between Chinese and a figure as a space, where a plain space there is dropped', () => {
    expect(norm('疫情防控\t1\t新建\t3个').text).toBe('疫情防控 1 新建 3个');
    expect(norm('新建 3个').text).toBe('新建3个');
  });
});

describe('an indicator table, its cells parted by runs of spaces', () => {
  it('finishes the sentence that introduced it with a clause a row, the baseline and the other columns left out', () => {
    const text = [
      '一、工作目标',
      '到2025年底，全县职业健康工作取得新进展。主要指标如下：',
      '指标名称　　2024年基线值　　2025年目标值　　指标属性',
      '用人单位职业病危害项目申报率　　81.5%　　≥88%　　约束性',
      '职业健康检查机构覆盖率　　100%　　100%　　预期性',
      '新发尘肺病报告例数占比　　4.2%　　持续下降　　预期性',
      '二、重点任务',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '一、工作目标',
      '到2025年底,全县职业健康工作取得新进展。主要指标如下:用人单位职业病危害项目申报率≥88%；职业健康检查机构覆盖率达到100%；新发尘肺病报告例数占比持续下降。',
      '二、重点任务',
    ]);
  });

  it('reads a review\'s column of values reached (完成值), its heading wrapped onto a second line, and not the aims', () => {
    const text = [
      '规划主要指标总体完成,具体见表1。',
      '表1  石岭市“十三五”主要指标完成情况',
      '指标名称              单位     2015年   2020年   2020年   完成',
      '                               基数     目标值   完成值   情况',
      '人均预期寿命          岁       77.0     78.0     78.4     已完成',
      '孕产妇死亡率          1/10万   15.2     ≤18      10.1     已完成',
      '二、主要任务完成情况',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '规划主要指标总体完成,具体见表1。人均预期寿命为78.4岁；孕产妇死亡率为10.1/10万。',
      '二、主要任务完成情况',
    ]);
  });

  it('reads a run of spaces as a cell break beside digits, where one space there means nothing', () => {
    expect(norm('申报率　　86.5%').text).toBe('申报率 86.5%');
    expect(norm('申报率 86.5%').text).toBe('申报率86.5%');
  });
});

describe('rows copied from a spreadsheet, cells parted by tabs', () => {
  it('reads a quoted cell over several lines as one cell, its lines a list of names or of clauses, its quotes dropped, and stops at the line that signs the table', () => {
    const text = [
      '序号\t重点任务\t量化指标\t牵头单位\t配合单位\t完成时限',
      '1\t"完善急救网络',
      '（省级试点）"\t"新建急救站4个',
      '急救反应时间≤12分钟"\t县卫健局\t"县财政局',
      '县交通局"\t2025年9月底',
      '2\t开展监督执法\t"""双随机""抽查完成率100%"\t县卫生监督所\t县市场监管局\t全年',
      '制表单位：石岭县卫生健康局\t\t\t制表时间：2025年2月',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '1.完善急救网络(省级试点)。新建急救站4个；急救反应时间≤12分钟（牵头单位：县卫健局；配合单位：县财政局、县交通局）（完成时限：2025年9月底）',
      '2.开展监督执法。"双随机"抽查完成率100%（牵头单位：县卫生监督所；配合单位：县市场监管局）（完成时限：全年）',
      '制表单位:石岭县卫生健康局 制表时间:2025年2月',
    ]);
  });
});

describe('a ledger aligned by spaces, and a piped table with group rows', () => {
  it('reads group headings between rows, a row wrapped onto the next line, names parted by a space in the one column of units, and quarters as deadlines', () => {
    const text = [
      '序号   工作内容                                   责任科室          时间节点',
      '一、医疗服务',
      '1      推进医联体建设。组建城市医联体2个。            体改科 医政科     二季度',
      '2      开展改善医疗服务行动。预约诊疗率达到50%以上，日间手术占择期',
      '       手术比例逐步提高。                             医政科            12月底前',
      '二、公共卫生',
      '3      做好传染病防控。甲乙类传染病发病率控制在220/10万以内。  疾控科   三季度末',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '一、医疗服务',
      '1.推进医联体建设。组建城市医联体2个。（牵头单位：体改科、医政科）（完成时限：二季度）',
      '2.开展改善医疗服务行动。预约诊疗率达到50%以上,日间手术占择期手术比例逐步提高。（牵头单位：医政科）（完成时限：12月底前）',
      '二、公共卫生',
      '3.做好传染病防控。甲乙类传染病发病率控制在220/10万以内。（牵头单位：疾控科）（完成时限：三季度末）',
    ]);
  });

  it('reads a piped row that only names a group as a heading, and a <br> in a cell of units as a list', () => {
    const text = [
      '| 序号 | 工作任务 | 目标要求 | 责任科室 | 责任人 |',
      '| --- | --- | --- | --- | --- |',
      '| 一、公共卫生 | | | | |',
      '| 1 | 慢病防控 | 新建健康驿站6个。 | 基层卫生科<br>疾控科 | 孟一凡 |',
      '| 2 | 免疫规划 | 接种率保持在95%以上。 | 疾控科 | 何嘉 |',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '一、公共卫生',
      '1.慢病防控。新建健康驿站6个。（牵头单位：基层卫生科、疾控科）',
      '2.免疫规划。接种率保持在95%以上。（牵头单位：疾控科）',
    ]);
  });
  it('reads a cell cut after a comma as the text going on, not as a title', () => {
    const cells = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限',
      '1', '疫', '情', '防', '控', '强化常态化疫情防控。核酸检测能力提升至每日3万管。', '市卫生健康委', '市疾控中心', '全年',
      '2', '推进医疗集团建设。组建城市医疗集团3个，', '集团内双向转诊人次增长15%以上。', '市卫生健康委', '市医保局', '11月底前'];
    expect(norm(['石岭市2022年重点工作任务分解表', ...cells].join('\n')).text.split('\n').slice(2)).toEqual([
      '1.强化常态化疫情防控。核酸检测能力提升至每日3万管。（牵头单位：市卫生健康委；配合单位：市疾控中心）（完成时限：全年）',
      '2.推进医疗集团建设。组建城市医疗集团3个,集团内双向转诊人次增长15%以上。（牵头单位：市卫生健康委；配合单位：市医保局）（完成时限：11月底前）',
    ]);
  });

  it('reads a group cell printed down the page a character a line, and the rows under it that leave the cell out', () => {
    const cells = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限',
      '1', '疫', '情', '防', '控', '强化常态化疫情防控。核酸检测能力提升至每日3万管。', '市卫生健康委', '市疾控中心', '全年',
      '2', '推进疫苗接种。老年人全程接种率达到90%以上。', '市疾控中心', '各区县卫生健康局', '6月底前',
      '3', '医', '疗', '服', '务', '建设区域医疗中心。新增床位600张。', '市卫生健康委', '市发展改革委、市财', '政局', '12月底前'];
    expect(norm(['石岭市2022年重点工作任务分解表', ...cells].join('\n')).text.split('\n')).toEqual([
      '石岭市2022年重点工作任务分解表',
      '疫情防控',
      '1.强化常态化疫情防控。核酸检测能力提升至每日3万管。（牵头单位：市卫生健康委；配合单位：市疾控中心）（完成时限：全年）',
      '2.推进疫苗接种。老年人全程接种率达到90%以上。（牵头单位：市疾控中心；配合单位：各区县卫生健康局）（完成时限：6月底前）',
      '医疗服务',
      '3.建设区域医疗中心。新增床位600张。（牵头单位：市卫生健康委；配合单位：市发展改革委、市财政局）（完成时限：12月底前）',
    ]);
  });
});

describe('a progress table in rows parted by spaces, taken from a longer list', () => {
  it('reads its rows by what their cells hold: people left out, units to the two lead columns then support, the results and the next period\'s plan labelled', () => {
    const text = [
      '序号 2024年重点工作任务 牵头  领导 牵头      责任单位 主体       责任单位 配合      责任单位 工作评价 2024年7-9月份进展情况 2024年10-12月份进度安排 备注',
      '31 新建标准化村卫生室20个。 王  一 石岭县卫健委 各乡镇 石岭县发改委',
      '石岭县财政局 达到时序进度 已建成14个 12月底前全部建成',
      '34 家庭医生签约率达到75%。 李小川 石岭县卫健委 石岭县卫健委 石岭县医保局 滞后时序进度 签约率68.2% 加大签约力度',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '31.新建标准化村卫生室20个。完成情况：已建成14个。下步安排：12月底前全部建成（牵头单位：石岭县卫健委、各乡镇；配合单位：石岭县发改委、石岭县财政局）',
      '34.家庭医生签约率达到75%。完成情况：签约率68.2%。下步安排：加大签约力度（牵头单位：石岭县卫健委；配合单位：石岭县医保局）',
    ]);
  });
});

describe('a progress table, each cell between empty lines', () => {
  it('reads the aim, the results and the unit of each row, and leaves out the self-assessment', () => {
    const cells = [
      '序号', '年度目标', '进展情况', '（截至6月30日）', '自评', '（超前/正常/滞后）', '责任单位',
      '1', '新建社区卫生服务站4个。', '1.已建成2个；', '2.另2个完成选址。', '正常', '区卫生健康局',
      '2', '家庭医生签约率达到75%。', '1.签约率68.2%。', '滞后', '区卫生健康局、区医保局',
    ];
    expect(norm(['石岭区2025年上半年重点工作进展情况', '', ...cells.flatMap((c) => [c, ''])].join('\n')).text.split('\n')).toEqual([
      '石岭区2025年上半年重点工作进展情况',
      '1.新建社区卫生服务站4个。完成情况：1.已建成2个;2.另2个完成选址。（牵头单位：区卫生健康局）',
      '2.家庭医生签约率达到75%。完成情况：1.签约率68.2%。（牵头单位：区卫生健康局、区医保局）',
    ]);
  });
});

describe('a task laid out as a record', () => {
  it('gives each field name over its value as a label line, and drops the name over the task\'s text', () => {
    const text = '具体任务\n完成发热门诊改造,新建胸痛中心2个。\n责任单位\n卫健局、医保局\n配合单位\n各乡镇\n完成时限\n6月底前';
    expect(norm(text).text).toBe('完成发热门诊改造,新建胸痛中心2个。\n责任单位：卫健局、医保局\n配合单位：各乡镇\n完成时限：6月底前');
  });

  it('opens the task with the number a record gives under 序号', () => {
    const text = '序号\n1\n具体任务\n新建胸痛中心2个。\n责任单位\n卫健局\n序号\n2\n具体任务\n新增托位300个。\n完成时限\n年底前';
    expect(norm(text).text).toBe('1.新建胸痛中心2个。\n责任单位：卫健局\n2.新增托位300个。\n完成时限：年底前');
  });
});

describe('PDF and scan damage', () => {
  it('reads a letter-spaced line (a space between every two characters) as the words it spells, digits too', () => {
    expect(norm('2 ． 完 善 待 遇 保 障 。 住 院 报 销 比 例 保 持 在 8 0 % 左 右 。').text).toBe('2．完善待遇保障。住院报销比例保持在80%左右。');
    expect(norm('新建 3个急救站').text).toBe('新建3个急救站');
  });

  it('drops a page number set in to the middle of its line, and keeps a row number that stands at the margin', () => {
    expect(norm('约定采购量\n\n                1\n\n完成率达到100%。').text).toBe('约定采购量\n完成率达到100%。');
    expect(norm('序号\n\n1\n\n新建村卫生室').text).toContain('1');
  });

  it('drops a document-sharing site\'s page furniture where it breaks the text', () => {
    expect(norm('开展宣传活动。 第 2 页 共 3 页 下载后可任意编辑 每年春秋两季集中开展服务。').text).toBe('开展宣传活动。 每年春秋两季集中开展服务。');
  });
});

describe('a table without 序号 whose cells run over lines of their own (a PDF\'s narrow columns)', () => {
  it('reads each row up to its deadline, skips the header printed again in the middle of a row, and an empty cell (/)', () => {
    const text = [
      '工作任务', '目标要求', '牵头单位', '配合单位', '完成时限',
      '一、公共卫生',
      '传染病防控', '甲乙类传染病报告发病率控制在1', '80/10万以下', '疾控股', '区疾控中心', '2023年12月底',
      '妇幼健康', '孕产妇系统管理率达到92%以上，3岁', '2/5', '工作任务', '目标要求', '牵头单位', '配合单位', '完成时限',
      '以下儿童系统管理率达到90%以上', '妇幼股', '/', '2023年12月',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '一、公共卫生',
      '传染病防控。甲乙类传染病报告发病率控制在180/10万以下（牵头单位：疾控股；配合单位：区疾控中心）（完成时限：2023年12月底）',
      '妇幼健康。孕产妇系统管理率达到92%以上,3岁以下儿童系统管理率达到90%以上（牵头单位：妇幼股）（完成时限：2023年12月）',
    ]);
  });
});

describe('a journal page hard-wrapped in narrow columns', () => {
  it('joins a line that opens with an enumeration mark to the one it was wrapped from, and drops footnotes and their marks', () => {
    const lines = ['3.推进村卫生室标准化建设。以县为', '单位制定建设计划,村卫生室标准化建', '设达标率达到95%,全面消除村医空白', '点,保障基本医疗服务覆盖全体村民。', '4.提高签约服务质量。优化签约服务', '包,重点人群签约服务覆盖率达到70', '%以上,建档立卡贫困人口应签尽签。', '5.规范慢性病患者健康管理。高血压', '、2型糖尿病患者规范管理率分别达到', '62%、60%,推动医防融合工作落实。', '6.推进医共体¹建设。', '——————————', '¹ 医共体：县域医疗卫生共同体的简称。'];
    const paragraphs = norm(lines.join('\n')).text.split('\n');
    expect(paragraphs[2]).toBe('5.规范慢性病患者健康管理。高血压、2型糖尿病患者规范管理率分别达到62%、60%,推动医防融合工作落实。');
    expect(paragraphs.slice(3)).toEqual(['6.推进医共体建设。']);
  });

  it('keeps an item whose numeral was lost (`、加强…` after an empty line or a heading) a line of its own', () => {
    expect(norm('一、强化中医特色\n\n、加强专科建设。新增专科2个。').text.split('\n')).toEqual(['一、强化中医特色', '、加强专科建设。新增专科2个。']);
  });
});

describe('one page of a document-sharing site', () => {
  it('reads a page numbered 1、 that holds the outline run into it as that outline, not as an item', () => {
    const page = '1、文本为Word版本,下载可任意编辑石岭县卫生健康局2022年工作总结 一、工作情况 (一)做好疫情防控。严格落实各项防控措施,建立健全常态化疫情防控机制,突出抓好院感控制、重点人群管理和核酸检测能力提升等工作,全县核酸日检测能力达到2万管。(二)推进项目建设。县人民医院新院区主体完工,新建村卫生室12个,乡镇卫生院提标改造全面完成,基层医疗卫生服务能力明显提升,群众就医更加便捷。(三)做实公共卫生服务。65岁以上老年人健康管理率达到72%,高血压、糖尿病患者规范管理率分别达到66%和64%,适龄儿童免疫规划疫苗接种率保持在95%以上,居民电子健康档案建档率达到92%。';
    const lines = norm(page).text.split('\n');
    expect(lines.some((l) => l.startsWith('(一)做好疫情防控'))).toBe(true);
    expect(lines.some((l) => l.startsWith('(二)推进项目建设'))).toBe(true);
  });
});

describe('HTML a copy kept', () => {
  it('cuts tags out of the text, and a line of tags alone leaves nothing', () => {
    expect(norm('<legend id="h4"></legend><samp id="h4"></samp>\n一、加强<b>党建</b>引领\n<p id="x"><td id="x"></td></p>').text).toBe('一、加强党建引领');
  });

  it('ends a paragraph where its tag closes, when a copy put a page\'s paragraphs on one line', () => {
    const page = '<section class="card_wrp"><mpcard class="js_uneditable custom_select_card" data-nickname="健康溪桥" data-alias="jkxq2020" data-signature="溪桥市卫生健康委员会官方公众号，发布健康资讯"></mpcard></section><p><br></p><p><span>一、健全服务网络</span></p><p><span>全市新增精神科床位120张。</span></p>';
    expect(norm(page).text.split('\n')).toEqual(['一、健全服务网络', '全市新增精神科床位120张。']);
  });
});

describe('a page that glosses its characters\' readings (衛(wèi)生)', () => {
  it('reads the text without the glosses, and quotes its title as the page writes it, without them', () => {
    const text = '關(guān)于印發(fā)青禾市2019年衛(wèi)生健康工作要點(diǎn)的通知\n青禾市2019年衛(wèi)生健康工作要點(diǎn)\n一、深化醫(yī)改\n1.推進分級診療。縣域內(nèi)就診率達到90%以上。(市衛(wèi)生健康委負責)';
    expect(norm(text).text).not.toMatch(/wèi|yī/);
    const d = extractText(text);
    expect(d.title).toBe('青禾市2019年衛生健康工作要點');
    expect(d.tasks.map((t) => t.title)).toEqual(['推進分級診療']);
    expect(d.tasks[0]!.departments.lead).toEqual(['市衛生健康委']);
  });

  it('keeps a bracket of plain letters (a), which is no gloss', () => {
    expect(norm('1.完成A类(a)项目建设。').text).toBe('1.完成A类(a)项目建设。');
  });
});

describe('a copy that writes its full stops as half-width points', () => {
  const page = '2019年全市卫生健康工作要点 一、总体要求坚持以人民健康为中心,统筹推进各项工作.二、主要任务(一)健康促进行动1.主要目标指标.居民健康素养水平达到22%以上,人均预期寿命达78.6岁,建成健康促进医院40家.2.重点工作举措.开展健康知识普及.(二)疾病防控行动1.主要目标指标.肺结核报告发病率降至55/10万以下.2.重点工作举措.加强监测.';

  it('reads its points that end sentences as full stops, and decimals as decimals', () => {
    const text = norm(page).text;
    expect(text).toContain('人均预期寿命达78.6岁');
    expect(text.split('\n')).toEqual([
      '2019年全市卫生健康工作要点', '一、总体要求坚持以人民健康为中心,统筹推进各项工作。',
      '二、主要任务', '(一)健康促进行动', '1.主要目标指标。居民健康素养水平达到22%以上,人均预期寿命达78.6岁,建成健康促进医院40家。', '2.重点工作举措。开展健康知识普及。',
      '(二)疾病防控行动', '1.主要目标指标。肺结核报告发病率降至55/10万以下。', '2.重点工作举措。加强监测。',
    ]);
  });

  it('leaves a text with a few points and its own full stops alone', () => {
    expect(norm('1.推进医改。县域内就诊率达到90%以上.').text).toBe('1.推进医改。县域内就诊率达到90%以上.');
  });
});

describe('a page whose every line wrap became a space', () => {
  it.each([
    ['inside a percentage', '适龄儿童免疫规划疫苗接种率达9 6.4%,全年无暴发。', '适龄儿童免疫规划疫苗接种率达96.4%,全年无暴发。'],
    ['before a percent sign', '档案合格率92 %。', '档案合格率92%。'],
  ])('reads the figure whole (%s)', (_, text, expected) => {
    expect(norm(text).text).toBe(expected);
  });

  it('leaves two figures a space parts alone', () => {
    expect(norm('覆盖率分别为86 92%').text).toBe('覆盖率分别为86 92%');
  });
});

describe('items numbered in brackets run on after a unit bracket', () => {
  it.each([
    ['digits', '(1)深化公立医院改革。县域内就诊率达到90%。(责任处室:体改处) (2)加强疾病防控。接种率保持在95%以上。(疾控处牵头,妇幼处配合)', ['(1)深化公立医院改革。县域内就诊率达到90%。(责任处室:体改处)', '(2)加强疾病防控。接种率保持在95%以上。(疾控处牵头,妇幼处配合)']],
    ['Chinese numerals', '(一)深化公立医院改革。县域内就诊率达到90%。(体改处负责)(二)加强疾病防控。', ['(一)深化公立医院改革。县域内就诊率达到90%。(体改处负责)', '(二)加强疾病防控。']],
  ])('start a line each (%s)', (_, text, lines) => {
    expect(norm(text).text.split('\n')).toEqual(lines);
  });

  it('leaves a figure in brackets that is no next item alone', () => {
    expect(norm('(1)新建村卫生室(2)个。').text).toBe('(1)新建村卫生室(2)个。');
  });
});

describe('a top heading and its first item on one line', () => {
  it('are two lines (二、重点工作 (一)开展…)', () => {
    expect(norm('二、重点工作 (一)开展健康素养促进行动。每个镇全年开展讲座不少于6场。\n(二)深化控烟工作。').text.split('\n')).toEqual(['二、重点工作', '(一)开展健康素养促进行动。每个镇全年开展讲座不少于6场。', '(二)深化控烟工作。']);
  });
});

describe('a title printed twice, and a document site\'s digest under the text (fictional 栎泉县)', () => {
  it('keeps the title reprinted above the outline, after a preface', () => {
    const page = ['2019年栎泉县爱国卫生工作要点', '发布时间：2019-03-01', '为做好全县爱国卫生工作，现印发本要点。', '2019年栎泉县爱国卫生工作要点', '一、总体要求', '以巩固卫生县城为重点。', '二、重点任务', '1.推进改厕。新改建卫生厕所800户。'].join('\n');
    expect(norm(page).text.split('\n').filter((l) => l === '2019年栎泉县爱国卫生工作要点')).toHaveLength(2);
    expect(extractText(page).tasks.map((t) => t.title)).toEqual(['推进改厕']);
  });

  it("drops the site's 内容总结 and the excerpts it repeats", () => {
    const page = ['栎泉县2019年上半年爱国卫生工作总结', '一、集中整治', '全县清理卫生死角900处。', '内容总结', '(1)全县清理卫生死角900处'].join('\n');
    expect(extractText(page).tasks.flatMap((t) => t.targets.map((g) => g.value))).toEqual([900]);
  });
});

describe('a section heading run on into items numbered on from the page before (fictional 栎泉省)', () => {
  const before = ['二、重点任务分工', '(一)深化医改', '1.推进公立医院改革。药占比控制在30%以内。(省卫健委牵头)', '2.巩固基本药物制度。基本药物使用率保持100%。(省卫健委负责)'];
  const runOn = '(二)落实计划生育基本国策3.稳妥实施全面两孩政策。出生人口性别比控制在112以内,完成免费孕前优生健康检查12万对。(省卫健委、省统计局按职责分工负责)4.推进人口健康信息化建设。电子健康档案建档率达到75%。(各有关部门按职责分工负责)';

  it.each([[runOn], [`f${runOn}`]])('parts the heading from items 3 and 4: %s', (line) => {
    const lines = norm([...before, '4', line].join('\n')).text.split('\n');
    expect(lines).toContain('(二)落实计划生育基本国策');
    expect(lines.filter((l) => /^[34]\./.test(l))).toHaveLength(2);
  });
});

describe('a top heading left at the end of the line above (fictional 栎泉镇)', () => {
  const page = [
    '栎泉镇卫生院2019年上半年工作总结',
    '我院现有在岗职工30人，开放床位24张。一、上半年工作完成情况:',
    '(一)基本医疗。完成门诊诊疗1.2万人次。',
    '(二)公共卫生。新建居民健康档案900份。二、下半年工作打算:',
    '1.巩固基本医疗。全年门诊诊疗量达到2.6万人次。',
  ].join('\n');

  it.each([['一、上半年工作完成情况:'], ['二、下半年工作打算:']])('stands on its own line: %s', (heading) => {
    expect(norm(page).text.split('\n')).toContain(heading);
  });

  it('reads the second part as what is to come', () => {
    const d = extractText(page);
    expect(d.tasks.flatMap((t) => t.targets.map((g) => [g.value, g.kind]))).toEqual([[12000, 'achievement'], [900, 'achievement'], [26000, 'target']]);
  });

  it.each([['完成二、三级医院评审准备。三、四级手术占比'], ['全年完成筛查。二、三类疫苗接种率提高'], ['全年完成筛查。一、二级医院门诊量占比']])('leaves a list of numerals in a sentence alone: %s', (line) => {
    expect(norm(`栎泉镇卫生院2019年工作计划\n${line}`).text).toContain(line);
  });
});

describe('a squatted mirror page, every line set apart (fictional 栎泉市)', () => {
  const page = [
    '热门电影免费看,最新电视剧在线观看,综艺高清直播,2023手机观看入口',
    '',
    '栎泉新闻网',
    '',
    '栎泉市卫健委:全市居民健康素养水平提升到31.4%',
    '',
    '6月12日，栎泉市卫生健康委员会召开新闻发布会，通报健康栎泉行动推进情况，全市居民健康素养水平提升到31.4%。',
    '',
    '一是健康知识普及加快。新建健康主题公园6个。',
  ].join('\n');

  it("drops the site's keywords, three words of its trade joined by commas", () => {
    expect(norm(page).text).not.toContain('免费看');
  });

  it('keeps a labelled headline apart from the paragraph under it', () => {
    expect(norm(page).text.split('\n')).toContain('栎泉市卫健委:全市居民健康素养水平提升到31.4%');
  });

  it.each([['加强领导,明确责任,强化督导,确保实效,全面完成年度任务'], ['推进互联网医院建设,开通在线问诊,直播健康讲座,高清影像共享']])('keeps a line of phrases that sells nothing: %s', (line) => {
    expect(norm(`${line}\n一、甲\n1.推进一项工作。`).text).toContain(line);
  });
});

describe('a subhead set apart above a whole paragraph (fictional 枧溪区)', () => {
  const page = [
    '枧溪区召开2025年全区卫生健康工作会议',
    '',
    '3月2日，枧溪区召开2025年全区卫生健康工作会议，回顾一年来卫生健康工作，部署今年重点任务。',
    '',
    '回望2024：指标稳中有进',
    '截至2024年底，全区共有医疗卫生机构206家，全年总诊疗量达到268.1万人次，同比增长4.2%，婴儿死亡率降至2.4‰。',
    '',
    '锚定2025：三项硬指标',
    '会议明确，2025年全区人均预期寿命力争达到81.2岁，居民健康素养水平不低于38%。',
  ].join('\n');

  it.each([
    ['回望2024:指标稳中有进'],
    ['锚定2025:三项硬指标'],
  ])('stands on its own line: %s', (subhead) => {
    expect(norm(page).text.split('\n')).toContain(subhead);
  });

  it('lets the paragraph under it say its year: results as of a past year\'s end are achievements', () => {
    const d = extractText(page);
    expect(d.overview.filter((t) => t.kind === 'achievement').map((t) => t.value)).toEqual(expect.arrayContaining([206, 2681000, 2.4]));
    const all = [...d.overview, ...d.tasks.flatMap((t) => t.targets)];
    expect(all.filter((t) => t.kind === 'target').map((t) => t.value)).toEqual([81.2, 38]);
  });

  it.each([
    ['a short line with a clause mark', '\n新建社区医院，\n完成标准化改造的村卫生室达到全区总数的八成以上，并通过省级验收。', '新建社区医院,完成标准化改造的村卫生室达到全区总数的八成以上,并通过省级验收。'],
  ])('still joins %s', (_, text, joined) => {
    expect(norm(text).text.trim()).toBe(joined);
  });
});

describe('a document-sharing copy of a PDF (fictional 沅宁市)', () => {
  const pdf = [
    '本文档下载后可任意编辑',
    '沅宁市2016年卫生应急工作要点',
    '目  录',
    '一、健全卫生应急体系.......................- 1 -',
    '二、提升监测处置能力.......................- 1 -',
    '三、强化应急保障...........................- 2 -',
    '一、健全卫生应急体系',
    '1.完善应急预案。年内修订市级专项预案3个。(责任科室：应急办)',
    '二、提升监测处置能力',
    '2.强化监测预警。网络直报及时率达到98%以上。(责任科室：疾控科)',
    '1本文档下载后可任意编辑',
    '三、强化应急保障',
    '3.充实应急物资储备。储备物资总值不低于200万元。(责任科室：规财科)',
  ].join('\n');

  it('drops contents whose pages stand between dashes, and the running header with its page number', () => {
    const text = norm(pdf).text;
    expect(text).not.toContain('- 1 -');
    expect(text).not.toContain('本文档');
  });

  it('reads three sections of one task each', () => {
    const d = extractText(pdf);
    expect(d.sections.map((s) => s.title)).toEqual(['健全卫生应急体系', '提升监测处置能力', '强化应急保障']);
    expect(d.tasks.map((t) => t.section)).toEqual([1, 2, 3]);
  });
});

describe('one page of a paginated law-library copy (fictional 沅宁市)', () => {
  const page = [
    '法规文库 > 地方规范性文件 > 医疗卫生 > 沅宁市',
    '沅宁市2012年卫生工作要点（3）',
    '发布部门：沅宁市卫生局　发布日期：2012年03月08日',
    '床位使用率达到90%以上。（市卫生局医政科负责）',
    '五、加强疾病预防控制',
    '12.做好重大传染病防控。甲乙类传染病报告发病率控制在250/10万以内。',
    '13.推进慢性病综合防治。新建慢性病防治示范社区5个。',
  ].join('\n');

  it('keeps the page whose title carries its page\'s number, which no next sample heads', () => {
    const d = extractText(page);
    expect(d.title).toBe('沅宁市2012年卫生工作要点');
    expect(d.tasks.map((t) => t.number)).toEqual(['12', '13']);
  });
});

describe('a template site\'s thanks glued after the title', () => {
  it('drops 由…小编为您精心整理,感谢您… and keeps the title', () => {
    const d = extractText('溪桥市卫生健康委2018年基层卫生工作汇报由文稿站小编为您精心整理,感谢您对本站一如既往的支持和信赖!\n一、工作完成情况\n(一)基层建设。新建标准化村卫生室86个。');
    expect(d.title).toBe('溪桥市卫生健康委2018年基层卫生工作汇报');
  });
});

describe('a piped task table whose row a page wrapped inside a cell (fictional 潆川区)', () => {
  it('joins the row\'s two lines, and every row after keeps its own units and deadline', () => {
    const text = [
      '潆川区2025年卫生健康重点任务分工表',
      '序号 | 重点任务 | 工作目标 | 牵头部门 | 配合部门 | 完成时限 |',
      '1 | 加强妇幼健康 | 新增普惠托位300个 | 区卫生健康局 | 区教育局、区',
      '市场监管局 | 2025年11月底前 |',
      '2 | 强化疾病预防控制 | 完成老年人流感疫苗接种1.2万人 | 区疾控中心 | 区卫生健康局 | 2025年10月底前 |',
    ].join('\n');
    const d = extractText(text);
    expect(d.tasks.map((t) => [t.title, t.departments.lead, t.departments.support, t.deadlines])).toEqual([
      ['加强妇幼健康', ['区卫生健康局'], ['区教育局', '区市场监管局'], ['2025年11月底前']],
      ['强化疾病预防控制', ['区疾控中心'], ['区卫生健康局'], ['2025年10月底前']],
    ]);
  });
});

describe("a document site's preview that writes cell and paragraph breaks as a Cyrillic Er (fictional 溪桥区)", () => {
  it('breaks the lines there, and leaves an Er between Cyrillic letters alone', () => {
    const text = '溪桥区2018年健康促进工作任务表Р1.建设健康步道。Р全区建成健康步道8条。Р区城建局';
    expect(norm(text).text.split('\n')).toEqual(['溪桥区2018年健康促进工作任务表', '1.建设健康步道。', '全区建成健康步道8条。', '区城建局']);
    expect(norm('引进РОССИЯ设备2台。').text).toBe('引进РОССИЯ设备2台。');
  });

  it('reads the items of such a table, each heading weighed in points a section over them', () => {
    const d = extractText('溪桥区2018年慢性病防控工作任务表Р一、政策支持Р(一)完善防控机制。(10分)Р1.召开专题会议。Р区政府每年召开专题会议不少于2次。Р区政府Р2.落实防控经费。Р区财政按每人每年不低于1.5元安排经费。Р区财政局');
    expect(d.tasks.map((t) => t.title)).toEqual(['召开专题会议', '落实防控经费']);
    expect(d.tasks.flatMap((t) => t.targets.map((x) => x.value))).toEqual([2, 1.5]);
  });
});

describe('a post set as a poster, a phrase a line between empty lines (fictional 溪桥旗)', () => {
  const phrases = (lines: string[]) => lines.join('\n\n');
  const page = phrases([
    '盘点2022丨溪桥旗卫生健康工作成绩单',
    '2022年', '全旗卫生健康系统', '守护群众健康', '总诊疗人次', '突破120万', '一起来看',
    '01', '基层能力提升', '新建标准化村卫生室', '28所', '家庭医生签约服务', '覆盖常住人口', '41.6%',
    '02', '妇幼健康向好', '孕产妇死亡率', '降至', '11.2/10万', '婴儿死亡率', '降至2.9‰',
    '03', '爱国卫生', '新增国家卫生乡镇', '3个',
    '2023年', '我们将继续', '推动健康溪桥建设',
  ]);

  it('joins the phrases of each run into a paragraph under its numbered heading', () => {
    expect(norm(page).text.split('\n')).toEqual([
      '盘点2022丨溪桥旗卫生健康工作成绩单',
      '2022年，全旗卫生健康系统守护群众健康总诊疗人次突破120万，一起来看。',
      '01、基层能力提升',
      '新建标准化村卫生室28所，家庭医生签约服务覆盖常住人口41.6%。',
      '02、妇幼健康向好',
      '孕产妇死亡率降至11.2/10万，婴儿死亡率降至2.9‰。',
      '03、爱国卫生',
      '新增国家卫生乡镇3个。2023年，我们将继续推动健康溪桥建设。',
    ]);
  });

  it('reads each run as the task its heading titles, its figures results', () => {
    const d = extractText(page);
    expect(d.kind).toBe('summary');
    expect(d.tasks.map((t) => t.title)).toEqual(['基层能力提升', '妇幼健康向好', '爱国卫生']);
    expect(d.tasks.flatMap((t) => t.targets.map((x) => [x.value, x.kind]))).toEqual([[28, 'achievement'], [41.6, 'achievement'], [11.2, 'achievement'], [2.9, 'achievement'], [3, 'achievement']]);
  });

  it('leaves a page of sentences, or of short lines not set apart, as it is', () => {
    const cells = Array.from({ length: 24 }, (_, k) => `单元${k}`).join('\n');
    expect(norm(cells).text.split('\n')).toHaveLength(24);
  });
});

describe('items numbered 1. run on one line after a sentence (fictional 溪桥县人民医院)', () => {
  it.each([
    ['1.门诊患者满意度达到92%以上。 2.住院患者满意度达到95%以上。', ['1.门诊患者满意度达到92%以上。', '2.住院患者满意度达到95%以上。']],
    ['1.护理质量合格率≥95%。  2.压疮发生率为0。 3.跌倒发生率控制在0.5‰以下。', ['1.护理质量合格率≥95%。', '2.压疮发生率为0。', '3.跌倒发生率控制在0.5‰以下。']],
    // Glued on without a space, the number may be the text's own.
    ['1.护理质量合格率≥95%。2.压疮发生率为0。', ['1.护理质量合格率≥95%。2.压疮发生率为0。']],
    // A figure that opens a sentence, or a decimal, is no item.
    ['1.年门诊量达到32万人次。2.5万人次来自县外。', ['1.年门诊量达到32万人次。2.5万人次来自县外。']],
    ['1.完成培训12次；2.开展义诊。', ['1.完成培训12次;2.开展义诊。']],
    ['1.新建站点4个。完成情况：1.已建成2个。 2.另2个完成选址。', ['1.新建站点4个。完成情况:1.已建成2个。2.另2个完成选址。']],
  ])('%s', (line, lines) => {
    expect(norm(`溪桥县人民医院2019年护理工作计划\n${line}`).text.split('\n').slice(1)).toEqual(lines);
  });
});

describe("a paid document site's preview: its notices, a Word footer's field codes, a template's blank cover (fictional 溪桥县)", () => {
  it('keeps only the document', () => {
    const page = [
      '溪桥县2021年包虫病防治工作方案.docVIP',
      '1. 1、本文档共5页，可阅读全部内容。',
      '2. 2、文档由会员上传，内容是否完整请自行甄别。',
      '3. 3、开通VIP可免费下载本文档。',
      '查看更多',
      '第 第 PAGE 1 页 共 NUMPAGES 5 页 方案预案:________ 溪桥县2021年包虫病防治工作方案 日期:______年____月____日',
      '一、工作目标',
      '全县犬只驱虫覆盖率达到95%以上。 第 PAGE 2 页 共 NUMPAGES 5 页',
    ].join('\n');
    const d = extractText(page);
    expect(d.title).toBe('溪桥县2021年包虫病防治工作方案');
    expect(norm(page).text).not.toMatch(/PAGE|文档由会员|本文档共|____|查看更多/);
    expect(d.tasks.flatMap((t) => t.targets.map((x) => x.value))).toEqual([95]);
  });
});

describe('an indicator table a preview copied a column at a time (fictional 溪桥市)', () => {
  const page = ['溪桥市2025年妇幼健康工作计划', '一、工作目标', '到2025年底，主要指标见下表。', '指标名称', '孕产妇系统管理率', '3岁以下儿童系统管理率', '产前筛查率', '目标值', '≥92%', '≥90%', '85%以上', '二、重点任务', '1.做实孕产妇健康管理。新建孕妇学校6所。'];

  it('pairs each name with its value, in order, as clauses of the paragraph that introduced them', () => {
    expect(norm(page.join('\n')).text.split('\n')[2]).toBe('到2025年底,主要指标见下表。孕产妇系统管理率≥92%；3岁以下儿童系统管理率≥90%；产前筛查率85%以上。');
    const d = extractText(page.join('\n'));
    expect(d.tasks[0]!.targets.map((t) => [t.metric, t.value])).toEqual([['孕产妇系统管理率', 92], ['3岁以下儿童系统管理率', 90], ['产前筛查率', 85]]);
  });

  it('leaves the lines as they are where the values do not match the names one for one, or more columns follow', () => {
    expect(norm([...page.slice(0, 10), ...page.slice(11)].join('\n')).text).toContain('指标名称');
    expect(norm([...page.slice(0, 11), '完成值', '93.1', '91.4', '86.2', ...page.slice(11)].join('\n')).text).not.toContain('孕产妇系统管理率≥92%');
  });
});

describe('a scoring table no reader takes as rows: header cells a line, one column of units (fictional 溪桥区)', () => {
  const page = ['溪桥区2019年健康促进工作任务分解表', '指标分类', '指标内容', '指标要求', '实施部门', '一、政策完善', '(一)完善工作机制。(10分)', '1.召开专题会议。', '区政府每年召开专题会议不少于2次。', '区政府、区卫计局', '2.落实工作经费。', '区财政按每人每年不低于2元安排经费。', '区财政局'];

  it("drops the header and labels each item's units with their column", () => {
    expect(norm(page.join('\n')).text.split('\n')).toEqual(['溪桥区2019年健康促进工作任务分解表', '一、政策完善', '(一)完善工作机制。(10分)', '1.召开专题会议。', '区政府每年召开专题会议不少于2次。', '实施部门：区政府、区卫计局', '2.落实工作经费。', '区财政按每人每年不低于2元安排经费。', '实施部门：区财政局']);
    expect(extractText(page.join('\n')).tasks.map((t) => [t.title, t.departments.lead])).toEqual([['召开专题会议', ['区政府', '区卫计局']], ['落实工作经费', ['区财政局']]]);
  });
});

describe("a forum preview that sets every figure on a line of its own (fictional 苇坪乡)", () => {
  it('joins each figure to the words around it, and drops the word count before the first heading', () => {
    const text = ['苇坪乡卫生院2013年新农合工作总结', '1600', '字一、基本情况', '全乡辖', '9', '个行政村,参合农民', '21450', '人,参合率为', '96.1%', '。', '二、补偿情况', '全年门诊补偿', '8120', '人次,补偿资金', '20.3', '万元,次均补偿', '25', '元。'].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '苇坪乡卫生院2013年新农合工作总结',
      '一、基本情况',
      '全乡辖9个行政村,参合农民21450人,参合率为96.1%。',
      '二、补偿情况',
      '全年门诊补偿8120人次,补偿资金20.3万元,次均补偿25元。',
    ]);
  });

  it('joins a post with only two figures set apart so', () => {
    const text = ['苇坪街道2018年健康教育工作总结', '一、宣传发动', '全年更新健康教育宣传栏', '96', '期,发放宣传资料', '21000', '余份,举办讲座30场。'];
    expect(norm(text.join('\n')).text.split('\n')).toEqual(['苇坪街道2018年健康教育工作总结', '一、宣传发动', '全年更新健康教育宣传栏96期,发放宣传资料21000余份,举办讲座30场。']);
  });

  it("leaves a row's number over a cell that opens with a unit's character, where few figures stand alone", () => {
    const text = ['序号', '重点任务', '责任科室', '1', '中医服务能力提升', '医务科', '2', '人才队伍建设', '科教科', '3', '分级诊疗推进', '医务科'].join('\n');
    const lines = norm(text).text.split('\n');
    expect(lines.some((l) => /2人才|3分级/.test(l))).toBe(false);
  });

  it('leaves a table a cell a line as it is: its numbers and figures stand apart from what they count', () => {
    const text = ['序号', '指标', '目标', '完成', '1', '床位数', '300', '320', '2', '医师数', '120', '126', '3', '护士数', '150', '162', '4', '村医数', '90', '95'].join('\n');
    const lines = norm(text).text.split('\n');
    expect(lines.some((l) => /床位数300|1床位数|300320/.test(l))).toBe(false);
  });
});

describe("a document site's preview that runs a task table into lines after its title (fictional 苇溪医院)", () => {
  it('parts the header from the title and each row from the one before, joins a cell a page cut, and reads the units after the people', () => {
    const text = [
      '1、苇溪医院2020年重点工作任务分解表 序号 工作任务 具体措施 责任领导 牵头科室 配合科室 完成时间 一、医疗质量 1 推进胸痛中心建设 通过省级胸痛中心验收,平均救治时间控制在90分钟以内。 林一舟 医务科 心内科、急诊科 2020年10月底前 2 建设互联网医院 上线线上复诊功能,实现与医保平台对',
      '',
      '2、接,线上复诊量达到5000人次。 许晴 信息科 医务科、财务科 2020年12月底前 二、人才培养 3 开展全员培训 全年组织业务培训不少于40场。 许晴 科教科 护理部 持续推进',
    ].join('\n');
    expect(norm(text).text.split('\n')).toEqual([
      '1、苇溪医院2020年重点工作任务分解表',
      '一、医疗质量',
      '1.推进胸痛中心建设。通过省级胸痛中心验收,平均救治时间控制在90分钟以内。（牵头单位：医务科；配合单位：心内科、急诊科）（完成时限：2020年10月底前）',
      '2.建设互联网医院。上线线上复诊功能,实现与医保平台对接,线上复诊量达到5000人次。（牵头单位：信息科；配合单位：医务科、财务科）（完成时限：2020年12月底前）',
      '二、人才培养',
      '3.开展全员培训。全年组织业务培训不少于40场。（牵头单位：科教科；配合单位：护理部）（完成时限：持续推进）',
    ]);
  });
});

describe("a preview that runs a centre's task table into its lead-in, 重点任务 merged down (fictional 栎泉县)", () => {
  it('reads the header after the last sentence, each merged cell as the heading of its rows, the people, the labelled support and deadline, and not the signature after the last row', () => {
    const text = '栎泉县疾控中心2025年重点工作任务分解表 为落实年度工作部署，将重点工作分解到科室，请认真落实。序号 重点任务 工作内容及目标 责任科室 责任人 完成时限 1 疾病防控 传染病报告及时率达到100%，每月开展研判 传染病科 林一舟（科长） 长期坚持 2 适龄儿童疫苗接种率保持在95%以上，改造接种门诊6家 免疫规划科 许晴（副主任） 11月底前 3 技术支撑 新增检测项目15项，能力验证合格率100% 检验科 配合：各乡镇卫生院 周明（科长） 限时：10月31日 4 健康素养水平达到26%以上，开展健康巡讲30场 健教科 各科室协助 年底前 栎泉县疾控中心 2025年1月';
    expect(norm(text).text.split('\n')).toEqual([
      '栎泉县疾控中心2025年重点工作任务分解表 为落实年度工作部署,将重点工作分解到科室,请认真落实。',
      '疾病防控',
      '1.传染病报告及时率达到100%,每月开展研判（牵头单位：传染病科）（完成时限：长期坚持）',
      '2.适龄儿童疫苗接种率保持在95%以上,改造接种门诊6家（牵头单位：免疫规划科）（完成时限：11月底前）',
      '技术支撑',
      '3.新增检测项目15项,能力验证合格率100%（牵头单位：检验科；配合单位：各乡镇卫生院）（完成时限：10月31日）',
      '4.健康素养水平达到26%以上,开展健康巡讲30场（牵头单位：健教科；配合单位：各科室）（完成时限：年底前）',
    ]);
  });
});

describe('HTML comments a gateway left in the page, their `<` read as another character', () => {
  it.each(['<!-- /5310/web/difang01 -->', '垄!-- /5310/web/difang02 -->', '壟!-- /5310/web/difang03 -->'])('cuts %s out', (comment) => {
    expect(norm(`${comment}苇洲日报讯 苇洲市召开全市卫生工作会议。`).text).toBe('苇洲日报讯 苇洲市召开全市卫生工作会议。');
  });
});

describe("a mobile page's dateline with its year left out (fictional 苇澄区)", () => {
  it('drops it, and keeps the headline above apart from the news below', () => {
    const text = ['苇澄区今年将再建12个数字化接种门诊 启动适龄女生HPV疫苗免费接种', '02-16 19:32:47 来源:苇声新闻', '2月15日,苇澄区卫生健康委召开2022年全区卫生健康工作会议,部署了全年重点任务。'].join('\n');
    expect(norm(text).text.split('\n')).toEqual(['苇澄区今年将再建12个数字化接种门诊 启动适龄女生HPV疫苗免费接种', '2月15日,苇澄区卫生健康委召开2022年全区卫生健康工作会议,部署了全年重点任务。']);
  });
});

describe("a template site's blurb over its samples (fictional 苇坪镇)", () => {
  it('drops the line that says how many samples it gathered', () => {
    const text = ['苇坪镇卫生院2012年工作总结', '前言:想要写出一篇数据翔实的总结吗?我们特意为您整理了5篇卫生院工作总结范文,希望能为您的写作提供参考。', '2012年,全院门诊量达到3.2万人次。'].join('\n');
    expect(norm(text).text.split('\n')).toEqual(['苇坪镇卫生院2012年工作总结', '2012年,全院门诊量达到3.2万人次。']);
  });
});
