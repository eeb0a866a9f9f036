import { describe, expect, it } from 'vitest';
import { analyse, containsAll, splitWords, ZoneMatcher } from '../../../src/lib/search/query';
import { expandForms, nationalForms, searchTable, zoneForms, zoneShards, SHARD_SIZE } from '../../../src/lib/search/table';
import { bodyOf, excerptAround, highlight } from '../../../src/lib/search/merge';
import { bodyStart } from '../../../src/lib/search/records';
import { fold } from '../../../src/lib/search/normalize';
import { zones, zoneBySlug } from '../../../src/lib/zones/gazetteer';
import { kindLabel } from '../../../src/lib/archive/format';
import type { Archive } from '../../../src/lib/archive/model';

const table = searchTable({ articles: [], zones: [], issues: [], redirects: [], latestIssue: null, generatedFrom: { seedsDir: '', pages: 0 } }, zones, kindLabel);
const matcher = new ZoneMatcher(table.zones);

describe('zone forms', () => {
  it('national forms are derived, and the table ships without them', () => {
    expect(nationalForms('南宁高新区')).toEqual(['南宁国家高新区', '南宁国家级高新区', '国家级南宁高新区']);
    expect(nationalForms('南宁国家高新区')).toEqual([]);
    const forms = zoneForms(zoneBySlug('nanning')!);
    expect(forms).toContain('南宁高新区');
    expect(forms).toContain('南宁高新技术产业开发区');
    expect(forms).not.toContain('南宁国家高新区');
    expect(expandForms(forms)).toContain('南宁国家高新区');
  });
});

describe('analyse', () => {
  it('finds a zone under each form and keeps the other words', () => {
    for (const q of ['南宁高新区', '南宁国家高新区', '国家级南宁高新区', '南宁高新技术产业开发区', ' 南宁 高新区 ']) {
      const a = analyse(q, matcher);
      expect(a.zone?.slug, q).toBe('nanning');
      expect(a.words, q).toEqual([]);
    }
    const a = analyse('南宁高新区 知识产权 质押', matcher);
    expect(a.zone?.slug).toBe('nanning');
    expect(a.words).toEqual(['知识产权', '质押']);
    expect(analyse('知识产权南宁高新区融资', matcher).words).toEqual(['知识产权', '融资']);
  });

  it('finds every zone a query names, and no zone across the place one was cut out', () => {
    const a = analyse('南宁高新区 贵阳高新区 人才', matcher);
    expect(a.zones.map((z) => z.slug)).toEqual(['nanning', 'guiyang']);
    expect(a.zone?.slug).toBe('nanning');
    expect(a.words).toEqual(['人才']);
    expect(analyse('南宁高新区南宁国家高新区', matcher).zones.map((z) => z.slug)).toEqual(['nanning']);
    expect(analyse('南宁高新区', matcher).zones.length).toBe(1);
  });

  it('takes the longest form: 天津滨海高新区 is not 滨海高新区 plus 天津', () => {
    const a = analyse('天津滨海高新区', matcher);
    expect(a.zone?.slug).toBe('tianjin-binhai');
    expect(a.words).toEqual([]);
  });

  it('full-width brackets and letters fold; a query without a zone is only words', () => {
    expect(fold('（Ａ）')).toBe('(A)');
    const a = analyse('知识产权　质押', matcher);
    expect(a.zone).toBeNull();
    expect(a.words).toEqual(['知识产权', '质押']);
    expect(splitWords('“专精特新”，人才')).toEqual(['专精特新', '人才']);
  });

  it('containsAll is the precision check', () => {
    expect(containsAll('南宁高新区召开会议', ['南宁高新区'])).toBe(true);
    expect(containsAll('南宁市高新区召开会议', ['南宁高新区'])).toBe(false);
    expect(containsAll('南宁 高速 新闻 区域', ['南宁高新区'])).toBe(false);
  });
});

describe('results', () => {
  it('highlight escapes and marks; excerpts centre on the first word', () => {
    expect(highlight('<b>知识产权</b>质押', ['质押', '知识产权'])).toBe('&lt;b&gt;<mark>知识产权</mark>&lt;/b&gt;<mark>质押</mark>');
    const text = '甲'.repeat(100) + '质押' + '乙'.repeat(100);
    const e = excerptAround(text, ['质押'], 30);
    expect(e).toContain('质押');
    expect(e.startsWith('…') && e.endsWith('…')).toBe(true);
  });
  it('excerpts come from the body: Pagefind content is cut where the body starts', () => {
    const body = ['近日，南宁高新区  举行签约仪式，98亿元项目落地。', '第二段。'];
    const content = `南宁高新区签约98亿元. 南宁高新技术产业开发区. 黄鑫. ${body.join(' ').replace(/\s+/g, ' ')}`;
    const start = bodyStart(body);
    expect(start).toBe('近日，南宁高新区 举行签');
    expect(bodyOf(content, start).startsWith('近日，南宁高新区 举行')).toBe(true);
    expect(bodyOf(content, '')).toBe('');
    expect(bodyOf('标题. 一个支部一座堡垒. 通过开展. Inc. 活动', '一个支部')).toBe('一个支部一座堡垒 通过开展 Inc. 活动');
    expect(bodyStart(['  ', ' 图片说明'])).toBe('图片说明');
  });

  it('zone shards hold every article of a zone, newest first, SHARD_SIZE a file', () => {
    const ids = Array.from({ length: SHARD_SIZE + 3 }, (_, i) => `a${i}`);
    const archive = {
      zones: [{ slug: 'nanning', articleIds: ids }],
      articles: ids.map((id) => ({ id, displayTitle: id, date: null, captions: [], zones: [{ slug: 'nanning' }], record: { kind: 'article', body: [{ kind: 'paragraph', text: '正文' }] } })),
    } as unknown as Archive;
    const shards = zoneShards(archive);
    expect([...shards.keys()]).toEqual(['/search/zones/nanning/0.json', '/search/zones/nanning/1.json']);
    const rows = [...shards.values()].flatMap((j) => JSON.parse(j).rows.map((r: string[]) => r[0]));
    expect(rows).toEqual(ids);
  });
});
