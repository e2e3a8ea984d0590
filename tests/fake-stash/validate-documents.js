#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers
'use strict';
// Validate GraphQL documents against the fake Stash SDL of one Stash version.
//   node validate-documents.js --stash-version 0.30.1|0.26.2 [--with-image-create] FILE...
// The files are concatenated into one document (operations in some files,
// fragments in others), parsed and validated. Errors are printed with the
// file and line they come from. Exit code 0 = valid, 1 = errors, 2 = usage.

const fs = require('fs');
const { Source, parse, validate, GraphQLError } = require('graphql');
const { buildStashSchema, normalizeVersion } = require('./schema');

function usage() {
  return 'usage: node validate-documents.js --stash-version 0.30.1|0.26.2 [--with-image-create] FILE...';
}

function main(argv) {
  let version = '0.30.1';
  let withImageCreate = false;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--stash-version') version = argv[++i];
    else if (a.startsWith('--stash-version=')) version = a.slice('--stash-version='.length);
    else if (a === '--with-image-create') withImageCreate = true;
    else if (a === '--help' || a === '-h') { console.log(usage()); return 0; }
    else if (a.startsWith('--')) { console.error(`unknown flag ${a}\n${usage()}`); return 2; }
    else files.push(a);
  }
  try {
    version = normalizeVersion(version);
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  if (!files.length) {
    console.error(usage());
    return 2;
  }

  // concatenate, remembering where each file starts (1-based line numbers)
  const parts = [];
  let line = 1;
  for (const f of files) {
    let text;
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch (e) {
      console.error(`${f}: cannot read: ${e.message}`);
      return 2;
    }
    if (!text.endsWith('\n')) text += '\n';
    parts.push({ file: f, start: line, lines: text.split('\n') });
    line += text.split('\n').length - 1;
  }
  const body = parts.map((p) => p.lines.join('\n')).join('');

  const where = (loc) => {
    let part = parts[0];
    for (const p of parts) if (p.start <= loc.line) part = p;
    const l = loc.line - part.start + 1;
    return { file: part.file, line: l, column: loc.column, text: part.lines[l - 1] || '' };
  };

  const report = (kind, err) => {
    const locs = err.locations && err.locations.length ? err.locations : [];
    if (!locs.length) {
      console.error(`${kind}: ${err.message}`);
      return;
    }
    const first = where(locs[0]);
    console.error(`${first.file}:${first.line}:${first.column}: ${kind}: ${err.message}`);
    for (const loc of locs) {
      const w = where(loc);
      console.error(`    ${w.file}:${w.line} | ${w.text}`);
      console.error(`    ${' '.repeat(String(w.file).length + String(w.line).length + 1)} | ${' '.repeat(Math.max(0, w.column - 1))}^`);
    }
  };

  const schema = buildStashSchema({ stashVersion: version, withImageCreate });
  let doc;
  try {
    doc = parse(new Source(body, files.join('+')));
  } catch (e) {
    if (e instanceof GraphQLError) {
      report('syntax error', e);
      return 1;
    }
    throw e;
  }
  const errors = validate(schema, doc);
  for (const e of errors) report('validation error', e);
  if (errors.length) {
    console.error(`${errors.length} error(s) against Stash v${version}${withImageCreate ? ' (with imageCreate)' : ''}`);
    return 1;
  }
  const ops = doc.definitions.filter((d) => d.kind === 'OperationDefinition').length;
  const frags = doc.definitions.filter((d) => d.kind === 'FragmentDefinition').length;
  console.log(`ok: ${files.length} file(s), ${ops} operation(s), ${frags} fragment(s) valid against Stash v${version}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { main };
