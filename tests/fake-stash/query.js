// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

'use strict';
// Finding, filtering, sorting and paging for the fake Stash store.

const { natKey, basename, dirname, atoi, hash } = require('./store');

// ------------------------------------------------------------ free-text q

// Returns null (match all) or a function(haystackLowerCase) -> bool.
// Words are ANDed, "quoted phrases" are one term, -word excludes, a OR b / a | b.
function compileQ(q) {
  if (q == null) return null;
  const tokens = [];
  const re = /(-?)"([^"]*)"|(\S+)/g;
  let m;
  while ((m = re.exec(q))) {
    if (m[3] !== undefined) {
      const t = m[3];
      if (t === 'OR' || t === '|') { tokens.push({ or: true }); continue; }
      if (t.startsWith('-') && t.length > 1) tokens.push({ text: t.slice(1).toLowerCase(), neg: true });
      else tokens.push({ text: t.toLowerCase(), neg: false });
    } else if (m[2]) {
      tokens.push({ text: m[2].toLowerCase(), neg: m[1] === '-' });
    }
  }
  const groups = [];
  let joinNext = false;
  for (const t of tokens) {
    if (t.or) { joinNext = groups.length > 0; continue; }
    if (joinNext && !t.neg) groups[groups.length - 1].push(t);
    else groups.push([t]);
    joinNext = false;
  }
  if (!groups.length) return null;
  return (hay) => groups.every((g) => g.some((t) => (t.neg ? !hay.includes(t.text) : hay.includes(t.text))));
}

// ------------------------------------------------------------ criteria

function likeToRegex(pattern) {
  let out = '';
  for (const ch of pattern) {
    if (ch === '%') out += '.*';
    else if (ch === '_') out += '.';
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp('^' + out + '$', 'is');
}

function goRegex(src) {
  let flags = '';
  let s = src;
  const m = /^\(\?([imsU]+)\)/.exec(s);
  if (m) {
    if (m[1].includes('i')) flags += 'i';
    if (m[1].includes('s')) flags += 's';
    if (m[1].includes('m')) flags += 'm';
    s = s.slice(m[0].length);
  }
  try {
    return new RegExp(s, flags);
  } catch (e) {
    throw new Error(`regex '${src}' is invalid: ${e.message}`);
  }
}

function words(value) {
  const out = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m;
  while ((m = re.exec(value))) out.push((m[1] !== undefined ? m[1] : m[2]).toLowerCase());
  return out.filter((w) => w.length);
}

// string criterion over one or several column values (null = NULL)
function stringCrit(c) {
  const v = c.value;
  switch (c.modifier) {
    case 'INCLUDES': {
      const ws = words(v);
      return (vals) => vals.some((x) => x != null && ws.every((w) => x.toLowerCase().includes(w)));
    }
    case 'EXCLUDES': {
      const ws = words(v);
      return (vals) => vals.every((x) => x == null || ws.every((w) => !x.toLowerCase().includes(w)));
    }
    case 'EQUALS': {
      const re = likeToRegex(v);
      return (vals) => vals.some((x) => x != null && re.test(x));
    }
    case 'NOT_EQUALS': {
      const re = likeToRegex(v);
      return (vals) => vals.every((x) => x == null || !re.test(x));
    }
    case 'MATCHES_REGEX': {
      const re = goRegex(v);
      return (vals) => vals.some((x) => x != null && re.test(x));
    }
    case 'NOT_MATCHES_REGEX': {
      const re = goRegex(v);
      return (vals) => vals.every((x) => x == null || !re.test(x));
    }
    case 'IS_NULL':
      return (vals) => vals.every((x) => x == null || x.trim() === '');
    case 'NOT_NULL':
      return (vals) => vals.some((x) => x != null && x.trim() !== '');
    default:
      throw new Error(`invalid modifier ${c.modifier} for string criterion`);
  }
}

function rangeCrit(c, conv, kind) {
  const a = conv(c.value);
  const b = c.value2 == null ? conv(kind === 'int' ? 0 : c.value) : conv(c.value2);
  switch (c.modifier) {
    case 'EQUALS': return (x) => x != null && x === a;
    case 'NOT_EQUALS': return (x) => x != null && x !== a;
    case 'GREATER_THAN': return (x) => x != null && x > a;
    case 'LESS_THAN': return (x) => x != null && x < a;
    case 'BETWEEN': return (x) => x != null && x >= a && x <= b;
    case 'NOT_BETWEEN': return (x) => x != null && (x < a || x > b);
    case 'IS_NULL': return (x) => x == null || x === '';
    case 'NOT_NULL': return (x) => x != null && x !== '';
    default: throw new Error(`invalid modifier ${c.modifier} for ${kind} criterion`);
  }
}

const intCrit = (c) => rangeCrit(c, (x) => x, 'int');
const dateCrit = (c) => rangeCrit(c, (x) => x, 'date');
function timestampCrit(c) {
  const conv = (s) => {
    const rel = /^([<>])(\d+)([smhdw]?)$/.exec(s);
    if (rel) {
      const unit = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5, '': 1e3 }[rel[3]];
      return Date.now() + (rel[1] === '<' ? -1 : 1) * Number(rel[2]) * unit;
    }
    const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(s) ? s + 'T00:00:00Z' : s);
    if (Number.isNaN(t)) throw new Error(`invalid timestamp value: ${s}`);
    return t;
  };
  return rangeCrit(c, conv, 'timestamp');
}

// multi/hierarchical criterion. have: array of ids. expandFn(ids, depth) -> Set
function multiCrit(c, name, expandFn, opts = {}) {
  const vals = (c.value || []).map((x) => atoi(x, 'converting ids'));
  const depth = c.depth == null ? 0 : c.depth;
  const ex = (ids) => (expandFn ? expandFn(ids, depth) : new Set(ids));
  const excl = c.excludes && c.excludes.length ? ex(c.excludes.map((x) => atoi(x, 'converting ids'))) : null;
  let modifier = c.modifier;
  if (opts.single) {
    if (modifier === 'EQUALS') modifier = 'INCLUDES_ALL';
    else if (modifier === 'NOT_EQUALS') modifier = 'EXCLUDES';
  }
  let base;
  switch (modifier) {
    case 'INCLUDES': {
      const set = ex(vals);
      base = (have) => vals.length === 0 || have.some((x) => set.has(x));
      break;
    }
    case 'INCLUDES_ALL': {
      const sets = vals.map((v) => ex([v]));
      base = (have) => sets.every((s) => have.some((x) => s.has(x)));
      break;
    }
    case 'EXCLUDES': {
      const set = ex(vals);
      base = (have) => !have.some((x) => set.has(x));
      break;
    }
    case 'EQUALS': {
      if (opts.noEquals) throw new Error(`${modifier} modifier is not supported for ${name}`);
      if (depth !== 0) throw new Error('depth is not supported for equals modifier');
      const set = new Set(vals);
      base = (have) => have.length === set.size && have.every((x) => set.has(x));
      break;
    }
    case 'IS_NULL':
      base = (have) => have.length === 0;
      break;
    case 'NOT_NULL':
      base = (have) => have.length > 0;
      break;
    default:
      throw new Error(`${modifier} modifier is not supported for ${name}`);
  }
  if (!excl) return base;
  return (have) => base(have) && !have.some((x) => excl.has(x));
}

// ------------------------------------------------------------ generic filter compiler

function subCombination(f, compile) {
  const n = (f.AND ? 1 : 0) + (f.OR ? 1 : 0) + (f.NOT ? 1 : 0);
  if (n > 1) throw new Error('illegal filter combination');
  if (f.AND) return { op: 'AND', fn: compile(f.AND) };
  if (f.OR) return { op: 'OR', fn: compile(f.OR) };
  if (f.NOT) return { op: 'NOT', fn: compile(f.NOT) };
  return null;
}

// table: { field: (criterionValue) => predicate(obj) }
function compileWith(table, f, selfCompile) {
  if (!f) return () => true;
  const preds = [];
  for (const [key, val] of Object.entries(f)) {
    if (key === 'AND' || key === 'OR' || key === 'NOT' || val == null) continue;
    const builder = table[key];
    if (!builder) throw new Error(`filter criterion ${key} is not supported by fake-stash`);
    preds.push(builder(val));
  }
  const sub = subCombination(f, selfCompile);
  const self = (o) => preds.every((p) => p(o));
  if (!sub) return self;
  if (sub.op === 'AND') return (o) => self(o) && sub.fn(o);
  if (sub.op === 'NOT') return (o) => self(o) && !sub.fn(o);
  if (!preds.length) return sub.fn;
  return (o) => self(o) || sub.fn(o);
}

// ------------------------------------------------------------ image filter

const RESOLUTIONS = ['VERY_LOW', 'LOW', 'R360P', 'STANDARD', 'WEB_HD', 'STANDARD_HD', 'FULL_HD', 'QUAD_HD', 'VR_HD',
  'FOUR_K', 'FIVE_K', 'SIX_K', 'SEVEN_K', 'EIGHT_K', 'HUGE'];
const RES_MIN = [144, 240, 360, 480, 540, 720, 1080, 1440, 1920, 2160, 2880, 3384, 4032, 4320, 6144];

function resolutionCrit(c) {
  const i = RESOLUTIONS.indexOf(c.value);
  const min = RES_MIN[i];
  const max = i + 1 < RES_MIN.length ? RES_MIN[i + 1] : Infinity;
  switch (c.modifier) {
    case 'EQUALS': return (x) => x >= min && x < max;
    case 'NOT_EQUALS': return (x) => !(x >= min && x < max);
    case 'GREATER_THAN': return (x) => x >= max;
    case 'LESS_THAN': return (x) => x < min;
    default: throw new Error(`invalid modifier ${c.modifier} for resolution criterion`);
  }
}

function imageSearchText(img) {
  if (img._search === undefined) {
    const parts = [img.title || ''];
    for (const f of img.files) {
      parts.push(f.path);
      for (const fp of f.fingerprints) parts.push(fp.value);
    }
    img._search = parts.join('\u0001').toLowerCase();
  }
  return img._search;
}

function primaryFile(img) {
  return img.files[0];
}

function imageFilterTable(store) {
  const s = (get) => (c) => { const p = stringCrit(c); return (img) => p(get(img)); };
  const i = (get) => (c) => { const p = intCrit(c); return (img) => p(get(img)); };
  const t = (get) => (c) => { const p = timestampCrit(c); return (img) => p(get(img)); };
  return {
    title: s((img) => [img.title]),
    details: s((img) => [img.details]),
    code: s((img) => [img.code]),
    photographer: s((img) => [img.photographer]),
    checksum: s((img) => img.files.map((f) => (f.fingerprints.find((x) => x.type === 'md5') || {}).value)),
    path: s((img) => img.files.map((f) => f.path)),
    url: s((img) => (img.urls.length ? img.urls : [null])),
    id: i((img) => img.id),
    file_count: i((img) => img.files.length),
    rating100: i((img) => img.rating100),
    o_counter: i((img) => img.o_counter),
    tag_count: i((img) => img.tagIds.length),
    performer_count: i((img) => img.performerIds.length),
    performer_age: (c) => {
      const p = intCrit(c);
      return (img) => {
        if (!img.date) return false;
        return img.performerIds.some((pid) => {
          const perf = store.performerById.get(pid);
          if (!perf || !perf.birthdate) return false;
          const a = img.date.padEnd(10, '-01-01').slice(0, 10);
          let age = Number(a.slice(0, 4)) - Number(perf.birthdate.slice(0, 4));
          if (a.slice(5) < perf.birthdate.slice(5)) age--;
          return p(age);
        });
      };
    },
    date: (c) => { const p = dateCrit(c); return (img) => p(img.date); },
    created_at: t((img) => img.created_at),
    updated_at: t((img) => img.updated_at),
    organized: (v) => (img) => img.organized === v,
    performer_favorite: (v) => (img) =>
      img.performerIds.some((pid) => (store.performerById.get(pid) || {}).favorite) === v,
    orientation: (c) => {
      const set = new Set(c.value || []);
      return (img) => {
        const f = primaryFile(img);
        const o = f.width > f.height ? 'LANDSCAPE' : f.width < f.height ? 'PORTRAIT' : 'SQUARE';
        return set.size === 0 || set.has(o);
      };
    },
    resolution: (c) => {
      const p = resolutionCrit(c);
      return (img) => p(Math.min(primaryFile(img).width, primaryFile(img).height));
    },
    is_missing: (v) => {
      const missing = {
        title: (img) => !img.title,
        galleries: (img) => img.galleryIds.length === 0,
        studio: (img) => !img.studioId,
        studio_id: (img) => !img.studioId,
        performers: (img) => img.performerIds.length === 0,
        tags: (img) => img.tagIds.length === 0,
        date: (img) => !img.date,
        rating: (img) => img.rating100 == null,
        rating100: (img) => img.rating100 == null,
        url: (img) => img.urls.length === 0,
        urls: (img) => img.urls.length === 0,
        details: (img) => !img.details,
        code: (img) => !img.code,
        photographer: (img) => !img.photographer,
      }[v];
      if (!missing) throw new Error(`no such column: images.${v}`);
      return missing;
    },
    tags: (c) => { const p = multiCrit(c, 'tags', (ids, d) => store.expandTags(ids, d)); return (img) => p(img.tagIds); },
    performer_tags: (c) => {
      const p = multiCrit(c, 'performer tags', (ids, d) => store.expandTags(ids, d), { noEquals: true });
      return (img) => p([...new Set(img.performerIds.flatMap((pid) => (store.performerById.get(pid) || { tagIds: [] }).tagIds))]);
    },
    studios: (c) => {
      const p = multiCrit(c, 'studios', (ids, d) => store.expandStudios(ids, d), { single: true });
      return (img) => p(img.studioId ? [img.studioId] : []);
    },
    performers: (c) => { const p = multiCrit(c, 'performers', null); return (img) => p(img.performerIds); },
    galleries: (c) => { const p = multiCrit(c, 'galleries', null); return (img) => p(img.galleryIds); },
    galleries_filter: (f) => {
      const p = compileGalleryFilter(store, f);
      return (img) => img.galleryIds.some((g) => p(store.galleryById.get(g)));
    },
    performers_filter: (f) => {
      const p = compilePerformerFilter(store, f);
      return (img) => img.performerIds.some((x) => p(store.performerById.get(x)));
    },
    studios_filter: (f) => {
      const p = compileStudioFilter(store, f);
      return (img) => !!img.studioId && p(store.studioById.get(img.studioId));
    },
    tags_filter: (f) => {
      const p = compileTagFilter(store, f);
      return (img) => img.tagIds.some((x) => p(store.tagById.get(x)));
    },
    files_filter: (f) => {
      const p = compileFileFilter(f);
      return (img) => img.files.some(p);
    },
  };
}

function compileImageFilter(store, f) {
  const table = imageFilterTable(store);
  const self = (sub) => compileWith(table, sub, self);
  return self(f);
}

function compileFileFilter(f) {
  const s = (get) => (c) => { const p = stringCrit(c); return (x) => p(get(x)); };
  const table = {
    path: s((x) => [x.path]),
    basename: s((x) => [x.basename]),
    dir: s((x) => [dirname(x.path)]),
    checksum: s((x) => x.fingerprints.map((fp) => fp.value)),
  };
  const self = (sub) => compileWith(table, sub, self);
  return self(f);
}

function compileTagFilter(store, f) {
  const s = (get) => (c) => { const p = stringCrit(c); return (x) => p(get(x)); };
  const i = (get) => (c) => { const p = intCrit(c); return (x) => p(get(x)); };
  const counts = () => store.counts().tag;
  const table = {
    name: s((x) => [x.name]),
    sort_name: s((x) => [x.sort_name]),
    aliases: s((x) => (x.aliases.length ? x.aliases : [null])),
    description: s((x) => [x.description]),
    favorite: (v) => (x) => x.favorite === v,
    is_missing: (v) => (x) => (v === 'image' ? true : v === 'description' ? !x.description : v === 'aliases' ? !x.aliases.length : false),
    image_count: i((x) => counts().get(x.id) || 0),
    parent_count: i((x) => x.parentIds.length),
    child_count: i((x) => x.childIds.length),
    parents: (c) => { const p = multiCrit(c, 'parents', null); return (x) => p(x.parentIds); },
    children: (c) => { const p = multiCrit(c, 'children', null); return (x) => p(x.childIds); },
  };
  const self = (sub) => compileWith(table, sub, self);
  return self(f);
}

function compilePerformerFilter(store, f) {
  const s = (get) => (c) => { const p = stringCrit(c); return (x) => p(get(x)); };
  const i = (get) => (c) => { const p = intCrit(c); return (x) => p(get(x)); };
  const table = {
    name: s((x) => [x.name]),
    disambiguation: s((x) => [x.disambiguation]),
    details: s((x) => [x.details]),
    aliases: s((x) => (x.aliases.length ? x.aliases : [null])),
    filter_favorites: (v) => (x) => x.favorite === v,
    gender: (c) => {
      const list = c.value_list && c.value_list.length ? c.value_list : c.value ? [c.value] : [];
      switch (c.modifier) {
        case 'EQUALS': case 'INCLUDES': return (x) => list.includes(x.gender);
        case 'NOT_EQUALS': case 'EXCLUDES': return (x) => !list.includes(x.gender);
        case 'IS_NULL': return (x) => !x.gender;
        case 'NOT_NULL': return (x) => !!x.gender;
        default: throw new Error(`invalid modifier ${c.modifier} for gender criterion`);
      }
    },
    tags: (c) => { const p = multiCrit(c, 'tags', (ids, d) => store.expandTags(ids, d)); return (x) => p(x.tagIds); },
    image_count: i((x) => store.counts().perf.get(x.id) || 0),
    rating100: i((x) => x.rating100),
    birthdate: (c) => { const p = dateCrit(c); return (x) => p(x.birthdate); },
  };
  const self = (sub) => compileWith(table, sub, self);
  return self(f);
}

function compileStudioFilter(store, f) {
  const s = (get) => (c) => { const p = stringCrit(c); return (x) => p(get(x)); };
  const i = (get) => (c) => { const p = intCrit(c); return (x) => p(get(x)); };
  const table = {
    name: s((x) => [x.name]),
    details: s((x) => [x.details]),
    aliases: s((x) => (x.aliases.length ? x.aliases : [null])),
    url: s((x) => (x.urls.length ? x.urls : [null])),
    parents: (c) => { const p = multiCrit(c, 'parents', null); return (x) => p(x.parentId ? [x.parentId] : []); },
    favorite: (v) => (x) => x.favorite === v,
    is_missing: (v) => (x) => (v === 'image' ? true : v === 'details' ? !x.details : v === 'url' ? !x.urls.length : false),
    image_count: i((x) => store.counts().studio.get(x.id) || 0),
    rating100: i((x) => x.rating100),
  };
  const self = (sub) => compileWith(table, sub, self);
  return self(f);
}

function compileGalleryFilter(store, f) {
  const s = (get) => (c) => { const p = stringCrit(c); return (x) => p(get(x)); };
  const i = (get) => (c) => { const p = intCrit(c); return (x) => p(get(x)); };
  const table = {
    id: i((x) => x.id),
    title: s((x) => [x.title]),
    details: s((x) => [x.details]),
    code: s((x) => [x.code]),
    photographer: s((x) => [x.photographer]),
    path: s((x) => [x.path]),
    is_missing: (v) => (x) => (v === 'title' ? !x.title : v === 'studio' ? !x.studioId : v === 'date' ? !x.date : v === 'tags' ? !x.tagIds.length : v === 'performers' ? !x.performerIds.length : false),
    is_zip: (v) => (x) => (x.kind === 'zip') === v,
    rating100: i((x) => x.rating100),
    organized: (v) => (x) => x.organized === v,
    image_count: i((x) => store.counts().gallery.get(x.id) || 0),
    studios: (c) => {
      const p = multiCrit(c, 'studios', (ids, d) => store.expandStudios(ids, d), { single: true });
      return (x) => p(x.studioId ? [x.studioId] : []);
    },
    tags: (c) => { const p = multiCrit(c, 'tags', (ids, d) => store.expandTags(ids, d)); return (x) => p(x.tagIds); },
    performers: (c) => { const p = multiCrit(c, 'performers', null); return (x) => p(x.performerIds); },
    date: (c) => { const p = dateCrit(c); return (x) => p(x.date); },
  };
  const self = (sub) => compileWith(table, sub, self);
  return self(f);
}

// ------------------------------------------------------------ sorting

const IMAGE_SORTS = ['created_at', 'date', 'file_count', 'file_mod_time', 'filesize', 'id', 'o_counter', 'path',
  'performer_count', 'random', 'rating', 'tag_count', 'title', 'updated_at'];

// sorts whose order does not change when image metadata is updated
const STABLE_SORTS = ['', 'path', 'id', 'created_at', 'file_count', 'file_mod_time', 'filesize'];

// returns { key(obj) -> number|string|null, random } or throws invalid sort
function parseRandom(sort) {
  if (sort === 'random') return { seed: (Math.random() * 1e8) >>> 0 };
  const m = /^random_(.*)$/.exec(sort);
  if (!m) return null;
  if (!/^\d+$/.test(m[1])) throw new Error(`invalid sort: ${sort}: strconv.ParseUint: parsing "${m[1]}": invalid syntax`);
  return { seed: Number(BigInt(m[1]) % 100000000n) };
}

function imageSortKey(store, sort) {
  switch (sort) {
    case 'created_at': return (img) => img.created_at;
    case 'updated_at': return (img) => img.updated_at;
    case 'date': return (img) => img.date;
    case 'file_count': return (img) => img.files.length;
    case 'file_mod_time': return (img) => img.files[0].mod_time;
    case 'filesize': return (img) => img.files[0].size;
    case 'id': return (img) => img.id;
    case 'o_counter': return (img) => img.o_counter;
    case 'performer_count': return (img) => img.performerIds.length;
    case 'tag_count': return (img) => img.tagIds.length;
    case 'rating': return (img) => img.rating100;
    case 'path': return (img) => {
      if (img._pathKey === undefined) img._pathKey = natKey(img.files[0].path);
      return img._pathKey;
    };
    case 'title': return (img) => {
      if (img._titleKey === undefined) {
        const f = img.files[0];
        img._titleKey = natKey(img.title || f.basename) + '\u0000' + natKey(dirname(f.path));
      }
      return img._titleKey;
    };
    default: return null;
  }
}

function sortObjects(objs, keyFn, desc) {
  const arr = objs.map((o) => ({ k: keyFn(o), id: o.id, o }));
  const dir = desc ? -1 : 1;
  arr.sort((a, b) => {
    const ka = a.k;
    const kb = b.k;
    if (ka !== kb) {
      if (ka == null) return -dir;
      if (kb == null) return dir;
      if (ka < kb) return -dir;
      if (ka > kb) return dir;
    }
    return a.id - b.id;
  });
  return arr.map((x) => x.o);
}

function resolveSort(sort, allowed, keyFor, store) {
  if (!sort) return null;
  const rnd = parseRandom(sort);
  if (rnd) return (o) => hash(rnd.seed, o.id, 0x5eed);
  if (!allowed.includes(sort)) throw new Error(`invalid sort: ${sort}`);
  return keyFor(sort);
}

// ------------------------------------------------------------ paging

function paginate(list, filter) {
  const f = filter || {};
  const page = f.page == null || f.page < 1 ? 1 : f.page;
  const perPage = f.per_page == null ? 25 : f.per_page;
  if (perPage < 0) return list;
  if (perPage === 0) return [];
  const start = (page - 1) * perPage;
  return list.slice(start, start + perPage);
}

// ------------------------------------------------------------ images

function findImageList(store, filter, imageFilter) {
  const f = filter || {};
  const sort = f.sort || '';
  const isUnseededRandom = sort === 'random';
  const key = JSON.stringify([imageFilter || null, f.q == null ? null : f.q, sort, f.direction || 'ASC']);
  if (!isUnseededRandom) {
    const hit = store.queryCache.get(key);
    if (hit) return hit;
  }
  const keyFn = resolveSort(sort, IMAGE_SORTS, (s) => imageSortKey(store, s), store);
  const pred = imageFilter ? compileImageFilter(store, imageFilter) : null;
  const qf = compileQ(f.q);
  let imgs = store.allImages();
  if (pred || qf) imgs = imgs.filter((img) => (!pred || pred(img)) && (!qf || qf(imageSearchText(img))));
  if (keyFn) imgs = sortObjects(imgs, keyFn, f.direction === 'DESC');
  const ids = imgs.map((x) => x.id);
  const stable = !imageFilter && !f.q && (STABLE_SORTS.includes(sort) || /^random_/.test(sort));
  const entry = { ids, megapixels: null, filesize: null, stable };
  if (!isUnseededRandom) {
    if (store.queryCache.size > 64) store.queryCache.delete(store.queryCache.keys().next().value);
    store.queryCache.set(key, entry);
  }
  return entry;
}

function imageStats(store, entry) {
  if (entry.megapixels == null) {
    let mp = 0;
    let size = 0;
    for (const id of entry.ids) {
      const f = store.get(id).files[0];
      mp += (f.width * f.height) / 1e6;
      size += f.size;
    }
    entry.megapixels = mp;
    entry.filesize = size;
  }
  return entry;
}

// ------------------------------------------------------------ other entities

function entityQuery(objs, filter, opts) {
  const f = filter || {};
  let list = objs;
  if (opts.pred) list = list.filter(opts.pred);
  const qf = compileQ(f.q);
  if (qf) list = list.filter((o) => qf(opts.search(o)));
  const keyFn = resolveSort(f.sort || '', opts.sorts, opts.sortKey);
  if (keyFn) list = sortObjects(list, keyFn, f.direction === 'DESC');
  return { count: list.length, items: paginate(list, f) };
}

function byIds(ids, lookup, what) {
  return ids.map((x) => {
    const id = atoi(x, 'converting ids');
    const o = lookup(id);
    if (!o) throw new Error(`${what} with id ${id} not found`);
    return o;
  });
}

module.exports = {
  compileQ, compileImageFilter, compileTagFilter, compilePerformerFilter, compileStudioFilter, compileGalleryFilter,
  findImageList, imageStats, paginate, entityQuery, byIds, IMAGE_SORTS, natKey, basename,
};
