/**
 * One atomic round trip per event (see velocity-plan.ts for the ops). Every op reads its counts first and
 * only then records the event, so a transaction is never counted in its own window; each op also leaves out
 * this transaction's (or event's) own entry, so a retried job reads the same counts as its first attempt.
 *
 * Times are event times in ms. Windows end at the event (inclusive: a burst within one second still
 * counts) and start `window` ms before it. Keys expire on their own after the longest window they serve.
 *
 * The cost is the number of redis.call()s, so the common case is kept short: a subject with nothing in its
 * widest window answers every window with one call, and expired entries are trimmed on a sample of writes
 * (windows never count them anyway; the key's own expiry bounds the rest).
 *
 * ARGV[1] = event time; then per op:
 *   D key | member, record, keep, n, w1..wn   distinct members (cards) per window, other than `member`
 *   C key | member, record, keep, n, w1..wn   entries per window, other than `member`
 *   S key | member, amount, record, keep, window   sum of other transactions' amounts in the window
 *   H n key1..keyn | member, record1..recordn, keep      per key: set size, other than `member`
 *   F key | candidate, keep                    earliest time seen (min of stored and candidate)
 */
export const VELOCITY_SCRIPT = `
local t = tonumber(ARGV[1])
local trim = t % 8 == 0
local a = 2
local k = 1
local out = {}
while a <= #ARGV do
  local op = ARGV[a]
  if op == 'D' or op == 'C' then
    local key = KEYS[k]
    k = k + 1
    local member = ARGV[a + 1]
    local record = ARGV[a + 2] == '1'
    local keep = tonumber(ARGV[a + 3])
    local n = tonumber(ARGV[a + 4])
    local widest = 0
    for i = 1, n do
      local w = tonumber(ARGV[a + 4 + i])
      if w > widest then widest = w end
    end
    local total = redis.call('ZCOUNT', key, t - widest, t)
    local own = nil
    if total > 0 and member ~= '' then
      local s = redis.call('ZSCORE', key, member)
      if s then own = tonumber(s) end
    end
    for i = 1, n do
      local from = t - tonumber(ARGV[a + 4 + i])
      local c = 0
      if total > 0 then
        if from == t - widest then c = total else c = redis.call('ZCOUNT', key, from, t) end
        if own and own >= from and own <= t then c = c - 1 end
      end
      out[#out + 1] = c
    end
    a = a + 5 + n
    if record and member ~= '' then
      if op == 'D' then
        redis.call('ZADD', key, 'GT', t, member)
      else
        redis.call('ZADD', key, 'NX', t, member)
      end
      if trim then redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. (t - keep)) end
      redis.call('PEXPIRE', key, keep)
    end
  elseif op == 'S' then
    -- Members are '<transaction>|<amount>': no second key for the amounts.
    local key = KEYS[k]
    k = k + 1
    local prefix = ARGV[a + 1] .. '|'
    local amount = ARGV[a + 2]
    local record = ARGV[a + 3] == '1'
    local keep = tonumber(ARGV[a + 4])
    local from = t - tonumber(ARGV[a + 5])
    a = a + 6
    local sum = 0
    local own = nil
    local ids = redis.call('ZRANGEBYSCORE', key, from, t, 'LIMIT', 0, 1000)
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
        local at = t
        if own then
          at = tonumber(redis.call('ZSCORE', key, own))
          redis.call('ZREM', key, own)
        end
        redis.call('ZADD', key, 'NX', at, entry)
      end
      if trim then redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. (t - keep)) end
      redis.call('PEXPIRE', key, keep)
    end
  elseif op == 'H' then
    local n = tonumber(ARGV[a + 1])
    local member = ARGV[a + 2]
    local keep = tonumber(ARGV[a + 3 + n])
    local recording = false
    for i = 1, n do
      if ARGV[a + 2 + i] == '1' then
        recording = true
        redis.call('SADD', KEYS[k + i - 1], member)
        redis.call('PEXPIRE', KEYS[k + i - 1], keep)
      end
    end
    -- Most cards and emails have no history: one EXISTS answers for all of them.
    local any = recording or redis.call('EXISTS', unpack(KEYS, k, k + n - 1)) > 0
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
    a = a + 4 + n
  elseif op == 'F' then
    local key = KEYS[k]
    k = k + 1
    local candidate = ARGV[a + 1]
    local keep = ARGV[a + 2]
    a = a + 3
    local cur = tonumber(redis.call('GET', key) or '')
    if cur == nil or tonumber(candidate) < cur then
      cur = tonumber(candidate)
      redis.call('SET', key, candidate, 'PX', keep)
    else
      redis.call('PEXPIRE', key, keep)
    end
    out[#out + 1] = cur
  else
    return redis.error_reply('velocity: unknown op ' .. tostring(op))
  end
end
return out
`;
