#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers
'use strict';
// fake-stash: a Stash-compatible GraphQL server for Tessera's tests and demo.
// See README.md for the flags and the /__control endpoint.

const http = require('http');
const crypto = require('crypto');
const fs = require('fs');
const {
  parse, validate, execute, getOperationAST, typeFromAST, coerceInputValue, valueFromAST, isNonNullType,
  isListType, isInputObjectType, getNullableType, Kind,
} = require('graphql');

const { buildStashSchema, normalizeVersion } = require('./schema');
const { Store } = require('./store');
const { makeResolvers, attachResolvers } = require('./resolvers');
const images = require('./images');
const { findImageList } = require('./query');

// ------------------------------------------------------------ options

const FAULT_KEYS = {
  latencyMs: 'latency', failRate: 'fail-rate', dropRate: 'drop-rate', malformedRate: 'malformed-rate',
  graphqlErrorRate: 'graphql-error-rate', dropAfterRate: 'drop-after-rate',
};
const COUNTER_KEYS = ['failNext', 'dropNext', 'malformedNext', 'graphqlErrorNext', 'dropAfterNext'];
const RATING_SYSTEMS = {
  'stars-full': { type: 'stars', starPrecision: 'full' },
  'stars-half': { type: 'stars', starPrecision: 'half' },
  'stars-quarter': { type: 'stars', starPrecision: 'quarter' },
  'stars-tenth': { type: 'stars', starPrecision: 'tenth' },
  decimal: { type: 'decimal', starPrecision: 'full' },
};

function usage() {
  return `usage: node server.js [--port N] [--images N] [--seed S] [--stash-version 0.30.1|0.26.2]
  [--api-key KEY] [--username U --password P] [--with-image-create]
  [--rating-system stars-full|stars-half|stars-quarter|stars-tenth|decimal]
  [--latency MS] [--fail-rate R] [--drop-rate R] [--malformed-rate R] [--graphql-error-rate R] [--drop-after-rate R]
  [--cache-mb N] [--verbose] [--exit-with-stdin]`;
}

function parseArgs(argv) {
  const o = {
    port: 0, images: 2000, seed: 1, stashVersion: '0.30.1', apiKey: '', username: '', password: '',
    withImageCreate: false, ratingSystem: 'stars-full', verbose: false, cacheMb: 64,
    exitWithStdin: false,
    faults: { latencyMs: 0, failRate: 0, dropRate: 0, malformedRate: 0, graphqlErrorRate: 0, dropAfterRate: 0 },
  };
  const flags = new Set(['with-image-create', 'verbose', 'help', 'exit-with-stdin']);
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    a = a.slice(2);
    let val;
    const eq = a.indexOf('=');
    if (eq >= 0) { val = a.slice(eq + 1); a = a.slice(0, eq); }
    if (!flags.has(a) && val === undefined) {
      if (i + 1 >= argv.length) throw new Error(`--${a} needs a value`);
      val = argv[++i];
    }
    const num = () => {
      const n = Number(val);
      if (!Number.isFinite(n)) throw new Error(`--${a} needs a number, got ${val}`);
      return n;
    };
    switch (a) {
      case 'help': console.log(usage()); process.exit(0); break;
      case 'port': o.port = num(); break;
      case 'images': o.images = Math.max(0, Math.floor(num())); break;
      case 'seed': o.seed = Math.floor(num()); break;
      case 'stash-version': o.stashVersion = normalizeVersion(val); break;
      case 'api-key': o.apiKey = val; break;
      case 'username': o.username = val; break;
      case 'password': o.password = val; break;
      case 'with-image-create': o.withImageCreate = true; break;
      case 'verbose': o.verbose = true; break;
      case 'exit-with-stdin': o.exitWithStdin = true; break;
      case 'cache-mb': o.cacheMb = num(); break;
      case 'rating-system':
        if (!RATING_SYSTEMS[val]) throw new Error(`unknown --rating-system ${val}`);
        o.ratingSystem = val;
        break;
      default: {
        const key = Object.keys(FAULT_KEYS).find((k) => FAULT_KEYS[k] === a);
        if (!key) throw new Error(`unknown flag --${a}\n${usage()}`);
        o.faults[key] = num();
      }
    }
  }
  o.v30 = o.stashVersion === '0.30.1';
  return o;
}

// ------------------------------------------------------------ server state

function createServer(opts) {
  const schema = buildStashSchema({ stashVersion: opts.stashVersion, withImageCreate: opts.withImageCreate });
  attachResolvers(schema, makeResolvers());
  const store = new Store({ seed: opts.seed, images: opts.images, v30: opts.v30 });
  const jpegCache = new images.JpegCache(opts.cacheMb * 1024 * 1024);
  const photoFiles = new Map(); // image id -> a file served as its full image (/__control photoFile)
  // A function: /__control can change the key while the server runs (a key replaced in Stash).
  const authRequired = () => !!(opts.apiKey || (opts.username && opts.password));
  const sessions = new Set();
  const log = (...a) => { if (opts.verbose) process.stderr.write(a.join(' ') + '\n'); };

  const state = {};
  function initialState() {
    state.faults = { ...opts.faults, failNext: 0, dropNext: 0, malformedNext: 0, graphqlErrorNext: 0, dropAfterNext: 0,
      failOperation: null, failOperationAfter: 0, countLie: 0 };
    state.failOperationSeen = 0;
    state.ui = { ratingSystemOptions: { ...RATING_SYSTEMS[opts.ratingSystem] } };
    state.stats = {
      graphqlRequests: 0, rootFields: {}, operations: {}, lastVariables: {}, imageRequests: 0, thumbnailRequests: 0,
      otherImageRequests: 0, destroyed: [], injected: { fail: 0, drop: 0, malformed: 0, graphqlError: 0, operation: 0, dropAfter: 0 },
      httpStatus: {},
    };
  }
  initialState();

  function resetAll() {
    initialState();
    store.reset();
    photoFiles.clear();
  }

  // ---------------------------------------------------------- http helpers

  function send(res, status, body, headers = {}) {
    if (res.writableEnded || res.destroyed) return;
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body == null ? '' : body);
    res.writeHead(status, { 'Content-Length': buf.length, ...headers });
    res.end(res.req.method === 'HEAD' ? undefined : buf);
    state.stats.httpStatus[status] = (state.stats.httpStatus[status] || 0) + 1;
  }

  function sendJson(res, status, obj, extra = {}) {
    send(res, status, JSON.stringify(obj), {
      'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra,
    });
  }

  function readBody(req) {
    return new Promise((resolve, reject) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  function roll(counterKey, rateKey) {
    const f = state.faults;
    if (f[counterKey] > 0) { f[counterKey]--; return true; }
    return f[rateKey] > 0 && Math.random() < f[rateKey];
  }

  function parseCookies(req) {
    const out = {};
    for (const part of (req.headers.cookie || '').split(';')) {
      const i = part.indexOf('=');
      if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
    }
    return out;
  }

  // 'ok' | 'bad' (wrong key: 401) | 'none' (no credentials)
  function authenticate(req, url) {
    const key = req.headers.apikey !== undefined ? req.headers.apikey : url.searchParams.get('apikey');
    if (key) return opts.apiKey && key === opts.apiKey ? 'ok' : 'bad';
    if (!authRequired()) return 'ok';
    const c = parseCookies(req).session;
    if (c && sessions.has(c)) return 'ok';
    return 'none';
  }

  function unauthorized(res) {
    send(res, 401, '', { 'WWW-Authenticate': 'FormBased' });
  }

  function redirectToLogin(res, url) {
    const target = `/login?returnURL=${encodeURIComponent(url.pathname + url.search)}`;
    send(res, 302, `<a href="${target.replace(/&/g, '&amp;')}">Found</a>.\n\n`, {
      Location: target, 'Content-Type': 'text/html; charset=utf-8',
    });
  }

  function baseUrl(req) {
    const proto = req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http';
    const prefix = (req.headers['x-forwarded-prefix'] || '').replace(/\/$/, '');
    return `${proto}://${req.headers.host || `127.0.0.1:${opts.port}`}${prefix}`;
  }

  // ---------------------------------------------------------- GraphQL

  function rootFieldNames(doc, op) {
    const frags = {};
    for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) frags[d.name.value] = d;
    const names = [];
    const seen = new Set();
    const walk = (sel) => {
      for (const s of sel.selections) {
        if (s.kind === Kind.FIELD) names.push(s.name.value);
        else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
        else if (s.kind === Kind.FRAGMENT_SPREAD && frags[s.name.value] && !seen.has(s.name.value)) {
          seen.add(s.name.value);
          walk(frags[s.name.value].selectionSet);
        }
      }
    };
    walk(op.selectionSet);
    return names;
  }

  function typeAtPath(type, path) {
    let t = type;
    for (const seg of path) {
      const n = getNullableType(t);
      if (typeof seg === 'number' && isListType(n)) t = n.ofType;
      else if (isInputObjectType(n) && n.getFields()[seg]) t = n.getFields()[seg].type;
      else return null;
    }
    return t;
  }

  const goType = (v) => (v === null ? 'null' : Array.isArray(v) ? '[]interface {}' : typeof v === 'string' ? 'string'
    : typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? (Number.isInteger(v) ? 'int64' : 'float64') : 'map[string]interface {}');

  // Coerce variables, reporting errors the way gqlgen words them.
  function coerceVariables(op, inputs) {
    const errors = [];
    const verr = (message, path) => errors.push({ message, path, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    for (const def of op.variableDefinitions || []) {
      const name = def.variable.name.value;
      const type = typeFromAST(schema, def.type);
      if (!Object.prototype.hasOwnProperty.call(inputs, name)) {
        if (def.defaultValue) continue;
        if (isNonNullType(type)) verr('must be defined', ['variable', name]);
        continue;
      }
      const value = inputs[name];
      if (value === null) {
        if (isNonNullType(type)) verr('cannot be null', ['variable', name]);
        continue;
      }
      coerceInputValue(value, type, (path, invalid, error) => {
        const msg = error.message;
        let m;
        const p = ['variable', name, ...path];
        if ((m = /Field "([^"]+)" is not defined by type/.exec(msg))) verr('unknown field', [...p, m[1]]);
        else if ((m = /Field "([^"]+)" of required type "([^"]+)" was not provided/.exec(msg))) verr('must be defined', [...p, m[1]]);
        else if ((m = /Value "?(.*?)"? does not exist in "([^"]+)" enum/.exec(msg))) {
          const t = typeAtPath(type, path);
          verr(`Value ${JSON.stringify(invalid)} does not exist in "${t ? String(t) : m[2]}" enum.`, p);
        } else if ((m = /^(\w+) cannot represent/.exec(msg))) verr(`cannot use ${goType(invalid)} as ${m[1]}`, p);
        else if ((m = /^Expected type "([^"]+)" to be an object/.exec(msg))) verr(`cannot use ${goType(invalid)} as ${m[1]}`, p);
        else verr(msg, p);
      });
    }
    return errors;
  }

  function formatExecError(e) {
    const out = { message: e.message };
    if (e.path) out.path = e.path;
    if (e.extensions && Object.keys(e.extensions).length) out.extensions = e.extensions;
    return out;
  }

  function requestFailure(message, code, e) {
    const err = { message };
    if (e && e.locations) err.locations = e.locations;
    err.extensions = { code };
    return { errors: [err], data: null };
  }

  async function handleGraphql(req, res, url) {
    const st = state.stats;
    st.graphqlRequests++;
    let params;
    if (req.method === 'GET') {
      if (!url.searchParams.has('query')) return sendJson(res, 400, { errors: [{ message: 'transport not supported' }], data: null });
      params = { query: url.searchParams.get('query'), operationName: url.searchParams.get('operationName') || undefined };
      const vars = url.searchParams.get('variables');
      if (vars) {
        try { params.variables = JSON.parse(vars); } catch (e) {
          return sendJson(res, 400, { errors: [{ message: 'variables could not be decoded' }], data: null });
        }
      }
    } else if (req.method === 'POST') {
      const ct = String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
      const body = await readBody(req);
      if (ct !== 'application/json') return sendJson(res, 400, { errors: [{ message: 'transport not supported' }], data: null });
      try {
        params = JSON.parse(body.toString('utf8'));
        if (params === null || typeof params !== 'object' || Array.isArray(params)) {
          throw new Error(`json: cannot unmarshal ${Array.isArray(params) ? 'array' : typeof params} into Go value of type graphql.RawParams`);
        }
      } catch (e) {
        return sendJson(res, 400, { errors: [{ message: `json request body could not be decoded: ${e.message} body:${body.toString('utf8').slice(0, 200)}` }], data: null });
      }
    } else {
      return sendJson(res, 400, { errors: [{ message: 'transport not supported' }], data: null });
    }

    const variables = params.variables == null ? {} : params.variables;
    const opName = params.operationName || undefined;
    let doc = null;
    let op = null;
    let roots = [];
    let parseError = null;
    if (typeof params.query !== 'string' || params.query.trim() === '') parseError = { message: 'no operation provided' };
    else {
      try {
        doc = parse(params.query);
        op = getOperationAST(doc, opName);
        if (op) roots = rootFieldNames(doc, op);
      } catch (e) {
        parseError = e;
      }
    }
    for (const r of roots) st.rootFields[r] = (st.rootFields[r] || 0) + 1;
    const opKey = opName || (op && op.name && op.name.value) || '(anonymous)';
    st.operations[opKey] = (st.operations[opKey] || 0) + 1;
    st.lastVariables[opKey] = variables;
    log('graphql', opKey, roots.join(','), JSON.stringify(variables).slice(0, 300));

    // faults
    const f = state.faults;
    if (f.latencyMs > 0) await sleep(f.latencyMs);
    if (roll('dropNext', 'dropRate')) { st.injected.drop++; req.socket.destroy(); return undefined; }
    if (roll('failNext', 'failRate')) {
      st.injected.fail++;
      return sendJson(res, 500, { errors: [{ message: 'injected HTTP 500' }], data: null });
    }
    if (roll('malformedNext', 'malformedRate')) {
      st.injected.malformed++;
      return send(res, 200, '{"data":{"' + (roots[0] || 'x') + '":{"count":12,"ima', { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    }
    if (roll('graphqlErrorNext', 'graphqlErrorRate')) {
      st.injected.graphqlError++;
      const err = { message: 'injected failure' };
      if (roots[0]) err.path = [roots[0]];
      return sendJson(res, 200, { errors: [err], data: null });
    }

    if (parseError) {
      if (!doc) return sendJson(res, 422, requestFailure(parseError.message, 'GRAPHQL_PARSE_FAILED', parseError));
    }
    const verrs = validate(schema, doc);
    if (verrs.length) {
      return sendJson(res, 422, {
        errors: verrs.map((e) => ({ message: e.message, locations: e.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })),
        data: null,
      });
    }
    if (!op) {
      const msg = opName ? `operation ${opName} not found` : 'operation name is required when the document has several operations';
      return sendJson(res, 422, requestFailure(msg, 'GRAPHQL_VALIDATION_FAILED'));
    }
    if (req.method === 'GET' && op.operation !== 'query') {
      return sendJson(res, 406, { errors: [{ message: 'GET requests only allow query operations' }], data: null });
    }
    if (typeof variables !== 'object' || Array.isArray(variables)) {
      return sendJson(res, 422, requestFailure('variables must be an object', 'GRAPHQL_VALIDATION_FAILED'));
    }
    const cerrs = coerceVariables(op, variables);
    if (cerrs.length) return sendJson(res, 422, { errors: cerrs, data: null });

    const failFields = new Set();
    if (f.failOperation && roots.includes(f.failOperation)) {
      state.failOperationSeen++;
      if (state.failOperationSeen > (f.failOperationAfter || 0)) {
        failFields.add(f.failOperation);
        st.injected.operation++;
      }
    }
    const ctx = { store, opts, base: baseUrl(req), stats: st, state, failFields };
    let result;
    try {
      result = await execute({ schema, document: doc, variableValues: variables, operationName: opName, contextValue: ctx });
    } catch (e) {
      return sendJson(res, 200, { errors: [{ message: `Internal system error. Error <${e.message}>` }], data: null });
    }
    // The work is done; the answer is lost on the way back (a dropped Wi-Fi, a proxy).
    if (roll('dropAfterNext', 'dropAfterRate')) { st.injected.dropAfter++; req.socket.destroy(); return undefined; }
    const out = {};
    if (result.errors && result.errors.length) out.errors = result.errors.map(formatExecError);
    out.data = result.data === undefined ? null : result.data;
    return sendJson(res, 200, out);
  }

  // ---------------------------------------------------------- images

  function imageFor(idOrMd5) {
    if (/^\d+$/.test(idOrMd5)) return store.get(Number(idOrMd5));
    if (/^[0-9a-f]{32}$/i.test(idOrMd5)) return store.findByChecksum(idOrMd5);
    return null;
  }

  function serveJpeg(req, res, url, buf, extra = {}) {
    const headers = {
      'Content-Type': 'image/jpeg',
      'Cache-Control': url.searchParams.has('t') ? 'private, max-age=31536000, immutable' : 'no-cache',
      ...extra,
    };
    const range = req.headers.range;
    const m = range && /^bytes=(\d*)-(\d*)$/.exec(range);
    if (m && (m[1] || m[2])) {
      let start = m[1] ? Number(m[1]) : Math.max(0, buf.length - Number(m[2]));
      let end = m[1] && m[2] ? Math.min(Number(m[2]), buf.length - 1) : buf.length - 1;
      if (start >= buf.length || start > end) {
        return send(res, 416, '', { 'Content-Range': `bytes */${buf.length}` });
      }
      return send(res, 206, buf.subarray(start, end + 1), { ...headers, 'Accept-Ranges': 'bytes', 'Content-Range': `bytes ${start}-${end}/${buf.length}` });
    }
    return send(res, 200, buf, { ...headers, 'Accept-Ranges': 'bytes' });
  }

  function notFound(res) {
    send(res, 404, 'Not Found\n', { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  }

  async function handleImage(req, res, url, parts) {
    const [, kind, idPart, what] = parts; // ['', 'image', '12', 'thumbnail']
    if (state.faults.latencyMs > 0) await sleep(state.faults.latencyMs);
    if (kind === 'image') {
      if (what === 'thumbnail') state.stats.thumbnailRequests++;
      else state.stats.imageRequests++;
      if (what === 'thumbnail' && req.method === 'HEAD') {
        return send(res, 405, 'Method Not Allowed\n', { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET' });
      }
      const img = imageFor(idPart);
      if (!img) return notFound(res);
      const f = img.files[0];
      const variant = img.id % images.VARIANTS;
      if (what === 'thumbnail') {
        const [tw, th] = images.thumbSize(f.width, f.height);
        const buf = jpegCache.get(`t:${img.id}:${tw}x${th}`, () => images.encode(variant, tw, th, img.id, 70));
        return serveJpeg(req, res, url, buf);
      }
      if (what === 'image' && photoFiles.has(img.id)) {
        return serveJpeg(req, res, url, fs.readFileSync(photoFiles.get(img.id)));
      }
      if (what === 'image') {
        const buf = jpegCache.get(`i:${img.id}:${f.width}x${f.height}`, () => images.encode(variant, f.width, f.height, img.id, 85));
        return serveJpeg(req, res, url, buf, {
          'Content-Disposition': `filename="${f.basename.replace(/"/g, '\\"')}"`,
          'Last-Modified': new Date(f.mod_time).toUTCString(),
        });
      }
      return notFound(res); // preview: no clip previews are generated
    }
    state.stats.otherImageRequests++;
    const id = Number(idPart);
    const table = { tag: store.tagById, performer: store.performerById, studio: store.studioById, gallery: store.galleryById }[kind];
    if (!table || !Number.isInteger(id) || !table.get(id)) return notFound(res);
    const [w, h] = kind === 'performer' ? [300, 450] : [300, 300];
    const buf = jpegCache.get(`${kind}:${id}`, () => images.encode((id * 31 + kind.length) % images.VARIANTS, w, h, id, 75));
    return serveJpeg(req, res, url, buf);
  }

  // ---------------------------------------------------------- login

  function loginPage(message) {
    return `<!DOCTYPE html><html><head><title>Login</title></head><body><form method="POST" action="/login">` +
      (message ? `<div class="login-error">${message}</div>` : '') +
      `<input name="username"><input name="password" type="password"><input type="hidden" name="returnURL" value="/">` +
      `<button type="submit">Login</button></form></body></html>\n`;
  }

  async function handleLogin(req, res, url) {
    if (req.method !== 'POST') return send(res, 200, loginPage(''), { 'Content-Type': 'text/html; charset=utf-8' });
    const body = (await readBody(req)).toString('utf8');
    const form = new URLSearchParams(body);
    const ok = !!opts.username && form.get('username') === opts.username && form.get('password') === opts.password;
    if (ok) {
      const token = crypto.randomBytes(24).toString('base64url');
      sessions.add(token);
      const cookie = `session=${token}; Path=/; Max-Age=3600; SameSite=Lax`;
      if (opts.v30) return send(res, 200, '', { 'Set-Cookie': cookie });
      const returnURL = form.get('returnURL') || url.searchParams.get('returnURL') || '/';
      return send(res, 302, '', { 'Set-Cookie': cookie, Location: returnURL.startsWith('/') ? returnURL : '/' });
    }
    if (opts.v30) return send(res, 401, 'Username or password is invalid', { 'Content-Type': 'text/plain; charset=utf-8' });
    return send(res, 200, loginPage('Username or password is invalid'), { 'Content-Type': 'text/html; charset=utf-8' });
  }

  // ---------------------------------------------------------- control

  async function handleControl(req, res, path) {
    if (path === '/__stats') return sendJson(res, 200, { ...state.stats, faults: state.faults, imageCount: store.allIds().length,
      jpegCache: { entries: jpegCache.map.size, bytes: jpegCache.bytes, hits: jpegCache.hits, misses: jpegCache.misses } });
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'use POST' });
    const raw = (await readBody(req)).toString('utf8');
    if (path === '/__reset') {
      resetAll();
      return sendJson(res, 200, { ok: true, faults: state.faults });
    }
    let body;
    try {
      body = raw.trim() ? JSON.parse(raw) : {};
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('body must be a JSON object');
    } catch (e) {
      return sendJson(res, 400, { error: e.message });
    }
    const unknown = [];
    for (const [k, v] of Object.entries(body)) {
      if (k in FAULT_KEYS || COUNTER_KEYS.includes(k) || k === 'failOperationAfter' || k === 'countLie') {
        const n = Number(v == null ? 0 : v);
        if (!Number.isFinite(n)) return sendJson(res, 400, { error: `${k} must be a number` });
        state.faults[k] = n;
      } else if (k === 'apiKey') {
        if (typeof v !== 'string') return sendJson(res, 400, { error: 'apiKey must be a string' });
        opts.apiKey = v;
      } else if (k === 'photoFile') {
        // {id, path, width, height}: image id's full image is that file from
        // disk, with those dimensions (a real camera photo in a test).
        const img = v && store.get(Number(v.id));
        if (!img || typeof v.path !== 'string' || !fs.existsSync(v.path))
          return sendJson(res, 400, { error: 'photoFile needs an existing image id and a readable path' });
        photoFiles.set(img.id, v.path);
        if (Number.isInteger(v.width) && Number.isInteger(v.height)) {
          img.files[0].width = v.width;
          img.files[0].height = v.height;
        }
      } else if (k === 'failOperation') {
        state.faults.failOperation = v || null;
        state.failOperationSeen = 0;
      } else unknown.push(k);
    }
    if ('failOperationAfter' in body) state.failOperationSeen = 0;
    return sendJson(res, unknown.length ? 400 : 200, { ok: !unknown.length, unknown, faults: state.faults });
  }

  // ---------------------------------------------------------- router

  async function route(req, res) {
    const url = new URL(req.url, 'http://localhost');
    let path = url.pathname.replace(/\/+$/, '') || '/';
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      return send(res, 204, '', {
        'Access-Control-Allow-Methods': 'HEAD, GET, POST, PUT, PATCH, DELETE',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] || '*',
      });
    }
    if (path === '/healthz') return send(res, 200, '.', { 'Content-Type': 'text/plain; charset=utf-8' });
    if (path === '/__control' || path === '/__stats' || path === '/__reset') return handleControl(req, res, path);
    if (path === '/login') return handleLogin(req, res, url);
    if (path === '/logout') {
      const c = parseCookies(req).session;
      if (c) sessions.delete(c);
      return send(res, 302, '', { Location: '/login', 'Set-Cookie': 'session=; Path=/; Max-Age=0; SameSite=Lax' });
    }
    const auth = authenticate(req, url);
    if (auth === 'bad') return unauthorized(res);
    if (auth === 'none') {
      const last = path.split('/').pop();
      if (path === '/graphql' || (/\.[a-z0-9]+$/i.test(last) && !last.endsWith('.html'))) return unauthorized(res);
      return redirectToLogin(res, url);
    }
    if (path === '/graphql') return handleGraphql(req, res, url);
    const parts = path.split('/');
    if (parts.length === 4 && ['image', 'tag', 'performer', 'studio', 'gallery'].includes(parts[1])) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed\n', { 'Content-Type': 'text/plain; charset=utf-8' });
      return handleImage(req, res, url, parts);
    }
    if (path === '/') return send(res, 200, '<!DOCTYPE html><html><body>fake-stash</body></html>\n', { 'Content-Type': 'text/html; charset=utf-8' });
    return notFound(res);
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((e) => {
      log('error', e.stack);
      if (!res.headersSent) send(res, 500, 'An unexpected error occurred. See logs', { 'Content-Type': 'text/plain' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 30000;

  // materialise images in the background after start-up so the first big query is fast
  function warmUp() {
    const ids = store.allIds();
    let i = 0;
    const step = () => {
      const end = Math.min(ids.length, i + 4000);
      for (; i < end; i++) store.get(ids[i]);
      if (i < ids.length) setImmediate(step);
      else setImmediate(() => findImageList(store, { sort: 'path', direction: 'ASC' }, null));
    };
    setImmediate(step);
  }

  return { server, store, state, resetAll, warmUp };
}

// ------------------------------------------------------------ main

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`fake-stash: ${e.message}\n`);
    process.exit(2);
  }
  const { server, warmUp } = createServer(opts);
  server.on('error', (e) => {
    process.stderr.write(`fake-stash: ${e.message}\n`);
    process.exit(1);
  });
  server.listen(opts.port, '127.0.0.1', () => {
    const { port } = server.address();
    opts.port = port;
    process.stdout.write(`fake-stash listening on http://127.0.0.1:${port}\n`);
    warmUp();
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  if (opts.exitWithStdin) {
    // A test that crashed cannot stop us: its end of our stdin closes, and we go too.
    process.stdin.on('end', stop);
    process.stdin.on('error', stop);
    process.stdin.resume();
  }
}

if (require.main === module) main();

module.exports = { createServer, parseArgs };
