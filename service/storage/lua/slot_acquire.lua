-- Take a run slot of a capped task type for one job: drop the leases nobody renewed (their worker died or lost
-- Redis for a whole lease), then add this job's lease if fewer than the limit remain. Leases are scored by their
-- expiry in ms of Redis TIME (one clock for every worker); the key expires with the longest lease it holds, so an
-- unused type leaves nothing behind.
-- KEYS: 1 the type's slot zset (keys.type_slots)
-- ARGV: 1 job id, 2 the type's limit, 3 lease (ms)
-- Returns (slots.Slot): 1 ACQUIRED, 2 HELD (the job already holds a slot: it runs elsewhere), 0 REFUSED (full).
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now_ms)
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 2 end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
local lease = tonumber(ARGV[3])
redis.call('ZADD', KEYS[1], now_ms + lease, ARGV[1])
if redis.call('PTTL', KEYS[1]) < lease then redis.call('PEXPIRE', KEYS[1], lease) end
return 1
