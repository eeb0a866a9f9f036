import { describe, expect, it } from 'vitest';
import { buildZones, nationalVariants, parseAliasCell, parseFactsTable } from '../../../src/lib/zones/facts.ts';

const TABLE = `
| # | Official full name | Short names / aliases | Province | City | Approved (national) | Basis |
|---|---|---|---|---|---|---|
| 1 | 甲乙高新技术产业开发区 | 甲乙高新区; 甲乙国家高新区；旧:丙丁高新区(2010更名); 乙地(语境) | 某省 | 甲乙 | 2012 | C |
| 2 | 甲乙工业园区 | 甲乙工业园; 园区(语境) | 某省 | 甲乙 | 1994(设立) | S |
| x | not a row | | | | | |
| 3 | 戊己农业高新技术产业示范区 | 戊己示范区; 戊己大区(范围概念); 核心园:戊己科技园 | 某省 | 庚(戊己县) | — | C |
`;

describe('facts table parsing', () => {
  it('reads one row per numbered table line', () => {
    const rows = parseFactsTable(TABLE);
    expect(rows.map((r) => r.no)).toEqual([1, 2, 3]);
    expect(rows[0]?.name).toBe('甲乙高新技术产业开发区');
  });

  it('splits aliases on ; and ； and classifies notes', () => {
    expect(parseAliasCell('甲高新区; 乙高新区；旧:丙高新区(2010更名); 丁(语境); 戊(歧义); 己区(范围概念)')).toEqual([
      { form: '甲高新区', kind: 'strong' },
      { form: '乙高新区', kind: 'strong' },
      { form: '丙高新区', kind: 'strong', former: true },
      { form: '丁', kind: 'weak' },
      { form: '戊', kind: 'weak' },
      { form: '己区', kind: 'related' },
    ]);
  });

  it('keeps a full-width bracket that belongs to the name', () => {
    expect(parseAliasCell('泉州高新区（台商区）(报纸用法,未核实)')).toEqual([{ form: '泉州高新区（台商区）', kind: 'strong' }]);
  });

  it('derives the 国家 forms of {P}高新区', () => {
    expect(nationalVariants('南宁高新区')).toEqual(['南宁国家高新区', '南宁国家级高新区', '国家级南宁高新区', '南宁高新技术产业开发区']);
    expect(nationalVariants('南宁国家高新区')).toEqual([]);
  });

  it('builds zones with unique slugs, years and kinds of aliases', () => {
    const { zones } = buildZones(parseFactsTable(TABLE));
    const [a, b, c] = zones;
    expect(a?.aliases).toContain('丙丁高新区');
    expect(a?.former).toEqual(['丙丁高新区']);
    expect(b?.former).toEqual([]);
    expect(a?.aliases).toContain('国家级甲乙高新区');
    expect(a?.weak).toEqual(['乙地']);
    expect(a?.approved).toBe(2012);
    expect(b?.short).toBe('甲乙工业园区');
    expect(b?.approved).toBe(1994);
    expect(a?.slug).not.toBe(b?.slug);
    expect(c?.approved).toBeNull();
    expect(c?.related).toEqual(['戊己大区', '戊己科技园']);
    expect(c?.seat).toBe('戊己县');
  });
});
