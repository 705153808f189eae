/**
 * A mail's HTML made safe to show in the mail frame (src/server/routes/mail-frame.ts), with
 * DOMPurify in the very browser that draws it, so no second parser can read it differently.
 * On top of DOMPurify's defaults: HTML only (no SVG or MathML), no forms, frames, media or
 * plugins, links that open in a new tab and show where they go, and remote images left out
 * (and counted) until the user asks for them. The frame's own CSP blocks what this misses.
 */
import DOMPurify from 'dompurify';

export interface SanitizedMail {
  /** The <html> element of an inert document: nothing in it loads until it is put in the frame. */
  root: Element;
  /** Remote images (and CSS backgrounds) left out; 0 once they are allowed. */
  remoteImages: number;
}

const FORBID_TAGS = [
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'fieldset', 'legend',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'video', 'audio', 'source', 'track', 'picture',
  'link', 'meta', 'base', 'dialog', 'template', 'slot', 'canvas',
];
/** Gone with their text too: a "Sign in" left over from a removed button would only mislead. */
const FORBID_CONTENTS_TOO = ['button', 'select', 'option', 'optgroup', 'textarea', 'datalist'];
// srcset would fetch around the count below; download and ping make a link do more than open.
const FORBID_ATTR = ['srcset', 'sizes', 'download', 'ping', 'popover', 'popovertarget', 'popovertargetaction', 'commandfor', 'command', 'autofocus'];
const IMAGE_ATTRS = ['src', 'background', 'poster'];
const REMOTE = /^\s*(?:https?:)?\/\//i;
const OPENS = /^\s*(?:https?:|mailto:)/i;
const CSS_REMOTE_BACKGROUND = /background(?:-image)?\s*:[^;{}]*url\(\s*['"]?\s*(?:https?:)?\/\//gi;

export function sanitizeMail(html: string, showImages: boolean): SanitizedMail {
  // A purifier of its own per call: hooks are per instance, and this one's count is this mail's.
  const purify = DOMPurify(window);
  let remoteImages = 0;
  const countCss = (css: string | null) => {
    if (!showImages && css) remoteImages += css.match(CSS_REMOTE_BACKGROUND)?.length ?? 0;
  };
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'style') countCss(node.textContent);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    for (const name of IMAGE_ATTRS) {
      const value = node.getAttribute(name);
      if (value === null || /^\s*data:/i.test(value)) continue;
      const remote = REMOTE.test(value);
      // cid: parts are not served and a relative path has no base: both would only break or reach our own server.
      if (remote && showImages) continue;
      if (remote) remoteImages++;
      node.removeAttribute(name);
    }
    countCss(node.getAttribute('style'));
    const href = node.getAttribute('href');
    if (href !== null) {
      if (OPENS.test(href)) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('title', href.trim()); // where it really goes, whatever the text says
      } else {
        node.removeAttribute('href');
      }
    }
  });
  const root = purify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    RETURN_DOM: true,
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ADD_FORBID_CONTENTS: FORBID_CONTENTS_TOO,
  });
  return { root, remoteImages };
}
