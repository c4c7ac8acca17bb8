#!/usr/bin/env node
// Draws the PNG app icons in public/icons/ from the SVGs next to them, in a local headless
// Chromium (no network). The PNGs are committed; run this again only after changing an SVG:
//   node scripts/make-icons.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const dir = new URL('../public/icons/', import.meta.url);
/**
 * Output file, source SVG and edge length in pixels.
 * @type {[out: string, source: string, size: number][]}
 */
const ICONS = [
  ['icon-192.png', 'icon.svg', 192],
  ['icon-512.png', 'icon.svg', 512],
  ['icon-maskable-512.png', 'icon-maskable.svg', 512],
  // iOS rounds the corners itself, so the touch icon is the full-bleed design.
  ['apple-touch-icon.png', 'icon-maskable.svg', 180],
];

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
try {
  for (const [out, source, size] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const svg = readFileSync(new URL(source, dir), 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    writeFileSync(new URL(out, dir), await page.screenshot({ omitBackground: true, type: 'png' }));
    await page.close();
    console.log(`icons: wrote public/icons/${out} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
