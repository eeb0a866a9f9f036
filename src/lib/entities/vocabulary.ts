/**
 * The general vocabulary the extractor's rules use: organisational heads, role words and the
 * function and generic words around names. Word lists of the language, never names.
 */

/** Heads an organisation's name ends with, longest first where one ends another. */
export const ORG_HEADS = [
  '股份有限公司', '有限责任公司', '有限公司', '分公司', '公司', '集团',
  '研究院', '研究所', '科学院', '分院', '分所', '实验室',
  '大学', '学院', '学校', '医院', '血站', '银行',
  '基金会', '联合会', '促进会', '研究会', '协会', '学会', '商会', '联盟',
  '分中心', '中心',
] as const;

/** What may follow a head without it being one (大学生, 中心城区, 公司化). */
export const NOT_HEAD_AFTER: Record<string, RegExp> = {
  大学: /^(生|城|校园|毕业)/,
  学院: /^派/,
  公司: /^化/,
  集团: /^(化|军|作战)/,
  中心: /^(城|区|镇|街|位置|任务|工作|环节|地带|思想)/,
  银行: /^(卡|账)/,
  联盟: /^(链|化)/,
};

/**
 * A bare 中心 names a body only after a word for what the centre does (交易中心, 服务中心), or in a
 * name hanging off an organ (科技部火炬中心); 融入中心, 为中心 name nothing.
 */
export const CENTRE_FUNCTIONS = [
  '交易', '服务', '研究', '促进', '创新', '科学', '制造', '展销', '会展', '展览', '会议', '资源', '投资', '检测', '检验',
  '孵化', '培训', '发展', '设计', '技术', '转移', '数据', '计算', '医疗', '物流', '运营', '文化', '体育', '金融',
  '信息', '测试', '认证', '评价', '咨询', '推广', '工程', '产业', '育成', '研发', '创业', '人才', '教育', '监测',
];

/**
 * Words that tell nothing about which body is meant: a name whose part before its head is made
 * of these alone (技术创新中心, 国家重点实验室, 党群服务中心) is a kind of body, not a body.
 */
export const GENERIC_WORDS = [
  '人力资源', '大数据', '互联网', '新材料', '自动化', '综合性', '国家级', '高新区', '开发区', '产业园', '科学城',
  '科技', '技术', '创新', '服务', '发展', '产业', '研究', '研发', '科研', '企业', '工程', '机械', '设备', '制造',
  '智能', '信息', '电子', '网络', '数据', '软件', '生物', '医药', '能源', '动力', '材料', '环保', '环境', '实业',
  '投资', '贸易', '国际', '管理', '咨询', '教育', '文化', '交流', '合作', '协同', '促进', '交易', '展销', '会展',
  '资源', '股权', '集团', '控股', '高新', '新区', '园区', '科学', '综合', '国家', '省级', '市级', '区级', '县级',
  '重点', '以上', '全国', '跨国', '新型', '现代', '先进', '党建', '党群', '公共', '检测', '孵化', '创业', '双创',
  '科创', '特色', '示范', '试点', '工业', '农业', '商业', '金融', '专业', '职业', '转移', '平台', '中心', '联合',
  '开放', '西部', '东部', '中部', '地方', '区域', '行业', '相关', '有关', '知名', '龙头', '优秀', '骨干', '重大',
  '前沿', '关键', '核心', '高端', '基础', '应用', '成果', '转化', '大型', '中小', '小微', '民营', '外资', '合资',
  '独资', '上市', '代理', '中介', '金融机构', '机构', '单位', '部门', '研究院', '大学', '学院', '实验室', '科技园',
  '国家重点',
].sort((a, b) => b.length - a.length);

/** Words a name never starts with: demonstratives and quantifiers (该公司, 各类协会, 多家银行). */
export const NOT_NAME_START = /^(该|此|本|这|那|其|某|每|各|诸|全体|上述|相关|有关|部分|一些|多家|各类|一批|首批|全市|全区|全省|我国|我市|我区|新建|组建|筹建)/;

/** A count inside a name means a phrase (12家企业, 两家代理公司, 一批实验室). */
export const COUNT = /[0-9０-９一二两三四五六七八九十百千万几多余数][家个所名批项位类]/;

/** Characters that are never part of an organisation's name: function words. */
export const NOT_IN_NAME = /[的了是在于把被将让使对从]|\d年/;

/**
 * Words after which a name may start: conjunctions, prepositions, verbs that take a body as
 * object, time words, and the zone or company words a name is often printed after
 * (贵阳高新区企业贵州…). The name is taken from the rightmost such word that leaves a valid name.
 */
export const CUT_WORDS = [
  '与', '及', '暨', '以及', '由', '在', '对', '向', '将', '把', '被', '为', '从', '让', '使', '给',
  '等', '的', '了', '并', '或', '以', '于', '是', '和', '希望', '谋划',
  '依托', '联合', '携手', '联手', '深入', '对接', '进驻', '入驻', '落户', '落地', '包括', '其中', '比如', '例如',
  '推进', '推动', '建设', '加快', '支持', '成立', '设立', '建立', '组建', '筹建', '新建', '共建', '培育', '打造',
  '引进', '引入', '新增', '新设', '获批', '获得', '荣获', '成为', '发布', '公布', '举办', '主办', '承办', '协办', '指导', '发起',
  '召开', '参加', '参与', '旗下', '所属', '下属', '位于', '来自', '目前', '近日', '日前', '此外', '同时', '还有',
  '吸引', '带领', '组织', '企业', '会同', '授予', '颁授', '着手', '全力', '正在', '已经', '借鉴', '依靠', '通过',
  '融合', '走访', '调研', '考察', '访问', '签约', '签署', '牵头', '委托', '邀请', '聘请', '入选', '认定', '命名',
  '园区', '高新区', '开发区', '软件园', '产业园', '科技园', '基地', '科学城', '新区', '辖区', '区内', '园内',
].sort((a, b) => b.length - a.length);

/** A place-like word right after a head: the body's name only qualifies a place (华北电力大学科技园). */
export const QUALIFIES_PLACE = /^[^是在的和与及为对从由将，,。、；;\s]{0,4}?(科技园|产业园|园区|启动区|示范区|高新区|开发区|基地|科学城|大学城)/;

/** Role words printed right before a person's name, longest first. */
export const ROLE_WORDS = [
  '首席执行官', '首席科学家', '总工程师', '特约通讯员', '通讯员', '记者', '负责人', '副主任', '主任', '董事长', '副董事长',
  '董事', '总经理', '副总经理', '经理', '总裁', '副总裁', '总监', '局长', '副局长', '厅长', '副厅长', '部长', '副部长',
  '处长', '科长', '副科长', '书记', '副书记', '院长', '副院长', '所长', '校长', '理事长', '会长', '秘书长', '主席',
  '市长', '区长', '县长', '镇长', '站长', '教授', '研究员', '工程师', '专家', '创始人', '合伙人', '院士', '博士', '大使',
  '主任委员', '行长', '总编辑', '社长', '组长', '队长', '馆长', '园长',
].sort((a, b) => b.length - a.length);

/** Words that end a person's name after a role: speech verbs, prepositions, 先生/女士, punctuation. */
export const AFTER_NAME = /^(说|表示|介绍|指出|认为|坦言|告诉|透露|强调|称|谈到|提到|回忆|解释|对|从|在|向|带领|带队|一行|等|先生|女士|同志|[，,、。：:；;“”"（(）)！!？?]|$)/;

/** Speech verbs a sentence may start with after a name (石建平说：…). */
export const SPEECH_AFTER_NAME = /^(说|表示|介绍|指出|认为|坦言|透露|强调)[，,：:。]/;

/** Characters never inside a given name here: function words, body and place words, verbs of speech. */
export const NOT_IN_GIVEN_NAME = /[们人者员部局区市省县镇村会司园所院校处站城港家业方总某府厅级的了在是和与及等年月日也都还已将要就则又并其该此这说表介指认对从向称透坦告谈单元项个次批种类名号期届型性化式务位各些每目题制度策系率施面程]/;
