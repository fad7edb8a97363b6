import { type FocusEvent, type ReactNode, useId, useLayoutEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { defaultSuomifiTheme } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n.js';

const Box = styled.div`
  overflow-x: auto;
  max-width: 100%;
  /* The box scrolls, not the suomifi table inside it: the table is as wide as its content. */
  && > .fi-table {
    overflow: visible;
    width: max-content;
    min-width: 100%;
    max-width: none;
    box-sizing: border-box;
  }
  &:focus-visible {
    outline: 2px solid ${defaultSuomifiTheme.colors.accentSecondary};
    outline-offset: 2px;
  }
`;

/** Whether the box's content is wider or taller than the box, so that it scrolls. */
export function overflows(box: Pick<HTMLElement, 'scrollWidth' | 'clientWidth' | 'scrollHeight' | 'clientHeight'>): boolean {
  return box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
}

/**
 * A box that scrolls sideways when a wide table does not fit the screen (320 px, a long name, the audit
 * trail). While it scrolls it is a labelled region in the tab order, so that a keyboard user can reach it
 * and scroll it with the arrow keys (WCAG 2.1.1; axe-core's scrollable-region-focusable); while it does
 * not, it is a plain box and no extra tab stop. It decides in a layout effect, before the first paint, and
 * again whenever the box or its content changes size (rows arriving, fonts loading, the window resized):
 * suomifi's Table decides only from its own box's size changes, a frame late, and misses content that
 * grows inside a box that keeps its size. Its name is the section's heading and "(scrolls sideways)", so that
 * it is not a second landmark of the same name as the section it is in (axe-core's landmark-unique). While it has
 * the focus it stays focusable even if it stops scrolling (the window widened), so that the focus is not lost.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const { t } = useI18n();
  const hintId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  const [focused, setFocused] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const update = () => setScrolls(overflows(box));
    update();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(box);
    const observeChildren = () => {
      for (const child of Array.from(box.children)) observer.observe(child);
    };
    observeChildren();
    const mutations = new MutationObserver(() => {
      observeChildren();
      update();
    });
    mutations.observe(box, { childList: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, []);
  const region = scrolls || focused;
  const onFocusChange = (event: FocusEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return; // a child's focus or blur, bubbled up
    // The window losing focus blurs the box too, but it stays the document's active element: keep it focusable.
    if (event.type === 'blur' && document.activeElement === event.currentTarget) return;
    setFocused(event.type === 'focus');
  };
  return (
    <Box
      ref={ref}
      data-scroll-region=""
      tabIndex={region ? 0 : undefined}
      role={region ? 'region' : undefined}
      aria-labelledby={region ? `${labelledBy} ${hintId}` : undefined}
      onFocus={onFocusChange}
      onBlur={onFocusChange}
    >
      <span id={hintId} hidden>
        {t.scrollsSideways}
      </span>
      {children}
    </Box>
  );
}
