import assert from 'node:assert/strict';
import test from 'node:test';
import { loadFixture } from '../../test/support/fixture.js';
import { attachmentRisk } from './attachment-risk.js';

const risk = (filename: string, mimeType = 'application/octet-stream', innerNames: string[] = [], inline = false) => attachmentRisk({ filename, mimeType, innerNames, inline });

test('programs, pages, macros, disk images and disguised names are high', () => {
  for (const name of ['setup.exe', 'invoice.pdf.exe', 'Order.PDF   .scr', 'shortcut.lnk', 'run.js', 'remittance.html', 'login.HTM', 'form.xlsm', 'po.iso', 'disk.img', 'scan.pdf.xyz', 'logo.svg', 'fdp.\u202eexe.pdf']) {
    assert.equal(risk(name).risk, 'high', name);
  }
  assert.match(risk('invoice.pdf.exe').en, /Double extension/);
  assert.equal(risk('photo.jpg', 'application/x-msdownload').risk, 'high', 'a program by its declared type');
  assert.equal(risk('notice', 'text/html').signal, 'phishing.html_attachment');
});

test('an archive is high when it holds something that runs, medium otherwise', () => {
  const zip = risk('Order_Details.zip', 'application/zip', ['Order_Details.pdf.exe', 'readme.txt']);
  assert.equal(zip.risk, 'high');
  assert.equal(zip.signal, 'malware.executable_attachment');
  assert.deepEqual(zip.evidence, ['Order_Details.pdf.exe']);
  assert.equal(risk('pages.zip', 'application/zip', ['view.html']).risk, 'high');
  assert.equal(risk('drawings.pdf.zip', 'application/zip', ['drawings.pdf']).risk, 'medium', 'a zipped PDF as macOS names it');
  assert.equal(risk('catalog.rar', 'application/x-rar').risk, 'medium', 'a rar whose names cannot be read');
});

test('Office and PDF are medium, images and plain text low, unknown types medium', () => {
  assert.equal(risk('RFQ.xlsx').risk, 'medium');
  assert.equal(risk('spec.pdf', 'application/pdf').risk, 'medium');
  assert.equal(risk('photo.JPG', 'image/jpeg').risk, 'low');
  assert.equal(risk('list.csv', 'text/csv').risk, 'low');
  assert.equal(risk('', 'image/png').risk, 'low');
  assert.equal(risk('data.bin').risk, 'medium');
  assert.equal(risk('logo.svg', 'image/svg+xml', [], true).risk, 'low', 'an inline logo is not opened');
  for (const r of [risk('RFQ.xlsx'), risk('photo.jpg'), risk('setup.exe')]) assert.ok(/[\u4e00-\u9fff]/.test(r.zh) && r.en, 'worded in both languages');
});

// The list and the verdict read the same notions: where a malware signal fires on its fixture, the list names that signal.
for (const id of ['malware.executable_attachment', 'malware.archive_attachment', 'malware.macro_attachment', 'phishing.html_attachment']) {
  test(`attachment risk agrees with ${id} on its fixtures`, async () => {
    const fires = (await loadFixture(`signals/${id}.fires.eml`)).message.attachments.map(attachmentRisk);
    assert.ok(fires.some((r) => r.signal === id), `${id}: ${JSON.stringify(fires)}`);
    const silent = (await loadFixture(`signals/${id}.silent.eml`)).message.attachments.map(attachmentRisk);
    assert.ok(silent.every((r) => r.signal !== id), `${id} silent: ${JSON.stringify(silent)}`);
  });
}
