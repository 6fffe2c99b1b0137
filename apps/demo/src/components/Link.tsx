import type { ComponentChildren } from 'preact';
import { navigate } from '../lib/router.js';

/** An in-app link: a real anchor (works with the keyboard, opens in a new tab) without reload. */
export function Link(props: {
  href: string;
  children: ComponentChildren;
  current?: boolean;
  class?: string;
}) {
  return (
    <a
      href={props.href}
      class={props.class}
      aria-current={props.current === true ? 'page' : undefined}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}
