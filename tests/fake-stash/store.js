// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

'use strict';
// In-memory store of the fake Stash server. Images are derived lazily and
// deterministically from (seed, id) and materialised on first access, so the
// start-up cost does not depend on --images. Tags, performers, studios,
// galleries and folders are small and built eagerly.

// ------------------------------------------------------------ hashing

function fmix(h) {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hash(seed, id, salt) {
  return fmix((fmix(seed ^ 0x9e3779b9) ^ Math.imul(id | 0, 0x27d4eb2f) ^ fmix(salt + 0x165667b1)) >>> 0);
}

const hex8 = (n) => (n >>> 0).toString(16).padStart(8, '0');

// ------------------------------------------------------------ words

const ADJ = ['Golden', 'Quiet', 'Misty', 'Bright', 'Hidden', 'Frozen', 'Wild', 'Silent', 'Crimson', 'Azure',
  'Ancient', 'Urban', 'Rustic', 'Lonely', 'Sunny', 'Stormy', 'Velvet', 'Amber', 'Emerald', 'Distant',
  'Early', 'Late', 'Soft', 'Sharp', 'Little', 'Grand'];
const NOUN = ['Harbor', 'Forest', 'Meadow', 'Bridge', 'Canyon', 'Garden', 'Lighthouse', 'River', 'Market', 'Station',
  'Valley', 'Island', 'Mountain', 'Street', 'Window', 'Portrait', 'Cathedral', 'Desert', 'Lake', 'Beach',
  'Field', 'Tower', 'Harvest', 'Festival', 'Alley', 'Orchard', 'Glacier', 'Village', 'Cafe', 'Skyline'];
const TIME = ['at Dawn', 'at Dusk', 'in Winter', 'in Spring', 'after Rain', 'by Night', 'in Fog', 'at Noon', '', '', ''];
const CATEGORIES = ['Nature', 'People', 'Places', 'Animals', 'Architecture', 'Events', 'Food', 'Travel', 'Art',
  'Sports', 'Vehicles', 'Weather', 'Colors', 'Technique', 'Mood', 'Season', 'Lighting', 'Composition', 'Family',
  'Work'];
const TAGWORDS = ['sunset', 'portrait', 'landscape', 'macro', 'black and white', 'bokeh', 'long exposure', 'street',
  'wildlife', 'bird', 'cat', 'dog', 'horse', 'flower', 'tree', 'mountain', 'sea', 'lake', 'river', 'snow', 'rain',
  'fog', 'cloud', 'sky', 'night', 'city', 'bridge', 'church', 'castle', 'ruin', 'market', 'festival', 'concert',
  'wedding', 'birthday', 'beach', 'forest', 'desert', 'garden', 'car', 'train', 'boat', 'plane', 'bicycle', 'food',
  'coffee', 'bread', 'fruit', 'red', 'blue', 'green', 'yellow', 'orange', 'purple', 'golden hour', 'blue hour',
  'backlight', 'silhouette', 'reflection', 'symmetry', 'minimal', 'abstract', 'texture', 'pattern', 'candid', 'posed',
  'group', 'child', 'elderly', 'hands', 'eyes', 'smile', 'dance', 'football', 'tennis', 'running', 'climbing', 'hiking',
  'camping', 'winter', 'spring', 'summer', 'autumn', 'storm', 'lightning', 'rainbow', 'star', 'moon', 'aurora', 'HDR',
  'panorama', 'drone', 'film', 'polaroid', 'vintage', 'neon', 'graffiti', 'door', 'window', 'stairs'];
const FIRST = ['Ada', 'Ben', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kara', 'Liam',
  'Mira', 'Nico', 'Olga', 'Pablo', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wen', 'Ximena', 'Yusuf', 'Zoe'];
const LAST = ['Almeida', 'Brandt', 'Chen', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jansen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Rossi', 'Sato', 'Tanaka', 'Urquhart', 'Varga',
  'Weber', 'Yilmaz', 'Zeller'];
const STUDIO_WORDS = ['Lumen', 'Northlight', 'Aperture', 'Prism', 'Silver Frame', 'Darkroom', 'Focal', 'Halide',
  'Kodachrome', 'Shutter', 'Vista', 'Parallax', 'Grain', 'Exposure', 'Contrast'];
const GENDERS = ['FEMALE', 'MALE', 'FEMALE', 'MALE', 'NON_BINARY', 'TRANSGENDER_FEMALE', 'TRANSGENDER_MALE', 'INTERSEX'];
const DIMENSIONS = [[1920, 1080], [1080, 1920], [1600, 1600], [2400, 800], [1200, 1800], [2048, 1536], [1536, 2048],
  [800, 600], [600, 800], [2400, 1600], [1600, 2400], [1000, 1000], [2400, 1029], [320, 240], [480, 640],
  [1280, 720], [720, 1280], [2000, 1500], [1350, 1800], [1800, 1200]];

const BASE_TIME = Date.UTC(2023, 0, 1, 8, 0, 0);
const DAY = 86400000;

function pick(list, h) {
  return list[h % list.length];
}

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function pad(n, w) {
  return String(n).padStart(w, '0');
}

function basename(p) {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

function dirname(p) {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

// natural, case-insensitive sort key
function natKey(s) {
  return String(s || '').toLowerCase().replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, '').padStart(12, '0'));
}

function fmtTime(ms) {
  if (ms == null) return null;
  const iso = new Date(ms).toISOString(); // 2024-01-02T03:04:05.120Z
  return iso.replace(/\.(\d{3})Z$/, (m, frac) => {
    const f = frac.replace(/0+$/, '');
    return f ? '.' + f + 'Z' : 'Z';
  });
}

// ------------------------------------------------------------ errors

function atoi(s, what) {
  const str = String(s);
  if (/^[+-]?\d+$/.test(str)) {
    const n = Number(str);
    if (Number.isSafeInteger(n) && Math.abs(n) < 2 ** 63) return n;
    throw new Error(`${what}: strconv.Atoi: parsing "${str}": value out of range`);
  }
  throw new Error(`${what}: strconv.Atoi: parsing "${str}": invalid syntax`);
}

// ------------------------------------------------------------ files

function md5For(seed, id) {
  return hex8(fmix((id ^ fmix(seed + 7)) >>> 0)) + hex8(hash(seed, id, 2)) + hex8(hash(seed, id, 3)) + hex8(hash(seed, id, 4));
}

// A file of an image. Fingerprints and basename are derived on first use to
// keep materialising 100,000 images cheap.
class FileRec {
  constructor(seed, imageId, index, fields) {
    this.seed = seed;
    this.imageId = imageId;
    this.index = index;
    this._fp = null;
    Object.assign(this, fields);
  }

  get basename() {
    return basename(this.path);
  }

  get fingerprints() {
    if (!this._fp) {
      const { seed, imageId: id } = this;
      const md5 = md5For(seed, id);
      if (this.index > 0) this._fp = [{ type: 'md5', value: md5.slice(0, 24) + hex8(hash(seed, id, 32)) }];
      else if (this.__typename === 'VideoFile') {
        this._fp = [{ type: 'md5', value: md5 }, { type: 'oshash', value: hex8(hash(seed, id, 27)) + hex8(hash(seed, id, 28)) }];
      } else this._fp = [{ type: 'md5', value: md5 }, { type: 'phash', value: hex8(hash(seed, id, 29)) + hex8(hash(seed, id, 30)) }];
    }
    return this._fp;
  }
}

// ------------------------------------------------------------ store

class Store {
  constructor(opts) {
    this.seed = (opts.seed >>> 0) || 0;
    this.imageCount = opts.images;
    this.v30 = opts.v30;
    this.reset();
  }

  reset() {
    this.version = 1; // bumps on every change: invalidates query caches
    this.cache = new Map(); // id -> materialised image
    this.deleted = new Set();
    this.created = []; // ids created by imageCreate
    this.nextId = this.imageCount + 1;
    this.queryCache = new Map();
    this._allIds = null;
    this._counts = null;
    this._md5 = null;
    this.buildSmallTables();
  }

  // kind 'update': metadata changed, the set of images did not; cached lists
  // that depend on neither metadata nor filters (e.g. sorted by path) stay.
  touch(kind) {
    this.version++;
    if (kind === 'update') {
      for (const [k, v] of this.queryCache) if (!v.stable) this.queryCache.delete(k);
    } else this.queryCache.clear();
    this._counts = null;
  }

  h(id, salt) {
    return hash(this.seed, id, salt);
  }

  // ---------------------------------------------------------- small tables

  buildSmallTables() {
    const s = this.seed;
    const rnd = (id, salt) => hash(s, id, salt);

    // folders: 1 = /data, 2 = /data/pictures, 3 = archives, then leaf folders
    this.folders = new Map();
    const addFolder = (id, path, parentId, zipFileId) => {
      const t = BASE_TIME - 400 * DAY + id * 60000;
      this.folders.set(id, { id, path, parentId, zipFileId: zipFileId || null, mod_time: t, created_at: t, updated_at: t });
    };
    addFolder(1, '/data', null);
    addFolder(2, '/data/pictures', 1);
    addFolder(3, '/data/pictures/archives', 2);
    addFolder(4, '/data/pictures/duplicates', 2);
    addFolder(5, '/data/pictures/clips', 2);
    addFolder(6, '/data/pictures/created', 2);
    this.leafFolderCount = Math.max(10, Math.min(1500, Math.ceil(this.imageCount / 80)));
    this.leafFolderBase = 100;
    for (let i = 0; i < this.leafFolderCount; i++) {
      const year = 2010 + (rnd(i, 901) % 16);
      const name = `${year}-${slug(pick(ADJ, rnd(i, 902)) + ' ' + pick(NOUN, rnd(i, 903)))}-${pad(i + 1, 3)}`;
      addFolder(this.leafFolderBase + i, `/data/pictures/${name}`, 2);
    }

    // tags
    this.tags = [];
    const tagNames = new Set();
    const addTag = (name) => {
      const id = this.tags.length + 1;
      const t = BASE_TIME - 300 * DAY + id * 3600000;
      const tag = {
        id, name, sort_name: null, description: null, aliases: [], ignore_auto_tag: false,
        favorite: rnd(id, 11) % 10 === 0, created_at: t, updated_at: t, parentIds: [], childIds: [],
      };
      this.tags.push(tag);
      tagNames.add(name.toLowerCase());
      return tag;
    };
    for (const c of CATEGORIES) addTag(c);
    let k = 0;
    while (this.tags.length < 300) {
      const w = TAGWORDS[k % TAGWORDS.length];
      const round = Math.floor(k / TAGWORDS.length);
      const name = round === 0 ? w : round === 1 ? `${pick(ADJ, rnd(k, 12)).toLowerCase()} ${w}` : `${w} ${round}`;
      k++;
      if (tagNames.has(name.toLowerCase())) continue;
      const tag = addTag(name);
      if (rnd(tag.id, 13) % 4 === 0) tag.description = `Pictures showing ${name}.`;
      if (rnd(tag.id, 14) % 7 === 0) tag.aliases = [`${name}s`];
      if (rnd(tag.id, 15) % 9 === 0) tag.sort_name = `~${name}`;
    }
    // hierarchy: 21..80 under a category; 81..300 a third under one of 21..80
    for (const tag of this.tags) {
      if (tag.id <= 20) continue;
      let parent = null;
      if (tag.id <= 80) parent = 1 + (rnd(tag.id, 16) % 20);
      else if (rnd(tag.id, 17) % 3 === 0) parent = 21 + (rnd(tag.id, 18) % 60);
      if (parent) {
        tag.parentIds.push(parent);
        this.tags[parent - 1].childIds.push(tag.id);
      }
      if (tag.id > 80 && rnd(tag.id, 19) % 25 === 0) {
        const p2 = 1 + (rnd(tag.id, 20) % 20);
        if (!tag.parentIds.includes(p2)) {
          tag.parentIds.push(p2);
          this.tags[p2 - 1].childIds.push(tag.id);
        }
      }
    }
    this.tagById = new Map(this.tags.map((t) => [t.id, t]));

    // studios: 1..30, 11..30 a half have parents among 1..10
    this.studios = [];
    for (let id = 1; id <= 30; id++) {
      const base = STUDIO_WORDS[(id - 1) % STUDIO_WORDS.length];
      const name = id <= STUDIO_WORDS.length ? `${base} Studio` : `${base} ${pick(NOUN, rnd(id, 31))}`;
      const t = BASE_TIME - 250 * DAY + id * 7200000;
      const st = {
        id, name, parentId: id > 10 && rnd(id, 32) % 2 === 0 ? 1 + (rnd(id, 33) % 10) : null,
        aliases: rnd(id, 34) % 5 === 0 ? [name.split(' ')[0]] : [],
        urls: [`https://${slug(name)}.example.com`], favorite: rnd(id, 35) % 6 === 0,
        rating100: rnd(id, 36) % 3 === 0 ? null : 20 * (1 + (rnd(id, 37) % 5)),
        details: rnd(id, 38) % 2 ? `${name} is a fictional studio.` : null,
        tagIds: rnd(id, 39) % 3 === 0 ? [1 + (rnd(id, 40) % 20)] : [],
        created_at: t, updated_at: t,
      };
      this.studios.push(st);
    }
    this.studioById = new Map(this.studios.map((x) => [x.id, x]));

    // performers
    this.performers = [];
    const perfNames = new Set();
    for (let id = 1; id <= 120; id++) {
      let name = `${pick(FIRST, rnd(id, 51))} ${pick(LAST, rnd(id, 52))}`;
      let disambiguation = null;
      if (perfNames.has(name)) disambiguation = `#${id}`;
      perfNames.add(name);
      const y = 1950 + (rnd(id, 53) % 55);
      const t = BASE_TIME - 200 * DAY + id * 5400000;
      this.performers.push({
        id, name, disambiguation, gender: pick(GENDERS, rnd(id, 54)),
        birthdate: rnd(id, 55) % 4 === 0 ? null : `${y}-${pad(1 + (rnd(id, 56) % 12), 2)}-${pad(1 + (rnd(id, 57) % 28), 2)}`,
        death_date: rnd(id, 58) % 40 === 0 ? '2020-05-05' : null,
        country: pick(['DE', 'FR', 'JP', 'US', 'BR', 'NG', 'SE', null], rnd(id, 59)),
        ethnicity: null,
        aliases: rnd(id, 60) % 6 === 0 ? [`${pick(FIRST, rnd(id, 61))} ${pick(LAST, rnd(id, 62))}`] : [],
        favorite: rnd(id, 63) % 8 === 0, tagIds: [1 + (rnd(id, 64) % 300)].filter(() => rnd(id, 65) % 2 === 0),
        urls: rnd(id, 66) % 3 === 0 ? [`https://photos.example.com/people/${id}`] : [],
        rating100: rnd(id, 67) % 2 ? null : 10 * (1 + (rnd(id, 68) % 10)),
        details: null, ignore_auto_tag: false, created_at: t, updated_at: t,
      });
    }
    this.performerById = new Map(this.performers.map((x) => [x.id, x]));

    // galleries: 1..20 zip, 21..30 folder-based, 31..60 manual
    this.galleries = [];
    this.zipFiles = new Map(); // file id -> zip BasicFile record
    for (let id = 1; id <= 60; id++) {
      const t = BASE_TIME - 100 * DAY + id * 3600000;
      const g = {
        id, kind: id <= 20 ? 'zip' : id <= 30 ? 'folder' : 'manual', title: null, code: null, urls: [], date: null,
        details: null, photographer: null, rating100: null, organized: false, studioId: null, tagIds: [],
        performerIds: [], folderId: null, zipFileId: null, path: null, created_at: t, updated_at: t,
      };
      if (g.kind === 'zip') {
        const path = `/data/pictures/archives/set-${pad(id, 2)}.zip`;
        const fileId = 9000000 + id;
        const folderId = 50 + id; // folder representing the zip's root
        this.zipFiles.set(fileId, {
          __typename: 'BasicFile', id: fileId, path, basename: basename(path), folderId: 3, zipFileId: null,
          mod_time: t - 10 * DAY, size: 5000000 + (rnd(id, 71) % 90000000), created_at: t, updated_at: t,
          fingerprints: [{ type: 'md5', value: hex8(rnd(id, 72)) + hex8(rnd(id, 73)) + hex8(rnd(id, 74)) + hex8(id) }],
        });
        this.folders.set(folderId, { id: folderId, path, parentId: 3, zipFileId: fileId, mod_time: t, created_at: t, updated_at: t });
        g.zipFileId = fileId;
        g.path = path;
      } else if (g.kind === 'folder') {
        g.folderId = this.leafFolderBase + (id - 21);
        g.path = this.folders.get(g.folderId).path;
      } else {
        g.title = `${pick(ADJ, rnd(id, 75))} ${pick(NOUN, rnd(id, 76))} ${2010 + (rnd(id, 77) % 16)}`;
        g.date = `${2010 + (rnd(id, 77) % 16)}-${pad(1 + (rnd(id, 78) % 12), 2)}-${pad(1 + (rnd(id, 79) % 28), 2)}`;
        g.rating100 = rnd(id, 80) % 3 === 0 ? null : 20 * (1 + (rnd(id, 81) % 5));
        g.studioId = rnd(id, 82) % 2 ? 1 + (rnd(id, 83) % 30) : null;
        g.details = rnd(id, 84) % 3 === 0 ? 'A hand-picked set.' : null;
        g.tagIds = [1 + (rnd(id, 85) % 300)];
        g.organized = rnd(id, 86) % 2 === 0;
      }
      this.galleries.push(g);
    }
    this.galleryById = new Map(this.galleries.map((x) => [x.id, x]));

    // saved filters
    this.savedFilters = [
      { id: 1, mode: 'IMAGES', name: 'Unrated', find_filter: { q: null, page: 1, per_page: 40, sort: 'path', direction: 'ASC' },
        object_filter: { rating100: { modifier: 'IS_NULL', value: { value: 0 } } }, ui_options: { display_mode: 0 } },
      { id: 2, mode: 'IMAGES', name: 'Best of', find_filter: { q: '', page: 1, per_page: 40, sort: 'rating', direction: 'DESC' },
        object_filter: { rating100: { modifier: 'GREATER_THAN', value: { value: 79 } } }, ui_options: { display_mode: 1 } },
      { id: 3, mode: 'IMAGES', name: 'Harbor pictures', find_filter: { q: 'harbor', page: 1, per_page: 40, sort: 'date', direction: 'DESC' },
        object_filter: {}, ui_options: {} },
      { id: 4, mode: 'TAGS', name: 'Favourite tags', find_filter: { q: null, page: 1, per_page: 40, sort: 'name', direction: 'ASC' },
        object_filter: { favorite: true }, ui_options: {} },
    ];
  }

  // ---------------------------------------------------------- images

  exists(id) {
    if (!Number.isInteger(id) || id < 1 || this.deleted.has(id)) return false;
    return id <= this.imageCount || this.cache.has(id);
  }

  get(id) {
    if (!this.exists(id)) return null;
    let img = this.cache.get(id);
    if (!img) {
      img = this.generate(id);
      this.cache.set(id, img);
    }
    return img;
  }

  allIds() {
    if (!this._allIds) {
      const ids = [];
      for (let i = 1; i <= this.imageCount; i++) if (!this.deleted.has(i)) ids.push(i);
      for (const i of this.created) if (!this.deleted.has(i)) ids.push(i);
      this._allIds = ids;
    }
    return this._allIds;
  }

  allImages() {
    return this.allIds().map((id) => this.get(id));
  }

  md5(id) {
    return md5For(this.seed, id);
  }

  findByChecksum(sum) {
    if (!this._md5) {
      this._md5 = new Map();
      for (const id of this.allIds()) for (const f of this.get(id).files) {
        const v = f.fingerprints.find((x) => x.type === 'md5');
        if (v && !this._md5.has(v.value)) this._md5.set(v.value, id);
      }
    }
    const id = this._md5.get(String(sum).toLowerCase());
    return id && this.exists(id) ? this.get(id) : null;
  }

  generate(id) {
    const r = (salt) => this.h(id, salt);
    const created = BASE_TIME + id * 37000 + (r(1) % 30000);
    const updated = created + (r(5) % 4 === 0 ? (r(6) % (200 * DAY)) : 0);
    const [w, hgt] = DIMENSIONS[r(7) % DIMENSIONS.length];
    const isClip = r(8) % 150 === 0;
    const inZip = !isClip && r(9) % 40 === 0;
    const year = 2005 + (r(10) % 21);
    const titleRoll = r(11) % 100;
    let title = null;
    if (titleRoll >= 20) {
      const t = `${pick(ADJ, r(12))} ${pick(NOUN, r(13))} ${pick(TIME, r(14))}`.trim().replace(/\s+/g, ' ');
      title = titleRoll < 35 ? `${t} ${1 + (r(15) % 120)}` : t;
    }
    let folderId;
    let zipFileId = null;
    let path;
    let galleryIds = [];
    let ext = pick(['jpg', 'jpg', 'jpg', 'jpeg', 'png', 'webp'], r(16));
    let format = ext === 'png' ? 'png' : ext === 'webp' ? 'webp' : 'jpeg';
    if (isClip) {
      ext = r(17) % 2 ? 'mp4' : 'gif';
      format = ext;
      folderId = 5;
      path = `/data/pictures/clips/clip-${pad(id, 6)}.${ext}`;
    } else if (inZip) {
      const gid = 1 + (r(18) % 20);
      const g = this.galleryById.get(gid);
      folderId = 50 + gid;
      zipFileId = g.zipFileId;
      ext = 'jpg';
      format = 'jpeg';
      path = `${g.path}/${pad(id, 6)}.jpg`;
      galleryIds.push(gid);
    } else {
      const leaf = r(19) % this.leafFolderCount;
      folderId = this.leafFolderBase + leaf;
      const stem = r(20) % 3 === 0 && title ? `${slug(title)}-${id}` : `IMG_${pad(id, 6)}`;
      path = `${this.folders.get(folderId).path}/${stem}.${ext}`;
      if (leaf < 10) galleryIds.push(21 + leaf); // folder-based gallery
    }
    if (r(21) % 8 === 0) galleryIds.push(31 + (r(22) % 30));
    galleryIds = [...new Set(galleryIds)];
    const sizeBytes = Math.round(w * hgt * (0.15 + (r(23) % 100) / 250));
    const fileTime = created - DAY - (r(24) % (300 * DAY));
    const primary = new FileRec(this.seed, id, 0, {
      __typename: isClip ? 'VideoFile' : 'ImageFile', id: id * 4, path, folderId, zipFileId,
      mod_time: fileTime, size: sizeBytes, format, width: w, height: hgt, created_at: created, updated_at: created,
    });
    if (isClip) {
      Object.assign(primary, {
        duration: 2 + (r(25) % 2800) / 100, video_codec: ext === 'gif' ? 'gif' : 'h264', audio_codec: '',
        frame_rate: ext === 'gif' ? 15 : 30, bit_rate: 800000 + (r(26) % 4000000),
      });
    }
    const files = [primary];
    if (!isClip && !inZip && r(31) % 300 === 0) {
      const p2 = `/data/pictures/duplicates/copy-of-${basename(path)}`;
      files.push(new FileRec(this.seed, id, 1, {
        __typename: 'ImageFile', id: id * 4 + 1, path: p2, folderId: 4, zipFileId: null,
        mod_time: fileTime + DAY, size: sizeBytes + 17, format, width: w, height: hgt, created_at: created + 1000,
        updated_at: created + 1000,
      }));
    }
    const nTags = r(33) % 9; // 0..8
    const tagIds = new Set();
    for (let i = 0; i < nTags; i++) {
      const u = (this.h(id, 100 + i) % 10000) / 10000;
      tagIds.add(1 + Math.floor(300 * u * u));
    }
    const nPerf = [0, 0, 0, 1, 1, 1, 2, 3][r(34) % 8];
    const performerIds = new Set();
    for (let i = 0; i < nPerf; i++) performerIds.add(1 + (this.h(id, 200 + i) % 120));
    const dateRoll = r(35) % 100;
    let date = null;
    if (dateRoll < 70) date = `${year}-${pad(1 + (r(36) % 12), 2)}-${pad(1 + (r(37) % 28), 2)}`;
    else if (this.v30 && dateRoll < 73) date = dateRoll === 70 ? `${year}` : `${year}-${pad(1 + (r(36) % 12), 2)}`;
    const ratingRoll = r(38) % 100;
    const urls = [];
    if (r(39) % 5 === 0) urls.push(`https://photos.example.com/${id}`);
    if (r(39) % 25 === 0) urls.push(`https://mirror.example.org/img/${hex8(r(54))}`);
    return {
      id, title,
      code: r(40) % 10 === 0 ? `PH-${pad(r(41) % 10000, 4)}` : null,
      details: r(42) % 7 === 0 ? `Shot in ${year}. ${pick(ADJ, r(43))} light over the ${pick(NOUN, r(44)).toLowerCase()}.` : null,
      photographer: r(45) % 5 === 0 ? `${pick(FIRST, r(46))} ${pick(LAST, r(47))}` : null,
      rating100: ratingRoll < 30 ? null : ratingRoll < 80 ? 20 * (1 + (r(48) % 5)) : 1 + (r(48) % 100),
      o_counter: r(49) % 4 === 0 ? 1 + (r(50) % 12) : 0,
      organized: r(51) % 4 === 0,
      date, urls,
      studioId: r(52) % 10 < 6 ? 1 + (r(53) % 30) : null,
      tagIds: [...tagIds], performerIds: [...performerIds], galleryIds,
      created_at: created, updated_at: updated, files,
    };
  }

  // ---------------------------------------------------------- aggregate counts (cached per version)

  counts() {
    if (this._counts) return this._counts;
    const tag = new Map();
    const perf = new Map();
    const studio = new Map();
    const gallery = new Map();
    const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
    for (const id of this.allIds()) {
      const img = this.get(id);
      for (const t of img.tagIds) inc(tag, t);
      for (const p of img.performerIds) inc(perf, p);
      for (const g of img.galleryIds) inc(gallery, g);
      if (img.studioId) inc(studio, img.studioId);
    }
    this._counts = { tag, perf, studio, gallery };
    return this._counts;
  }

  // hierarchical expansion: ids plus descendants up to depth (-1 = all)
  expandTags(ids, depth) {
    return this.expand(ids, depth, (id) => (this.tagById.get(id) || { childIds: [] }).childIds);
  }

  expandStudios(ids, depth) {
    return this.expand(ids, depth, (id) => this.studios.filter((s) => s.parentId === id).map((s) => s.id));
  }

  expand(ids, depth, children) {
    const out = new Set(ids);
    let frontier = [...ids];
    let level = 0;
    const d = depth == null ? 0 : depth;
    while (frontier.length && (d < 0 || level < d)) {
      const next = [];
      for (const id of frontier) for (const c of children(id)) if (!out.has(c)) { out.add(c); next.push(c); }
      frontier = next;
      level++;
    }
    return out;
  }

  galleryImages(gid) {
    return this.allIds().filter((id) => this.get(id).galleryIds.includes(gid));
  }
}

module.exports = { FileRec, Store, fmtTime, natKey, basename, dirname, atoi, hash, fmix, hex8 };
