// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('../harness');

const FIND = `query Find($filter: FindFilterType, $image_filter: ImageFilterType, $ids: [ID!]) {
  findImages(filter: $filter, image_filter: $image_filter, ids: $ids) { count images { id title rating100 organized o_counter } }
}`;
const UPDATE = `mutation Update($input: ImageUpdateInput!) {
  imageUpdate(input: $input) { id title rating100 updated_at studio { id } tags { id } paths { thumbnail } }
}`;
const BULK = `mutation Bulk($input: BulkImageUpdateInput!) { bulkImageUpdate(input: $input) { id rating100 tags { id } } }`;

test('graphql behaviour', async (t) => {
  const s = await startServer(['--images', '500']);
  t.after(() => s.stop());

  await t.test('paging', async () => {
    let r = await s.gql(FIND, { filter: { sort: 'id' } });
    assert.equal(r.status, 200);
    assert.equal(r.body.data.findImages.count, 500);
    assert.equal(r.body.data.findImages.images.length, 25, 'per_page omitted means 25');
    assert.equal(r.body.data.findImages.images[0].id, '1');
    r = await s.gql(FIND, { filter: { sort: 'id', page: 3, per_page: 40 } });
    assert.equal(r.body.data.findImages.images[0].id, '81');
    r = await s.gql(FIND, { filter: { sort: 'id', page: 0, per_page: 10, direction: 'DESC' } });
    assert.equal(r.body.data.findImages.images[0].id, '500');
    r = await s.gql(FIND, { filter: { per_page: -1 } });
    assert.equal(r.body.data.findImages.images.length, 500);
    r = await s.gql(FIND, { filter: { per_page: 0 } });
    assert.equal(r.body.data.findImages.images.length, 0);
    assert.equal(r.body.data.findImages.count, 500);
    r = await s.gql(FIND, { filter: { page: 100, per_page: 40 } });
    assert.equal(r.body.data.findImages.images.length, 0);
    const a = await s.gql(FIND, { filter: { sort: 'random_12345678', per_page: 20 } });
    const b = await s.gql(FIND, { filter: { sort: 'random_12345678', per_page: 20 } });
    assert.deepEqual(a.body.data, b.body.data, 'seeded random is stable');
    r = await s.gql(FIND, { filter: { sort: 'nope' } });
    assert.equal(r.status, 200);
    assert.equal(r.body.errors[0].message, 'invalid sort: nope');
    assert.equal(r.body.data, null);
  });

  await t.test('filters', async () => {
    const all = (await s.gql(FIND, { filter: { per_page: -1 } })).body.data.findImages.images;
    let r = await s.gql(FIND, { filter: { per_page: -1 }, image_filter: { rating100: { value: 60, modifier: 'GREATER_THAN' } } });
    const want = all.filter((i) => i.rating100 != null && i.rating100 > 60).length;
    assert.ok(want > 0);
    assert.equal(r.body.data.findImages.count, want);
    r = await s.gql(FIND, { filter: { per_page: -1 }, image_filter: { rating100: { value: 0, modifier: 'IS_NULL' }, OR: { organized: true } } });
    assert.equal(r.body.data.findImages.count, all.filter((i) => i.rating100 == null || i.organized).length);
    r = await s.gql(FIND, { image_filter: { organized: true, AND: { organized: true }, NOT: { organized: false } } });
    assert.equal(r.body.errors[0].message, 'illegal filter combination');
    r = await s.gql(FIND, { ids: ['3', '1'] });
    assert.deepEqual(r.body.data.findImages.images.map((i) => i.id), ['3', '1']);
    r = await s.gql(FIND, { ids: ['3', '99999'] });
    assert.equal(r.body.errors[0].message, 'image with id 99999 not found');
  });

  await t.test('null vs omitted in imageUpdate', async () => {
    const before = (await s.gql(UPDATE, { input: { id: '10', rating100: 80, title: 'keep me', studio_id: '3', tag_ids: ['1', '2'] } })).body.data.imageUpdate;
    assert.equal(before.rating100, 80);
    let r = await s.gql(UPDATE, { input: { id: '10', title: '  Trimmed  ' } });
    let img = r.body.data.imageUpdate;
    assert.equal(img.title, 'Trimmed');
    assert.equal(img.rating100, 80, 'omitted rating unchanged');
    assert.equal(img.studio.id, '3');
    assert.deepEqual(img.tags.map((x) => x.id), ['1', '2']);
    r = await s.gql(UPDATE, { input: { id: '10', rating100: null, studio_id: null, tag_ids: null } });
    img = r.body.data.imageUpdate;
    assert.equal(img.rating100, null, 'null clears');
    assert.equal(img.studio, null);
    assert.deepEqual(img.tags, []);
    assert.equal(img.title, 'Trimmed');
    r = await s.gql(UPDATE, { input: { id: '99999' } });
    assert.equal(r.status, 200);
    assert.equal(r.body.errors[0].message, 'image with id 99999 not found');
    assert.deepEqual(r.body.data, { imageUpdate: null });
    r = await s.gql(UPDATE, { input: { id: '10', date: 'yesterday' } });
    assert.match(r.body.errors[0].message, /^converting date/);
  });

  await t.test('bulk update: null unchanged, ADD, all-or-nothing', async () => {
    await s.gql(BULK, { input: { ids: ['20', '21'], rating100: 40, tag_ids: { mode: 'SET', ids: ['5'] } } });
    let r = await s.gql(BULK, { input: { ids: ['20', '21'], tag_ids: { mode: 'ADD', ids: ['6'] }, rating100: 60 } });
    assert.deepEqual(r.body.data.bulkImageUpdate.map((i) => i.tags.map((x) => x.id)), [['5', '6'], ['5', '6']]);
    r = await s.gql(BULK, { input: { ids: ['20', '21'], tag_ids: null } });
    assert.deepEqual(r.body.data.bulkImageUpdate[0].tags.map((x) => x.id), ['5', '6'], 'bulk null = unchanged');
    r = await s.gql(BULK, { input: { ids: ['20', '21'], rating100: 100, tag_ids: { mode: 'ADD', ids: ['77777'] } } });
    assert.equal(r.body.errors[0].message, 'FOREIGN KEY constraint failed');
    assert.deepEqual(r.body.data, { bulkImageUpdate: null });
    r = await s.gql(BULK, { input: { ids: ['20', '99999'], rating100: 100 } });
    assert.equal(r.body.errors[0].message, 'image with id 99999 not found');
    r = await s.gql(FIND, { ids: ['20', '21'] });
    assert.deepEqual(r.body.data.findImages.images.map((i) => i.rating100), [60, 60], 'nothing changed');
  });

  await t.test('O counter', async () => {
    let r = await s.gql('mutation { imageResetO(id: "30") }');
    assert.equal(r.body.data.imageResetO, 0);
    r = await s.gql('mutation { imageDecrementO(id: "30") }');
    assert.equal(r.body.data.imageDecrementO, 0);
    r = await s.gql('mutation { a: imageIncrementO(id: "30") b: imageIncrementO(id: "30") }');
    assert.deepEqual(r.body.data, { a: 1, b: 2 });
    r = await s.gql('mutation { imageIncrementO(id: "99999") }');
    assert.equal(r.body.errors[0].message, 'id 99999 does not exist in images');
    assert.equal(r.body.data, null);
  });

  await t.test('protocol errors', async () => {
    let r = await s.gql('{ findImages { count images { nope } } }');
    assert.equal(r.status, 422);
    assert.equal(r.body.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(r.body.errors[0].message, /^Cannot query field "nope" on type "Image"\./);
    r = await s.gql('{ findImages {');
    assert.equal(r.status, 422);
    assert.equal(r.body.errors[0].extensions.code, 'GRAPHQL_PARSE_FAILED');
    r = await s.gql(UPDATE, { input: { id: '1', bogus: 1 } });
    assert.equal(r.status, 422);
    assert.deepEqual([r.body.errors[0].message, r.body.errors[0].path], ['unknown field', ['variable', 'input', 'bogus']]);
    r = await s.gql(BULK, { input: { ids: ['1'], tag_ids: { mode: 'APPEND', ids: [] } } });
    assert.equal(r.body.errors[0].message, 'Value "APPEND" does not exist in "BulkUpdateIdMode!" enum.');
    r = await s.gql(UPDATE, {});
    assert.equal(r.body.errors[0].message, 'must be defined');
    r = await s.gql('mutation { imageCreate(input: {title: "x"}) { id } }');
    assert.equal(r.status, 422);
    let res = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'not json' });
    assert.equal(res.status, 400);
    res = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[{"query":"{version{version}}"}]' });
    assert.equal(res.status, 400);
    res = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    assert.equal(res.status, 400);
    res = await fetch(`${s.url}/graphql?query=${encodeURIComponent('mutation { imageResetO(id: "1") }')}`);
    assert.equal(res.status, 406);
    res = await fetch(`${s.url}/graphql?query=${encodeURIComponent('{ version { version } }')}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    r = await s.gql('{ version { version } }', undefined, { headers: { ApiKey: 'stale' } });
    assert.equal(r.status, 401, 'a wrong key is refused even without auth configured');
  });

  await t.test('faults and control', async () => {
    await s.control({ failNext: 1, graphqlErrorNext: 1, malformedNext: 1 });
    let r = await s.gql('{ version { version } }');
    assert.equal(r.status, 500);
    r = await s.gql('{ version { version } }');
    assert.equal(r.status, 200);
    assert.equal(typeof r.body, 'string', 'malformed body');
    r = await s.gql('{ version { version } }');
    assert.equal(r.body.errors[0].message, 'injected failure');
    await s.control({ dropNext: 1 });
    await assert.rejects(s.gql('{ version { version } }'));
    // dropAfterNext: the work is done, the answer never comes.
    const oBefore = (await s.gql(FIND, { ids: ['39'] })).body.data.findImages.images[0].o_counter;
    await s.control({ dropAfterNext: 1 });
    await assert.rejects(s.gql('mutation I($id: ID!) { imageIncrementO(id: $id) }', { id: '39' }));
    assert.equal((await s.gql(FIND, { ids: ['39'] })).body.data.findImages.images[0].o_counter, oBefore + 1);
    assert.equal((await s.stats()).injected.dropAfter, 1);
    const original = (await s.gql(FIND, { ids: ['40'] })).body.data.findImages.images[0].rating100;
    await s.control({ failOperation: 'bulkImageUpdate', failOperationAfter: 1 });
    r = await s.gql(BULK, { input: { ids: ['40'], rating100: 7 } });
    assert.equal(r.body.data.bulkImageUpdate[0].rating100, 7);
    r = await s.gql(BULK, { input: { ids: ['40'], rating100: 40 } });
    assert.equal(r.body.errors[0].message, 'injected failure');
    const st = await s.stats();
    assert.ok(st.rootFields.bulkImageUpdate >= 2);
    assert.deepEqual(st.lastVariables.Bulk, { input: { ids: ['40'], rating100: 40 } });
    await s.gql('mutation D($i: ImagesDestroyInput!) { imagesDestroy(input: $i) }', { i: { ids: ['41', '42'], delete_file: true } });
    assert.deepEqual((await s.stats()).destroyed.at(-1), { op: 'imagesDestroy', ids: ['41', '42'], delete_file: true, delete_generated: false });
    await s.reset();
    r = await s.gql(FIND, { ids: ['41', '40'] });
    assert.equal(r.body.data.findImages.count, 2, 'reset restores destroyed images');
    assert.equal(r.body.data.findImages.images[1].rating100, original);
    r = await s.gql(BULK, { input: { ids: ['40'], rating100: 40 } });
    assert.equal(r.body.errors, undefined, 'reset clears failOperation');
  });
});
