import type { RuleAttributeJson } from '@vigil/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { fetchLists, listsKeys } from '../lists/lists-api';
import { QueryError } from '../ui/QueryError';
import { fetchRuleAttributes, rulesKeys } from './rules-api';

function group(attributes: readonly RuleAttributeJson[]): Array<[string, RuleAttributeJson[]]> {
  const groups = new Map<string, RuleAttributeJson[]>();
  for (const attribute of attributes) {
    const list = groups.get(attribute.category) ?? [];
    list.push(attribute);
    groups.set(attribute.category, list);
  }
  return [...groups.entries()];
}

/** What an expression may use: attributes by category and the lists (click one to insert it). */
export function AttributeReference({
  onInsert,
  embedded = false,
}: {
  onInsert?: (text: string) => void;
  /** Inside the rule editor (no panel of its own). */
  embedded?: boolean;
}) {
  const [filter, setFilter] = useState('');
  const attributes = useQuery({
    queryKey: rulesKeys.attributes,
    queryFn: ({ signal }) => fetchRuleAttributes(signal),
    staleTime: Infinity,
  });
  const lists = useQuery({ queryKey: listsKeys.list, queryFn: ({ signal }) => fetchLists(signal) });
  const needle = filter.trim().toLowerCase();
  const groups = useMemo(
    () =>
      group(
        (attributes.data ?? []).filter(
          (a) => needle === '' || a.name.includes(needle) || a.description.toLowerCase().includes(needle),
        ),
      ),
    [attributes.data, needle],
  );
  const matchingLists = (lists.data ?? []).filter((l) => needle === '' || l.name.includes(needle));

  return (
    <section
      className={`attribute-panel${embedded ? ' is-embedded' : ' panel'}`}
      aria-labelledby="attributes-title"
      data-testid="attribute-reference"
    >
      <header className="panel-header">
        <div>
          <h2 id="attributes-title" className="panel-title">
            {onInsert ? 'Reference — click to insert' : 'Reference'}
          </h2>
          <p className="panel-subtitle">
            Operators: <code>= != &gt; &gt;= &lt; &lt;=</code>, <code>and or not</code>, <code>in @list</code>
            , <code>is_missing(:x:)</code>
          </p>
        </div>
      </header>
      <div className="panel-body">
        <label className="field">
          <span className="visually-hidden">Filter attributes</span>
          <input
            className="input input-small"
            type="search"
            placeholder="Filter attributes and lists"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </label>
        {attributes.isError ? <QueryError error={attributes.error} what="the attribute reference" /> : null}
        <div className="attribute-groups">
          {groups.map(([category, items]) => (
            <div key={category}>
              <h3 className="subheading">{category}</h3>
              <dl className="attribute-list">
                {items.map((attribute) => (
                  <div key={attribute.name} className="attribute">
                    <dt>
                      <button
                        type="button"
                        className="attribute-name"
                        disabled={!onInsert}
                        onClick={() => onInsert?.(`:${attribute.name}:`)}
                        title={onInsert ? 'Insert into the expression' : undefined}
                      >
                        :{attribute.name}:
                      </button>
                      <span className="attribute-type">{attribute.type}</span>
                    </dt>
                    <dd>{attribute.description}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
          {matchingLists.length > 0 ? (
            <div>
              <h3 className="subheading">lists</h3>
              <dl className="attribute-list">
                {matchingLists.map((list) => (
                  <div key={list.id} className="attribute">
                    <dt>
                      <button
                        type="button"
                        className="attribute-name"
                        disabled={!onInsert}
                        onClick={() => onInsert?.(`@${list.name}`)}
                      >
                        @{list.name}
                      </button>
                      <span className="attribute-type">{list.kind}</span>
                    </dt>
                    <dd>{list.description ?? `${list.itemCount} item${list.itemCount === 1 ? '' : 's'}`}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}
