import assert from 'node:assert/strict';
import test from 'node:test';
import { isFileShare, isFreeHosting, isShortener } from './domains.js';

test('form services and anonymous file drops are free hosting; the same companies\' mail and office hosts are not', () => {
  for (const host of ['forms.yandex.com', 'forms.office.com', 'file.fm', 'www.mediafire.com', 'gofile.io']) assert.ok(isFreeHosting(host), host);
  for (const host of ['yandex.com', 'outlook.office.com', 'www.microsoft.com', 'drive.google.com', 'www.dropbox.com']) assert.ok(!isFreeHosting(host), host);
  // Drive and Dropbox are where buyers share drawings: a file share, not free hosting.
  assert.ok(isFileShare('drive.google.com') && isFileShare('www.dropbox.com') && !isFileShare('www.google.com'));
});

test('a host counts under a listed suffix only at a dot: "x.bit.ly" is a shortener, "notbit.ly" and "bit.ly.example.com" are not', () => {
  assert.ok(isShortener('bit.ly') && isShortener('x.bit.ly') && isShortener('a.b.t.co'));
  for (const host of ['notbit.ly', 'bit.ly.example.com', 'ly', '', '.', 't.com']) assert.ok(!isShortener(host), host);
  assert.ok(isFreeHosting('my-shop.github.io') && !isFreeHosting('github.io.evil.com') && !isFreeHosting('io'));
});
