/** What a key press in the review queue asks for. */
export type QueueCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'toggle-select'
  | 'approve'
  | 'block'
  | 'bulk-approve'
  | 'bulk-block'
  | 'claim'
  | 'label-fraud'
  | 'label-not-fraud'
  | 'open'
  | 'clear'
  | 'help';

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The queue's keyboard map, for the help panel. */
export const QUEUE_SHORTCUTS: ReadonlyArray<{ keys: string[]; what: string }> = [
  { keys: ['J', '↓'], what: 'Next order' },
  { keys: ['K', '↑'], what: 'Previous order' },
  { keys: ['Enter', 'O'], what: 'Open the order’s details' },
  { keys: ['C'], what: 'Claim it (or release your claim)' },
  { keys: ['A'], what: 'Approve it' },
  { keys: ['B'], what: 'Block it' },
  { keys: ['F'], what: 'Label it fraud' },
  { keys: ['N'], what: 'Label it not fraud' },
  { keys: ['X', 'Space'], what: 'Select it for a bulk decision' },
  { keys: ['Shift+A'], what: 'Approve all selected' },
  { keys: ['Shift+B'], what: 'Block all selected' },
  { keys: ['Esc'], what: 'Clear the selection' },
  { keys: ['Home', 'End'], what: 'First / last order' },
  { keys: ['?'], what: 'Show or hide these shortcuts' },
];

/** Maps a key press to a queue command; null for anything else (and for browser or OS shortcuts). */
export function queueCommand(event: KeyLike): QueueCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === '?') return 'help';
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (event.shiftKey) {
    if (key === 'a') return 'bulk-approve';
    if (key === 'b') return 'bulk-block';
    return null;
  }
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'x':
    case ' ':
      return 'toggle-select';
    case 'a':
      return 'approve';
    case 'b':
      return 'block';
    case 'c':
      return 'claim';
    case 'f':
      return 'label-fraud';
    case 'n':
      return 'label-not-fraud';
    case 'Enter':
    case 'o':
      return 'open';
    case 'Escape':
      return 'clear';
    default:
      return null;
  }
}
