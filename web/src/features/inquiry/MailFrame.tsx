import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The mark of the blank page GET /api/mail-frame serves (src/server/routes/mail-frame.ts). */
const MARK = 'data-xunpan-mail-frame';
/** No scripts and no forms; allow-same-origin only so that we can write the mail in and measure it. */
const SANDBOX = 'allow-same-origin allow-popups allow-popups-to-escape-sandbox';
const MAX_HEIGHT = 40_000;

// Before the mail's own styles: a readable default. After them: nothing may tie the page's height to the frame's.
const BASE_CSS = 'body{margin:8px;font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:#1d2433;overflow-wrap:anywhere}img{max-width:100%;height:auto}mark{background:#ffe08a;color:inherit}';
const SIZE_CSS = 'html,body{height:auto!important;min-height:0!important}html{overflow-y:hidden!important;overflow-x:auto}';

function style(doc: Document, css: string): HTMLStyleElement {
  const element = doc.createElement('style');
  element.textContent = css;
  return element;
}

/** The frame is as tall as the mail, so the page scrolls as one. */
function measure(doc: Document): number {
  const html = doc.documentElement;
  const scrollbar = html.scrollWidth > html.clientWidth ? 18 : 0;
  return Math.min(MAX_HEIGHT, Math.ceil(html.getBoundingClientRect().height) + scrollbar);
}

/**
 * Shows sanitised mail (sanitize-mail.ts) in a sandboxed frame whose page carries its own CSP:
 * scripts never run there, and remote images load only when `showImages` (the page's CSP says so).
 */
export function MailFrame({ mail, showImages }: { mail: Element; showImages: boolean }) {
  const { t } = useTranslation();
  const frame = useRef<HTMLIFrameElement>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const [height, setHeight] = useState(80);
  const [ready, setReady] = useState(false);
  useEffect(() => () => observer.current?.disconnect(), []);

  const write = () => {
    const doc = frame.current?.contentDocument;
    observer.current?.disconnect();
    // Only into our own blank page: an error page (signed out) has not its policy, so it gets nothing.
    if (!doc?.documentElement.hasAttribute(MARK)) return setReady(false);
    const root = doc.importNode(mail, true);
    const head = root.querySelector('head') ?? root.insertBefore(doc.createElement('head'), root.firstChild);
    head.prepend(style(doc, BASE_CSS));
    head.append(style(doc, SIZE_CSS));
    doc.replaceChild(root, doc.documentElement);
    observer.current = new ResizeObserver(() => setHeight(measure(doc)));
    observer.current.observe(root);
    setHeight(measure(doc));
    setReady(true);
  };

  return (
    <iframe
      ref={frame}
      className="mail-frame"
      data-testid="mail-frame"
      data-ready={ready ? '1' : '0'}
      title={t('inquiry.htmlFrame')}
      src={`/api/mail-frame?images=${showImages ? 1 : 0}`}
      sandbox={SANDBOX}
      referrerPolicy="no-referrer"
      onLoad={write}
      style={{ height }}
    />
  );
}
