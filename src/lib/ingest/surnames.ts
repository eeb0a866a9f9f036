/**
 * Common Chinese surnames (the great majority of people named in print):
 * a name signed under an article starts with one of them, which tells a row
 * of names from a row of short words ("指标 数值 同比").
 */
const SINGLE = [
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
  '官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由',
].join('');
const COMPOUND = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '澹台', '万俟'];

const singles = new Set([...SINGLE]);

/**
 * A 2–4 character token that reads as a person's name: a common surname
 * first, or three characters (a rare surname and a given name of two; the
 * short words of a table row are mostly of two).
 */
export function looksLikeName(token: string): boolean {
  const t = token.replace(/·/g, '');
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(t)) return false;
  if (/[区市县省镇村园局委会司厂所院校部处站城港]$/.test(t)) return false; // a place or a body, not a person
  if (COMPOUND.some((c) => t.startsWith(c))) return t.length >= 3;
  return singles.has(t[0]!) || t.length === 3;
}
