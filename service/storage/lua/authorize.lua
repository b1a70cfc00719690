-- Authenticate a request and charge it to its API key's token bucket: one round trip per request.
-- KEYS: 1 record of a key created at run time, 2 the key's token bucket,
--       3 the counter of unknown-key requests from the client's address in the current window
-- ARGV: 1 sha256 of the presented key ('' when it is a configured API_KEYS key: no lookup),
--       2 tokens added per second ('0': no rate limit), 3 bucket size (burst),
--       4 unknown-key requests allowed per address and window, 5 window length in milliseconds,
--       6 tokens this request costs (default 1), 7 tokens the bucket must hold for it to proceed (default 1):
--       a batch, once authenticated (1, 1), is charged its other items with (n - 1, 0), which may leave the
--       bucket in debt, so the key's next requests wait until it has refilled
-- The clock is Redis TIME, shared by every API process: no skew between machines, and elapsed
-- time never runs backwards when requests of one key land on different processes.
-- Returns {0, '', ms} for an unknown or revoked key: ms > 0 when the address is past its unknown-key
-- limit (milliseconds until its window ends), else 0; for a valid key {1, projects JSON ('' when not
-- looked up), milliseconds until a token is available (0: the request may proceed)}.
local projects = ''
if ARGV[1] ~= '' then
  local record = redis.call('HMGET', KEYS[1], 'hash', 'projects', 'revoked')
  if record[1] ~= ARGV[1] or record[3] == '1' then
    -- fixed window: the first failure starts it, the counter expires with it
    local failures = redis.call('INCR', KEYS[3])
    local ttl = redis.call('PTTL', KEYS[3])
    if ttl < 0 then
      redis.call('PEXPIRE', KEYS[3], ARGV[5])
      ttl = tonumber(ARGV[5])
    end
    if failures > tonumber(ARGV[4]) then
      return {0, '', ttl}
    end
    return {0, '', 0}
  end
  projects = record[2]
end
local rate = tonumber(ARGV[2])
if rate <= 0 then
  return {1, projects, 0}
end
redis.replicate_commands()  -- TIME before a write: replicate effects (the default since Redis 5)
local burst = tonumber(ARGV[3])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local bucket = redis.call('HMGET', KEYS[2], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or burst
local at = tonumber(bucket[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate / 1000000)
local wait_ms = 0
local cost, need = tonumber(ARGV[6] or '1'), tonumber(ARGV[7] or '1')
if tokens >= need then
  tokens = tokens - cost
else
  wait_ms = math.ceil((need - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[2], 'tokens', tostring(tokens), 'at', tostring(now))
-- once idle long enough to refill completely, a missing bucket is the same as a full one
redis.call('PEXPIRE', KEYS[2], math.ceil((burst - tokens) * 1000 / rate) + 1000)
return {1, projects, wait_ms}
