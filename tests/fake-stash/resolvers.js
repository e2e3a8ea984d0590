// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

'use strict';
// Resolvers of the fake Stash schema. Source values are raw store records;
// context = { store, opts, base, stats, failFields }.

const { fmtTime, basename, atoi } = require('./store');
const Q = require('./query');
const { VERSIONS } = require('./schema');

const unix = (ms) => Math.floor(ms / 1000);
const str = (v) => (v == null ? '' : v);

// ------------------------------------------------------------ helpers for mutations

function cloneImage(img) {
  const c = { ...img, urls: [...img.urls], tagIds: [...img.tagIds], performerIds: [...img.performerIds],
    galleryIds: [...img.galleryIds], files: [...img.files] };
  delete c._search;
  delete c._titleKey;
  delete c._pathKey;
  return c;
}

function cleanString(v, v30) {
  if (v == null) return null;
  const s = v30 ? v.trim() : v;
  return s === '' ? null : s;
}

function parseDate(v, v30) {
  if (v == null) return null;
  const s = v30 ? v.trim() : v;
  if (s === '') return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ](\d{2}):(\d{2}):(\d{2}))/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dt = new Date(Date.UTC(y, mo - 1, d));
    if (dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d) {
      if (!m[4] || /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)$/.test(s)) return `${m[1]}-${m[2]}-${m[3]}`;
    }
  } else if (v30) {
    m = /^(\d{4})(?:-(\d{2}))?$/.exec(s);
    if (m && (!m[2] || (Number(m[2]) >= 1 && Number(m[2]) <= 12))) return s;
  }
  throw new Error(`converting date: parsing time "${s}" as "2006-01-02": cannot parse "${s}" as a date`);
}

function relatedIds(store, list, what, lookup) {
  const ids = [];
  for (const x of list || []) {
    const id = atoi(x, `converting ${what} ids`);
    if (!lookup(id)) throw new Error('FOREIGN KEY constraint failed');
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function checkGalleryChange(store, before, after) {
  const changed = [...before.filter((g) => !after.includes(g)), ...after.filter((g) => !before.includes(g))];
  for (const gid of changed) {
    const g = store.galleryById.get(gid);
    if (g && g.kind !== 'manual') {
      throw new Error(`cannot change contents of ${g.kind === 'zip' ? 'zip' : 'folder'}-based gallery ${g.path}`);
    }
  }
  return changed;
}

function has(o, k) {
  return Object.prototype.hasOwnProperty.call(o, k);
}

// apply the scalar part shared by single and bulk updates
function applyScalars(ctx, img, input) {
  const v30 = ctx.opts.v30;
  for (const k of ['title', 'code', 'details', 'photographer']) {
    if (has(input, k)) img[k] = cleanString(input[k], v30);
  }
  if (has(input, 'rating100')) img.rating100 = input.rating100;
  if (has(input, 'organized')) {
    if (input.organized == null) {
      throw new Error('Internal system error. Error <runtime error: invalid memory address or nil pointer dereference>');
    }
    img.organized = input.organized;
  }
  if (has(input, 'date')) img.date = parseDate(input.date, v30);
  if (has(input, 'studio_id')) {
    if (input.studio_id == null) img.studioId = null;
    else {
      const sid = atoi(input.studio_id, 'converting studio id');
      if (!ctx.store.studioById.has(sid)) throw new Error('FOREIGN KEY constraint failed');
      img.studioId = sid;
    }
  }
}

function lookups(store) {
  return {
    tag: (id) => store.tagById.get(id),
    performer: (id) => store.performerById.get(id),
    gallery: (id) => store.galleryById.get(id),
  };
}

function applySingleUpdate(ctx, img, input) {
  const { store } = ctx;
  const v30 = ctx.opts.v30;
  applyScalars(ctx, img, input);
  if (has(input, 'urls')) {
    img.urls = (input.urls || []).map((u) => cleanString(u, v30)).filter((u) => u != null);
  } else if (has(input, 'url')) {
    const u = cleanString(input.url, v30);
    img.urls = u == null ? [] : [u];
  }
  const lk = lookups(store);
  if (has(input, 'tag_ids')) img.tagIds = relatedIds(store, input.tag_ids, 'tag', lk.tag);
  if (has(input, 'performer_ids')) img.performerIds = relatedIds(store, input.performer_ids, 'performer', lk.performer);
  let galleriesChanged = [];
  if (has(input, 'gallery_ids')) {
    const next = relatedIds(store, input.gallery_ids, 'gallery', lk.gallery);
    galleriesChanged = checkGalleryChange(store, img.galleryIds, next);
    img.galleryIds = next;
  }
  if (has(input, 'primary_file_id') && input.primary_file_id != null) {
    const fid = atoi(input.primary_file_id, 'converting primary file id');
    const idx = img.files.findIndex((f) => f.id === fid);
    if (idx < 0) throw new Error(`file with id ${fid} not associated with image`);
    const [f] = img.files.splice(idx, 1);
    img.files.unshift(f);
  }
  img.updated_at = Date.now();
  return galleriesChanged;
}

function applyBulkIds(store, current, spec, what, lookup) {
  if (spec == null) return current;
  const ids = spec.ids || [];
  switch (spec.mode) {
    case 'SET': return relatedIds(store, ids, what, lookup);
    case 'ADD': {
      const add = relatedIds(store, ids, what, lookup);
      return [...current, ...add.filter((x) => !current.includes(x))];
    }
    case 'REMOVE': {
      const rem = new Set(ids.map((x) => atoi(x, `converting ${what} ids`)));
      return current.filter((x) => !rem.has(x));
    }
    default: return current;
  }
}

function applyBulkUpdate(ctx, img, input) {
  const { store } = ctx;
  const v30 = ctx.opts.v30;
  applyScalars(ctx, img, input);
  if (has(input, 'urls') && input.urls != null) {
    const vals = (input.urls.values || []).map((u) => cleanString(u, v30)).filter((u) => u != null);
    if (input.urls.mode === 'SET') img.urls = vals;
    else if (input.urls.mode === 'ADD') img.urls = [...img.urls, ...vals.filter((u) => !img.urls.includes(u))];
    else img.urls = img.urls.filter((u) => !vals.includes(u));
  } else if (!has(input, 'urls') && has(input, 'url') && input.url != null) {
    const u = cleanString(input.url, v30);
    img.urls = u == null ? [] : [u];
  }
  const lk = lookups(store);
  img.tagIds = applyBulkIds(store, img.tagIds, input.tag_ids, 'tag', lk.tag);
  img.performerIds = applyBulkIds(store, img.performerIds, input.performer_ids, 'performer', lk.performer);
  const nextGalleries = applyBulkIds(store, img.galleryIds, input.gallery_ids, 'gallery', lk.gallery);
  const changed = checkGalleryChange(store, img.galleryIds, nextGalleries);
  img.galleryIds = nextGalleries;
  img.updated_at = Date.now();
  return changed;
}

function loadImage(store, rawId) {
  const id = atoi(rawId, 'converting id');
  const img = store.get(id);
  if (!img) throw new Error(`image with id ${id} not found`);
  return img;
}

// commit a set of changed clones (all-or-nothing: called only after all succeeded)
function commit(store, clones, galleriesChanged, kind = 'update') {
  for (const c of clones) store.cache.set(c.id, c);
  const now = Date.now();
  for (const gid of galleriesChanged) {
    const g = store.galleryById.get(gid);
    if (g) g.updated_at = now;
  }
  if (kind !== 'update') store._md5 = null;
  store.touch(kind);
}

function checkInjected(ctx, info) {
  if (ctx.failFields && ctx.failFields.has(info.fieldName)) throw new Error('injected failure');
}

// ------------------------------------------------------------ entity helpers

function imagePathUrl(ctx, kind, id, t, extra = '') {
  return `${ctx.base}/${kind}/${id}/image?t=${t}${extra}`;
}

function tagSortKey(ctx, sort) {
  const counts = () => ctx.store.counts().tag;
  switch (sort) {
    case 'name': return (t) => ((ctx.opts.v30 && t.sort_name) || t.name).toLowerCase();
    case 'created_at': return (t) => t.created_at;
    case 'updated_at': return (t) => t.updated_at;
    case 'id': return (t) => t.id;
    case 'images_count': return (t) => counts().get(t.id) || 0;
    default: return () => 0; // other *_count sorts: nothing but images here
  }
}
const TAG_SORTS = ['name', 'created_at', 'updated_at', 'id', 'random', 'images_count', 'scenes_count',
  'galleries_count', 'performers_count', 'studios_count', 'scene_markers_count'];
const PERFORMER_SORTS = ['name', 'rating', 'images_count', 'o_counter', 'random', 'id', 'created_at', 'updated_at',
  'birthdate', 'scenes_count', 'galleries_count', 'height', 'career_length'];
const STUDIO_SORTS = ['name', 'images_count', 'rating', 'random', 'id', 'created_at', 'updated_at', 'scenes_count',
  'galleries_count', 'child_count'];
const GALLERY_SORTS = ['title', 'path', 'date', 'images_count', 'random', 'id', 'created_at', 'updated_at', 'rating',
  'file_mod_time', 'organized'];

function galleryName(g) {
  return g.title || (g.path ? basename(g.path) : '');
}

function parseIdList(list) {
  return (list || []).map((x) => atoi(x, 'converting ids'));
}

// ------------------------------------------------------------ resolver map

function makeResolvers() {
  const Query = {
    findImage(_, args, ctx) {
      if (args.id != null) {
        const id = atoi(args.id, 'converting id');
        return ctx.store.get(id);
      }
      if (args.checksum != null) return ctx.store.findByChecksum(args.checksum);
      return null;
    },
    findImages(_, args, ctx) {
      const { store } = ctx;
      const idList = args.ids && args.ids.length ? args.ids : args.image_ids && args.image_ids.length ? args.image_ids : null;
      if (idList) {
        const imgs = idList.map((x) => loadImage(store, x));
        const entry = { ids: imgs.map((i) => i.id), megapixels: null, filesize: null };
        return { entry, page: imgs };
      }
      const entry = Q.findImageList(store, args.filter, args.image_filter);
      const page = Q.paginate(entry.ids, args.filter).map((id) => store.get(id));
      return { entry, page };
    },
    allImages(_, __, ctx) {
      return ctx.store.allImages();
    },
    findTag: (_, { id }, ctx) => ctx.store.tagById.get(atoi(id, 'converting id')) || null,
    findPerformer: (_, { id }, ctx) => ctx.store.performerById.get(atoi(id, 'converting id')) || null,
    findStudio: (_, { id }, ctx) => ctx.store.studioById.get(atoi(id, 'converting id')) || null,
    findGallery: (_, { id }, ctx) => ctx.store.galleryById.get(atoi(id, 'converting id')) || null,
    findTags(_, args, ctx) {
      const { store } = ctx;
      if (args.ids && args.ids.length) {
        const tags = Q.byIds(args.ids, (id) => store.tagById.get(id), 'tag');
        return { count: tags.length, tags };
      }
      const r = Q.entityQuery(store.tags, args.filter, {
        pred: args.tag_filter ? Q.compileTagFilter(store, args.tag_filter) : null,
        search: (t) => [t.name, t.sort_name || '', ...t.aliases].join('\u0001').toLowerCase(),
        sorts: TAG_SORTS,
        sortKey: (s) => tagSortKey(ctx, s),
      });
      return { count: r.count, tags: r.items };
    },
    findPerformers(_, args, ctx) {
      const { store } = ctx;
      const ids = args.ids && args.ids.length ? args.ids : args.performer_ids && args.performer_ids.length ? args.performer_ids : null;
      if (ids) {
        const performers = Q.byIds(ids, (id) => store.performerById.get(id), 'performer');
        return { count: performers.length, performers };
      }
      const counts = () => store.counts().perf;
      const r = Q.entityQuery(store.performers, args.filter, {
        pred: args.performer_filter ? Q.compilePerformerFilter(store, args.performer_filter) : null,
        search: (p) => [p.name, ...p.aliases].join('\u0001').toLowerCase(),
        sorts: PERFORMER_SORTS,
        sortKey: (s) => ({
          name: (p) => p.name.toLowerCase(), rating: (p) => p.rating100, id: (p) => p.id,
          images_count: (p) => counts().get(p.id) || 0, created_at: (p) => p.created_at,
          updated_at: (p) => p.updated_at, birthdate: (p) => p.birthdate,
          o_counter: (p) => 0,
        }[s] || (() => 0)),
      });
      return { count: r.count, performers: r.items };
    },
    findStudios(_, args, ctx) {
      const { store } = ctx;
      if (args.ids && args.ids.length) {
        const studios = Q.byIds(args.ids, (id) => store.studioById.get(id), 'studio');
        return { count: studios.length, studios };
      }
      const counts = () => store.counts().studio;
      const r = Q.entityQuery(store.studios, args.filter, {
        pred: args.studio_filter ? Q.compileStudioFilter(store, args.studio_filter) : null,
        search: (s) => [s.name, ...s.aliases].join('\u0001').toLowerCase(),
        sorts: STUDIO_SORTS,
        sortKey: (s) => ({
          name: (x) => x.name.toLowerCase(), rating: (x) => x.rating100, id: (x) => x.id,
          images_count: (x) => counts().get(x.id) || 0, created_at: (x) => x.created_at, updated_at: (x) => x.updated_at,
          child_count: (x) => store.studios.filter((c) => c.parentId === x.id).length,
        }[s] || (() => 0)),
      });
      return { count: r.count, studios: r.items };
    },
    findGalleries(_, args, ctx) {
      const { store } = ctx;
      if (args.ids && args.ids.length) {
        const galleries = Q.byIds(args.ids, (id) => store.galleryById.get(id), 'gallery');
        return { count: galleries.length, galleries };
      }
      const counts = () => store.counts().gallery;
      const r = Q.entityQuery(store.galleries, args.filter, {
        pred: args.gallery_filter ? Q.compileGalleryFilter(store, args.gallery_filter) : null,
        search: (g) => [g.title || '', g.path || ''].join('\u0001').toLowerCase(),
        sorts: GALLERY_SORTS,
        sortKey: (s) => ({
          title: (g) => Q.natKey(galleryName(g)), path: (g) => g.path, date: (g) => g.date, id: (g) => g.id,
          images_count: (g) => counts().get(g.id) || 0, created_at: (g) => g.created_at,
          updated_at: (g) => g.updated_at, rating: (g) => g.rating100, organized: (g) => (g.organized ? 1 : 0),
        }[s] || (() => 0)),
      });
      return { count: r.count, galleries: r.items };
    },
    findSavedFilter: (_, { id }, ctx) => ctx.store.savedFilters.find((f) => f.id === atoi(id, 'converting id')) || null,
    findSavedFilters: (_, { mode }, ctx) => ctx.store.savedFilters.filter((f) => !mode || f.mode === mode),
    version: (_, __, ctx) => {
      const v = VERSIONS[ctx.opts.stashVersion];
      return { version: v.version, hash: v.hash, build_time: v.build_time };
    },
    systemStatus: (_, __, ctx) => {
      const v = VERSIONS[ctx.opts.stashVersion];
      return {
        databaseSchema: v.appSchema, databasePath: '/data/stash/stash-go.sqlite', configPath: '/data/stash/config.yml',
        appSchema: v.appSchema, status: 'OK', os: 'linux', workingDir: '/data', homeDir: '/root',
        ffmpegPath: '/usr/bin/ffmpeg', ffprobePath: '/usr/bin/ffprobe',
      };
    },
    configuration: () => ({}),
  };

  const Mutation = {
    imageUpdate(_, { input }, ctx, info) {
      checkInjected(ctx, info);
      const img = cloneImage(loadImage(ctx.store, input.id));
      const changed = applySingleUpdate(ctx, img, input);
      commit(ctx.store, [img], changed);
      return ctx.store.get(img.id);
    },
    bulkImageUpdate(_, { input }, ctx, info) {
      checkInjected(ctx, info);
      const ids = input.ids || [];
      if (!ids.length) return [];
      const work = new Map();
      const order = [];
      let changed = [];
      for (const raw of ids) {
        const base = loadImage(ctx.store, raw);
        order.push(base.id);
        if (work.has(base.id)) continue;
        const img = cloneImage(base);
        changed = changed.concat(applyBulkUpdate(ctx, img, input));
        work.set(base.id, img);
      }
      commit(ctx.store, [...work.values()], changed);
      return order.map((id) => ctx.store.get(id));
    },
    imagesUpdate(_, { input }, ctx, info) {
      checkInjected(ctx, info);
      const work = new Map();
      const order = [];
      let changed = [];
      for (const item of input) {
        const id = atoi(item.id, 'converting id');
        const img = work.get(id) || (ctx.store.get(id) && cloneImage(ctx.store.get(id)));
        if (!img) throw new Error(`image with id ${id} not found`);
        changed = changed.concat(applySingleUpdate(ctx, img, item));
        work.set(id, img);
        order.push(id);
      }
      commit(ctx.store, [...work.values()], changed);
      return order.map((id) => ctx.store.get(id));
    },
    imageDestroy(_, { input }, ctx, info) {
      checkInjected(ctx, info);
      const img = loadImage(ctx.store, input.id);
      destroy(ctx, [img.id], input, 'imageDestroy');
      return true;
    },
    imagesDestroy(_, { input }, ctx, info) {
      checkInjected(ctx, info);
      const ids = input.ids.map((x) => loadImage(ctx.store, x).id);
      destroy(ctx, ids, input, 'imagesDestroy');
      return true;
    },
    imageIncrementO(_, { id }, ctx, info) {
      checkInjected(ctx, info);
      return changeO(ctx, id, (n) => n + 1);
    },
    imageDecrementO(_, { id }, ctx, info) {
      checkInjected(ctx, info);
      return changeO(ctx, id, (n) => (n > 0 ? n - 1 : 0));
    },
    imageResetO(_, { id }, ctx, info) {
      checkInjected(ctx, info);
      return changeO(ctx, id, () => 0);
    },
    imageCreate(_, { input }, ctx, info) {
      checkInjected(ctx, info);
      const { store } = ctx;
      const id = store.nextId;
      const gen = store.generate(id);
      const f = { ...gen.files[0], fingerprints: gen.files[0].fingerprints };
      if (f.__typename !== 'ImageFile') {
        Object.assign(f, { __typename: 'ImageFile', format: 'jpeg' });
        for (const k of ['duration', 'video_codec', 'audio_codec', 'frame_rate', 'bit_rate']) delete f[k];
      }
      f.path = `/data/pictures/created/created-${String(id).padStart(6, '0')}.jpg`;
      f.basename = basename(f.path);
      delete f._fp;
      f.folderId = 6;
      f.zipFileId = null;
      const now = Date.now();
      const img = {
        ...gen, title: null, code: null, details: null, photographer: null, rating100: null, o_counter: 0,
        organized: false, date: null, urls: [], studioId: null, tagIds: [], performerIds: [], galleryIds: [],
        created_at: now, updated_at: now, files: [f],
      };
      const changed = applySingleUpdate(ctx, img, input);
      if (img.title == null) throw new Error('title must not be empty');
      store.nextId++;
      store.created.push(id);
      store._allIds = null;
      commit(store, [img], changed, 'create');
      return store.get(id);
    },
    tagCreate(_, { input }, ctx, info) {
      checkInjected(ctx, info);
      const { store } = ctx;
      const name = (input.name || '').trim();
      if (!name) throw new Error('Name is required');
      const lower = name.toLowerCase();
      if (store.tags.some((t) => t.name.toLowerCase() === lower)) throw new Error(`tag with name '${name}' already exists`);
      const aliasOwner = store.tags.find((t) => t.aliases.some((a) => a.toLowerCase() === lower));
      if (aliasOwner) throw new Error(`name '${name}' is used as alias for '${aliasOwner.name}'`);
      const parentIds = relatedIds(store, input.parent_ids, 'parent tag', (x) => store.tagById.get(x));
      const childIds = relatedIds(store, input.child_ids, 'child tag', (x) => store.tagById.get(x));
      const id = store.tags.reduce((m, t) => Math.max(m, t.id), 0) + 1;
      const now = Date.now();
      const tag = {
        id, name, sort_name: cleanString(input.sort_name, true), description: cleanString(input.description, true),
        aliases: (input.aliases || []).map((a) => a.trim()).filter(Boolean), ignore_auto_tag: !!input.ignore_auto_tag,
        favorite: !!input.favorite, created_at: now, updated_at: now, parentIds, childIds,
      };
      store.tags.push(tag);
      store.tagById.set(id, tag);
      for (const p of parentIds) store.tagById.get(p).childIds.push(id);
      for (const c of childIds) store.tagById.get(c).parentIds.push(id);
      store.touch('update');
      return tag;
    },
    configureUI(_, { input, partial }, ctx) {
      if (input != null) ctx.state.ui = { ...input };
      if (partial != null) ctx.state.ui = { ...ctx.state.ui, ...partial };
      return ctx.state.ui;
    },
    configureUISetting(_, { key, value }, ctx) {
      ctx.state.ui = { ...ctx.state.ui, [key]: value };
      return ctx.state.ui;
    },
  };

  const fileBase = {
    id: (f) => String(f.id),
    parent_folder_id: (f) => String(f.folderId),
    zip_file_id: (f) => (f.zipFileId ? String(f.zipFileId) : null),
    parent_folder: (f, _, ctx) => ctx.store.folders.get(f.folderId),
    zip_file: (f, _, ctx) => (f.zipFileId ? ctx.store.zipFiles.get(f.zipFileId) : null),
    mod_time: (f) => fmtTime(f.mod_time),
    created_at: (f) => fmtTime(f.created_at),
    updated_at: (f) => fmtTime(f.updated_at),
    fingerprint: (f, { type }) => (f.fingerprints.find((x) => x.type === type) || {}).value || null,
  };

  const Image = {
    id: (img) => String(img.id),
    title: (img, _, ctx) => (ctx.opts.v30 ? str(img.title) : img.title || img.files[0].basename),
    code: (img) => str(img.code),
    details: (img) => str(img.details),
    photographer: (img) => str(img.photographer),
    url: (img) => img.urls[0] || null,
    created_at: (img) => fmtTime(img.created_at),
    updated_at: (img) => fmtTime(img.updated_at),
    files: (img) => img.files.filter((f) => f.__typename === 'ImageFile'),
    visual_files: (img) => img.files,
    paths: (img, _, ctx) => {
      const t = unix(img.updated_at);
      return {
        thumbnail: `${ctx.base}/image/${img.id}/thumbnail?t=${t}`,
        preview: '',
        image: `${ctx.base}/image/${img.id}/image?t=${t}`,
      };
    },
    galleries: (img, _, ctx) => img.galleryIds.map((g) => ctx.store.galleryById.get(g)).filter(Boolean),
    studio: (img, _, ctx) => (img.studioId ? ctx.store.studioById.get(img.studioId) || null : null),
    tags: (img, _, ctx) => img.tagIds.map((t) => ctx.store.tagById.get(t)).filter(Boolean),
    performers: (img, _, ctx) => img.performerIds.map((p) => ctx.store.performerById.get(p)).filter(Boolean),
  };

  const FindImagesResultType = {
    // /__control countLie: N makes the server claim N images (a broken or hostile server).
    count: (r, _, ctx) => ctx.state.faults.countLie || r.entry.ids.length,
    megapixels: (r, _, ctx) => Q.imageStats(ctx.store, r.entry).megapixels,
    filesize: (r, _, ctx) => Q.imageStats(ctx.store, r.entry).filesize,
    images: (r) => r.page,
  };

  const Folder = {
    id: (f) => String(f.id),
    parent_folder_id: (f) => (f.parentId ? String(f.parentId) : null),
    zip_file_id: (f) => (f.zipFileId ? String(f.zipFileId) : null),
    parent_folder: (f, _, ctx) => (f.parentId ? ctx.store.folders.get(f.parentId) : null),
    zip_file: (f, _, ctx) => (f.zipFileId ? ctx.store.zipFiles.get(f.zipFileId) : null),
    mod_time: (f) => fmtTime(f.mod_time),
    created_at: (f) => fmtTime(f.created_at),
    updated_at: (f) => fmtTime(f.updated_at),
  };

  const depthCount = (expand, countMap) => (o, { depth }, ctx) => {
    const ids = depth ? expand(ctx.store, o.id, depth) : new Set([o.id]);
    const m = countMap(ctx.store);
    if (ids.size === 1) return m.get(o.id) || 0;
    let n = 0;
    for (const id of ctx.store.allIds()) {
      const img = ctx.store.get(id);
      if (countMap === tagCounts ? img.tagIds.some((t) => ids.has(t)) : ids.has(img.studioId)) n++;
    }
    return n;
  };
  const tagCounts = (s) => s.counts().tag;
  const studioCounts = (s) => s.counts().studio;

  const Tag = {
    id: (t) => String(t.id),
    created_at: (t) => fmtTime(t.created_at),
    updated_at: (t) => fmtTime(t.updated_at),
    image_path: (t, _, ctx) => imagePathUrl(ctx, 'tag', t.id, unix(t.updated_at), '&default=true'),
    stash_ids: () => [],
    scene_count: () => 0,
    gallery_count: (t, _, ctx) => ctx.store.galleries.filter((g) => g.tagIds.includes(t.id)).length,
    performer_count: (t, _, ctx) => ctx.store.performers.filter((p) => p.tagIds.includes(t.id)).length,
    studio_count: (t, _, ctx) => ctx.store.studios.filter((s) => s.tagIds.includes(t.id)).length,
    image_count: depthCount((s, id, d) => s.expandTags([id], d), tagCounts),
    parents: (t, _, ctx) => t.parentIds.map((x) => ctx.store.tagById.get(x)),
    children: (t, _, ctx) => t.childIds.map((x) => ctx.store.tagById.get(x)),
    parent_count: (t) => t.parentIds.length,
    child_count: (t) => t.childIds.length,
  };

  const Performer = {
    id: (p) => String(p.id),
    url: (p) => p.urls[0] || null,
    twitter: () => null,
    instagram: () => null,
    urls: (p) => p.urls,
    alias_list: (p) => p.aliases,
    tags: (p, _, ctx) => p.tagIds.map((x) => ctx.store.tagById.get(x)).filter(Boolean),
    image_path: (p, _, ctx) => imagePathUrl(ctx, 'performer', p.id, unix(p.updated_at), '&default=true'),
    scene_count: () => 0,
    image_count: (p, _, ctx) => ctx.store.counts().perf.get(p.id) || 0,
    gallery_count: (p, _, ctx) => ctx.store.galleries.filter((g) => g.performerIds.includes(p.id)).length,
    o_counter: () => 0,
    created_at: (p) => fmtTime(p.created_at),
    updated_at: (p) => fmtTime(p.updated_at),
  };

  const Studio = {
    id: (s) => String(s.id),
    url: (s) => s.urls[0] || null,
    urls: (s) => s.urls,
    parent_studio: (s, _, ctx) => (s.parentId ? ctx.store.studioById.get(s.parentId) : null),
    child_studios: (s, _, ctx) => ctx.store.studios.filter((c) => c.parentId === s.id),
    tags: (s, _, ctx) => s.tagIds.map((x) => ctx.store.tagById.get(x)).filter(Boolean),
    ignore_auto_tag: () => false,
    image_path: (s, _, ctx) => imagePathUrl(ctx, 'studio', s.id, unix(s.updated_at), '&default=true'),
    scene_count: () => 0,
    image_count: depthCount((st, id, d) => st.expandStudios([id], d), studioCounts),
    gallery_count: (s, _, ctx) => ctx.store.galleries.filter((g) => g.studioId === s.id).length,
    performer_count: () => 0,
    created_at: (s) => fmtTime(s.created_at),
    updated_at: (s) => fmtTime(s.updated_at),
  };

  const galleryCover = (g, ctx) => {
    const ids = ctx.store.galleryImages(g.id);
    if (!ids.length) return null;
    let best = null;
    for (const id of ids) {
      const img = ctx.store.get(id);
      if (!best || img.files[0].path < best.files[0].path) best = img;
    }
    return best;
  };

  const Gallery = {
    id: (g) => String(g.id),
    title: (g) => str(g.title),
    code: (g) => str(g.code),
    details: (g) => str(g.details),
    photographer: (g) => str(g.photographer),
    url: (g) => g.urls[0] || null,
    created_at: (g) => fmtTime(g.created_at),
    updated_at: (g) => fmtTime(g.updated_at),
    files: (g, _, ctx) => {
      if (!g.zipFileId) return [];
      return [{ ...ctx.store.zipFiles.get(g.zipFileId), __typename: 'GalleryFile' }];
    },
    folder: (g, _, ctx) => (g.kind === 'folder' ? ctx.store.folders.get(g.folderId) : null),
    image_count: (g, _, ctx) => ctx.store.counts().gallery.get(g.id) || 0,
    studio: (g, _, ctx) => (g.studioId ? ctx.store.studioById.get(g.studioId) : null),
    tags: (g, _, ctx) => g.tagIds.map((x) => ctx.store.tagById.get(x)).filter(Boolean),
    performers: (g, _, ctx) => g.performerIds.map((x) => ctx.store.performerById.get(x)).filter(Boolean),
    cover: (g, _, ctx) => galleryCover(g, ctx),
    paths: (g, _, ctx) => ({
      cover: `${ctx.base}/gallery/${g.id}/cover?t=${unix(g.updated_at)}`,
      preview: `${ctx.base}/gallery/${g.id}/preview`,
    }),
    image: (g, { index }, ctx) => {
      const ids = ctx.store.galleryImages(g.id)
        .map((id) => ctx.store.get(id)).sort((a, b) => (a.files[0].path < b.files[0].path ? -1 : 1));
      if (index < 0 || index >= ids.length) throw new Error(`index ${index} out of range`);
      return ids[index];
    },
  };

  const SavedFilter = {
    id: (f) => String(f.id),
    filter: (f) => JSON.stringify({ sortby: f.find_filter.sort, sortdir: f.find_filter.direction === 'DESC' ? 'desc' : 'asc', c: [] }),
  };

  const ConfigResult = {
    ui: (_, __, ctx) => ctx.state.ui,
    general: (_, __, ctx) => ({
      apiKey: ctx.opts.apiKey || '', username: ctx.opts.username || '', maxSessionAge: 3600, imageExcludes: [],
      imageExtensions: ctx.opts.v30 ? ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'] : ['png', 'jpg', 'jpeg', 'gif', 'webp'],
      galleryExtensions: ['zip', 'cbz'], createGalleriesFromFolders: false, writeImageThumbnails: true,
      databasePath: '/data/stash/stash-go.sqlite', generatedPath: '/data/stash/generated', deleteTrashPath: '',
    }),
    interface: () => ({
      language: 'en-GB',
      imageLightbox: { slideshowDelay: 5, displayMode: 'FIT_XY', scaleUp: false, resetZoomOnNav: true,
        scrollMode: 'ZOOM', scrollAttemptsBeforeChange: 0, disableAnimation: false },
      disableDropdownCreate: { performer: false, tag: false, studio: false, movie: false, gallery: false },
    }),
    defaults: () => ({ deleteFile: false, deleteGenerated: true }),
  };

  return {
    Query, Mutation, Image, FindImagesResultType, Folder, Tag, Performer, Studio, Gallery, SavedFilter, ConfigResult,
    ImageFile: fileBase, VideoFile: fileBase, BasicFile: fileBase, GalleryFile: fileBase,
  };
}

function destroy(ctx, ids, input, op) {
  const { store } = ctx;
  for (const id of ids) {
    store.deleted.add(id);
    store.cache.delete(id);
  }
  store._allIds = null;
  store._md5 = null;
  store.touch();
  ctx.stats.destroyed.push({ op, ids: ids.map(String), delete_file: !!input.delete_file, delete_generated: !!input.delete_generated });
}

function changeO(ctx, rawId, fn) {
  const id = atoi(rawId, 'converting id');
  const img = ctx.store.get(id);
  if (!img) throw new Error(`id ${id} does not exist in images`);
  const next = fn(img.o_counter || 0);
  if (next !== img.o_counter) {
    img.o_counter = next;
    ctx.store.touch('update');
  }
  return next;
}

function attachResolvers(schema, resolvers) {
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type) continue;
    const defs = type.getFields();
    for (const [fieldName, fn] of Object.entries(fields)) {
      if (!defs[fieldName]) continue; // field absent in this version
      if (typeName === 'Query' || typeName === 'Mutation') {
        defs[fieldName].resolve = (src, args, ctx, info) => {
          checkInjected(ctx, info);
          return fn(src, args, ctx, info);
        };
      } else {
        defs[fieldName].resolve = fn;
      }
    }
  }
}

module.exports = { makeResolvers, attachResolvers, parseDate };
