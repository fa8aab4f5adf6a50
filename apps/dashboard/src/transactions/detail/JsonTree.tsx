import { useState } from 'react';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function Primitive({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="json-null">null</span>;
  if (typeof value === 'string') return <span className="json-string">{JSON.stringify(value)}</span>;
  if (typeof value === 'number') return <span className="json-number">{String(value)}</span>;
  if (typeof value === 'boolean') return <span className="json-boolean">{String(value)}</span>;
  return <span>{String(value)}</span>;
}

/** One object or array, collapsible; its children are only rendered while it is open. */
function Branch({ name, value, defaultOpen }: { name: string | null; value: unknown; defaultOpen: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, i) => [String(i), item])
    : Object.entries(value as Record<string, unknown>);
  const [openBracket, closeBracket] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const summary = Array.isArray(value)
    ? `${entries.length} item${entries.length === 1 ? '' : 's'}`
    : `${entries.length} key${entries.length === 1 ? '' : 's'}`;

  return (
    <details className="json-branch" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {name !== null ? <span className="json-key">{name}: </span> : null}
        <span className="json-bracket">{openBracket}</span>
        {open ? null : (
          <span className="json-summary">
            {' '}
            {summary} <span className="json-bracket">{closeBracket}</span>
          </span>
        )}
      </summary>
      {open ? (
        <div className="json-children">
          {entries.map(([key, child]) => (
            <JsonNode key={key} name={Array.isArray(value) ? null : key} value={child} depth={1} />
          ))}
          <span className="json-bracket">{closeBracket}</span>
        </div>
      ) : null}
    </details>
  );
}

function JsonNode({ name, value, depth }: { name: string | null; value: unknown; depth: number }) {
  if (Array.isArray(value) || isObject(value)) {
    return <Branch name={name} value={value} defaultOpen={depth === 0} />;
  }
  return (
    <div className="json-leaf">
      {name !== null ? <span className="json-key">{name}: </span> : null}
      <Primitive value={value} />
    </div>
  );
}

/** A stored payload as a collapsible tree (the top level open). */
export function JsonTree({ value }: { value: unknown }) {
  return (
    <div className="json-tree">
      <JsonNode name={null} value={value as Json} depth={0} />
    </div>
  );
}
