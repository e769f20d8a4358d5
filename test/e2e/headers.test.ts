import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild, startTestServer, type TestServer } from './server';

/** Every page the server hands out, and the API, carry the security headers. */
const PAGES = ['/', '/login', '/setup', '/cases', '/cases/1', '/evaluations', '/portal', '/portal/file', '/portal/track', '/portal/rankings', '/portal/rankings/2011Q1', '/portal/evaluate/1', '/no/such/page'];

describe('security headers', () => {
  let server: TestServer;

  beforeAll(async () => {
    await ensureWebBuild();
    server = await startTestServer([]);
  });
  afterAll(() => server?.stop());

  const check = (where: string, h: Headers) => {
    const csp = h.get('content-security-policy') ?? '';
    expect(csp, where).toContain("default-src 'self'");
    expect(csp, where).toContain("script-src 'self'");
    expect(csp, where).toContain("frame-ancestors 'none'");
    expect(csp, where).toContain("object-src 'none'");
    expect(h.get('x-frame-options'), where).toBe('DENY');
    expect(h.get('x-content-type-options'), where).toBe('nosniff');
    expect(h.get('referrer-policy'), where).toBe('no-referrer');
    expect(h.get('strict-transport-security') ?? '', where).toMatch(/max-age=\d+/);
    expect(h.get('cross-origin-opener-policy'), where).toBe('same-origin');
    expect(h.get('x-powered-by'), where).toBeNull();
  };

  it('on every page of the console and the portal', async () => {
    for (const page of PAGES) {
      const res = await fetch(server.url + page);
      expect(res.status, page).toBe(200);
      expect(res.headers.get('content-type') ?? '', page).toContain('text/html');
      check(page, res.headers);
    }
  });

  it('serves an asset built after the server started, and nothing outside the assets folder', async () => {
    const { writeFileSync, rmSync } = await import('node:fs');
    const path = await import('node:path');
    const name = `late-${process.pid}.js`;
    const file = path.resolve(import.meta.dirname, '../../dist/web/assets', name);
    writeFileSync(file, 'console.log(1);');
    try {
      const res = await fetch(`${server.url}/assets/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('immutable');
      check(name, res.headers);
      // Sent byte for byte (fetch would tidy the dots away before they reach the server).
      const { request } = await import('node:http');
      const raw = (probe: string) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = request(`${server.url}${probe}`, { path: probe }, (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          });
          req.on('error', reject);
          req.end();
        });
      for (const probe of ['/assets/../../package.json', '/assets/%2e%2e/%2e%2e/package.json', '/assets/..', '/assets/.hidden', '/assets/a%2fb.js']) {
        const res = await raw(probe);
        expect(res.body, probe).not.toContain('zhengfeng-platform');
        expect(res.status, probe).not.toBe(500);
      }
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('on the API, where nothing is cached', async () => {
    for (const path of ['/api/plan', '/api/auth/me', '/api/no-such-route', '/api/public/rankings']) {
      const res = await fetch(server.url + path);
      check(path, res.headers);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});
