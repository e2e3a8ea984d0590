// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const jpeg = require('jpeg-js');
const { startServer } = require('../harness');

test('auth with --api-key and login', async (t) => {
  const s = await startServer(['--images', '50', '--api-key', 'KEY', '--username', 'u', '--password', 'p']);
  t.after(() => s.stop());
  let r = await s.gql('{ version { version } }');
  assert.equal(r.status, 401);
  assert.equal(r.body, '');
  assert.equal(r.headers.get('www-authenticate'), 'FormBased');
  r = await s.gql('{ version { version } }', undefined, { headers: { ApiKey: 'wrong' } });
  assert.equal(r.status, 401);
  r = await s.gql('{ version { version } }', undefined, { headers: { ApiKey: 'KEY' } });
  assert.equal(r.status, 200);
  assert.equal(r.body.data.version.version, 'v0.30.1');
  let res = await fetch(`${s.url}/graphql?apikey=KEY&query=${encodeURIComponent('{version{version}}')}`);
  assert.equal(res.status, 200);
  res = await fetch(`${s.url}/image/1/thumbnail?t=5`, { redirect: 'manual' });
  assert.equal(res.status, 302);
  assert.equal(res.headers.get('location'), `/login?returnURL=${encodeURIComponent('/image/1/thumbnail?t=5')}`);
  assert.match(res.headers.get('content-type'), /text\/html/);
  res = await fetch(`${s.url}/image/1/thumbnail?apikey=KEY`);
  assert.equal(res.status, 200);
  res = await fetch(`${s.url}/healthz`);
  assert.equal(res.status, 200);
  res = await fetch(`${s.url}/login`, { method: 'POST', body: new URLSearchParams({ username: 'u', password: 'bad' }) });
  assert.equal(res.status, 401);
  res = await fetch(`${s.url}/login`, { method: 'POST', body: new URLSearchParams({ username: 'u', password: 'p' }) });
  assert.equal(res.status, 200);
  const cookie = res.headers.get('set-cookie').split(';')[0];
  assert.match(cookie, /^session=/);
  r = await s.gql('{ version { version } }', undefined, { headers: { Cookie: cookie } });
  assert.equal(r.status, 200);
});

test('v0.26.2 login redirects', async (t) => {
  const s = await startServer(['--images', '10', '--stash-version', '0.26.2', '--username', 'u', '--password', 'p']);
  t.after(() => s.stop());
  let res = await fetch(`${s.url}/login`, { method: 'POST', body: new URLSearchParams({ username: 'u', password: 'p', returnURL: '/' }), redirect: 'manual' });
  assert.equal(res.status, 302);
  assert.match(res.headers.get('set-cookie'), /^session=/);
  res = await fetch(`${s.url}/login`, { method: 'POST', body: new URLSearchParams({ username: 'u', password: 'x' }), redirect: 'manual' });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('set-cookie'), null);
});

test('images', async (t) => {
  const s = await startServer(['--images', '300']);
  t.after(() => s.stop());
  const r = await s.gql(`{ findImages(filter: {per_page: 12, sort: "id"}) { images { id paths { thumbnail image preview }
    visual_files { __typename ... on BaseFile { basename fingerprint(type: "md5") } ... on ImageFile { width height } ... on VideoFile { width height } } } } }`);
  const imgs = r.body.data.findImages.images;
  for (const img of imgs.slice(0, 6)) {
    const f = img.visual_files[0];
    assert.equal(img.paths.preview, '');
    assert.match(img.paths.thumbnail, new RegExp(`^${s.url.replace('127.0.0.1', '127\\.0\\.0\\.1')}/image/${img.id}/thumbnail\\?t=\\d+$`));
    const t0 = Date.now();
    let res = await fetch(img.paths.thumbnail);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/jpeg');
    assert.equal(res.headers.get('cache-control'), 'private, max-age=31536000, immutable');
    const buf = Buffer.from(await res.arrayBuffer());
    const dec = jpeg.decode(buf, { useTArray: true });
    assert.equal(Math.max(dec.width, dec.height), 640);
    assert.ok(Math.abs(dec.width / dec.height - f.width / f.height) < 0.02, 'aspect ratio kept');
    res = await fetch(img.paths.thumbnail);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), buf);
    assert.ok(Date.now() - t0 < 2000);
    if (img.id === imgs[0].id) {
      res = await fetch(`${s.url}/image/${img.id}/image`);
      assert.equal(res.headers.get('cache-control'), 'no-cache');
      assert.equal(res.headers.get('content-disposition'), `filename="${f.basename}"`);
      const full = jpeg.decode(Buffer.from(await res.arrayBuffer()), { useTArray: true });
      assert.deepEqual([full.width, full.height], [f.width, f.height]);
      res = await fetch(`${s.url}/image/${f.fingerprint}/thumbnail`);
      assert.equal(res.status, 200, 'md5 works as id');
    }
  }
  let res = await fetch(`${s.url}/image/1/thumbnail`, { method: 'HEAD' });
  assert.equal(res.status, 405);
  res = await fetch(`${s.url}/image/99999/thumbnail`);
  assert.equal(res.status, 404);
  assert.equal((await res.text()).trim(), 'Not Found');
  const st = await s.stats();
  assert.ok(st.thumbnailRequests >= 12);
});
