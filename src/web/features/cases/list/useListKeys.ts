import { useEffect, useRef } from 'react';
import { isPressTarget, isTypingTarget, listCommand, SELECTION_COMMANDS, type ListCommand } from './listKeys';

const DIALOGS = '[role="dialog"], .ant-modal-wrap, .ant-drawer-open';

/** Whether a dialog (antd modal or drawer) is on screen or has the key: the keys are then its own. */
function inDialog(target: HTMLElement | null): boolean {
  if (target?.closest(`${DIALOGS}, .ant-popover`)) return true;
  return [...document.querySelectorAll(DIALOGS)].some((el) => el.getClientRects().length > 0);
}

/**
 * The list's keys on the whole page: each command goes to `run`. Keys typed into a field or a
 * choice list, keys while a dialog is open, Enter and Space on a focused button or box, and keys
 * held with Ctrl, ⌘ or Alt are left alone. Without `canSelect` the keys that select do nothing.
 */
export function useListKeys(enabled: boolean, canSelect: boolean, run: (command: ListCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = listCommand(event);
      if (!command) return;
      if (!canSelect && SELECTION_COMMANDS.has(command)) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (isTypingTarget(target) || isPressTarget(target, event.key) || inDialog(target)) return;
      // Space would scroll the page, "/" would open the browser's quick find.
      event.preventDefault();
      latest.current(command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, canSelect]);
}
