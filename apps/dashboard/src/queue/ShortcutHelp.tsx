import { QUEUE_SHORTCUTS } from './queue-keys';

/** The queue's keyboard map. */
export function ShortcutHelp() {
  return (
    <section className="panel shortcut-help" aria-labelledby="shortcuts-title" data-testid="shortcut-help">
      <h2 id="shortcuts-title" className="panel-title">
        Keyboard shortcuts
      </h2>
      <dl className="shortcut-list">
        {QUEUE_SHORTCUTS.map((shortcut) => (
          <div key={shortcut.what} className="shortcut">
            <dt>
              {shortcut.keys.map((key, i) => (
                <span key={key}>
                  {i > 0 ? ' / ' : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcut.what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
