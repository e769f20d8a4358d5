// The case list's keyboard shortcuts: which key does what, and when a key is not the list's.

export type ListCommand = 'down' | 'up' | 'open' | 'toggle' | 'extend' | 'accept' | 'assign' | 'remind' | 'search' | 'clear' | 'help';

/** The commands that change cases: only for the office, which may select. */
export const SELECTION_COMMANDS: ReadonlySet<ListCommand> = new Set(['toggle', 'extend', 'accept', 'assign', 'remind', 'clear']);

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The command a key stands for, or null. A key held with Ctrl, ⌘ or Alt is the browser's. */
export function listCommand(event: KeyLike): ListCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  // Shift changes the letter's case; only x means something else with it.
  switch (event.key) {
    case 'j':
    case 'J':
    case 'ArrowDown':
      return event.shiftKey ? null : 'down';
    case 'k':
    case 'K':
    case 'ArrowUp':
      return event.shiftKey ? null : 'up';
    case 'Enter':
    case 'o':
      return event.shiftKey ? null : 'open';
    case 'x':
    case 'X':
      return event.shiftKey ? 'extend' : 'toggle';
    case ' ':
      return event.shiftKey ? 'extend' : 'toggle';
    case 'a':
      return 'accept';
    case 's':
      return 'assign';
    case 'r':
      return 'remind';
    case '/':
      return 'search';
    case 'Escape':
      return 'clear';
    case '?':
      return 'help';
    default:
      return null;
  }
}

// The input types where keys are text; a checkbox or a button is not typed into.
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'datetime-local', 'month', 'time', 'week']);

interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  getAttribute?: (name: string) => string | null;
}

/** Whether the key goes to something the user is typing into (or choosing in): then it is never the list's. */
export function isTypingTarget(target: TargetLike | null): boolean {
  if (!target?.tagName) return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || target.isContentEditable) return true;
  if (tag === 'input') return TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  const role = target.getAttribute?.('role');
  return role === 'combobox' || role === 'textbox' || role === 'listbox' || role === 'option';
}

/**
 * Whether the key belongs to the focused control itself: Enter and Space press a button, follow
 * a link or tick a box, and the list leaves them that.
 */
export function isPressTarget(target: TargetLike | null, key: string): boolean {
  if (key !== 'Enter' && key !== ' ') return false;
  if (!target?.tagName) return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'button' || tag === 'a' || tag === 'input') return true;
  const role = target.getAttribute?.('role');
  return role === 'button' || role === 'link' || role === 'checkbox' || role === 'menuitem' || role === 'tab';
}
