import { type VelocityPlan } from './velocity-plan.js';

/**
 * The op lists (velocity-ops.ts, where the semantics are defined) of a chunk of events as one Lua script call:
 * the events run in order, exactly as one call each would, in one round trip (docs/pipeline.md, "Velocity and history").
 * The cost is the number of redis.call()s and the numbers Redis has to format for them, so the common case is
 * kept short: a subject with nothing in its widest window answers every window with one call, expired entries
 * are trimmed on a sample of writes (windows never count them anyway; the key's own expiry bounds the rest),
 * a windowed key is expired once per call, and arguments are handed over as strings (docs/profile.md,
 * "Fourth pass").
 *
 * ARGV: the chunk's shapes, then its events. Shapes: their number, then each one: an op's fixed part, the same
 * for every event whose op has it (kind, record flag, keep, windows…; one token per op and event instead of all
 * of it). Then the number of events; per event: its time, the number of op arguments that follow, then per op
 * its shape's number and its own values (KEYS of all events in the same order):
 *   D key | shape D, record, keep, n, w1..wn | member          distinct members per window, other than `member`
 *   M key | shape M, record, keep, n, kind1, w1.. | member1..    per kind: distinct members other than this one's
 *   C key | shape C, record, keep, n, w1..wn | member          entries per window, other than `member`
 *   S key | shape S, record, keep, window | member, amount       sum of other transactions' amounts in the window
 *   H n keys | shape H, n, record1..recordn, keep | member       per key: set size, other than `member`
 *   F key | shape F, keep | candidate                          earliest time seen
 *   A times, amounts | shape A, record, keep, window, limit | member, amount    earlier orders: count, median, max
 *   K key | shape K, record, keep, settle, cap, n, subject1.. | member, value1..  known values: seen, others
 *   B counts1, members1..countsn, membersn | shape B, n, record, keep | member, bucket   basket: count, p50, p90
 * (scriptCall below is the plain per-op encoding of one plan, which the no-Redis store reads.)
 * Returns one array of readings per event.
 */
export const VELOCITY_SCRIPT = `
-- Numbers handed to redis.call are formatted by Redis (snprintf, ~0.3 µs each, more than a ZCOUNT itself),
-- so the time, keeps and bounds go in as strings: the event's time as sent, each window's lower bound
-- formatted once per event (lows), keeps as sent.
-- One PEXPIRE per key and call for data read only within windows: PEXPIRE sets "now + keep", and every event
-- of the chunk was received (so had its time) before this call started, so the first one covers the entries
-- all of them write. A trim may empty (delete) a key: it forgets the key, and only an existing key counts.
local expired = {}
local function expire(key, keep)
  if expired[key] ~= keep and redis.call('PEXPIRE', key, keep) == 1 then expired[key] = keep end
end
local function trimmed(key)
  expired[key] = nil
end
-- The chunk's shapes: each op's fixed part (kind, record flag, keep, windows…), once per call; an op in an
-- event names its shape by number and carries only its own values.
local shapes = {}
local a = 2
for s = 1, tonumber(ARGV[1]) do
  local op = ARGV[a]
  local sh = { op = op }
  if op == 'D' or op == 'C' then
    sh.record = ARGV[a + 1] == '1'
    sh.keep = ARGV[a + 2]
    sh.n = tonumber(ARGV[a + 3])
    sh.windows, sh.nums, sh.widest = {}, {}, 0
    for i = 1, sh.n do
      local w = ARGV[a + 3 + i]
      sh.windows[i] = w
      sh.nums[i] = tonumber(w)
      if sh.nums[i] > sh.widest then
        sh.widest = sh.nums[i]
        sh.wide = w
      end
    end
    a = a + 4 + sh.n
  elseif op == 'M' then
    sh.record = ARGV[a + 1] == '1'
    sh.keep = ARGV[a + 2]
    sh.n = tonumber(ARGV[a + 3])
    sh.kinds, sh.nums, sh.widest = {}, {}, 0
    for i = 1, sh.n do
      sh.kinds[i] = ARGV[a + 2 + 2 * i]
      sh.nums[i] = tonumber(ARGV[a + 3 + 2 * i])
      if sh.nums[i] > sh.widest then
        sh.widest = sh.nums[i]
        sh.wide = ARGV[a + 3 + 2 * i]
      end
    end
    a = a + 4 + 2 * sh.n
  elseif op == 'S' then
    sh.record = ARGV[a + 1] == '1'
    sh.keep = ARGV[a + 2]
    sh.window = ARGV[a + 3]
    a = a + 4
  elseif op == 'H' then
    sh.n = tonumber(ARGV[a + 1])
    sh.records = {}
    for i = 1, sh.n do sh.records[i] = ARGV[a + 1 + i] == '1' end
    sh.keep = ARGV[a + 2 + sh.n]
    a = a + 3 + sh.n
  elseif op == 'F' then
    sh.keep = ARGV[a + 1]
    a = a + 2
  elseif op == 'A' then
    sh.record = ARGV[a + 1] == '1'
    sh.keep = ARGV[a + 2]
    sh.window = ARGV[a + 3]
    sh.limit = tonumber(ARGV[a + 4])
    sh.fetch = tostring(sh.limit + 1)
    a = a + 5
  elseif op == 'K' then
    sh.record = ARGV[a + 1] == '1'
    sh.keep = ARGV[a + 2]
    sh.settle = tonumber(ARGV[a + 3])
    sh.cap = tonumber(ARGV[a + 4])
    sh.n = tonumber(ARGV[a + 5])
    sh.subjects = {}
    for i = 1, sh.n do sh.subjects[i] = ARGV[a + 5 + i] end
    a = a + 6 + sh.n
  elseif op == 'B' then
    sh.n = tonumber(ARGV[a + 1])
    sh.record = ARGV[a + 2] == '1'
    sh.keep = ARGV[a + 3]
    a = a + 4
  else
    return redis.error_reply('velocity: unknown op ' .. tostring(op))
  end
  shapes[tostring(s)] = sh
end
local results = {}
local k = 1
local events = tonumber(ARGV[a])
a = a + 1
for e = 1, events do
local ts = ARGV[a]
local t = tonumber(ts)
local last = a + 1 + tonumber(ARGV[a + 1])
a = a + 2
local trim = t % 8 == 0
local lows = {}
local function low(w)
  local s = lows[w]
  if s == nil then
    s = string.format('%d', t - tonumber(w))
    lows[w] = s
  end
  return s
end
-- After a write to a sorted set scored by time: on a trimming event drop what is older than keep, then expire.
local function trimAndExpire(key, keep)
  if trim then
    redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. low(keep))
    trimmed(key)
  end
  expire(key, keep)
end
local out = {}
while a <= last do
  local sh = shapes[ARGV[a]]
  if sh == nil then return redis.error_reply('velocity: unknown shape ' .. tostring(ARGV[a])) end
  local op = sh.op
  if op == 'D' or op == 'C' then
    local key = KEYS[k]
    k = k + 1
    local member = ARGV[a + 1]
    local record = sh.record
    local keep = sh.keep
    local n = sh.n
    local widest = sh.widest
    a = a + 2
    local total = 0
    if n > 0 then total = redis.call('ZCOUNT', key, low(sh.wide), ts) end
    local own = nil
    if total > 0 and member ~= '' then
      local s = redis.call('ZSCORE', key, member)
      if s then own = tonumber(s) end
    end
    for i = 1, n do
      local from = t - sh.nums[i]
      local c = 0
      if total > 0 then
        if from == t - widest then c = total else c = redis.call('ZCOUNT', key, low(sh.windows[i]), ts) end
        if own and own >= from and own <= t then c = c - 1 end
      end
      out[#out + 1] = c
    end
    if record and member ~= '' then
      if op == 'D' then
        redis.call('ZADD', key, 'GT', ts, member)
      else
        redis.call('ZADD', key, 'NX', ts, member)
      end
      trimAndExpire(key, keep)
    end
  elseif op == 'M' then
    local key = KEYS[k]
    k = k + 1
    local record = sh.record
    local keep = sh.keep
    local n = sh.n
    local entries = {}
    if n > 0 then entries = redis.call('ZRANGEBYSCORE', key, low(sh.wide), ts, 'WITHSCORES', 'LIMIT', '0', '500') end
    for i = 1, n do
      local prefix = sh.kinds[i] .. ':'
      local own = prefix .. ARGV[a + i]
      local from = t - sh.nums[i]
      local c = 0
      for j = 1, #entries, 2 do
        local m = entries[j]
        if m ~= own and tonumber(entries[j + 1]) >= from and string.sub(m, 1, #prefix) == prefix then c = c + 1 end
      end
      out[#out + 1] = c
    end
    if record then
      local add = {}
      for i = 1, n do
        local value = ARGV[a + i]
        if value ~= '' then
          add[#add + 1] = ts
          add[#add + 1] = sh.kinds[i] .. ':' .. value
        end
      end
      if #add > 0 then
        redis.call('ZADD', key, 'GT', unpack(add))
        trimAndExpire(key, keep)
      end
    end
    a = a + 1 + n
  elseif op == 'S' then
    -- Members are '<transaction>|<amount>': no second key for the amounts.
    local key = KEYS[k]
    k = k + 1
    local prefix = ARGV[a + 1] .. '|'
    local amount = ARGV[a + 2]
    local record = sh.record
    local keep = sh.keep
    local from = low(sh.window)
    a = a + 3
    local sum = 0
    local own = nil
    local ids = redis.call('ZRANGEBYSCORE', key, from, ts, 'LIMIT', '0', '1000')
    for i = 1, #ids do
      local id = ids[i]
      if string.sub(id, 1, #prefix) == prefix then
        own = id
      else
        sum = sum + (tonumber(string.match(id, '|(%-?%d+)$')) or 0)
      end
    end
    out[#out + 1] = sum
    if record then
      local entry = prefix .. amount
      if own ~= entry then
        local at = ts
        if own then
          at = redis.call('ZSCORE', key, own)
          redis.call('ZREM', key, own)
        end
        redis.call('ZADD', key, 'NX', at, entry)
      end
      trimAndExpire(key, keep)
    end
  elseif op == 'H' then
    local n = sh.n
    local member = ARGV[a + 1]
    local keep = sh.keep
    local recording = false
    for i = 1, n do
      if sh.records[i] then
        recording = true
        redis.call('SADD', KEYS[k + i - 1], member)
        redis.call('PEXPIRE', KEYS[k + i - 1], keep)
      end
    end
    -- Most cards and emails have no history: one EXISTS answers for all of them.
    local any = recording or (n > 0 and redis.call('EXISTS', unpack(KEYS, k, k + n - 1)) > 0)
    for i = 1, n do
      local c = 0
      if any then
        local key = KEYS[k + i - 1]
        c = redis.call('SCARD', key)
        if c > 0 and redis.call('SISMEMBER', key, member) == 1 then c = c - 1 end
      end
      out[#out + 1] = c
    end
    k = k + n
    a = a + 2
  elseif op == 'F' then
    local key = KEYS[k]
    k = k + 1
    local candidate = ARGV[a + 1]
    local keep = sh.keep
    a = a + 2
    -- GETEX: the read and the new expiry in one call (a missing key stays missing until the SET below).
    local cur = tonumber(redis.call('GETEX', key, 'PX', keep) or '')
    if cur == nil or tonumber(candidate) < cur then
      cur = tonumber(candidate)
      redis.call('SET', key, candidate, 'PX', keep)
    end
    out[#out + 1] = cur
  elseif op == 'A' then
    local times = KEYS[k]
    local amounts = KEYS[k + 1]
    k = k + 2
    local member = ARGV[a + 1]
    local amount = ARGV[a + 2]
    local record = sh.record
    local keep = sh.keep
    local window = sh.window
    local from = t - tonumber(window)
    local limit = sh.limit
    local count = redis.call('ZCOUNT', times, low(window), ts)
    a = a + 3
    -- This transaction's own entry only matters when the window holds something.
    if count > 0 then
      local own = redis.call('ZSCORE', times, member)
      if own then own = tonumber(own) end
      if own and own >= from and own <= t then count = count - 1 end
    end
    local median, max = -1, -1
    if count > 0 then
      local ids = redis.call('ZREVRANGEBYSCORE', times, ts, low(window), 'LIMIT', '0', sh.fetch)
      local others = {}
      for i = 1, #ids do
        if ids[i] ~= member and #others < limit then others[#others + 1] = ids[i] end
      end
      if #others > 0 then
        local values = redis.call('HMGET', amounts, unpack(others))
        local list = {}
        for i = 1, #values do list[#list + 1] = tonumber(values[i]) or 0 end
        table.sort(list)
        median = list[math.floor((#list - 1) / 2) + 1]
        max = list[#list]
      end
    end
    out[#out + 1] = count
    out[#out + 1] = median
    out[#out + 1] = max
    if record then
      -- NX: the time a transaction was first recorded stays.
      redis.call('ZADD', times, 'NX', ts, member)
      redis.call('HSET', amounts, member, amount)
      if trim then
        local old = redis.call('ZRANGEBYSCORE', times, '-inf', '(' .. low(keep))
        if #old > 0 then
          redis.call('ZREM', times, unpack(old))
          redis.call('HDEL', amounts, unpack(old))
          trimmed(times)
          trimmed(amounts)
        end
      end
      expire(times, keep)
      expire(amounts, keep)
    end
  elseif op == 'K' then
    local key = KEYS[k]
    k = k + 1
    local member = ARGV[a + 1]
    local record = sh.record
    local keep = sh.keep
    local settle = sh.settle
    local cap = sh.cap
    local n = sh.n
    -- field 'subject:value' -> 'time|transaction' of its earliest sighting; at most cap fields.
    local flat = redis.call('HGETALL', key)
    local entries = {}
    local size = 0
    for i = 1, #flat, 2 do
      local v = flat[i + 1]
      local bar = string.find(v, '|', 1, true)
      entries[flat[i]] = { tonumber(string.sub(v, 1, bar - 1)), string.sub(v, bar + 1) }
      size = size + 1
    end
    for i = 1, n do
      local prefix = sh.subjects[i] .. ':'
      local field = prefix .. ARGV[a + 1 + i]
      local seen, others = 0, 0
      for f, e in pairs(entries) do
        if e[2] ~= member and e[1] <= t - settle and string.sub(f, 1, #prefix) == prefix then
          if f == field then seen = 1 else others = others + 1 end
        end
      end
      out[#out + 1] = seen
      out[#out + 1] = others
    end
    if record then
      local set = {}
      for i = 1, n do
        local field = sh.subjects[i] .. ':' .. ARGV[a + 1 + i]
        local e = entries[field]
        if e == nil then
          if size < cap then
            set[#set + 1] = field
            set[#set + 1] = ts .. '|' .. member
            entries[field] = { t, member }
            size = size + 1
          end
        elseif t < e[1] then
          set[#set + 1] = field
          set[#set + 1] = ts .. '|' .. member
        end
      end
      -- One HSET for all of them (a field named twice keeps its last value, as with one HSET each).
      if #set > 0 then redis.call('HSET', key, unpack(set)) end
      redis.call('PEXPIRE', key, keep)
    end
    a = a + 2 + n
  elseif op == 'B' then
    local n = sh.n
    local member = ARGV[a + 1]
    local bucket = ARGV[a + 2]
    local record = sh.record
    local keep = sh.keep
    a = a + 3
    local agg = {}
    local total = 0
    local ownDay, ownBucket = nil, nil
    for i = 1, n do
      local b = redis.call('HGET', KEYS[k + 2 * i - 1], member)
      if b then
        ownDay = i
        ownBucket = b
      end
      local flat = redis.call('HGETALL', KEYS[k + 2 * i - 2])
      for j = 1, #flat, 2 do
        local c = tonumber(flat[j + 1])
        local key = tonumber(flat[j])
        agg[key] = (agg[key] or 0) + c
        total = total + c
      end
    end
    if ownBucket then
      local ob = tonumber(ownBucket)
      agg[ob] = (agg[ob] or 0) - 1
      total = total - 1
    end
    local p50, p90 = -1, -1
    if total > 0 then
      local buckets = {}
      for b, c in pairs(agg) do
        if c > 0 then buckets[#buckets + 1] = b end
      end
      table.sort(buckets)
      local r50 = math.floor((5 * total + 9) / 10)
      local r90 = math.floor((9 * total + 9) / 10)
      local cum = 0
      for _, b in ipairs(buckets) do
        cum = cum + agg[b]
        if p50 < 0 and cum >= r50 then p50 = b end
        if cum >= r90 then
          p90 = b
          break
        end
      end
    end
    out[#out + 1] = total
    out[#out + 1] = p50
    out[#out + 1] = p90
    if record and bucket ~= '-1' then
      local day = ownDay or n
      local counts = KEYS[k + 2 * day - 2]
      local members = KEYS[k + 2 * day - 1]
      if ownBucket == nil or ownBucket ~= bucket then
        if ownBucket then redis.call('HINCRBY', counts, ownBucket, '-1') end
        redis.call('HINCRBY', counts, bucket, '1')
        redis.call('HSET', members, member, bucket)
        expire(counts, keep)
        expire(members, keep)
      end
    end
    k = k + 2 * n
  end
end
results[e] = out
end
return results
`;

/** Plans of a chunk of events, in event order, as one call's KEYS and ARGV (shapes, then events). */
export function chunkCall(plans: VelocityPlan[]): { keys: string[]; args: string[] } {
  const keys: string[] = [];
  const shapes = new Map<string, string>();
  const shapeArgs: string[] = [];
  const body: string[] = [String(plans.length)];
  /** The shape's number: known, or added to the chunk's shapes. */
  const shape = (fixed: string[]): string => {
    const signature = fixed.join(' ');
    let token = shapes.get(signature);
    if (token === undefined) {
      token = String(shapes.size + 1);
      shapes.set(signature, token);
      for (const arg of fixed) shapeArgs.push(arg);
    }
    return token;
  };
  const flag = (value: boolean): string => (value ? '1' : '0');
  for (const plan of plans) {
    const header = body.length;
    body.push(String(plan.at), '0');
    for (const op of plan.ops) {
      switch (op.op) {
        case 'D':
        case 'C': {
          keys.push(op.key);
          const fixed = [op.op, flag(op.record), String(op.keep), String(op.windows.length)];
          for (const window of op.windows) fixed.push(String(window));
          body.push(shape(fixed), op.member);
          break;
        }
        case 'M': {
          keys.push(op.key);
          const fixed = ['M', flag(op.record), String(op.keep), String(op.kinds.length)];
          for (const k of op.kinds) fixed.push(k.kind, String(k.window));
          body.push(shape(fixed));
          for (const k of op.kinds) body.push(k.member);
          break;
        }
        case 'S':
          keys.push(op.key);
          body.push(
            shape(['S', flag(op.record), String(op.keep), String(op.window)]),
            op.member,
            String(op.amount),
          );
          break;
        case 'H': {
          for (const key of op.keys) keys.push(key);
          const fixed = ['H', String(op.keys.length)];
          for (const record of op.records) fixed.push(flag(record));
          fixed.push(String(op.keep));
          body.push(shape(fixed), op.member);
          break;
        }
        case 'F':
          keys.push(op.key);
          body.push(shape(['F', String(op.keep)]), String(op.candidate));
          break;
        case 'A':
          keys.push(op.times, op.amounts);
          body.push(
            shape(['A', flag(op.record), String(op.keep), String(op.window), String(op.limit)]),
            op.member,
            String(op.amount),
          );
          break;
        case 'K': {
          keys.push(op.key);
          const fixed = ['K', flag(op.record), String(op.keep), String(op.settle), String(op.cap)];
          fixed.push(String(op.values.length));
          for (const v of op.values) fixed.push(v.subject);
          body.push(shape(fixed), op.member);
          for (const v of op.values) body.push(v.value);
          break;
        }
        case 'B':
          for (const day of op.days) keys.push(day.counts, day.members);
          body.push(
            shape(['B', String(op.days.length), flag(op.record), String(op.keep)]),
            op.member,
            String(op.bucket),
          );
          break;
      }
    }
    body[header + 1] = String(body.length - header - 2);
  }
  const args = [String(shapes.size)];
  for (const arg of shapeArgs) args.push(arg);
  for (const arg of body) args.push(arg);
  return { keys, args };
}

/** One plan as KEYS and ARGV (time, then its ops): the encoding the no-Redis store reads too. */
export function scriptCall(plan: VelocityPlan): { keys: string[]; args: string[] } {
  const keys: string[] = [];
  const args: string[] = [String(plan.at)];
  addOps(plan, keys, args);
  return { keys, args };
}

/** Plain loops: this runs for every op of every observation, and spreads and `flatMap` allocate per op. */
function addOps(plan: VelocityPlan, keys: string[], args: string[]): void {
  const flag = (value: boolean): string => (value ? '1' : '0');
  for (const op of plan.ops) {
    switch (op.op) {
      case 'D':
      case 'C':
        keys.push(op.key);
        args.push(op.op, op.member, flag(op.record), String(op.keep), String(op.windows.length));
        for (const window of op.windows) args.push(String(window));
        break;
      case 'M':
        keys.push(op.key);
        args.push('M', flag(op.record), String(op.keep), String(op.kinds.length));
        for (const k of op.kinds) args.push(k.kind, k.member, String(k.window));
        break;
      case 'S':
        keys.push(op.key);
        args.push('S', op.member, String(op.amount), flag(op.record), String(op.keep), String(op.window));
        break;
      case 'H':
        for (const key of op.keys) keys.push(key);
        args.push('H', String(op.keys.length), op.member);
        for (const record of op.records) args.push(flag(record));
        args.push(String(op.keep));
        break;
      case 'F':
        keys.push(op.key);
        args.push('F', String(op.candidate), String(op.keep));
        break;
      case 'A':
        keys.push(op.times, op.amounts);
        args.push('A', op.member, String(op.amount), flag(op.record), String(op.keep), String(op.window));
        args.push(String(op.limit));
        break;
      case 'K':
        keys.push(op.key);
        args.push('K', op.member, flag(op.record), String(op.keep), String(op.settle), String(op.cap));
        args.push(String(op.values.length));
        for (const v of op.values) args.push(v.subject, v.value);
        break;
      case 'B':
        for (const day of op.days) keys.push(day.counts, day.members);
        args.push(
          'B',
          String(op.days.length),
          op.member,
          String(op.bucket),
          flag(op.record),
          String(op.keep),
        );
        break;
    }
  }
}
