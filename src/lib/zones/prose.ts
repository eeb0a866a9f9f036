/**
 * Where a place name starts in Chinese news prose. A zone or park name ends at a known
 * suffix (高新区, 软件园 …); its start is found by walking left over Han characters and
 * cutting at what typically precedes a name: function characters, verbs, time words.
 */

const HAN = /^[\u3400-\u9fff\uf900-\ufaff]$/;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/**
 * Function characters that end the run before a name when at least two characters remain
 * to their right (so 和田, 于都, 可克达拉 survive as names).
 */
const FUNCTION_CHARS = new Set(
  '在于的与和是为对将从到由向把及被让给等或并且也还就又再已即至赴据经以使令其该各每此这之而但若如非及可所我'.split(''),
);

/** Function characters that never belong to a place name, wherever they stand. */
const NEVER_IN_NAME = new Set('的在与是为对把被让给向到由至赴等或其该各并之而及我每此这'.split(''));

/**
 * Words (verbs, adverbs, time words) that precede a name in news prose. Verbs that are also
 * nouns inside park names (服务, 管理, 发展, 合作 …) are left out.
 */
const LEAD_WORDS = new Set([
  // verbs of place and movement
  '位于', '坐落', '落户', '入驻', '进驻', '扎根', '落地', '走进', '走入', '来到', '前往', '抵达', '莅临',
  '考察', '调研', '参观', '视察', '走访', '亮相', '回到', '返回', '迁入',
  // verbs of action that take an organisation as object
  '推动', '推进', '参与', '打造', '建设', '支持', '助力', '助推', '围绕', '聚焦', '依托', '联合',
  '携手', '代表', '组织', '举办', '召开', '成为', '入选', '获批', '获评', '荣获', '带动', '带领', '深入',
  '加快', '鼓励', '引导', '支撑', '赋能', '牵头', '发布', '显示', '表示', '介绍', '指出', '认为', '宣布',
  '启动', '开展', '实施', '推出', '设立', '成立', '引进', '吸引', '培育', '构建', '搭建', '加强',
  '强化', '提升', '优化', '完善', '做好', '做强', '做大', '对接', '对标', '融入', '受邀', '邀请', '签约',
  '共建', '共享', '打通', '覆盖', '辐射', '包括', '涵盖', '授予', '认定', '命名', '批复', '批准',
  '同意', '获得', '申报', '申请', '创建', '建成', '投用', '谋划', '集聚',
  '聚集', '汇聚', '齐聚', '相聚', '作为', '属于', '隶属', '比如', '例如', '包含', '出席', '主办', '承办',
  '协办', '指导', '联手', '引领', '写好', '讲好', '讲述', '贡献', '宣传', '展示', '推介', '擦亮', '走好', '携同', '连同', '以及', '还有', '即将', '正在', '已经', '将会',
  // adverbs and time words
  '全力', '积极', '着力', '持续', '全面', '大力', '重点', '率先', '首次', '再次', '先后', '相继', '分别',
  '共同', '一起', '纷纷', '进一步', '其中', '此外', '同时', '目前', '近日', '近期', '日前', '今年', '去年',
  '当前', '如今', '此前', '随后', '近年来', '以来', '年来', '以后', '之后', '期间', '届时', '当天', '当日', '今后', '未来', '记者', '本报讯', '获悉', '了解', '据悉',
]);
const LEAD_WORD_LENGTHS = [3, 2];

const CLASSIFIERS = new Set('家个项名位所批座条届期户'.split(''));

/**
 * Index (into `text`) where the name ending at `end` starts, or -1 when no plausible name
 * of 2..maxHan Han characters precedes `end`. `stopAt(i)` tells that position i ends an
 * already recognised zone name, which the walk must not swallow.
 * Bracket groups inside a name (西部(重庆)科学城) are kept; brackets must already be folded.
 */
export function nameStart(text: string, end: number, maxHan: number, stopAt: (i: number) => boolean): number {
  // 1. The run of Han characters (and inner bracket groups) left of `end`.
  let start = end;
  let han = 0;
  const limit = maxHan + 8;
  while (start > 0 && han < limit) {
    const i = start - 1;
    if (stopAt(i)) break;
    const ch = text[i];
    if (isHan(ch)) {
      start = i;
      han++;
      continue;
    }
    if (ch === ')') {
      const open = text.lastIndexOf('(', i);
      const inner = open >= 0 ? text.slice(open + 1, i) : '';
      if (open >= 0 && i - open <= 7 && /^[\u4e00-\u9fff]{1,6}$/.test(inner) && isHan(text[open - 1]) && !stopAt(open - 1)) {
        start = open;
        continue;
      }
    }
    break;
  }
  if (start === end) return -1;
  // 2. Cut after the rightmost lead word or function character.
  const run = text.slice(start, end);
  let cut = 0;
  for (let j = run.length - 1; j >= 0; j--) {
    const ch = run[j] ?? '';
    const leadWord = LEAD_WORD_LENGTHS.some((n) => j + 1 >= n && LEAD_WORDS.has(run.slice(j + 1 - n, j + 1)));
    if (leadWord || NEVER_IN_NAME.has(ch) || (FUNCTION_CHARS.has(ch) && j <= run.length - 3)) {
      cut = j + 1;
      break;
    }
  }
  let nameFrom = start + cut;
  // 3. "12家宣城…": a classifier after a number is not part of the name.
  if (cut === 0 && /[0-9０-９]/.test(text[start - 1] ?? '')) {
    while (nameFrom < end && CLASSIFIERS.has(text[nameFrom] ?? '')) nameFrom++;
  }
  const hanCount = [...text.slice(nameFrom, end)].filter((c) => isHan(c)).length;
  if (hanCount < 2 || hanCount > maxHan) return -1;
  return nameFrom;
}

/** Prefixes that name a class of zones, not a place (全国高新区, 省级高新区, 本市高新区). */
const GENERIC_PREFIXES = new Set([
  '全国', '中国', '我国', '国家', '各地', '全省', '全市', '全区', '全县', '其他', '其它', '首批', '一批',
  '新一批', '部分', '这些', '那些', '相关', '所在', '所属', '当地', '本地', '外地', '各个', '多个', '多家',
  '全部', '所有', '本市', '本省', '本区', '周边', '省内', '市内', '国内', '国外', '海外', '全球', '世界',
  '重点', '优秀', '先进', '示范', '特色', '同类', '兄弟', '省属', '传统', '新兴', '创新型', '综合', '一流',
  '头部', '领先', '龙头', '十大', '百强', '新时代', '新型', '新一代',
]);

/** Regions: "西部高新区" is a class of zones, but 西部科学城 is one place. */
const REGIONS = new Set([
  '沿海', '内陆', '东部', '西部', '中部', '东北', '中西部', '西北', '西南', '东南', '华北', '华东', '华南', '华中',
]);

export function isGenericPrefix(prefix: string, kind: 'zone' | 'park'): boolean {
  return GENERIC_PREFIXES.has(prefix) || /级$/.test(prefix) || (kind === 'zone' && REGIONS.has(prefix));
}
