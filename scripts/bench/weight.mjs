// First view of a page in Chromium: requests, compressed bytes by type, and JavaScript before any interaction.
import { brotliCompressSync } from 'node:zlib';
const TYPE = {
  Document: 'html',
  Stylesheet: 'css',
  Script: 'js',
  Font: 'font',
  Image: 'image',
};

/** @param {import('playwright-core').Browser} browser */
export async function firstView(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { type: TYPE[e.type] ?? 'other', url: e.response.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Scripts inlined in the HTML arrive inside it: counted as JavaScript too, compressed on their own.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].filter((s) => s.type !== 'application/ld+json').map((s) => s.textContent ?? ''),
  );
  await context.close();
  const bytes = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  for (const r of requests.values()) bytes[r.type] += r.bytes;
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  const inlineJs = inline.reduce((sum, code) => sum + brotliCompressSync(code).length, 0);
  const hosts = [...requests.values()].map((r) => new URL(r.url)).filter((u) => /^https?:$/.test(u.protocol)).map((u) => u.host);
  return { requests: requests.size, ...bytes, inlineJs, total, hosts: [...new Set(hosts)] };
}
