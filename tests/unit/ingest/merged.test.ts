import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/lib/ingest/lines.ts';
import { untangleMergedColumns } from '../../../src/lib/ingest/merged.ts';

/** A block as pdftotext gives it: two 15-glyph columns on one line where their baselines meet. */
const LEFT = ['本报讯近日，国家知识产权局、', '中国银保监会、国家发改委联合发', '布全国首批知识产权质押融资及保', '险典型案例。其中，济南市探索建', '立五大机制，形成知识产权质押融', '资闭环式管理服务模式案例成功', '入选，成为山东省惟一入选案例。'];
const RIGHT = ['近年来，济南高新区坚持政府引', '导、市场运作、企业受益的原则，整', '合资源、多方协作，知识产权质押融', '资实现了快速增长。自二〇二一年至今，', '济南高新区累计质押笔数为二百五十', '五笔，占济南市质押总笔数的三成多。'];

const texts = (raw: string) => untangleMergedColumns(toLines(raw)).map((l) => l.text);

describe('untangleMergedColumns', () => {
  // (another article's column, read whole, gives the page's measure)
  const other = ['园区建成了纳米真空互联实验站等', '一批重大创新平台，为企业提供从', '材料研发到器件制造的全流程技术', '服务。一批园区企业研发的纳米涂', '层、柔性电子材料等产品打破国外', '垄断，在人才方面，园区累计引进'];
  const page = (head: string[], rows: string[]) => ['创新园区', '', ...other, '', ...head, ...rows, '', '王莉/摄'].join('\n');

  it('cuts lines of two columns back apart and reads the left column first, a line left whole where it reads on', () => {
    // the first lines start apart (indents), the rest share baselines; the left column's last line is alone
    const rows = [LEFT[0]!, RIGHT[0]!, ...LEFT.slice(1, 6).map((l, i) => `${l} ${RIGHT[i + 1]}`), LEFT[6]!];
    const out = texts(page(['济南高新区知识产权融资硕果累累'], rows));
    expect(out).toEqual(['创新园区', ...other, '济南高新区知识产权融资硕果累累', ...LEFT, ...RIGHT, '王莉/摄']);
  });

  it('cuts a paragraph\'s indented first line off the right column\'s line', () => {
    const rows = [`一直以来，作为济南市知识产 ${RIGHT[1]}`, `权工作排头兵，济南高新区积极开 ${RIGHT[2]}`, `展知识产权质押融资等金融服务工 ${RIGHT[3]}`];
    const out = texts(page([], rows));
    expect(out).toEqual(['创新园区', ...other, '一直以来，作为济南市知识产', '权工作排头兵，济南高新区积极开', '展知识产权质押融资等金融服务工', RIGHT[1], RIGHT[2], RIGHT[3], '王莉/摄']);
  });

  it('cuts lines of three columns, a line of two pieces going to the columns they read on in', () => {
    const MID = ['同时，中关村软件园积极推动开源生', '态社区建设，构建涵盖一万余个项目的', '项目池，并跟踪服务优质项目，支持园', '区内三十余个项目入驻示范基地。'];
    // the last row: the left column ended a row earlier, the middle and right go on
    const rows = [0, 1, 2].map((i) => `${LEFT[i + 1]} ${MID[i]} ${RIGHT[i + 1]}`);
    // (a page of mostly single-column lines, as pages are: these stay a text dump's wrapped lines)
    const out = texts(page([], [...rows, `${MID[3]} ${RIGHT[4]}`]).replace('王莉/摄', ['王莉/摄', '', ...other].join('\n')));
    expect(out.slice(0, -other.length)).toEqual(['创新园区', ...other, LEFT[1], LEFT[2], LEFT[3], ...MID, RIGHT[1], RIGHT[2], RIGHT[3], RIGHT[4], '王莉/摄']);
  });

  it('leaves blocks of one column alone, spaces inside a line too', () => {
    const one = page(['济南高新区知识产权融资硕果累累'], [...LEFT.slice(0, 3), '利 用 “企 业 创 新 积 分 制 ”政 策', ...LEFT.slice(3)]);
    expect(untangleMergedColumns(toLines(one))).toEqual(toLines(one));
  });
});

describe('untangleMergedColumns, columns of two articles on one line', () => {
  const other = ['园区建成了纳米真空互联实验站等', '一批重大创新平台，为企业提供从', '材料研发到器件制造的全流程技术', '服务。一批园区企业研发的纳米涂', '层、柔性电子材料等产品打破国外', '垄断，在人才方面，园区累计引进'];
  // two columns of one article and two of another, the first a byline with a space inside
  const A1 = ['本报讯（记者 马丽君）近日，国家', '知识产权局、中国银保监会、国家', '发改委联合发布全国首批知识产权'];
  const A2 = ['质押融资及保险典型案例。其中，', '济南市探索建立五大机制，形成知', '识产权质押融资闭环式管理服务模'];
  const B1 = ['本报讯近日，位于武汉东湖高新区', '的光谷人工智能产业园正式开园，', '首批四十二家人工智能企业入驻，'];
  const B2 = ['涵盖智能语音、计算机视觉、自动', '驾驶等领域。光谷人工智能产业园', '总建筑面积约二十万平方米，配备'];

  it('cuts a line of four columns into four, a byline\'s space kept inside its piece', () => {
    const rows = [0, 1, 2].map((i) => `${A1[i]} ${A2[i]} ${B1[i]} ${B2[i]}`);
    // (a page of mostly single-column lines, as pages are)
    const raw = ['创新园区', '', ...other, '', ...rows, '', '王莉/摄', '', ...other].join('\n');
    expect(texts(raw)).toEqual(['创新园区', ...other, ...A1, ...A2, ...B1, ...B2, '王莉/摄', ...other]);
  });
});
