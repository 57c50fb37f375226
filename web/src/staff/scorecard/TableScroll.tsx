import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A table's own sideways scroller, so a table wider than the screen never scrolls the page. Only while the
 * table is too wide does it become a named region in the tab order (so keyboard users can scroll it with
 * the arrow keys); when everything fits it is a plain box and costs no extra tab stop.
 */
export const TableScroll = ({ label, children }: { label: string; children: ComponentChildren }) => {
  const box = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const check = () => setWide(el.scrollWidth > el.clientWidth + 1);
    check();
    const watch = new ResizeObserver(check);
    watch.observe(el);
    if (el.firstElementChild) watch.observe(el.firstElementChild);
    return () => watch.disconnect();
  }, []);
  return (
    <div
      ref={box}
      class="table-scroll"
      {...(wide ? { role: 'region', tabIndex: 0, 'aria-label': `${label} (scrolls sideways)` } : {})}
    >
      {children}
    </div>
  );
};
