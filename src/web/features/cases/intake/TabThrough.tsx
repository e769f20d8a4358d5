import { useRef, type KeyboardEvent, type ReactNode } from 'react';

// What the browser's Tab key visits, before the checks below.
const CANDIDATES = 'a[href], button, input, select, textarea, [tabindex]';

function isTabStop(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || el.matches(':disabled') || el.getClientRects().length === 0) return false;
  if (el.closest('[inert], [aria-hidden="true"]')) return false;
  if (el instanceof HTMLInputElement) {
    if (el.type === 'hidden') return false;
    // A radio group is one stop: its checked radio, or its first when none is.
    if (el.type === 'radio' && el.name) {
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
      const stop = group.find((radio) => radio.checked) ?? group[0];
      return stop === el;
    }
  }
  return true;
}

/** The next (or previous) stop of the Tab key after `from`, in document order. */
function nextTabStop(from: HTMLElement, backwards: boolean): HTMLElement | null {
  const stops = [...document.querySelectorAll<HTMLElement>(CANDIDATES)].filter((el) => el === from || isTabStop(el));
  const at = stops.indexOf(from);
  if (at < 0) return null;
  return stops[backwards ? at - 1 : at + 1] ?? null;
}

/**
 * Makes Tab in a select whose list is open behave as in any other field: it moves on. The select
 * itself (rc-select) takes a Tab in an open list as "choose the highlighted option" and keeps the
 * focus, so a fast typist's next words land in the select's search; in a multiple select it even
 * toggles the highlighted option, which silently drops a category already chosen.
 *
 * Here Tab accepts the highlighted option only when it is not chosen yet (and, in a multiple
 * select, only when something was typed to find it), then moves on; otherwise it just moves on and
 * the list closes as the select loses the focus. The wrapper adds no box to the layout.
 */
export function TabThrough({ multiple = false, children }: { multiple?: boolean; children: ReactNode }) {
  const moveOn = useRef(false);
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    moveOn.current = false;
    const input = event.target;
    if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
    if (!(input instanceof HTMLInputElement) || input.getAttribute('aria-expanded') !== 'true') return;
    const activeId = input.getAttribute('aria-activedescendant');
    const active = activeId ? document.getElementById(activeId) : null;
    const accept =
      active !== null &&
      active.getAttribute('aria-selected') !== 'true' &&
      active.getAttribute('aria-disabled') !== 'true' &&
      (!multiple || input.value.trim() !== '');
    if (accept) {
      // The select chooses it and holds the focus (preventDefault); onKeyDown then moves on.
      moveOn.current = true;
      return;
    }
    // The select never sees this Tab: the browser moves on, and the list closes on blur.
    event.stopPropagation();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!moveOn.current) return;
    moveOn.current = false;
    if (event.key !== 'Tab' || !event.defaultPrevented || !(event.target instanceof HTMLElement)) return;
    nextTabStop(event.target, event.shiftKey)?.focus();
  };
  return (
    <div style={{ display: 'contents' }} onKeyDownCapture={onKeyDownCapture} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
