import { useEffect, useEffectEvent } from 'react';
import { queueCommand, type QueueCommand } from './queue-keys';

/** Typing in a field, working a dialog, or pressing a focused control: the queue keys stay out of the way. */
function ignoreTarget(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]')) return true;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
    // A row's checkbox still lets the queue keys work; Space there toggles it natively.
    return !(target instanceof HTMLInputElement && target.type === 'checkbox' && event.key !== ' ');
  }
  if ((tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') && (event.key === 'Enter' || event.key === ' '))
    return true;
  return false;
}

/** Runs `onCommand` for the queue's keyboard shortcuts anywhere on the page. */
export function useQueueKeyboard(onCommand: (command: QueueCommand) => void): void {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || ignoreTarget(event)) return;
    if (document.querySelector('dialog[open]')) return;
    const command = queueCommand(event);
    if (!command) return;
    event.preventDefault();
    onCommand(command);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
