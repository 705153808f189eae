import assert from 'node:assert/strict';
import test from 'node:test';
import ExcelJS from 'exceljs';
import { readCatalogue } from './catalogue.js';
import { readSheet } from './sheet.js';

const CHINESE_CSV = [
  '产品名称,类目,材质,颜色,详细描述,图片,最小起订量,FOB价格,付款方式,供货能力,包装方式,港口,交货期,业务员',
  '不锈钢保温杯 500ml,家居 > 水杯,不锈钢,黑色,双层真空,3,500 个,US$ 2.10,T/T,10000 个/月,彩盒,宁波,15 天,小王',
  '',
  'HDPE Water Tank 1000L,Storage | Tanks,HDPE,,"Food grade tank",main.jpg,10,,"T/T, L/C",,,Qingdao,,',
].join('\r\n');

async function catalogueOf(bytes: Uint8Array) {
  const sheet = await readSheet(bytes);
  assert.ok(sheet.ok);
  const result = readCatalogue(sheet.rows);
  assert.ok(result.ok);
  return result.catalogue;
}

test('CSV with Chinese headers: fields mapped, unknown columns kept and reported, blank rows keep their number', async () => {
  const c = await catalogueOf(new TextEncoder().encode(`\ufeff${CHINESE_CSV}`));
  assert.equal(c.products.length, 2);
  const [cup, tank] = c.products;
  assert.equal(cup?.row, 1);
  assert.equal(cup?.title, '不锈钢保温杯 500ml');
  assert.deepEqual(cup?.attributes, [['Material', '不锈钢'], ['Color', '黑色']]);
  assert.deepEqual([cup?.images, cup?.trade.moq, cup?.trade.port, cup?.trade.leadTime], [3, '500 个', '宁波', '15 天']);
  assert.deepEqual(cup?.extra, { 业务员: '小王' });
  assert.equal(tank?.row, 3, 'the blank line is row 2');
  assert.deepEqual([tank?.images, tank?.trade.payment, tank?.trade.price], [1, 'T/T, L/C', '']);
  assert.deepEqual(c.unknownColumns, ['业务员']);
  assert.deepEqual(c.absentFields, []);
});

test('a CSV saved by Chinese Excel (GBK) reads the same', async () => {
  const gbk = new Uint8Array([0xb2, 0xfa, 0xc6, 0xb7, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xc0, 0xe0, 0xc4, 0xbf, 0x0a, 0x61, 0x2c, 0x62]); // 产品名称,类目\na,b
  const c = await catalogueOf(gbk);
  assert.deepEqual([c.products[0]?.title, c.products[0]?.category], ['a', 'b']);
});

test('attributes as a "name: value" list, prose and spec continuations kept apart', () => {
  const result = readCatalogue([
    ['Product Name', 'Product Specification'],
    ['Air Fryer', 'Capacity: 5L | Power：1400W; Product Dimensions: 14 x 11 inches ; 4.06 pounds'],
  ]);
  assert.ok(result.ok);
  assert.deepEqual(result.catalogue.products[0]?.attributes, [['Capacity', '5L'], ['Power', '1400W'], ['Product Dimensions', '14 x 11 inches; 4.06 pounds']]);
});

test('XLSX with Chinese headers reads like the CSV', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('产品');
  for (const line of CHINESE_CSV.split('\r\n')) sheet.addRow(line === '' ? [] : line.split(','));
  const c = await catalogueOf(new Uint8Array(await workbook.xlsx.writeBuffer()));
  assert.deepEqual(c.products.map((p) => [p.row, p.title]), [[1, '不锈钢保温杯 500ml'], [3, 'HDPE Water Tank 1000L']]);
  assert.deepEqual(c.products[0]?.attributes, [['Material', '不锈钢'], ['Color', '黑色']]);
  assert.deepEqual(c.unknownColumns, ['业务员']);
});

test('expected failures are values: no title column, an empty file, an old .xls', async () => {
  assert.deepEqual(readCatalogue([['sku', 'qty'], ['1', '2']]), { ok: false, error: 'no-title-column' });
  assert.deepEqual(readCatalogue([]), { ok: false, error: 'empty' });
  assert.deepEqual(await readSheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])), { ok: false, error: 'xls' });
});
