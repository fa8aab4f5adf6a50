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
 * KEYS: every key of the chunk once, in order of first use (a busy customer's or the basket's keys recur in a
 * chunk; docs/profile.md, "Keys and values once per chunk"). ARGV: the chunk's shapes, its values, then its
 * events. Shapes: their number, then each one: an op's fixed part, the same for every event whose op has it
 * (kind, record flag, keep, windows…; one token per op and event instead of all of it). Values: their number,
 * then each member or digest of the chunk once ('' too). Then the number of events; per event: its time, then
 * its ops as one string of space-separated numbers: per op its shape's number, its keys (positions in KEYS),
 * its values (positions among the values) and its own numbers, in this order:
 *   shape D, record, keep, n, w1..wn | key, member          distinct members per window, other than `member`
 *   shape M, record, keep, n, kind1, w1.. | key, member1..    per kind: distinct members other than this one's
 *   shape C, record, keep, n, w1..wn | key, member          entries per window, other than `member`
 *   shape S, record, keep, window | key, sums, member, amount    sum of other transactions' amounts in the window
 *   shape H, n, record1..recordn, keep | key1..keyn, member       per key: set size, other than `member`
 *   shape F, keep | key, candidate                          earliest time seen
 *   shape A, record, keep, window, limit | times, amounts, member, amount   earlier orders: count, median, max
 *   shape K, record, keep, settle, cap, n, subject1.. | key, member, value1..   known values: seen, others
 *   shape B, n, record, keep | counts1, members1..countsn, membersn, member, bucket   basket: count, p50, p90
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
-- The S op (velocity-ops.ts SumOp): hours of HOUR ms; an entry's amount is what follows its last '|'.
local HOUR = 3600000
local function fmt(x)
  return string.format('%d', x)
end
local sumFields = {}
local function amountOf(member)
  return tonumber(string.match(member, '|(%-?%d+)$')) or 0
end
-- Calls of at most 1,000 arguments per unpack (Lua's stack is limited).
local function inParts(command, key, list)
  for i = 1, #list, 1000 do redis.call(command, key, unpack(list, i, math.min(i + 999, #list))) end
end
-- A key written before the hour sums: its sums and own entries from its entries (a transaction's first entry
-- kept, should it have several), expiring with the entries.
local function buildSums(key, sums)
  local all = redis.call('ZRANGE', key, '0', '-1', 'WITHSCORES')
  local set, drop, seen, hours = { 'v', '1' }, {}, {}, {}
  for i = 1, #all, 2 do
    local m = all[i]
    local tx, amount = string.match(m, '^(.*)|(%-?%d+)$')
    if tx == nil or seen[tx] then
      drop[#drop + 1] = m
    else
      seen[tx] = true
      set[#set + 1] = 't:' .. tx
      set[#set + 1] = all[i + 1] .. '|' .. amount
      local h = math.floor(tonumber(all[i + 1]) / HOUR)
      hours[h] = (hours[h] or 0) + tonumber(amount)
    end
  end
  for h, s in pairs(hours) do
    set[#set + 1] = 'h:' .. fmt(h)
    set[#set + 1] = fmt(s)
  end
  if #drop > 0 then inParts('ZREM', key, drop) end
  inParts('HSET', sums, set)
  local ttl = redis.call('PTTL', key)
  if ttl > 0 then redis.call('PEXPIRE', sums, ttl) end
end
-- Entries first recorded before \`limit\` leave \`key\` and \`sums\`, their amounts their hours (an hour wholly
-- before the limit goes; the limit's own hour keeps its later entries).
local function trimSums(key, sums, limit)
  local old = redis.call('ZRANGEBYSCORE', key, '-inf', '(' .. fmt(limit), 'WITHSCORES')
  if #old == 0 then return end
  local members, fields, hours = {}, {}, {}
  for i = 1, #old, 2 do
    local m = old[i]
    members[#members + 1] = m
    fields[#fields + 1] = 't:' .. (string.match(m, '^(.*)|%-?%d+$') or m)
    local h = math.floor(tonumber(old[i + 1]) / HOUR)
    hours[h] = (hours[h] or 0) + amountOf(m)
  end
  local limitHour = math.floor(limit / HOUR)
  for h, s in pairs(hours) do
    if h < limitHour then
      fields[#fields + 1] = 'h:' .. fmt(h)
    else
      redis.call('HINCRBY', sums, 'h:' .. fmt(h), fmt(-s))
    end
  end
  inParts('ZREM', key, members)
  inParts('HDEL', sums, fields)
  trimmed(key)
  trimmed(sums)
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
-- The chunk's values (members and digests, '' included), each once: ARGV[base + i] is value i. Keys too are
-- each in KEYS once per call; an event's ops name both by number (docs/profile.md, "Keys and values once per
-- chunk").
local base = a
a = a + 1 + tonumber(ARGV[a])
local results = {}
local events = tonumber(ARGV[a])
a = a + 1
for e = 1, events do
local ts = ARGV[a]
local t = tonumber(ts)
-- The event's ops as one string of numbers: per op its shape, then its keys, values and numbers by number.
local nextTok = string.gmatch(ARGV[a + 1], '%S+')
a = a + 2
local function nextKey()
  return KEYS[tonumber(nextTok())]
end
local function nextVal()
  return ARGV[base + tonumber(nextTok())]
end
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
local token = nextTok()
while token do
  local sh = shapes[token]
  if sh == nil then return redis.error_reply('velocity: unknown shape ' .. tostring(token)) end
  local op = sh.op
  if op == 'D' or op == 'C' then
    local key = nextKey()
    local member = nextVal()
    local record = sh.record
    local keep = sh.keep
    local n = sh.n
    local widest = sh.widest
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
    local key = nextKey()
    local record = sh.record
    local keep = sh.keep
    local n = sh.n
    local members = {}
    for i = 1, n do members[i] = nextVal() end
    local entries = {}
    if n > 0 then entries = redis.call('ZRANGEBYSCORE', key, low(sh.wide), ts, 'WITHSCORES', 'LIMIT', '0', '500') end
    for i = 1, n do
      local prefix = sh.kinds[i] .. ':'
      local own = prefix .. members[i]
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
        local value = members[i]
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
  elseif op == 'S' then
    -- Entries '<transaction>|<amount>' scored by first time in \`key\`; in \`sums\` per hour the sum of its
    -- entries ('h:<hour>'), per transaction '<first time>|<amount>' ('t:<transaction>'), and 'v' once built
    -- (velocity-ops.ts SumOp).
    local key = nextKey()
    local sums = nextKey()
    local tx = nextVal()
    local amount = nextTok()
    local record = sh.record
    local keep = sh.keep
    local from = tonumber(low(sh.window))
    local hl = math.floor(from / HOUR)
    local ht = math.floor(t / HOUR)
    -- The field names of a window, made once per call and window start (events of a chunk share hours).
    local byStart = sumFields[ht - hl]
    if byStart == nil then
      byStart = {}
      sumFields[ht - hl] = byStart
    end
    local fields = byStart[hl]
    if fields == nil then
      fields = { 'v', '' }
      for h = hl, ht do fields[#fields + 1] = 'h:' .. fmt(h) end
      byStart[hl] = fields
    end
    fields[2] = 't:' .. tx
    local got = redis.call('HMGET', sums, unpack(fields))
    -- No 'v': nothing yet, or a key written before the hour sums (built once; later calls read it).
    if not got[1] and redis.call('ZCARD', key) > 0 then
      buildSums(key, sums)
      got = redis.call('HMGET', sums, unpack(fields))
    end
    local function entries(lo, hi)
      local s = 0
      local ids = redis.call('ZRANGEBYSCORE', key, lo, hi)
      for i = 1, #ids do s = s + amountOf(ids[i]) end
      return s
    end
    local sum = 0
    if hl == ht then
      if got[3] then sum = entries(fmt(from), ts) end
    else
      -- The first hour: the part inside the window, or the hour less the part before it (the shorter).
      local first = got[3]
      if first then
        local start = hl * HOUR
        if from - start < HOUR / 2 then
          sum = tonumber(first)
          if from > start then sum = sum - entries(fmt(start), '(' .. fmt(from)) end
        else
          sum = entries(fmt(from), '(' .. fmt(start + HOUR))
        end
      end
      for i = 4, #got - 1 do
        if got[i] then sum = sum + tonumber(got[i]) end
      end
      -- The last hour less what is after \`at\` in it (nothing, for events in order).
      local last = got[#got]
      if last then sum = sum + tonumber(last) - entries('(' .. ts, '(' .. fmt((ht + 1) * HOUR)) end
    end
    local ownAt, ownAmount = nil, nil
    if got[2] then
      local bar = string.find(got[2], '|', 1, true)
      ownAt = string.sub(got[2], 1, bar - 1)
      ownAmount = string.sub(got[2], bar + 1)
      local at = tonumber(ownAt)
      if at >= from and at <= t then sum = sum - tonumber(ownAmount) end
    end
    out[#out + 1] = sum
    if record then
      if ownAmount ~= amount then
        -- New, or a changed amount: the entry moves to it, keeping its first time, and its hour follows.
        local at, delta = ts, tonumber(amount)
        if ownAt then
          at = ownAt
          delta = delta - tonumber(ownAmount)
          redis.call('ZREM', key, tx .. '|' .. ownAmount)
        end
        redis.call('ZADD', key, at, tx .. '|' .. amount)
        local hour = math.floor(tonumber(at) / HOUR)
        if hour >= hl and hour <= ht then
          local h = tonumber(got[hour - hl + 3]) or 0
          redis.call('HSET', sums, 'v', '1', 't:' .. tx, at .. '|' .. amount, 'h:' .. fmt(hour), fmt(h + delta))
        else
          redis.call('HSET', sums, 'v', '1', 't:' .. tx, at .. '|' .. amount)
          redis.call('HINCRBY', sums, 'h:' .. fmt(hour), delta)
        end
      end
      if trim then trimSums(key, sums, t - tonumber(keep)) end
      expire(key, keep)
      expire(sums, keep)
    end
  elseif op == 'H' then
    local n = sh.n
    local keys = {}
    for i = 1, n do keys[i] = nextKey() end
    local member = nextVal()
    local keep = sh.keep
    local recording = false
    for i = 1, n do
      if sh.records[i] then
        recording = true
        redis.call('SADD', keys[i], member)
        redis.call('PEXPIRE', keys[i], keep)
      end
    end
    -- Most cards and emails have no history: one EXISTS answers for all of them.
    local any = recording or (n > 0 and redis.call('EXISTS', unpack(keys)) > 0)
    for i = 1, n do
      local c = 0
      if any then
        local key = keys[i]
        c = redis.call('SCARD', key)
        if c > 0 and redis.call('SISMEMBER', key, member) == 1 then c = c - 1 end
      end
      out[#out + 1] = c
    end
  elseif op == 'F' then
    local key = nextKey()
    local candidate = nextTok()
    local keep = sh.keep
    -- GETEX: the read and the new expiry in one call (a missing key stays missing until the SET below).
    local cur = tonumber(redis.call('GETEX', key, 'PX', keep) or '')
    if cur == nil or tonumber(candidate) < cur then
      cur = tonumber(candidate)
      redis.call('SET', key, candidate, 'PX', keep)
    end
    out[#out + 1] = cur
  elseif op == 'A' then
    local times = nextKey()
    local amounts = nextKey()
    local member = nextVal()
    local amount = nextTok()
    local record = sh.record
    local keep = sh.keep
    local window = sh.window
    local from = t - tonumber(window)
    local limit = sh.limit
    local count = redis.call('ZCOUNT', times, low(window), ts)
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
    local key = nextKey()
    local member = nextVal()
    local record = sh.record
    local keep = sh.keep
    local settle = sh.settle
    local cap = sh.cap
    local n = sh.n
    local values = {}
    for i = 1, n do values[i] = nextVal() end
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
      local field = prefix .. values[i]
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
        local field = sh.subjects[i] .. ':' .. values[i]
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
  elseif op == 'B' then
    local n = sh.n
    -- Per period of the window, oldest first: its counts, then its members.
    local days = {}
    for i = 1, 2 * n do days[i] = nextKey() end
    local member = nextVal()
    local bucket = nextTok()
    local record = sh.record
    local keep = sh.keep
    local agg = {}
    local total = 0
    local ownDay, ownBucket = nil, nil
    for i = 1, n do
      local b = redis.call('HGET', days[2 * i], member)
      if b then
        ownDay = i
        ownBucket = b
      end
      local flat = redis.call('HGETALL', days[2 * i - 1])
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
      local counts = days[2 * day - 1]
      local members = days[2 * day]
      if ownBucket == nil or ownBucket ~= bucket then
        if ownBucket then redis.call('HINCRBY', counts, ownBucket, '-1') end
        redis.call('HINCRBY', counts, bucket, '1')
        redis.call('HSET', members, member, bucket)
        expire(counts, keep)
        expire(members, keep)
      end
    end
  end
  token = nextTok()
end
results[e] = out
end
return results
`;

/**
 * Plans of a chunk of events, in event order, as one call's KEYS and ARGV: each distinct key once in KEYS,
 * then in ARGV the shapes, each distinct value (member, digest) once, and per event its time and its ops as
 * one string of numbers (docs/profile.md, "Keys and values once per chunk").
 */
export function chunkCall(plans: VelocityPlan[]): { keys: string[]; args: string[] } {
  const keys: string[] = [];
  const keySlots = new Map<string, string>();
  const values: string[] = [];
  const valueSlots = new Map<string, string>();
  const shapes = new Map<string, string>();
  const shapeArgs: string[] = [];
  const body: string[] = [String(plans.length)];
  /** The key's number in KEYS (1-based): known, or added. */
  const key = (name: string): string => {
    let slot = keySlots.get(name);
    if (slot === undefined) {
      keys.push(name);
      slot = String(keys.length);
      keySlots.set(name, slot);
    }
    return slot;
  };
  /** The value's number among the chunk's values (1-based): known, or added. */
  const value = (text: string): string => {
    let slot = valueSlots.get(text);
    if (slot === undefined) {
      values.push(text);
      slot = String(values.length);
      valueSlots.set(text, slot);
    }
    return slot;
  };
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
    // Only numbers (no spaces): shape, key and value numbers, amounts, times, buckets.
    const ops: string[] = [];
    for (const op of plan.ops) {
      switch (op.op) {
        case 'D':
        case 'C': {
          const fixed = [op.op, flag(op.record), String(op.keep), String(op.windows.length)];
          for (const window of op.windows) fixed.push(String(window));
          ops.push(shape(fixed), key(op.key), value(op.member));
          break;
        }
        case 'M': {
          const fixed = ['M', flag(op.record), String(op.keep), String(op.kinds.length)];
          for (const k of op.kinds) fixed.push(k.kind, String(k.window));
          ops.push(shape(fixed), key(op.key));
          for (const k of op.kinds) ops.push(value(k.member));
          break;
        }
        case 'S':
          ops.push(
            shape(['S', flag(op.record), String(op.keep), String(op.window)]),
            key(op.key),
            key(op.sums),
            value(op.member),
            String(op.amount),
          );
          break;
        case 'H': {
          const fixed = ['H', String(op.keys.length)];
          for (const record of op.records) fixed.push(flag(record));
          fixed.push(String(op.keep));
          ops.push(shape(fixed));
          for (const name of op.keys) ops.push(key(name));
          ops.push(value(op.member));
          break;
        }
        case 'F':
          ops.push(shape(['F', String(op.keep)]), key(op.key), String(op.candidate));
          break;
        case 'A':
          ops.push(
            shape(['A', flag(op.record), String(op.keep), String(op.window), String(op.limit)]),
            key(op.times),
            key(op.amounts),
            value(op.member),
            String(op.amount),
          );
          break;
        case 'K': {
          const fixed = ['K', flag(op.record), String(op.keep), String(op.settle), String(op.cap)];
          fixed.push(String(op.values.length));
          for (const v of op.values) fixed.push(v.subject);
          ops.push(shape(fixed), key(op.key), value(op.member));
          for (const v of op.values) ops.push(value(v.value));
          break;
        }
        case 'B': {
          ops.push(shape(['B', String(op.days.length), flag(op.record), String(op.keep)]));
          for (const day of op.days) ops.push(key(day.counts), key(day.members));
          ops.push(value(op.member), String(op.bucket));
          break;
        }
      }
    }
    body.push(String(plan.at), ops.join(' '));
  }
  const args = [String(shapes.size)];
  for (const arg of shapeArgs) args.push(arg);
  args.push(String(values.length));
  for (const arg of values) args.push(arg);
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
        keys.push(op.key, op.sums);
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
