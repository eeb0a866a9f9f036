import { describe, expect, it } from 'vitest';
import { untangleColumns } from '../../../src/lib/ingest/interleave.ts';
import { toLines } from '../../../src/lib/ingest/lines.ts';

// Two 16-character columns set side by side, as printed (each paragraph's first line indented two characters).
const left = [
  '本报讯今年以来高新区大力推园',
  '区加快发展，推动一批重点项目和企',
  '业落地见效。园区全年新增企业三百',
  '余家，其中科技型企业超过一百家，',
  '带动就业五千余人，园区企业研发投',
  '入同比增长两成。',
  '园区负责人表示，将继续加大研',
  '发投入，深化改革，推动园区企业人',
  '才队伍持续壮大。',
];
const right = [
  '在人才方面，园区累计新引进人',
  '才六百余人，与多所高校共建研发平',
  '台，每年联合培养研究生超过八百名',
  '。园区还设立了人才服务中心，为企',
  '业提供一站式服务，全年累计服务企',
  '业两千余家次。',
  '下一步，园区将聚焦主导产业发',
  '展，加快建设一批创新平台，打造具',
  '有竞争力的产业集群。',
];
// Two more 15-character columns, their cut words ("优|化", "努|力", "改|革") known to ICU's dictionary, most printed only across the join.
const a = ['本报讯近日，南宁高新区召开优', '化营商环境工作推进会议，部署全', '年重点任务。会议要求，各部门要', '提高政治站位，强化责任担当，努', '力形成工作合力，推动营商环境持', '续优化。'];
const b = ['会议指出，今年以来园区坚持改', '革创新，企业开办时间压缩到一个工', '作日以内，项目审批效率明显提升，', '市场主体活力不断增强，全年新增企', '业数量再创历史新高，园区综合实力', '稳步提升。'];
/** pdftotext's reading: row by row, each line alone between blank lines. */
const rowByRow = left.flatMap((l, i) => [l, right[i]!]).join('\n\n');

const texts = (text: string) => untangleColumns(toLines(text)).map((l) => l.text);

describe('untangleColumns', () => {
  it('reads two columns interleaved row by row back column by column', () => {
    expect(texts(rowByRow)).toEqual([...left, ...right]);
  });

  it('leaves a page read column by column as it is', () => {
    const columnByColumn = [...left, ...right].join('\n\n');
    expect(texts(columnByColumn)).toEqual([...left, ...right]);
  });

  it('cuts two columns read onto one line apart', () => {
    const joined = left.flatMap((l, i) => (i === 3 ? [`${l} ${right[i]}`] : [l, right[i]!])).join('\n\n');
    expect(texts(joined)).toEqual([...left, ...right]);
  });

  it('leaves lines printed together (no blank line between them) in one column', () => {
    const lines = untangleColumns(toLines([left.join('\n'), right.join('\n')].join('\n\n')));
    expect(lines.map((l) => l.text)).toEqual([...left, ...right]);
  });

  it('untangles columns whose cut words the page prints nowhere else, told by the dictionary', () => {
    expect(texts(a.flatMap((l, i) => [l, b[i]!]).join('\n\n'))).toEqual([...a, ...b]);
  });

  it('untangles five columns read row by row (pdfminer at open leading reads a whole module so)', () => {
    const c = ['园区还将加快建设科技创新平', '台，完善孵化服务体系，推动成果', '在园区转化落地，培育壮大一批企', '业，为区域经济高质量发展注入新', '的动力和活力，全力实现更好的发', '展。'];
    const d = ['与此同时，园区持续深化改革开', '放，优化营商环境，吸引优质项目', '落户。全年引进重大产业项目二十', '余个，总投资超过三百亿元，带动', '相关产业链上下游企业加速集聚发', '展。'];
    const e = ['在金融服务方面，园区设立产业', '基金，引导社会资本投向科技型企', '业，缓解企业融资难题。全年为企', '业提供贷款超过五十亿元，惠及中', '小企业四百余家，有力支持了企业', '成长。'];
    const rows = a.flatMap((l, i) => [l, b[i]!, c[i]!, d[i]!, e[i]!]);
    expect(texts(rows.join('\n\n'))).toEqual([...a, ...b, ...c, ...d, ...e]);
  });
});
