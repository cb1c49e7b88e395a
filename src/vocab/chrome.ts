/**
 * Web-page, Word and document-site artefacts. A line that matches `lines` is
 * dropped whole; `inline` tokens are cut out of the text where they stand.
 */
/** A pinyin gloss after a character (`衛(wèi)`), as pages that annotate readings print it: a tone mark makes it one. */
export const PINYIN_GLOSS = /[(（](?<=[\u4e00-\u9fff][(（])[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;

// A metadata cell's label is often spaced out to the cell's width (`索 引 号`, `名    称`).
/** A table of contents: its label, the page number an entry may end in, how long an entry runs, how many make one. */
export const CONTENTS = {
  label: /^(?:目录|目次|提纲|目录\/提纲|contents)[:：]?[.…·]*$/i,
  pageNumber: /[\s.…·．⋯_—–-]*\d{1,3}(?:\s*[-—–])?$/,
  /** `……2`, `....12`: the dots that lead an entry to its page. */
  // `一、健全体系…………- 1 -`: the page number may stand between dashes.
  leader: /[.…·．⋯]{2,}\s*(?:\d{1,3}|[-—–]\s*\d{1,3}\s*[-—–])$/,
  /** An entry that names a part of the document: numbered as headings are, or one of the parts every plan has. */
  entry: /^(?:第[一二三四五六七八九十百零〇\d]+[篇章节部分]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d)|前\s*言|序\s*言|引\s*言|附\s*件|附\s*录|结\s*语)/,
  /** What may follow an item's head where the body gives the item whole (`1.夯实党建根基，凝聚…`). */
  headEnd: '，,。：:；; ',
  /** Contents stand within so many lines of the page's head. */
  headLines: 80,
  maxLength: 40,
  /** Under a `目录` label, a few entries are enough; with none, more must come back in order. */
  minLabelled: 3,
  minUnlabelled: 5,
} as const;

/** A line that ends an article is a short label (`相关文章:`), a post's credits at most. */
export const END_OF_ARTICLE_MAX = 80;

/** `浏览 3216 次`: a page's count of its views. */
export const VIEW_COUNTER = /^(?:浏览|阅读|点击|访问)(?:量|数|次数)?\s*[:：]?\s*\d+\s*次?$/;
/** `汾垣市卫生健康委员会 出品`: who made a slide page. */
export const MAKER_CREDIT = /^[^。，,]{2,24}\s+出品$/;

/** What a mirror site that squats a health page advertises: films, shows, streams, lotteries. */
const MIRROR_SITE_WORDS = ['影视', '热播', '在线观看', '免费看', '高清', '综艺', '看片', '电视剧', '电影', '直播', '观看', '入口', '彩票', '福利视频'];

export const CHROME = {
  lines: [
    // `最新影视在线观看_免费高清…_手机看片网站`: a mirror site's keywords, joined by underscores as its title bar puts them.
    /^[^_\s。，,]{2,20}(?:_[^_\s。，,]{2,20}){3,}$/,
    // `最新热播剧免费看,高清影视在线观看,…`: the same keywords joined by commas, three words of a video site's trade in them.
    // Written to start where a line starts without `^`: a page is searched for it once, and most pages drop it then.
    new RegExp(`(?<![^\\n])[ \\t\\u3000]*(?=[^。；;\\n]{12,160}$)(?=(?:[^。；;\\n]*?(?:${MIRROR_SITE_WORDS.join('|')})){3})`),
    // A forum thread's furniture: who posted when (`…发表于 2020-1-8 10:26 | 只看该作者`), the sign-in wall, the render time.
    /发表于\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}.{0,20}(?:只看该作者|倒序浏览|阅读模式)/, /^您需要\s*登录\s*才可以/, /^查看[:：]\s*\d+\s*[|｜]\s*回复[:：]\s*\d+/, /^马上注册[，,]\s*结交更多/, /^GMT[+-]\d{1,2}.{0,40}Processed in/,
    // `声明:本页文字来自网友分享,观点属于原作者,与本站无关…`: a repost site's disclaimer.
    /^(?:免责)?声明[:：].{0,40}(?:网友分享|原作者|与本站无关|本站(?:只|仅)提供)/,
    // `本作品由…融媒体中心原创，如需转载，请注明来源`: a site's notice on reposting.
    /^本(?:作品|文|稿件)(?:由|系|为)[^。]{0,30}原创/,
    /^当前位置/,
    // `最后，感谢各级领导…的支持与指导…！`: a report's closing thanks, no figure in it.
    /(?<![^\n])[ \t\u3000]*(?:最后|在此)[，,]\s*(?:衷心|再次|真诚)?感谢[^\d\n]{0,100}[。！!][ \t\r\u3000]*$/,
    // `以上报告，请予审议。`: a report's closing formula to those it is read to.
    /(?<![^\n])[ \t\u3000]*(?:以上(?:报告|汇报|述职(?:述廉)?(?:报告)?)[，,]\s*)?(?:请予审议|请审议|请各位代表审议|请予评议|请批评指正)[。！!]?[ \t\r\u3000]*$/,
    // `相关阅读：…2023年家庭医生签约12.6万人`: a link to one other article, its headline after the label.
    // (These rare lines start where a line starts without `^`: a page is searched for each once, most pages drop them then.)
    /(?<![^\n])[ \t\u3000]*(?:往期推荐|推荐阅读|推荐文章|热点文章|相关阅读|相关文章|相关新闻|相关链接|相关报道|延伸阅读)[:：][^。！!；;\n]{4,60}?[ \t\r\u3000]*$/,
    // `2017年03月02日 09:01 | 作者:… | 来源:…`: a news page's dateline, its date written in words and its time.
    /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s|[|｜]|$)/,
    // `图说:全市卫生系统上半年工作总结会现场。 芮一鸣 摄`: a photo's caption, its label before or its credit after.
    /^图(?:说|片说明|注)[:：]/, /^[^。]{4,60}。?\s+[\u4e00-\u9fa5]{2,4}\s*摄$/,
    // `…我们特意为您整理了4篇…，供您参考`: a template site's blurb over its samples.
    /(?:特意|精心|特地)?为(?:您|大家|你)(?:整理|收集|搜集|准备|精选)了?\s*\d{1,3}\s*篇/,
    // `02-16 19:32:47 来源:溪声新闻`: a mobile page's dateline, its year left out.
    /^(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\s+\d{1,2}:\d{2}(?::\d{2})?(?!\d)/,
    // `会议现场`, `各地分会场`: a photo's caption, the photo gone.
    /^[\u4e00-\u9fa5]{0,8}(?:会议|活动|大会)?(?:现场|分会场|主会场)$/,
    // `青禾保险网`, `关注青禾微信号`, `用微信"扫一扫"，…`: a site's name alone on its line, and its prompts to follow it.
    // Not a subhead that weaves a net (`织牢公共卫生网`, `健全三级服务网`): a site's name opens with no verb.
    /^(?!织|筑|编织|构建|健全|完善|建好|建强|建成|打造|形成|拓展|铺|扩|做强|做实|兜牢|守牢|密织)[\u4e00-\u9fa5]{2,10}(?:网|在线|门户网?)$/, /^关注[^。，,]{1,16}(?:微信号|公众号|微博)$/, /^用微信\s*["“]?扫一扫/,
    // `首页 | 机构概况 | 监督动态 | …`: a site's menu bar.
    /^(?:首页|网站首页|主页)\s*[|｜]\s*[\u4e00-\u9fa5]{2,8}(?:\s*[|｜]\s*[\u4e00-\u9fa5]{2,8}){1,12}$/, /(?:记者|通讯员|摄影)\s*[\u4e00-\u9fa5]{2,4}(?:\s+[\u4e00-\u9fa5]{2,4})?\s*摄$/, /^版[权權][说說]明[:：]/, /^[文档檔]{2}[简簡]介$/, /^(?:文件名称|文件大小|总页数|总字数|文档格式|文件格式)[:：]/, /(?:^|\s)FROM[:：].{0,60}\bTO[:：].{0,40}P\.\s*\d+\s*\/\s*\d+$/i, /^[-—=_*]{3,}$/, /^(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|作者|发布|浏览|点击)/, /^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[^。，,；;\s]{1,16})?$/, /^(?:首页|主页|网站首页)\s*[>＞»›]/, /^您(?:现在|的当前)的?位置/, /^发布日期/, /^发布时间/, /^发文日期/, /^浏览次数/, /^访问次数/, /^点击数/, VIEW_COUNTER,
    // `……(未完，全文共2816字，当前显示1019字)`: a member's wall where a writing site cuts its sample.
    /^[.…]*\s*[(（](?:未完|全文共|余下全文|剩余)[^)）]{0,40}[)）]\s*[.…]*$/,
    // `1、本文档共6页，可阅读全部内容。` / `3、文档由会员上传，…` / `查看更多`: a document site's notices over the preview.
    /^(?:\d{1,2}[.、．]\s*)*(?:本文档共\s*\d{1,3}\s*页|在[\u4e00-\u9fa5]{2,8}购买的是下载服务|文档由(?:会员|网友|用户)上传|开通VIP可?免费下载|[\u4e00-\u9fa5]{1,6}文库收录|如认为本文侵犯您的权益|付费下载前请先预览|网站客服QQ)/, /^查看更多$/,
    // `PAGE` / `2-`: a Word page-number field left as its code, and the number it printed.
    /^PAGE$/, /^[-—]?\s*\d{1,3}\s*[-—]$/,
    /^来源[:：]/, /^信息来源/, /^文章来源/, /^作者[:：]/, /^责任编辑/, /^索\s*引\s*号/, /^发\s*布\s*机\s*构/, /^文\s*号[:：]/,
    /^标\s*题[:：]/, /^分享[:：]?/, /^关闭/, /^打印/, /^[•·]\s*(字号|打印|\||分享|关闭)/, /^\|$/, /^字号/,
    /^【?(大|中|小)】?\s*【?(大|中|小)】?/, /^(上一篇|下一篇)/,
    // An e-paper's arrows to the next article, its number glued on (`3上一篇  下一篇4`), and its page of the issue (`第00003版:要闻`).
    /^\d{1,3}\s*上一篇\s*下一篇\s*\d{0,3}$/, /^第\s*\d{1,5}\s*版\s*[:：]\s*\S{0,10}$/, /^扫一扫/, /^返回顶部/,
    // A row of the page's buttons: `【打印】【关闭】`, `[打印本页] [关闭窗口]`.
    /^(?:[【\[](?:打印|关闭|收藏|分享|返回|字体|大|中|小|打印本页|关闭窗口|返回顶部|加入收藏)[】\]]\s*)+$/,
    // `【字体: 打印`, `注册 | 登录 一网搜`: the same buttons cut short, and the site's sign-in bar.
    /^[【\[](?:字体|字号)[:：]?[^。，,]{0,20}$/, /^(?:注册|登录)\s*[|｜/]\s*(?:注册|登录)(?:\s+\S{0,10})?$/,
    // A line that gives an address; a page glued into one line may hold one and stays.
    /^.{0,80}(https?:\/\/|www\.)[a-z0-9.-]+.{0,80}$/i,
    // A 范文 site's byline: when it was posted and by which of its editors (`时间:2023-09-11 14:29:13  小编:…`).
    /^(?:时间|日期)[:：]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}/, /^小编[:：]/,
    // `栏目:年终总结发布:2020-11-06浏览:1764下载137次收藏`: a 范文 site's counters.
    /^栏目[:：].{0,30}(?:浏览|下载|收藏)/, /^核心提示[:：]/,
    // `公文搜 2021-07-12 10:06:51 卫生`: a site's name, when it posted the page and under what column.
    /^[\u4e00-\u9fa5A-Za-z]{1,10}\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[\u4e00-\u9fa5]{0,6}$/, /浏览[:：]?\s*\d+\s*下载\s*\d+/, /^导读/, /^此文由\s*\S{1,12}\s*(?:编辑|整理|发布)/, /欢迎(?:大家)?(?:分享|转发|收藏)(?:转发)?[!！。]?/,
    // Its lead-in to the samples it collected (`下面小编整理了几篇…，供大家参考借鉴。`): the site speaking, not the document.
    /(?:小编|本站)(?:为大家|精心)?(?:整理|收集|准备|带来|精选)[了的]|供大家参考|欢迎阅读[，,。！!]|希望对(?:大家|您|你)有所帮助/, /^格式[:：]\s*(?:DOCX?|PDF|TXT|PPTX?|WPS)\b/i,
    /^上传人[:：]/, /文档编号[:：]/,
    // A document-sharing site's numbered notices over the document (`1、本站文档一经付费…`, `成为VIP会员后可免费下载`).
    /本站(?:文档|所有内容|资源)|版权申诉|VIP(?:文档|会员)|^查看更多$/, /^上传时间[:：]/, /页数[:：]\s*\d+/, /^返回\s+下载/, /_第\d+页$/, /^第\d+页\s*\/\s*共\d+页$/, /^点击查看更多/, /^资源描述$/,
    /由会员分享.*可在线阅读/, /^展开阅读全文$/, /^相关(?:资源|搜索|热词|标签)(?:$|[:：])/, /^本文系转载|不代表本(?:网|站|平台)(?:的)?(?:观点|立场)/, /^第一篇[:：].{2,60}第二篇[:：]/,
    // A journal's running header (`中国基层疾控 2021年6月第27卷第6期 … Vol. 27, No. 6 · 687 ·`) and an author's
    // affiliation with its postcode (`1. 某某疾病预防控制中心, 某市 318020;`).
    /^[^。；;]{0,40}第\s*\d{1,3}\s*卷\s*第\s*\d{1,3}\s*期[^。；;]{0,100}$/, /^[^。；;]{0,60}Vol\.\s*\d{1,3},?\s*No\.\s*\d{1,3}[^。；;]{0,40}$/,
    /^\d\.\s*[^。，,；;]{2,40}[,，]\s*[^。，,；;]{2,16}\d{6}\s*[;；]?$/, /未经[^。]{0,6}许可[^。]{0,16}不得(?:转载|复制|摘编|使用)/, /版权所有/, /^经营许可证/,
    // `新闻热线：029-86253386`, `互联网新闻信息许可证服务编号：…`, `…违法和不良信息举报电话：…`: a news portal's licence and hotlines.
    /^(?:新闻|举报|服务|投稿|值班)热线[:：]\s*[\d-]+\s*$/, /互联网新闻信息(?:服务)?许可证/, /违法和不良信息举报/,
    /ICP备/, /公网安备/, /^电脑版/, /^主办(?:单位)?[:：]/, /^网站标识码/,
    // Journal and flipbook pages: running headers with the issue, page furniture, the masthead.
    /^Page\s*\d+\s*[-–—]/i, /^[^。，,；;]{0,40}(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月\s*)?第?\s*\d{1,2}\s*期[^。，,；;]{0,40}$/,
    // The foot of an official document: copies to, the printing line, page counts.
    /^监督方式[:：]/, /^监督电话[:：]/, /^联系电话[:：]\s*[\d-]+\s*$/,
    /^抄送[:：]/, /^[^,，。]{2,30}(?:19|20)\d{2}年\d{1,2}月\d{1,2}日印发$/, /^第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页$/,
    /^上一页\s/, /翻页书|电子书由/, /^本期目录/, /准印证号/, /^[(（]本刊[^)）]{0,10}[)）]$/,
    // A page's number between dashes (`— 3 —`, `- 12 -`), as an official document prints it.
    /^[—\-－–]\s*\d{1,3}\s*[—\-－–]$/, /^[·•]\s*\d{1,3}\s*[·•]$/, /^\d{1,3}\s*\/\s*\d{1,3}$/,
    // A footnote under its rule (`——————` / `¹ 医共体：…`).
    /^[—\-－_–]{5,}$/, /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S/,
    // A WeChat article's furniture: who edited and checked it, the account's prompts, image placeholders.
    /^(?:编辑|审核|终审|责编|校对|排版|初审|二审|三审)[:：]/, /^(?:预览时标签不可点|微信扫一扫|关注该公众号|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|在小说阅读器中沉浸阅读)$/,
    // A document-sharing site's notes to its users, numbered like items (`温馨提示：` / `1. 本文档由用户上传…`).
    /^(?:温馨提示|下载须知|特别提醒|用户须知|友情提示)[:：]?$/, /^(?:[-•·]\s*)?\d{1,2}[.、．]\s*.{0,40}(?:本文档|本站|用户上传|付费完成|付费前|客服|版权归|下载文档|下载前|下载后|预览时|下载权益|VIP|积分|网站文档|范文类文档|仅供参考)/, /^网站客服[:：]/,
    // `- 约3.6千字`, `- 约 8页`, `- 举报`: a preview page's counts of its words and pages, and its buttons.
    /^[-•·]?\s*约\s*[\d.]+\s*[千万]?字$/, /^[-•·]?\s*约\s*\d+\s*页$/, /^[-•·]?\s*举报$/,
    // `资源ID:63184207`, `下载积分:12金币`, `会员登录下载`: a download page's fields and buttons.
    /^资源(?:ID|大小|格式|类型)\s*[:：]/, /^下载(?:积分|次数|金币)\s*[:：]/, /^(?:快捷下载|会员登录下载|微信登录下载|三方登录下载[:：]?|微信扫一扫登录|立即下载|下载文档)$/,
    // A journal article's front matter: its dates, key words, citation, and the authors' affiliation with its postcode.
    /^(?:收稿日期|修回日期|录用日期|数字出版日期|网络出版日期|出版日期)\s*[:：]/, /^(?:关键词|关键字|中图分类号|文献标识码|文章编号|基金项目|作者简介|引用本文|引用格式)\s*[:：]?/, /^(?:Key\s*words|Keywords|Abstract|DOI)\s*[:：]/i,
    /^\d{0,2}[.．]?\s*[\u4e00-\u9fa5]{4,40}[,，]\s*[\u4e00-\u9fa5]{2,8}\s*\d{6}$/,
    // A content farm's note that it gathered the text (`（本文内容整理自网络公开信息，仅供参考…）`).
    /^[(（]?本文(?:内容)?(?:整理自|来源于|来自|转载自|根据)[^。]{0,40}(?:仅供参考|侵删|联系删除)/,
    // `计生,基层卫生,医共体,家庭医生`: an article's tags under its headline, no label before them.
    /^[\u4e00-\u9fa5]{2,6}(?:[,，][\u4e00-\u9fa5]{2,6}){3,7}$/,
    // `- 2024年第四季度思想汇报(3篇).docx VIP`: a document-sharing site's list of other files.
    /^[-•·]?\s*[^。；;]{2,60}\.(?:docx?|pdf|pptx?|xlsx?|wps)(?:\s+VIP)?$/i,
    // `汾垣市卫生健康委员会 出品`, `本页面由速秀H5提供技术支持`: who made a slide page, and the tool it was made with.
    MAKER_CREDIT, /^本页面由[^。]{1,20}提供技术支持/,
    // `……此处隐藏2964个字……`: where a sample site hides the part of the text it sells.
    /^[.…\s]*此处(?:隐藏|省略)\s*\d{1,6}\s*个?字[.…\s]*$/,
    /^收录于(?:合集|话题)/, /^#[^#\s]{1,20}(?:\s+\d+个)?$/, /^图片$/, /\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}\s*发表于/,
  ] as readonly RegExp[],
  // A document-sharing site's page furniture, left in the middle of the text it breaks; HTML tags a copy kept.
  // `0102030405Part02`: a slide template's navigation, its part numbers run together.
  // `参-zwfw8.com版权所有!合人数`: a sample site's watermark put into the middle of a word.
  inline: [PINYIN_GLOSS, /[-—]?(?:www\.)?[a-z0-9-]{2,30}\.(?:com|cn|net|org)(?:\.cn)?版权所有[!！]?/gi, /(?:0\d){2,9}\s?Part\s?\d{2}\s?/g, /(?:[.…]{2,}\s*)?[(（][^()（）]{0,60}省略\d{1,6}字[^()（）]{0,24}[)）](?:\s*[.…]{2,})?/g, /Evaluation Warning\s*:\s*The document was created with Spire\.[A-Za-z]+ for \.NET\.?/g, /\[bookmark:[^\]]*\]/g, /\[page\s*\d+\]/gi, /第\s*\d{1,3}\s*页\s*[,，/]?\s*共\s*\d{1,3}\s*页/g, /(?:^\d{1,3})?(?:本文档|本文件|本资料)?下载后可任意编辑/g, /^[\[【](?:接上页|接上頁|续上页|上接第\d+页)[\]】]\s*/g, /由[^，,。！!]{1,12}小编为您精心整理[，,]?(?:感谢您[^!！。]{0,30}[!！。])?/g, /[(（]\s*(?:www\.)?[a-z0-9-]+\.(?:com|cn|net|org)(?:\.cn)?\s*[)）]/gi, /#from\s[^#]{0,80}\send#/g, /<\/?(?!br\b)[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,400})?\/?>/gi, /[<垄壟]!--[^\n]{0,200}?-->/g,
    // `第 PAGE 2 页 共 NUMPAGES 6 页`: a Word page footer copied as its field codes.
    /第\s*(?:第\s*)?PAGE\s*\d{0,3}\s*页\s*共\s*NUMPAGES\s*\d{0,3}\s*页/g,
    // `姓名:______ 单位:______ 日期:____年___月___日`: a template's cover, its fields left blank.
    /(?:日期|时间)[:：]\s*_{2,}\s*年\s*_{2,}\s*月\s*_{2,}\s*日/g, /[\u4e00-\u9fa5]{2,6}[:：]\s*_{4,}/g,
    // `签订率达到9\`8%`: a 范文 site's anti-copy mark inside the words, never part of them.
    /`+(?:(?=[\u4e00-\u9fff\d])|(?<=[\u4e00-\u9fff\d%，,。]`+))/g,
    // `…取得新进展,。`, `以人民健康为中心,,各项…`: a mirror that doubles every mark puts a comma before each; only the mark is the text's.
    /,(?=[,，。；;：:、])/g,
    // Markdown, as a chat assistant or a notes app hands the text over: `#### 一、工作目标`, `– **提升…**：…`. A masked
    // name (`**县`) is no bold: bold closes before a mark or a space.
    /^#{1,6}[ \t]+/g,
    /\*\*(?:(?=[^*\n]{1,40}\*\*(?:[：:，,。；;\s]|$))|(?<=\*\*[^*\n]{1,40}\*\*)(?=[：:，,。；;\s]|$))/g,
    /^[-–*+][ \t]+(?=[^\s\d])/g,
    // `-村卫生室发热病人登记日报…`, `-3月底前…`: a dash that marks a point, no space after it.
    /^[-–](?=[\u4e00-\u9fa5]|\d{1,2}月)/g] as readonly RegExp[],
  /**
   * Where an article ends and the page goes on to others (`往期推荐`, `推荐阅读` under a WeChat
   * article): that line and every line after it are dropped.
   */
  // `【卫健委健康促进工作总结】相关文章:`: a template site's list of its other samples, under the article.
  // `希望这份计划能满足您的需求！…欢迎继续提问。`: a chat assistant's reply around the text it wrote; a rule (`---`) before it.
  // `来源:…编辑:…校对:…审核:…`: a post's credits close it; what follows is the account's other posts.
  endOfArticle: /^【?[\u4e00-\u9fa5A-Za-z]{0,12}(?:版权与免责声明|免责声明|版权声明)】?[:：]?$|^(?:【[^】]{1,40}】\s*)?(?:往期推荐|推荐阅读|推荐文章|热点文章|热门文章|相关阅读|往期回顾|精彩推荐|猜你喜欢|相关文章|相关范文|相关推荐|相关新闻|相关链接|相关报道|延伸阅读|新闻推荐|您可能关注的文档|最近下载|内容总结)(?:[:：]|[:：][^。！!]{2,80}[|｜][^。！!]{2,80})?$|^希望(?:这份|以上|本|此)[^。！!]{0,16}(?:能满足您|对您有)|^(?:来源[:：][^。]{0,30}?)?(?:责任编辑|编辑|责编)[:：][^。]{1,12}?(?:校对|审核|审校|终审)[:：]/,
  /**
   * The title of a template site's next sample (`…工作计划范文(18篇)篇2`, `…工作计划【篇2】`, `…年度工作计划(二)`, `…工作总结2`):
   * the page's first document ends there, and what follows is another.
   */
  nextArticle: /^篇[二三四五六七八九十2-9]$|^第[二三四五六七八九十2-9]篇[:：\s][^。，]{6,40}(?:总结|计划|要点|方案|报告)$|^(?!.*(?:上一篇|下一篇))[^。，,；;！？]{2,50}(?:篇[2-9]\d?|篇[二三四五六七八九十]|【篇[2-9]\d?】|(?:计划|总结|要点|方案)[(（][二三四五六七八九2-9][)）])$|^(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fa5“”"]{2,40}(?:计划|总结|要点|方案)[2-9]$/,
} as const;
