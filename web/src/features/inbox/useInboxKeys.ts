import { useEffect, useRef } from 'react';

export interface KeyHandlers {
  next: () => void;
  previous: () => void;
  open: () => void;
  archive: () => void;
  junk: () => void;
  search: () => void;
}

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** j/k move, Enter opens, e archives, # marks junk, / goes to search; never while typing in a field. */
export function useInboxKeys(handlers: KeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const h = latest.current;
      const run: Record<string, (() => void) | undefined> = { j: h.next, k: h.previous, Enter: h.open, e: h.archive, '#': h.junk, '/': h.search };
      const handler = run[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
