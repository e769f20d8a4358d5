import { describe, expect, it } from 'vitest';
import { isPressTarget, isTypingTarget, listCommand } from './listKeys';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const el = (tagName: string, extra: { type?: string; role?: string; isContentEditable?: boolean } = {}) => ({
  tagName,
  type: extra.type,
  isContentEditable: extra.isContentEditable ?? false,
  getAttribute: (name: string) => (name === 'role' ? (extra.role ?? null) : null),
});

describe('the case list’s keys', () => {
  it('moves, opens, selects and acts', () => {
    expect(listCommand(key('j'))).toBe('down');
    expect(listCommand(key('ArrowDown'))).toBe('down');
    expect(listCommand(key('k'))).toBe('up');
    expect(listCommand(key('ArrowUp'))).toBe('up');
    expect(listCommand(key('Enter'))).toBe('open');
    expect(listCommand(key('o'))).toBe('open');
    expect(listCommand(key('x'))).toBe('toggle');
    expect(listCommand(key(' '))).toBe('toggle');
    expect(listCommand(key('X', { shiftKey: true }))).toBe('extend');
    expect(listCommand(key('a'))).toBe('accept');
    expect(listCommand(key('s'))).toBe('assign');
    expect(listCommand(key('r'))).toBe('remind');
    expect(listCommand(key('/'))).toBe('search');
    expect(listCommand(key('Escape'))).toBe('clear');
    expect(listCommand(key('?', { shiftKey: true }))).toBe('help');
  });

  it('leaves keys held with Ctrl, ⌘ or Alt, and other keys, to the browser', () => {
    expect(listCommand(key('a', { ctrlKey: true }))).toBeNull();
    expect(listCommand(key('r', { metaKey: true }))).toBeNull();
    expect(listCommand(key('j', { altKey: true }))).toBeNull();
    expect(listCommand(key('q'))).toBeNull();
    expect(listCommand(key('A', { shiftKey: true }))).toBeNull();
    expect(listCommand(key('Enter', { shiftKey: true }))).toBeNull();
  });

  it('never takes a key the user types into a field or a choice list', () => {
    expect(isTypingTarget(el('INPUT', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(el('INPUT', {}))).toBe(true);
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(el('SELECT'))).toBe(true);
    expect(isTypingTarget(el('DIV', { isContentEditable: true }))).toBe(true);
    expect(isTypingTarget(el('DIV', { role: 'combobox' }))).toBe(true);
    expect(isTypingTarget(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(el('BODY'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('leaves Enter and Space to a focused button, link or box', () => {
    expect(isPressTarget(el('BUTTON'), 'Enter')).toBe(true);
    expect(isPressTarget(el('A'), 'Enter')).toBe(true);
    expect(isPressTarget(el('INPUT', { type: 'checkbox' }), ' ')).toBe(true);
    expect(isPressTarget(el('SPAN', { role: 'button' }), ' ')).toBe(true);
    expect(isPressTarget(el('BUTTON'), 'j')).toBe(false);
    expect(isPressTarget(el('TR'), 'Enter')).toBe(false);
    expect(isPressTarget(el('BODY'), ' ')).toBe(false);
  });
});
