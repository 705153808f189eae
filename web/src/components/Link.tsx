import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../router';

/** A real link (middle-click opens a tab), with a plain click handled without a reload. */
export function Link({ href, active, children }: { href: string; active?: boolean; children: ReactNode }) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
      {children}
    </a>
  );
}
