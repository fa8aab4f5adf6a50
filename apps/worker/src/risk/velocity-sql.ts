/**
 * The velocity ops of velocity-script.ts as PL/pgSQL, for the no-Redis mode: same plan (velocity-plan.ts),
 * same readings. One function per op; `vigil_velocity_observe` walks a plan's ops like the Lua script, and
 * `vigil_velocity_observe_many` runs a whole batch's plans in order in one round trip. Adding an op is one
 * small function here plus one branch in the walker (and its Lua twin).
 *
 * Entries live in `velocity_entries (key, member, at, expires_at)`: `at` is the event time in ms (the sorted
 * set's score), `expires_at` the wall-clock expiry the worker's hourly maintenance deletes by. Unlike a
 * Redis key, whose expiry every write renews, each entry expires on its own; windows are far shorter than
 * the expiries, so readings only differ for label history older than 400 days.
 *
 * Concurrency: a batch first takes a transaction advisory lock per key, in one sorted order (no deadlock),
 * so concurrent workers serialize per subject exactly like script calls on one Redis.
 */
export const VELOCITY_FUNCTIONS = `
CREATE OR REPLACE FUNCTION vigil_velocity_expiry(keep_ms bigint) RETURNS timestamptz
LANGUAGE sql STABLE AS $$ SELECT clock_timestamp() + keep_ms * interval '1 millisecond' $$;

-- D and C: entries per window other than the member's own (one statement for every window); then record
-- (D: latest time, C: first time).
CREATE OR REPLACE FUNCTION vigil_velocity_counts(
  k text, t bigint, distinct_members boolean, m text, record boolean, keep_ms bigint, windows bigint[]
) RETURNS bigint[] LANGUAGE plpgsql AS $$
DECLARE
  result bigint[];
BEGIN
  -- LATERAL: one index range scan of (key, at) per window, whatever the table's size.
  SELECT array_agg(c.n ORDER BY w.o) INTO result
  FROM unnest(windows) WITH ORDINALITY AS w(ms, o)
  CROSS JOIN LATERAL (
    SELECT count(*) AS n FROM velocity_entries e
    WHERE e.key = k AND e.at BETWEEN t - w.ms AND t AND e.member <> m
  ) AS c;
  IF record AND m <> '' THEN
    INSERT INTO velocity_entries AS e (key, member, at, expires_at)
    VALUES (k, m, t, vigil_velocity_expiry(keep_ms))
    ON CONFLICT (key, member) DO UPDATE SET
      at = CASE WHEN distinct_members THEN greatest(e.at, EXCLUDED.at) ELSE e.at END,
      expires_at = EXCLUDED.expires_at;
  END IF;
  RETURN result;
END $$;

-- S: sum of the other transactions' amounts in the window (members are '<transaction>|<amount>', the first
-- 1000 by time as in the script); then record this transaction's latest amount at its first time.
CREATE OR REPLACE FUNCTION vigil_velocity_sum(
  k text, t bigint, tx text, amount text, record boolean, keep_ms bigint, window_ms bigint
) RETURNS bigint[] LANGUAGE plpgsql AS $$
DECLARE
  prefix text := tx || '|';
  total bigint := 0;
  own text;
  own_at bigint;
  entry text := tx || '|' || amount;
  r record;
BEGIN
  FOR r IN
    SELECT member, at FROM velocity_entries
    WHERE key = k AND at BETWEEN t - window_ms AND t ORDER BY at, member LIMIT 1000
  LOOP
    IF left(r.member, length(prefix)) = prefix THEN
      own := r.member;
      own_at := r.at;
    ELSE
      total := total + coalesce(substring(r.member FROM '\\|(-?[0-9]+)$')::bigint, 0);
    END IF;
  END LOOP;
  IF record THEN
    IF own IS DISTINCT FROM entry THEN
      IF own IS NOT NULL THEN DELETE FROM velocity_entries WHERE key = k AND member = own; END IF;
      INSERT INTO velocity_entries (key, member, at, expires_at)
      VALUES (k, entry, coalesce(own_at, t), vigil_velocity_expiry(keep_ms))
      ON CONFLICT (key, member) DO UPDATE SET expires_at = EXCLUDED.expires_at;
    ELSE
      UPDATE velocity_entries SET expires_at = vigil_velocity_expiry(keep_ms) WHERE key = k AND member = own;
    END IF;
  END IF;
  RETURN ARRAY[total];
END $$;

-- H: label history sets; record first, then each set's size other than this transaction.
CREATE OR REPLACE FUNCTION vigil_velocity_history(
  ks text[], t bigint, m text, records text[], keep_ms bigint
) RETURNS bigint[] LANGUAGE plpgsql AS $$
DECLARE
  result bigint[];
BEGIN
  INSERT INTO velocity_entries (key, member, at, expires_at)
  SELECT key, m, t, vigil_velocity_expiry(keep_ms)
  FROM unnest(ks, records) AS r(key, record) WHERE record = '1'
  ON CONFLICT (key, member) DO UPDATE SET expires_at = EXCLUDED.expires_at;
  SELECT array_agg(c.n ORDER BY s.o) INTO result
  FROM unnest(ks) WITH ORDINALITY AS s(key, o)
  CROSS JOIN LATERAL (
    SELECT count(*) AS n FROM velocity_entries e WHERE e.key = s.key AND e.member <> m
  ) AS c;
  RETURN result;
END $$;

-- F: earliest time seen (min of the stored one and the candidate).
CREATE OR REPLACE FUNCTION vigil_velocity_first_seen(k text, candidate bigint, keep_ms bigint)
RETURNS bigint[] LANGUAGE sql AS $$
  INSERT INTO velocity_entries AS e (key, member, at, expires_at)
  VALUES (k, '', candidate, vigil_velocity_expiry(keep_ms))
  ON CONFLICT (key, member) DO UPDATE SET at = least(e.at, EXCLUDED.at), expires_at = EXCLUDED.expires_at
  RETURNING ARRAY[at]
$$;

-- One plan (KEYS and ARGV of the script): the readings in plan order.
CREATE OR REPLACE FUNCTION vigil_velocity_observe(keys text[], args text[]) RETURNS bigint[]
LANGUAGE plpgsql AS $$
DECLARE
  t bigint := args[1]::bigint;
  a int := 2;
  k int := 1;
  n int;
  op text;
  result bigint[] := '{}';
BEGIN
  WHILE a <= coalesce(array_length(args, 1), 0) LOOP
    op := args[a];
    IF op = 'D' OR op = 'C' THEN
      n := args[a + 4]::int;
      result := result || vigil_velocity_counts(keys[k], t, op = 'D', args[a + 1], args[a + 2] = '1',
        args[a + 3]::bigint, args[a + 5 : a + 4 + n]::bigint[]);
      k := k + 1;
      a := a + 5 + n;
    ELSIF op = 'S' THEN
      result := result || vigil_velocity_sum(keys[k], t, args[a + 1], args[a + 2], args[a + 3] = '1',
        args[a + 4]::bigint, args[a + 5]::bigint);
      k := k + 1;
      a := a + 6;
    ELSIF op = 'H' THEN
      n := args[a + 1]::int;
      result := result || vigil_velocity_history(keys[k : k + n - 1], t, args[a + 2],
        args[a + 3 : a + 2 + n], args[a + 3 + n]::bigint);
      k := k + n;
      a := a + 4 + n;
    ELSIF op = 'F' THEN
      result := result || vigil_velocity_first_seen(keys[k], args[a + 1]::bigint, args[a + 2]::bigint);
      k := k + 1;
      a := a + 3;
    ELSE
      RAISE EXCEPTION 'velocity: unknown op %', op;
    END IF;
  END LOOP;
  RETURN result;
END $$;

-- A batch of plans, [{"keys": [...], "args": [...]}, ...], observed in order: one reading array each.
CREATE OR REPLACE FUNCTION vigil_velocity_observe_many(plans jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  plan jsonb;
  result jsonb := '[]';
BEGIN
  PERFORM pg_advisory_xact_lock(lock_key) FROM (
    SELECT DISTINCT hashtextextended(key, 0) AS lock_key FROM jsonb_array_elements(plans) AS p,
      jsonb_array_elements_text(p -> 'keys') AS key
    ORDER BY 1
  ) AS sorted;
  FOR plan IN SELECT value FROM jsonb_array_elements(plans) LOOP
    result := result || jsonb_build_array(to_jsonb(vigil_velocity_observe(
      ARRAY(SELECT jsonb_array_elements_text(plan -> 'keys')),
      ARRAY(SELECT jsonb_array_elements_text(plan -> 'args')))));
  END LOOP;
  RETURN result;
END $$;
`;

/** Installs (or updates) the functions; processes starting together take turns. */
export const INSTALL_LOCK_ID = 4_711_101;
