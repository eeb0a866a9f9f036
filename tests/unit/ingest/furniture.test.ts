import { describe, expect, it } from 'vitest';
import { readFurniture, readPageNumber } from '../../../src/lib/ingest/furniture.ts';

describe('furniture', () => {
  it('reads the date line and validates the date', () => {
    expect(readFurniture('2021.1.25星期一')?.facts).toEqual({ date: '2021-01-25' });
    expect(readFurniture('2021年1月25日 星期一')?.facts).toEqual({ date: '2021-01-25' });
    expect(readFurniture('2021.2.30星期一')?.facts).toEqual({});
    expect(readFurniture('2022-07-25')?.facts).toEqual({ date: '2022-07-25' });
  });
  it('takes no figures of a text for a date: one separator throughout, 年 with 月 and 日', () => {
    expect(readFurniture('2020 年 1-11')).toBeNull();
    expect(readFurniture('2020.1-11')).toBeNull();
    expect(readFurniture('2020 年 11 月')).toBeNull();
  });
  it('reads editor and layout from the editor line and keeps it verbatim', () => {
    const f = readFurniture('■ 编辑：叶伟（010）68667266转353 E-mail：Yew@chih.org ■ 组版：沙欣');
    expect(f?.facts).toEqual({ editor: '叶伟', layout: '沙欣' });
    expect(f?.text).toBe('■ 编辑：叶伟（010）68667266转353 E-mail：Yew@chih.org ■ 组版：沙欣');
  });
  it('repairs doubled big type in the header', () => {
    expect(readFurniture('INNOVATIONINNOVATION')?.text).toBe('INNOVATION');
    expect(readFurniture('创新园区')?.facts).toEqual({ section: '创新园区' });
    expect(readPageNumber('55')).toEqual({ text: '5', page: 5, dropped: '5' });
  });
  it('leaves running text alone', () => {
    expect(readFurniture('创新园区建设取得新进展')).toBeNull();
    expect(readPageNumber('123')).toBeNull();
    expect(readPageNumber('0')).toBeNull();
  });
});

describe('furniture pieces on one line', () => {
  it('reads a header line the extraction joined', () => {
    expect(readFurniture('创新园区 INNOVATION PARK 5')?.facts).toEqual({ section: '创新园区', page: 5 });
    expect(readFurniture('创新园区 INNOVATION PARK 5 2022.4.11 星期一 编辑：叶伟 组版：沙欣')?.facts)
      .toEqual({ section: '创新园区', page: 5, date: '2022-04-11', editor: '叶伟', layout: '沙欣' });
    expect(readFurniture('2020年1月6日 星期一')?.facts).toEqual({ date: '2020-01-06' });
    expect(readFurniture('INNOVATION PARK')?.text).toBe('INNOVATION PARK');
  });
  it('reads editor lines in their variants', () => {
    expect(readFurniture('编辑：叶伟 组版：沙欣')?.facts).toEqual({ editor: '叶伟', layout: '沙欣' });
    expect(readFurniture('责任编辑：王静 校对：李明')?.facts).toEqual({ editor: '王静' });
    expect(readFurniture('■ 编辑：叶伟 电话：010-68667266 ■ 组版：沙欣')?.facts).toMatchObject({ editor: '叶伟', layout: '沙欣' });
  });
  it('does not take running text or a headline for furniture', () => {
    expect(readFurniture('5家企业入选')).toBeNull();
    expect(readFurniture('创新园区 助力发展')).toBeNull();
    expect(readFurniture('2022年新增企业73家')).toBeNull();
  });
});

describe('letter-spaced header type', () => {
  it('reads INNOVATION PARK set with spaces between the letters', () => {
    expect(readFurniture('I N N O V A T I O NP A R K')?.text).toBe('I N N O V A T I O NP A R K');
    expect(readFurniture('I N N O V A T I O N')).not.toBeNull();
    expect(readFurniture('A I')).toBeNull();
  });
});
