import { describe, expect, it } from 'vitest';
import { readFurniture, readPageNumber } from '../../../src/lib/ingest/furniture.ts';

describe('furniture', () => {
  it('reads the date line and validates the date', () => {
    expect(readFurniture('2021.1.25星期一')?.facts).toEqual({ date: '2021-01-25' });
    expect(readFurniture('2021年1月25日 星期一')?.facts).toEqual({ date: '2021-01-25' });
    expect(readFurniture('2021.2.30星期一')?.facts).toEqual({});
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
