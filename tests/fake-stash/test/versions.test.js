// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const fs = require('fs');
const os = require('os');
const { spawnSync } = require('child_process');
const { startServer } = require('../harness');

const FORMAT = '{ findImages(filter: {per_page: 1}) { images { visual_files { ... on ImageFile { format width } } } } }';

test('v0.26.2 schema and behaviour', async (t) => {
  const s = await startServer(['--images', '200', '--stash-version', '0.26.2', '--rating-system', 'decimal']);
  t.after(() => s.stop());
  let r = await s.gql(FORMAT);
  assert.equal(r.status, 422);
  assert.equal(r.body.errors[0].message, 'Cannot query field "format" on type "ImageFile".');
  r = await s.gql('{ version { version } systemStatus { appSchema } configuration { ui } }');
  assert.equal(r.body.data.version.version, 'v0.26.2');
  assert.equal(r.body.data.systemStatus.appSchema, 58);
  assert.deepEqual(r.body.data.configuration.ui.ratingSystemOptions.type, 'decimal');
  r = await s.gql('{ findImages(filter: {per_page: -1}, image_filter: {title: {value: "", modifier: IS_NULL}}) { count images { title visual_files { ... on BaseFile { basename } } } } }');
  const imgs = r.body.data.findImages.images;
  assert.ok(imgs.length > 0);
  for (const i of imgs) assert.equal(i.title, i.visual_files[0].basename, 'title falls back to basename');
  r = await s.gql('{ findStudios(filter: {per_page: 1}) { studios { urls } } }');
  assert.equal(r.status, 422);
});

test('v0.30.1 schema and --with-image-create', async (t) => {
  const s = await startServer(['--images', '200', '--with-image-create']);
  t.after(() => s.stop());
  let r = await s.gql(FORMAT);
  assert.equal(r.status, 200);
  assert.equal(typeof r.body.data.findImages.images[0].visual_files[0].format, 'string');
  r = await s.gql('{ findImages(filter: {per_page: -1}, image_filter: {title: {value: "", modifier: IS_NULL}}) { count images { title } } }');
  assert.ok(r.body.data.findImages.count > 0);
  for (const i of r.body.data.findImages.images) assert.equal(i.title, '');
  r = await s.gql('mutation { imageCreate(input: {title: "new one", tag_ids: ["1"]}) { id title tags { id } } }');
  assert.equal(r.body.data.imageCreate.id, '201');
  r = await s.gql('{ findImages { count } }');
  assert.equal(r.body.data.findImages.count, 201);
});

test('start-up with 100000 images', async (t) => {
  const s = await startServer(['--images', '100000']);
  t.after(() => s.stop());
  assert.ok(s.startupMs < 2000, `start-up took ${s.startupMs} ms`);
  const r = await s.gql('{ findImages(filter: {per_page: 40, page: 2000, sort: "id"}) { count images { id } } }');
  assert.equal(r.body.data.findImages.count, 100000);
  assert.equal(r.body.data.findImages.images[0].id, '79961');
  const code = await s.stop();
  assert.equal(code, 0, 'clean exit on SIGTERM');
});

test('validate-documents.js', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsdocs-'));
  fs.writeFileSync(path.join(dir, 'op.graphql'), 'query Q { findImages { images { ...F } } }\n');
  fs.writeFileSync(path.join(dir, 'frag.graphql'), 'fragment F on Image {\n  id\n  visual_files { ... on ImageFile { format } }\n}\n');
  const script = path.join(__dirname, '..', 'validate-documents.js');
  const files = [path.join(dir, 'op.graphql'), path.join(dir, 'frag.graphql')];
  let p = spawnSync(process.execPath, [script, '--stash-version', '0.30.1', ...files], { encoding: 'utf8' });
  assert.equal(p.status, 0, p.stderr);
  p = spawnSync(process.execPath, [script, '--stash-version', '0.26.2', ...files], { encoding: 'utf8' });
  assert.equal(p.status, 1);
  assert.match(p.stderr, /frag\.graphql:3:\d+: validation error: Cannot query field "format"/);
  fs.writeFileSync(path.join(dir, 'create.graphql'), 'mutation C { imageCreate(input: {title: "x"}) { id } }\n');
  p = spawnSync(process.execPath, [script, '--stash-version', '0.30.1', path.join(dir, 'create.graphql')], { encoding: 'utf8' });
  assert.equal(p.status, 1);
  p = spawnSync(process.execPath, [script, '--stash-version', '0.30.1', '--with-image-create', path.join(dir, 'create.graphql')], { encoding: 'utf8' });
  assert.equal(p.status, 0, p.stderr);
});
