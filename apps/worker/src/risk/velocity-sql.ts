/**
 * The velocity op list (velocity-ops.ts, where the semantics are defined) as one PL/pgSQL function, for the
 * no-Redis mode: the same plans as the Lua script (velocity-script.ts; its `scriptCall` encodes them), the same
 * readings as the Redis and in-memory stores (velocity-store-equivalence.int-spec.ts runs them side by side on
 * long random sequences). `vigil_velocity_run` runs the plans of a whole batch in order in one statement, so a
 * batch of observations (or of confirmations) is one round trip and one short transaction. Adding an op is one
 * branch here plus its Lua twin.
 *
 * Storage: every op kind lives in `velocity_entries (key, member, at, value, expires_at)`, primary key
 * (key, member) and no other index (so rewriting a member's time is a HOT update; fillfactor 80):
 *   D, C, M     sorted-set entries: `at` is the score (event time in ms)
 *   S           `key`: member transaction, `at` its first time, `value` its latest amount (its own entry by
 *               key); `sums`: member hour, `at` the hour's start, `value` the sum of its entries, and member
 *               'v' once built; `sums:<hour>`: that hour's entries like `key`'s (the edge hours are read by
 *               key, never the whole window; velocity-ops.ts SumOp)
 *   H           set members (`at`: the time of the write, never read)
 *   F           one row, member '', `at` the earliest time
 *   A           `times` key: member transaction, `at` its first time, `value` its latest amount. The script's
 *               `amounts` hash always holds exactly the members of `times` (written and trimmed together), so
 *               one row carries both.
 *   K           member `subject:value`, `at` the time of its earliest sighting, `value` that transaction
 *   B           `counts` key: member bucket, `value` orders; `members` key: member transaction, `value` its
 *               bucket
 *
 * Cost (docs/operations.md "Two modes", docs/profile.md "No-Redis velocity store"): every statement reads by key
 * through the primary key (a key holds little beyond its widest window: `keep` is that window, and trimming
 * drops the rest); the basket reads each period's bucket counts (a few dozen rows) once per statement, keeps
 * them in memory with the statement's changes and writes each changed count row once at the end; its quantiles
 * walk per-bucket totals kept for each pair of periods the statement reads (changed with every move, rebuilt
 * only when a move opens a bucket); the transaction's own bucket is read by key, never all members. The ops of
 * one plan never share a key, so they need not run one by one: all D and C ops of an observation (eleven
 * counters) are read by one statement and recorded by two (D, C; skipped when there is nothing to record), every
 * other op is one statement of its own (its record and its read together: a statement reads what was there
 * before it, which is "read first, record after"). About a dozen statements per observation, two per
 * confirmation. Trimming (entries older than `at − keep`, on one write in eight) is the script's, so readings
 * stay identical even for replays of older events.
 *
 * Expiry: each row carries its own wall-clock `expires_at` (`keep` after its write), which the worker's hourly
 * maintenance deletes by (libs/pipeline/src/stores/expired-rows.ts). A Redis key's expiry is renewed by every
 * write to it; here only the rows an op writes are, and rows an op would rewrite unchanged are renewed at most
 * daily (label history, first seen, known values: they live 400 days). Windows are far shorter than the
 * expiries, so readings only differ for data a year old (docs/operations.md "Limits without Redis").
 *
 * Concurrency: the statement first takes transaction advisory locks on the slots its keys hash to (256 slots,
 * in ascending order, so no deadlock; a bounded number of locks whatever the batch size), so concurrent
 * workers serialize per key like script calls on one Redis. Each statement runs alone on the pool, in its own
 * transaction, never inside an ingest batch's.
 */
export const VELOCITY_FUNCTIONS = `
DROP FUNCTION IF EXISTS vigil_velocity_observe_many(jsonb);
DROP FUNCTION IF EXISTS vigil_velocity_observe(text[], text[]);
DROP FUNCTION IF EXISTS vigil_velocity_counts(text, bigint, boolean, text, boolean, bigint, bigint[]);
DROP FUNCTION IF EXISTS vigil_velocity_sum(text, bigint, text, text, boolean, bigint, bigint);
DROP FUNCTION IF EXISTS vigil_velocity_history(text[], bigint, text, text[], bigint);
DROP FUNCTION IF EXISTS vigil_velocity_first_seen(text, bigint, bigint);
DROP FUNCTION IF EXISTS vigil_velocity_expiry(bigint);

-- Plans in order: keys and args are the scriptCall() encodings of all plans concatenated (each plan's args
-- start with its event time); ends[i] is the index of plan i's last arg. Returns every output of every plan in
-- order (none when readings is false: confirmations only record, and every store ignores their outputs).
--
-- Every statement names its keys (a variable, or = ANY of an array variable), so whatever plan it gets is
-- bounded by those keys. Generic plans, made once per connection: a custom plan would copy the batch's arrays
-- into each statement (a cost growing with the batch) besides planning it again. And only index paths, whatever
-- the statistics said when the plans were made (a new installation's first batch plans on an empty table, and
-- the plans last as long as the connection). Plain index scans, not bitmap scans: they mark the index entries
-- of dead row versions (rows here are rewritten often) so that later scans skip them.
CREATE OR REPLACE FUNCTION vigil_velocity_run(keys text[], args text[], ends int[], readings boolean)
RETURNS bigint[] LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan SET enable_seqscan = off SET enable_bitmapscan = off
SET enable_hashjoin = off SET enable_mergejoin = off
AS $$
DECLARE
  wall timestamptz := now();
  renew interval := interval '1 day';
  result bigint[] := '{}';
  o int := 0;
  k int := 1;
  a int := 1;
  slot int;
  p int;
  t bigint;
  trimming boolean;
  op text;
  n int;
  lim int;
  ky text;
  mb text;
  rec boolean;
  keep_ms bigint;
  expiry timestamptz;
  w1 bigint;
  c1 bigint;
  c2 bigint;
  c3 bigint;
  counts bigint[];
  names text[];
  members text[];
  flags text[];
  spans bigint[];
  own text;
  own_day int;
  sk text;
  hl bigint;
  ht bigint;
  own_at bigint;
  own_amount bigint;
  entry text;
  cur bigint;
  -- The D and C ops of the current plan, run together at its end: where their args and key are, and where
  -- their outputs go (their fields are read from args by the statements themselves).
  nd int;
  dc_args int[];
  dc_keyat int[];
  dc_outputs int[];
  dc_counts bigint[];
  dc_later boolean;
  dc_first boolean;
  -- The basket's bucket counts of this statement (see op B): the count keys loaded so far with their totals,
  -- and per (key, bucket) the count as read plus the changes since, the changes alone, and their latest expiry
  -- (null while unchanged); written once at its end.
  bk_loaded text[] := '{}';
  bk_totals bigint[] := '{}';
  bk_ids text[] := '{}';
  bk_sets int[] := '{}';
  bk_buckets bigint[] := '{}';
  bk_counts bigint[] := '{}';
  bk_deltas bigint[] := '{}';
  bk_expiries timestamptz[] := '{}';
  nb int := 0;
  sets int[];
  bj int;
  own_bucket bigint;
  bi int;
  -- The quantiles' bucket totals (see op B), per set of periods a quantile was read over: its sets (as text;
  -- null once stale), where its buckets start in q_buckets / q_counts and how many; kept in step with every
  -- move into or out of a bucket they hold, marked stale by a move that opens a bucket they do not.
  qc_sig text[] := '{}';
  qc_start int[] := '{}';
  qc_len int[] := '{}';
  qn int := 0;
  q_buckets bigint[] := '{}';
  q_counts bigint[] := '{}';
  q_new_buckets bigint[];
  q_new_counts bigint[];
  qi int;
  q_running bigint;
  q_at int;
BEGIN
  FOR slot IN
    SELECT DISTINCT (hashtextextended(s.key, 0) & 255)::int FROM unnest(keys) AS s(key) ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(1447380076, slot);
  END LOOP;

  FOR p IN 1 .. coalesce(array_length(ends, 1), 0) LOOP
    t := args[a]::bigint;
    trimming := t % 8 = 0;
    a := a + 1;
    nd := 0;
    dc_later := false;
    dc_first := false;
    dc_args := '{}';
    dc_keyat := '{}';
    dc_outputs := '{}';
    WHILE a <= ends[p] LOOP
      op := args[a];

      IF op = 'D' OR op = 'C' THEN
        -- D: distinct members per window (a member at its latest time); C: entries (at their first time).
        -- Collected here, run with the plan's other D and C ops below; their outputs keep their places.
        n := args[a + 4]::int;
        IF n > 3 THEN RAISE EXCEPTION 'velocity: % with % windows', op, n; END IF;
        nd := nd + 1;
        dc_args[nd] := a;
        dc_keyat[nd] := k;
        dc_outputs[nd] := o;
        IF args[a + 2] = '1' AND args[a + 1] <> '' THEN
          IF op = 'D' THEN dc_later := true; ELSE dc_first := true; END IF;
        END IF;
        IF readings THEN o := o + n; END IF;
        k := k + 1;
        a := a + 5 + n;

      ELSIF op = 'M' THEN
        -- Distinct members of several kinds ('kind:member'), among the first 500 of the widest window.
        ky := keys[k];
        rec := args[a + 1] = '1';
        keep_ms := args[a + 2]::bigint;
        n := args[a + 3]::int;
        names := '{}';
        members := '{}';
        spans := '{}';
        w1 := 0;
        FOR i IN 1 .. n LOOP
          names[i] := args[a + 1 + 3 * i];
          members[i] := args[a + 2 + 3 * i];
          spans[i] := args[a + 3 + 3 * i]::bigint;
          w1 := greatest(w1, spans[i]);
        END LOOP;
        rec := rec AND '' <> ANY (members);
        expiry := wall + keep_ms * interval '1 millisecond';
        WITH top AS MATERIALIZED (
          SELECT e.member, e.at FROM velocity_entries e
          WHERE e.key = ky AND e.at BETWEEN t - w1 AND t ORDER BY e.at, e.member LIMIT 500
        ),
        added AS (
          INSERT INTO velocity_entries AS e (key, member, at, expires_at)
            SELECT ky, u.kind || ':' || u.member, t, expiry FROM unnest(names, members) AS u(kind, member)
            WHERE rec AND u.member <> ''
          ON CONFLICT (key, member) DO UPDATE SET at = EXCLUDED.at, expires_at = EXCLUDED.expires_at
            WHERE e.at < EXCLUDED.at
        )
        SELECT array_agg(c.n ORDER BY u.ord) INTO counts
          FROM unnest(names, members, spans) WITH ORDINALITY AS u(kind, member, span, ord)
          CROSS JOIN LATERAL (
            SELECT count(*) AS n FROM top
            WHERE top.at >= t - u.span AND starts_with(top.member, u.kind || ':')
              AND top.member <> u.kind || ':' || u.member
          ) AS c;
        IF readings THEN
          FOR i IN 1 .. n LOOP result[o + i] := counts[i]; END LOOP;
          o := o + n;
        END IF;
        IF rec AND trimming THEN DELETE FROM velocity_entries e WHERE e.key = ky AND e.at < t - keep_ms; END IF;
        k := k + 1;
        a := a + 4 + 3 * n;

      ELSIF op = 'S' THEN
        -- The customer's spend (velocity-ops.ts SumOp), as rows: \`key\` member transaction (at its first time,
        -- value its latest amount); \`sums\` member hour (at the hour's start, value the sum of its entries) and
        -- member 'v' once built; \`sums:<hour>\` the hour's entries like \`key\`'s. Rows written before these
        -- (\`key\` members '<transaction>|<amount>', no value) are moved into them the first time the key is
        -- touched.
        ky := keys[k];
        sk := keys[k + 1];
        mb := args[a + 1];
        entry := args[a + 2];
        rec := args[a + 3] = '1';
        keep_ms := args[a + 4]::bigint;
        w1 := t - args[a + 5]::bigint;
        expiry := wall + keep_ms * interval '1 millisecond';
        hl := w1 / 3600000;
        ht := t / 3600000;
        IF NOT EXISTS (SELECT FROM velocity_entries e WHERE e.key = sk AND e.member = 'v') THEN
          WITH old AS (
            DELETE FROM velocity_entries e WHERE e.key = ky AND e.value IS NULL
            RETURNING e.member, e.at, e.expires_at
          ),
          parsed AS MATERIALIZED (
            SELECT DISTINCT ON (x.tx) x.tx, x.amount, x.at, x.expires_at
            FROM (
              SELECT substring(o.member FROM '^(.*)\\|-?[0-9]+$') AS tx,
                     substring(o.member FROM '\\|(-?[0-9]+)$') AS amount, o.member, o.at, o.expires_at
              FROM old o
            ) AS x
            WHERE x.tx IS NOT NULL ORDER BY x.tx, x.at, x.member COLLATE "C"
          ),
          owns AS (
            INSERT INTO velocity_entries (key, member, at, value, expires_at)
              SELECT ky, p.tx, p.at, p.amount, p.expires_at FROM parsed p
              UNION ALL
              SELECT sk || ':' || (p.at / 3600000), p.tx, p.at, p.amount, p.expires_at FROM parsed p
            ON CONFLICT (key, member) DO NOTHING
          )
          INSERT INTO velocity_entries (key, member, at, value, expires_at)
            SELECT sk, (p.at / 3600000)::text, p.at / 3600000 * 3600000, sum(p.amount::bigint)::text,
                   max(p.expires_at)
            FROM parsed p GROUP BY p.at / 3600000
            UNION ALL
            SELECT sk, 'v', 0, NULL, max(p.expires_at) FROM parsed p HAVING count(*) > 0
          ON CONFLICT (key, member) DO NOTHING;
        END IF;
        own_at := NULL;
        own_amount := NULL;
        SELECT e.at, e.value::bigint INTO own_at, own_amount FROM velocity_entries e
          WHERE e.key = ky AND e.member = mb AND e.value IS NOT NULL;
        IF readings THEN
          -- The hours wholly inside the window, then the edge hours' entries inside it.
          SELECT coalesce(sum(e.value::bigint), 0) INTO c1 FROM velocity_entries e
            WHERE e.key = sk AND e.at > hl * 3600000 AND e.at < ht * 3600000 AND e.member <> 'v';
          SELECT c1 + coalesce(sum(e.value::bigint), 0) INTO c1 FROM velocity_entries e
            WHERE e.key = ANY (ARRAY[sk || ':' || hl, sk || ':' || ht]) AND e.at BETWEEN w1 AND t;
          IF own_at BETWEEN w1 AND t THEN c1 := c1 - own_amount; END IF;
          result[o + 1] := c1;
          o := o + 1;
        END IF;
        IF rec AND own_amount IS DISTINCT FROM entry::bigint THEN
          -- New, or a changed amount: the entry moves to it, keeping its first time, and its hour follows.
          cur := coalesce(own_at, t);
          INSERT INTO velocity_entries AS e (key, member, at, value, expires_at)
            VALUES (ky, mb, cur, entry, expiry), (sk || ':' || (cur / 3600000), mb, cur, entry, expiry)
          ON CONFLICT (key, member) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at;
          INSERT INTO velocity_entries AS e (key, member, at, value, expires_at)
            VALUES (sk, (cur / 3600000)::text, cur / 3600000 * 3600000,
                    (entry::bigint - coalesce(own_amount, 0))::text, expiry),
                   (sk, 'v', 0, NULL, expiry)
          ON CONFLICT (key, member) DO UPDATE SET
            value = (e.value::bigint + EXCLUDED.value::bigint)::text, expires_at = EXCLUDED.expires_at;
        END IF;
        IF rec AND trimming THEN
          -- Entries first recorded before the limit go, and their amounts leave their hours (an hour wholly
          -- before the limit goes; the limit's own hour keeps its later entries). Reads only the hours up to
          -- the limit's and their entries: each entry is removed once.
          cur := t - keep_ms;
          WITH hours AS MATERIALIZED (
            SELECT e.at / 3600000 AS hour FROM velocity_entries e
            WHERE e.key = sk AND e.member <> 'v' AND e.at <= cur / 3600000 * 3600000
          ),
          gone AS (
            DELETE FROM velocity_entries e
            WHERE e.key = ANY (ARRAY(SELECT sk || ':' || h.hour FROM hours h)) AND e.at < cur
            RETURNING e.member, e.at, e.value
          ),
          owns AS (
            DELETE FROM velocity_entries e WHERE e.key = ky AND e.member = ANY (ARRAY(SELECT g.member FROM gone g))
          ),
          hours_gone AS (
            DELETE FROM velocity_entries e
            WHERE e.key = sk AND e.member = ANY (ARRAY(SELECT h.hour::text FROM hours h WHERE h.hour < cur / 3600000))
          )
          UPDATE velocity_entries e SET value = (e.value::bigint - g.total)::text
            FROM (SELECT sum(g.value::bigint) AS total FROM gone g WHERE g.at >= cur / 3600000 * 3600000) AS g
            WHERE e.key = sk AND e.member = (cur / 3600000)::text AND g.total IS NOT NULL;
        END IF;
        k := k + 2;
        a := a + 6;

      ELSIF op = 'H' THEN
        -- Label history: per set, its members other than this transaction (so recording it in the flagged sets
        -- after the read changes nothing read).
        n := args[a + 1]::int;
        mb := args[a + 2];
        keep_ms := args[a + 3 + n]::bigint;
        -- Element by element: a slice would copy the batch's whole array.
        names := '{}';
        flags := '{}';
        FOR i IN 1 .. n LOOP
          names[i] := keys[k + i - 1];
          flags[i] := args[a + 2 + i];
        END LOOP;
        IF readings THEN
          SELECT array_agg(coalesce(c.n, 0) ORDER BY s.ord) INTO counts
            FROM unnest(names) WITH ORDINALITY AS s(key, ord)
            LEFT JOIN (
              SELECT e.key, count(*) AS n FROM velocity_entries e
              WHERE e.key = ANY (names) AND e.member <> mb GROUP BY e.key
            ) AS c ON c.key = s.key;
          FOR i IN 1 .. n LOOP result[o + i] := counts[i]; END LOOP;
          o := o + n;
        END IF;
        -- Labels are rare: most events record nothing here.
        IF '1' = ANY (flags) THEN
          expiry := wall + keep_ms * interval '1 millisecond';
          INSERT INTO velocity_entries AS e (key, member, at, expires_at)
            SELECT r.key, mb, t, expiry FROM unnest(names, flags) AS r(key, flag) WHERE r.flag = '1'
          ON CONFLICT (key, member) DO UPDATE SET expires_at = EXCLUDED.expires_at
            WHERE e.expires_at < EXCLUDED.expires_at - renew;
        END IF;
        k := k + n;
        a := a + 4 + n;

      ELSIF op = 'F' THEN
        -- The earliest time seen; written when earlier (or new), else only renewed now and then.
        ky := keys[k];
        c1 := args[a + 1]::bigint;
        expiry := wall + args[a + 2]::bigint * interval '1 millisecond';
        WITH stored AS MATERIALIZED (
          SELECT e.at, e.expires_at FROM velocity_entries e WHERE e.key = ky AND e.member = ''
        ),
        written AS (
          INSERT INTO velocity_entries AS e (key, member, at, expires_at)
            SELECT ky, '', least((SELECT stored.at FROM stored), c1), expiry
            WHERE NOT EXISTS (SELECT FROM stored WHERE stored.at <= c1 AND stored.expires_at >= expiry - renew)
          ON CONFLICT (key, member) DO UPDATE SET at = EXCLUDED.at, expires_at = EXCLUDED.expires_at
        )
        SELECT least((SELECT stored.at FROM stored), c1) INTO cur;
        IF readings THEN
          result[o + 1] := cur;
          o := o + 1;
        END IF;
        k := k + 1;
        a := a + 3;

      ELSIF op = 'A' THEN
        -- The customer's earlier orders in the window: count, lower median and maximum of the latest
        -- \`limit\` amounts (-1 when none). Records the transaction (time once, amount always).
        ky := keys[k];
        mb := args[a + 1];
        entry := args[a + 2];
        rec := args[a + 3] = '1';
        keep_ms := args[a + 4]::bigint;
        w1 := args[a + 5]::bigint;
        lim := args[a + 6]::int;
        IF readings THEN
          -- The latest \`limit\` others: the script's latest limit + 1, this transaction left out.
          SELECT c.n, coalesce(l.median, -1), coalesce(l.top, -1) INTO c1, c2, c3
            FROM (
              SELECT count(*) AS n FROM velocity_entries e
              WHERE e.key = ky AND e.at BETWEEN t - w1 AND t AND e.member <> mb
            ) AS c,
            LATERAL (
              SELECT (array_agg(x.v ORDER BY x.v))[(count(*)::int - 1) / 2 + 1] AS median, max(x.v) AS top
              FROM (
                SELECT e.value::bigint AS v FROM velocity_entries e
                WHERE e.key = ky AND e.at BETWEEN t - w1 AND t AND e.member <> mb
                ORDER BY e.at DESC, e.member DESC LIMIT lim
              ) AS x
            ) AS l;
          result[o + 1] := c1;
          result[o + 2] := c2;
          result[o + 3] := c3;
          o := o + 3;
        END IF;
        IF rec THEN
          INSERT INTO velocity_entries AS e (key, member, at, value, expires_at)
            VALUES (ky, mb, t, entry, wall + keep_ms * interval '1 millisecond')
          ON CONFLICT (key, member) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at
            WHERE e.value IS DISTINCT FROM EXCLUDED.value OR e.expires_at < EXCLUDED.expires_at - renew;
          IF trimming THEN DELETE FROM velocity_entries e WHERE e.key = ky AND e.at < t - keep_ms; END IF;
        END IF;
        k := k + 2;
        a := a + 7;

      ELSIF op = 'K' THEN
        -- Known values (member 'subject:value', at = earliest sighting, value = its transaction): per value,
        -- [seen, others] among the ones another transaction recorded at least \`settle\` ago.
        ky := keys[k];
        mb := args[a + 1];
        rec := args[a + 2] = '1';
        keep_ms := args[a + 3]::bigint;
        w1 := args[a + 4]::bigint;
        c1 := args[a + 5]::bigint;
        n := args[a + 6]::int;
        names := '{}';
        members := '{}';
        FOR i IN 1 .. n LOOP
          names[i] := args[a + 5 + 2 * i] || ':';
          members[i] := names[i] || args[a + 6 + 2 * i];
        END LOOP;
        IF readings THEN
          SELECT array_agg(r.n ORDER BY u.ord, r.part) INTO counts
            FROM unnest(names, members) WITH ORDINALITY AS u(prefix, field, ord)
            CROSS JOIN LATERAL (
              SELECT count(*) FILTER (WHERE e.member = u.field) AS seen,
                     count(*) FILTER (WHERE e.member <> u.field) AS others
              FROM velocity_entries e
              WHERE e.key = ky AND starts_with(e.member, u.prefix) AND e.value <> mb AND e.at <= t - w1
            ) AS c
            CROSS JOIN LATERAL (VALUES (1, c.seen), (2, c.others)) AS r(part, n);
          FOR i IN 1 .. 2 * n LOOP result[o + i] := counts[i]; END LOOP;
          o := o + 2 * n;
        END IF;
        IF rec THEN
          -- New values while the customer has fewer than \`cap\` (in plan order); known ones move to an
          -- earlier sighting, and are renewed.
          INSERT INTO velocity_entries AS e (key, member, at, value, expires_at)
            SELECT ky, u.field, t, mb, wall + keep_ms * interval '1 millisecond'
            FROM (
              SELECT v.field, v.known, row_number() OVER (PARTITION BY v.known ORDER BY v.ord) AS nth
              FROM (
                SELECT u.field, u.ord, EXISTS (
                  SELECT FROM velocity_entries x WHERE x.key = ky AND x.member = u.field
                ) AS known
                FROM unnest(members) WITH ORDINALITY AS u(field, ord)
              ) AS v
            ) AS u
            WHERE u.known OR u.nth <= c1 - (SELECT count(*) FROM velocity_entries x WHERE x.key = ky)
          ON CONFLICT (key, member) DO UPDATE SET
            at = least(e.at, EXCLUDED.at),
            value = CASE WHEN EXCLUDED.at < e.at THEN EXCLUDED.value ELSE e.value END,
            expires_at = EXCLUDED.expires_at
            WHERE EXCLUDED.at < e.at OR e.expires_at < EXCLUDED.expires_at - renew;
        END IF;
        k := k + 1;
        a := a + 7 + 2 * n;

      ELSIF op = 'B' THEN
        -- The store's basket: bucket counts of the periods (a few dozen rows each), less this transaction's
        -- own bucket (by key in the periods' member rows, the latest period holding it); count, bucket of the
        -- median and of the 90th percentile. Nearly every order of a store changes one of its few count rows:
        -- rewritten per order, a batch would leave a chain of row versions in its own transaction that every
        -- later read of the store steps over. So a period's counts are read once per statement into memory,
        -- kept there with this statement's changes (reads use them), and each changed row is written once, at
        -- the end of the statement.
        n := args[a + 1]::int;
        mb := args[a + 2];
        entry := args[a + 3];
        rec := args[a + 4] = '1' AND entry <> '-1';
        keep_ms := args[a + 5]::bigint;
        expiry := wall + keep_ms * interval '1 millisecond';
        names := '{}';
        members := '{}';
        sets := '{}';
        c3 := 0;
        FOR i IN 1 .. n LOOP
          names[i] := keys[k + 2 * i - 2];
          members[i] := keys[k + 2 * i - 1];
          bj := array_position(bk_loaded, names[i]);
          IF bj IS NULL THEN
            bk_loaded := array_append(bk_loaded, names[i]);
            bj := array_length(bk_loaded, 1);
            bk_totals[bj] := 0;
            FOR c1, c2 IN SELECT e.member::bigint, e.value::bigint FROM velocity_entries e WHERE e.key = names[i] LOOP
              nb := nb + 1;
              bk_ids[nb] := bj || ' ' || c1;
              bk_sets[nb] := bj;
              bk_buckets[nb] := c1;
              bk_counts[nb] := c2;
              bk_deltas[nb] := 0;
              bk_expiries[nb] := NULL;
              bk_totals[bj] := bk_totals[bj] + c2;
            END LOOP;
          END IF;
          sets[i] := bj;
          c3 := c3 + bk_totals[bj];
        END LOOP;
        SELECT array_position(members, e.key), e.value INTO own_day, own FROM velocity_entries e
          WHERE e.key = ANY (members) AND e.member = mb ORDER BY 1 DESC LIMIT 1;
        own_bucket := own::bigint;
        IF readings THEN
          -- The periods' orders, this transaction's taken out; then, over the buckets holding orders in bucket
          -- order, the first buckets whose running count reaches the ranks ⌈n/2⌉, ⌈9n/10⌉ (-1 when none).
          c1 := c3 - CASE WHEN own IS NULL THEN 0 ELSE 1 END;
          c2 := -1;
          c3 := -1;
          IF c1 > 0 THEN
            qi := array_position(qc_sig, sets::text);
            IF qi IS NULL THEN
              -- These periods' totals per bucket, in bucket order, kept for the next orders of the statement
              -- (all kept totals are dropped first once they hold 4,096 buckets: a bounded copy per rebuild).
              SELECT coalesce(array_agg(y.bucket ORDER BY y.bucket), '{}'),
                     coalesce(array_agg(y.n ORDER BY y.bucket), '{}')
                INTO q_new_buckets, q_new_counts
                FROM (
                  SELECT z.bucket, sum(z.n)::bigint AS n
                  FROM unnest(bk_sets, bk_buckets, bk_counts) AS z(set, bucket, n)
                  WHERE z.set = ANY (sets)
                  GROUP BY z.bucket
                ) AS y;
              IF coalesce(array_length(q_buckets, 1), 0) > 4096 THEN
                qc_sig := '{}';
                qc_start := '{}';
                qc_len := '{}';
                qn := 0;
                q_buckets := '{}';
                q_counts := '{}';
              END IF;
              qn := qn + 1;
              qi := qn;
              qc_sig[qi] := sets::text;
              qc_start[qi] := coalesce(array_length(q_buckets, 1), 0) + 1;
              qc_len[qi] := coalesce(array_length(q_new_buckets, 1), 0);
              q_buckets := q_buckets || q_new_buckets;
              q_counts := q_counts || q_new_counts;
            END IF;
            -- Then, this transaction's own order taken out of its bucket, the first buckets whose running count
            -- reaches the ranks ⌈n/2⌉, ⌈9n/10⌉ (null when none does, as a filtered min() of no rows would be).
            c2 := NULL;
            c3 := NULL;
            q_running := 0;
            FOR q_at IN qc_start[qi] .. qc_start[qi] + qc_len[qi] - 1 LOOP
              q_running := q_running + greatest(
                q_counts[q_at] - CASE WHEN q_buckets[q_at] = own_bucket THEN 1 ELSE 0 END, 0);
              IF c2 IS NULL AND q_running >= (5 * c1 + 9) / 10 THEN c2 := q_buckets[q_at]; END IF;
              IF q_running >= (9 * c1 + 9) / 10 THEN c3 := q_buckets[q_at]; EXIT; END IF;
            END LOOP;
          END IF;
          result[o + 1] := c1;
          result[o + 2] := c2;
          result[o + 3] := c3;
          o := o + 3;
        END IF;
        IF rec AND own IS DISTINCT FROM entry THEN
          own_day := coalesce(own_day, n);
          INSERT INTO velocity_entries AS e (key, member, at, value, expires_at)
            VALUES (members[own_day], mb, t, entry, expiry)
          ON CONFLICT (key, member) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at;
          bj := sets[own_day];
          FOR i IN 1 .. 2 LOOP
            -- The move: out of the old bucket (when there was one), into the new one.
            CONTINUE WHEN i = 1 AND own IS NULL;
            c1 := CASE WHEN i = 1 THEN own_bucket ELSE entry::bigint END;
            bi := array_position(bk_ids, bj || ' ' || c1);
            IF bi IS NULL THEN
              nb := nb + 1;
              bi := nb;
              bk_ids[bi] := bj || ' ' || c1;
              bk_sets[bi] := bj;
              bk_buckets[bi] := c1;
              bk_counts[bi] := 0;
              bk_deltas[bi] := 0;
              bk_expiries[bi] := NULL;
            END IF;
            c2 := CASE WHEN i = 1 THEN -1 ELSE 1 END;
            FOR qi IN 1 .. qn LOOP
              CONTINUE WHEN qc_sig[qi] IS NULL OR NOT bj = ANY (qc_sig[qi]::int[]);
              q_at := array_position(q_buckets, c1, qc_start[qi]);
              IF q_at IS NULL OR q_at >= qc_start[qi] + qc_len[qi] THEN
                qc_sig[qi] := NULL;
              ELSE
                q_counts[q_at] := q_counts[q_at] + c2;
              END IF;
            END LOOP;
            bk_counts[bi] := bk_counts[bi] + c2;
            bk_deltas[bi] := bk_deltas[bi] + c2;
            bk_totals[bj] := bk_totals[bj] + c2;
            bk_expiries[bi] := greatest(bk_expiries[bi], expiry);
          END LOOP;
        END IF;
        k := k + 2 * n;
        a := a + 6;

      ELSE
        RAISE EXCEPTION 'velocity: unknown op %', op;
      END IF;
    END LOOP;

    IF nd > 0 THEN
      -- The plan's D and C ops at once: per key, one scan of its entries in the widest window (by the primary
      -- key: a key holds little beyond its widest window). Outputs of windows an op does not have are null.
      IF readings THEN
        SELECT array_agg(ARRAY[c.c1, c.c2, c.c3] ORDER BY u.ord) INTO dc_counts
          FROM unnest(dc_args, dc_keyat) WITH ORDINALITY AS u(at, kat, ord)
          CROSS JOIN LATERAL (
            SELECT keys[u.kat] AS key, args[u.at + 1] AS member, args[u.at + 4]::int AS n,
                   args[u.at + 5]::bigint AS span1,
                   CASE WHEN args[u.at + 4]::int >= 2 THEN args[u.at + 6]::bigint END AS span2,
                   CASE WHEN args[u.at + 4]::int >= 3 THEN args[u.at + 7]::bigint END AS span3
          ) AS w
          CROSS JOIN LATERAL (
            SELECT count(*) FILTER (WHERE e.at >= t - w.span1) AS c1,
                   CASE WHEN w.n >= 2 THEN count(*) FILTER (WHERE e.at >= t - w.span2) END AS c2,
                   CASE WHEN w.n >= 3 THEN count(*) FILTER (WHERE e.at >= t - w.span3) END AS c3
            FROM velocity_entries e
            WHERE e.key = w.key AND e.member <> w.member
              AND e.at BETWEEN t - greatest(w.span1, w.span2, w.span3) AND t
          ) AS c;
        FOR j IN 1 .. nd LOOP
          result[dc_outputs[j] + 1] := dc_counts[j][1];
          IF dc_counts[j][2] IS NOT NULL THEN result[dc_outputs[j] + 2] := dc_counts[j][2]; END IF;
          IF dc_counts[j][3] IS NOT NULL THEN result[dc_outputs[j] + 3] := dc_counts[j][3]; END IF;
        END LOOP;
      END IF;
      -- Then the records (a statement of their own reads nothing they wrote, nor do later ones need it to): D
      -- keeps a member's latest time, C its first.
      IF dc_later THEN
        INSERT INTO velocity_entries AS e (key, member, at, expires_at)
          SELECT keys[u.kat], args[u.at + 1], t, wall + args[u.at + 3]::bigint * interval '1 millisecond'
          FROM unnest(dc_args, dc_keyat) AS u(at, kat)
          WHERE args[u.at] = 'D' AND args[u.at + 2] = '1' AND args[u.at + 1] <> ''
        ON CONFLICT (key, member) DO UPDATE SET at = EXCLUDED.at, expires_at = EXCLUDED.expires_at
          WHERE e.at < EXCLUDED.at;
      END IF;
      IF dc_first THEN
        INSERT INTO velocity_entries AS e (key, member, at, expires_at)
          SELECT keys[u.kat], args[u.at + 1], t, wall + args[u.at + 3]::bigint * interval '1 millisecond'
          FROM unnest(dc_args, dc_keyat) AS u(at, kat)
          WHERE args[u.at] = 'C' AND args[u.at + 2] = '1' AND args[u.at + 1] <> ''
        ON CONFLICT (key, member) DO NOTHING;
      END IF;
      IF trimming AND (dc_later OR dc_first) THEN
        DELETE FROM velocity_entries e
          USING unnest(dc_args, dc_keyat) AS u(at, kat)
          WHERE args[u.at + 2] = '1' AND args[u.at + 1] <> ''
            AND e.key = keys[u.kat] AND e.at < t - args[u.at + 3]::bigint;
      END IF;
    END IF;
  END LOOP;

  IF nb > 0 THEN
    INSERT INTO velocity_entries AS e (key, member, at, value, expires_at)
      SELECT bk_loaded[q.set], q.bucket::text, 0, q.delta::text, q.expiry
      FROM unnest(bk_sets, bk_buckets, bk_deltas, bk_expiries) AS q(set, bucket, delta, expiry)
      WHERE q.expiry IS NOT NULL
    ON CONFLICT (key, member) DO UPDATE SET
      value = (e.value::bigint + EXCLUDED.value::bigint)::text,
      expires_at = greatest(e.expires_at, EXCLUDED.expires_at);
  END IF;
  RETURN result;
END $$;
`;

/** Installs (or updates) the function; processes starting together take turns. */
export const INSTALL_LOCK_ID = 4_711_101;
