// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

'use strict';
// Test helper: start server.js as a child process on a free port.

const { spawn } = require('child_process');
const path = require('path');

const SERVER = path.join(__dirname, 'server.js');

async function startServer(args = [], { timeoutMs = 10000 } = {}) {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [SERVER, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`fake-stash did not start: ${out}${stderr}`)), timeoutMs);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^fake-stash listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`fake-stash exited (${code}): ${stderr}`)); });
  });
  const startupMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const gql = async (query, variables, { headers = {}, operationName } = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables, operationName }),
    });
    const text = await res.text();
    let body = null;
    try { body = JSON.parse(text); } catch (e) { body = text; }
    return { status: res.status, body, headers: res.headers };
  };
  const control = async (settings) => (await fetch(`${url}/__control`, { method: 'POST', body: JSON.stringify(settings) })).json();
  const stats = async () => (await fetch(`${url}/__stats`)).json();
  const reset = async () => (await fetch(`${url}/__reset`, { method: 'POST' })).json();
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code, signal) => resolve(code === null ? signal : code));
    child.kill('SIGTERM');
  });
  return { url, child, startupMs, gql, control, stats, reset, stop, stderr: () => stderr };
}

module.exports = { startServer };
