import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_HEADERS, metaPolicy, securityHeaders } from '../../scripts/security-headers.mjs';

const POLICY = "default-src 'self';object-src 'none';base-uri 'self'; script-src 'self' 'sha256-abc='";
const page = (policy: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"></head><body>Hi</body></html>`;

describe('security headers', () => {
  it('send the page’s own policy as a header, with frame-ancestors added', () => {
    expect(metaPolicy(page(POLICY))).toBe(POLICY);
    expect(securityHeaders(page(POLICY))).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
      'Content-Security-Policy': `${POLICY}; frame-ancestors 'self'`,
    });
  });

  it('still forbid framing by other sites on a page without a policy, and give other files the base headers', () => {
    expect(securityHeaders('<p>no policy</p>')['Content-Security-Policy']).toBe("frame-ancestors 'self'");
    expect(securityHeaders(undefined)).toEqual(BASE_HEADERS);
  });

  it('are sent by npm start’s server (scripts/serve.mjs)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-serve-'));
    writeFileSync(join(dir, 'index.html'), page(POLICY));
    writeFileSync(join(dir, 'data.json'), '{}');
    const port = 4402 + Math.floor(Math.random() * 400) + 1000;
    const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await once(server.stdout, 'data');
      const html = await fetch(`http://127.0.0.1:${String(port)}/`);
      expect(html.headers.get('content-security-policy')).toBe(`${POLICY}; frame-ancestors 'self'`);
      expect(html.headers.get('x-content-type-options')).toBe('nosniff');
      expect(html.headers.get('referrer-policy')).toBe('no-referrer');
      const json = await fetch(`http://127.0.0.1:${String(port)}/data.json`);
      expect(json.headers.get('x-content-type-options')).toBe('nosniff');
      expect(json.headers.get('content-security-policy')).toBeNull();
      const missing = await fetch(`http://127.0.0.1:${String(port)}/nope/`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    } finally {
      server.kill();
    }
  });
});
