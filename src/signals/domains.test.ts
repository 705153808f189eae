import assert from 'node:assert/strict';
import test from 'node:test';
import { isFileShare, isFreeHosting } from './domains.js';

test('form services and anonymous file drops are free hosting; the same companies\' mail and office hosts are not', () => {
  for (const host of ['forms.yandex.com', 'forms.office.com', 'file.fm', 'www.mediafire.com', 'gofile.io']) assert.ok(isFreeHosting(host), host);
  for (const host of ['yandex.com', 'outlook.office.com', 'www.microsoft.com', 'drive.google.com', 'www.dropbox.com']) assert.ok(!isFreeHosting(host), host);
  // Drive and Dropbox are where buyers share drawings: a file share, not free hosting.
  assert.ok(isFileShare('drive.google.com') && isFileShare('www.dropbox.com') && !isFileShare('www.google.com'));
});
