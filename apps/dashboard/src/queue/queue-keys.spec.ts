import { describe, expect, it } from '@jest/globals';
import { queueCommand, type KeyLike } from './queue-keys';

const press = (key: string, modifiers: Partial<KeyLike> = {}): KeyLike => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('queueCommand', () => {
  it('moves with J/K and the arrow keys', () => {
    expect(queueCommand(press('j'))).toBe('next');
    expect(queueCommand(press('ArrowDown'))).toBe('next');
    expect(queueCommand(press('k'))).toBe('previous');
    expect(queueCommand(press('ArrowUp'))).toBe('previous');
  });

  it('decides, claims and opens', () => {
    expect(queueCommand(press('a'))).toBe('approve');
    expect(queueCommand(press('b'))).toBe('block');
    expect(queueCommand(press('c'))).toBe('claim');
    expect(queueCommand(press('Enter'))).toBe('open');
  });

  it('labels the order fraud or not fraud', () => {
    expect(queueCommand(press('f'))).toBe('label-fraud');
    expect(queueCommand(press('N'))).toBe('label-not-fraud');
    expect(queueCommand(press('f', { ctrlKey: true }))).toBeNull();
  });

  it('reads upper-case letters (caps lock) like lower-case ones', () => {
    expect(queueCommand(press('A'))).toBe('approve');
  });

  it('uses Shift for bulk decisions', () => {
    expect(queueCommand(press('A', { shiftKey: true }))).toBe('bulk-approve');
    expect(queueCommand(press('B', { shiftKey: true }))).toBe('bulk-block');
    expect(queueCommand(press('J', { shiftKey: true }))).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    expect(queueCommand(press('a', { ctrlKey: true }))).toBeNull();
    expect(queueCommand(press('r', { metaKey: true }))).toBeNull();
    expect(queueCommand(press('q'))).toBeNull();
  });

  it('selects, clears and shows help', () => {
    expect(queueCommand(press('x'))).toBe('toggle-select');
    expect(queueCommand(press(' '))).toBe('toggle-select');
    expect(queueCommand(press('Escape'))).toBe('clear');
    expect(queueCommand(press('?', { shiftKey: true }))).toBe('help');
  });
});
