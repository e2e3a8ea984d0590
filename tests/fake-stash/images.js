// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

'use strict';
// Real pixels for the fake server: procedurally drawn pictures (one of K
// variants: gradients, stripes, rings, checks... in different hues) with the
// image id drawn as big blocky digits, encoded lazily to JPEG and kept in a
// bounded LRU of encoded bytes.

const jpeg = require('jpeg-js');

const VARIANTS = 256;
const THUMB_SIZE = 640;

const FONT = {
  0: ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  1: ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  2: ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  3: ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  4: ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  5: ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  6: ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  7: ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  8: ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  9: ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  '#': ['01010', '11111', '01010', '01010', '01010', '11111', '01010'],
};

function hsl(h, s, l) {
  h = ((h % 360) + 360) % 360;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  let r = 0; let g = 0; let b = 0;
  if (h < 60) [r, g, b] = [c, x, 0];
  else if (h < 120) [r, g, b] = [x, c, 0];
  else if (h < 180) [r, g, b] = [0, c, x];
  else if (h < 240) [r, g, b] = [0, x, c];
  else if (h < 300) [r, g, b] = [x, 0, c];
  else [r, g, b] = [c, 0, x];
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}

// Draw picture `variant` at width x height with `label` as digits.
function render(variant, width, height, label) {
  const data = Buffer.alloc(width * height * 4);
  const hue = (variant * 137.508) % 360;
  const c1 = hsl(hue, 0.65, 0.55);
  const c2 = hsl(hue + 40 + (variant % 5) * 30, 0.7, 0.25);
  const pattern = variant % 6;
  const freq = 3 + (variant >> 3) % 6;
  const angle = ((variant * 47) % 180) * Math.PI / 180;
  const ca = Math.cos(angle);
  const sa = Math.sin(angle);
  const inv = 1 / Math.max(width, height);
  let p = 0;
  for (let y = 0; y < height; y++) {
    const ny = y * inv;
    for (let x = 0; x < width; x++) {
      const nx = x * inv;
      let t;
      switch (pattern) {
        case 0: t = (nx * ca + ny * sa + 1) / 2.5; break; // linear gradient
        case 1: { const dx = nx - 0.5 * width * inv; const dy = ny - 0.5 * height * inv; t = Math.min(1, Math.sqrt(dx * dx + dy * dy) * 1.6); break; }
        case 2: t = (Math.sin((nx * ca + ny * sa) * freq * 6.283) + 1) / 2; break; // stripes
        case 3: t = ((Math.floor(nx * freq * 2) + Math.floor(ny * freq * 2)) & 1) ? 0.85 : 0.2; break; // checks
        case 4: { const dx = nx - 0.3; const dy = ny - 0.3; t = (Math.sin(Math.sqrt(dx * dx + dy * dy) * freq * 12) + 1) / 2; break; } // rings
        default: t = (Math.sin(nx * freq * 5) * Math.cos(ny * freq * 4) + 1) / 2; // waves
      }
      if (t < 0) t = 0; else if (t > 1) t = 1;
      data[p++] = c1[0] * t + c2[0] * (1 - t);
      data[p++] = c1[1] * t + c2[1] * (1 - t);
      data[p++] = c1[2] * t + c2[2] * (1 - t);
      data[p++] = 255;
    }
  }
  drawLabel(data, width, height, String(label));
  return data;
}

function fillRect(data, width, height, x0, y0, w, h, rgb) {
  const x1 = Math.min(width, x0 + w);
  const y1 = Math.min(height, y0 + h);
  for (let y = Math.max(0, y0); y < y1; y++) {
    let p = (y * width + Math.max(0, x0)) * 4;
    for (let x = Math.max(0, x0); x < x1; x++) {
      data[p] = rgb[0]; data[p + 1] = rgb[1]; data[p + 2] = rgb[2];
      p += 4;
    }
  }
}

function drawLabel(data, width, height, text) {
  const cols = text.length * 6 - 1;
  const cell = Math.max(1, Math.floor(Math.min((width * 0.8) / cols, (height * 0.4) / 7)));
  const tw = cols * cell;
  const th = 7 * cell;
  const ox = Math.floor((width - tw) / 2);
  const oy = Math.floor((height - th) / 2);
  const shadow = Math.max(1, Math.floor(cell / 4));
  for (const [dx, rgb] of [[shadow, [20, 20, 20]], [0, [250, 250, 250]]]) {
    for (let i = 0; i < text.length; i++) {
      const glyph = FONT[text[i]] || FONT['#'];
      for (let r = 0; r < 7; r++) {
        for (let c = 0; c < 5; c++) {
          if (glyph[r][c] === '1') fillRect(data, width, height, ox + (i * 6 + c) * cell + dx, oy + r * cell + dx, cell, cell, rgb);
        }
      }
    }
  }
}

function thumbSize(w, h) {
  // long side exactly 640 (Stash's ffmpeg path upscales small sources too)
  if (w >= h) return [THUMB_SIZE, Math.max(1, Math.round((h * THUMB_SIZE) / w))];
  return [Math.max(1, Math.round((w * THUMB_SIZE) / h)), THUMB_SIZE];
}

class JpegCache {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    this.map = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  get(key, produce) {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      this.hits++;
      return hit;
    }
    this.misses++;
    const buf = produce();
    this.map.set(key, buf);
    this.bytes += buf.length;
    while (this.bytes > this.maxBytes && this.map.size > 1) {
      const [k, v] = this.map.entries().next().value;
      this.map.delete(k);
      this.bytes -= v.length;
    }
    return buf;
  }

  clear() {
    this.map.clear();
    this.bytes = 0;
  }
}

function encode(variant, w, h, label, quality) {
  const data = render(variant, w, h, label);
  return jpeg.encode({ data, width: w, height: h }, quality).data;
}

module.exports = { render, encode, thumbSize, JpegCache, VARIANTS, THUMB_SIZE };
