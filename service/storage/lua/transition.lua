-- Move a task to a new status, atomically with its indexes and counters.
-- Refused (nothing changes) when the task is missing, its status is not one of the allowed
-- "from" states, or the hook belongs to an attempt that is not newer (start) / is older (end).
-- When the new status is final and the task has a callback_url, its webhook delivery job is enqueued
-- in arq's own format (job key + queue entry) in the same step, so no final state misses its callback.
-- KEYS: 1 task hash, 2 global metrics, 3 project metrics, 4 active tasks,
--       5 to-status index, 6 to-status+type index, 7 arq abort zset, 8 webhook arq job, 9 arq queue,
--       then per allowed from-status i (ARGV order): from-status index, from-status+type index
-- ARGV: 1 to status, 2 task type, 3 now (RFC 3339), 4 now (ms), 5 attempt (0 = not a worker hook),
--       6 duration (µs, '' = none), 7 histogram bucket ('' = none), 8 events channel ('' = none),
--       9 abort (1 = also ask arq to abort the job), 10 n = number of from states,
--       11..10+n from states, 11+n webhook job payload ('' = none), 12+n its ttl (ms), 13+n its job id,
--       14+n the task's initial webhook field (JSON), then field/value pairs to set
-- Returns {code, fields}: code 1 applied, 0 refused, -1 missing; fields is the task hash after the call.
local to, task_type, now_iso, now_ms = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local attempt = tonumber(ARGV[5])
local n = tonumber(ARGV[10])
local current = redis.call('HGET', KEYS[1], 'status')
if not current then return {-1, {}} end

local from_slot = nil
for i = 1, n do
  if ARGV[10 + i] == current then from_slot = i end
end
if not from_slot then return {0, redis.call('HGETALL', KEYS[1])} end

local attempts = tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0')
if attempt > 0 then
  if to == 'processing' and attempts >= attempt then return {0, redis.call('HGETALL', KEYS[1])} end
  if to ~= 'processing' and attempts > attempt then return {0, redis.call('HGETALL', KEYS[1])} end
end

local task_id = redis.call('HGET', KEYS[1], 'task_id')
local typed = task_type .. ':'
local function bump(field, by)
  for k = 2, 3 do
    redis.call('HINCRBY', KEYS[k], field, by)
    redis.call('HINCRBY', KEYS[k], typed .. field, by)
  end
end

if current ~= to then
  local from_index = KEYS[8 + 2 * from_slot]
  local score = redis.call('ZSCORE', from_index, task_id)
  redis.call('ZREM', from_index, task_id)
  redis.call('ZREM', KEYS[9 + 2 * from_slot], task_id)
  if score then
    redis.call('ZADD', KEYS[5], score, task_id)
    redis.call('ZADD', KEYS[6], score, task_id)
  end
  bump(current .. '_tasks', -1)
  bump(to .. '_tasks', 1)
end
if to == 'processing' then
  redis.call('HSET', KEYS[1], 'attempts', attempt)
  if attempt > 1 then bump('retried_tasks', 1) end
end
if ARGV[6] ~= '' then
  bump('duration_us_total', tonumber(ARGV[6]))
  bump('duration_count', 1)
  if ARGV[7] ~= '' then redis.call('HINCRBY', KEYS[2], typed .. 'duration_bucket:' .. ARGV[7], 1) end
end
if to ~= 'queued' and to ~= 'processing' then
  redis.call('ZREM', KEYS[4], task_id)
end
if ARGV[9] == '1' then
  redis.call('ZADD', KEYS[7], now_ms, task_id)
end
if ARGV[11 + n] ~= '' and redis.call('HEXISTS', KEYS[1], 'callback_url') == 1 then
  redis.call('PSETEX', KEYS[8], ARGV[12 + n], ARGV[11 + n])
  redis.call('ZADD', KEYS[9], now_ms, ARGV[13 + n])
  redis.call('HSET', KEYS[1], 'webhook', ARGV[14 + n])
end

local fields = {'status', to, 'updated_at', now_iso}
for i = 15 + n, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[1], unpack(fields))
if ARGV[8] ~= '' then redis.call('PUBLISH', ARGV[8], to) end
return {1, redis.call('HGETALL', KEYS[1])}
