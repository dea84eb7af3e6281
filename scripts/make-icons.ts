#!/usr/bin/env node
// Renders public/icon/{16,32,48,128}.png from the SVG below with Debian's Chromium, so the icon
// can be changed as text and regenerated: npx tsx scripts/make-icons.ts
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

// A quotation mark on a calm ink-blue tile: the product is about quotes, and reads at 16 px.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1f3a5f"/>
  <path d="M30 78c0-20 10-34 28-40l4 8c-10 5-15 12-15 20h13v26H30z M68 78c0-20 10-34 28-40l4 8c-10 5-15 12-15 20h13v26H68z" fill="#f6d365"/>
</svg>`;

const out = path.resolve('public/icon');
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out}`);
