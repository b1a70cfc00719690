-- Move a task to a new status, atomically with its indexes and counters.
-- Refused (nothing changes; but see a worker's end of its attempt below) when the task is missing, its status
-- is not one of the allowed "from" states, or the hook belongs to an attempt that is not newer (start) / is
-- older (end).
-- When the new status is final and the task has a callback_url, its webhook delivery job is enqueued
-- in arq's own format (job key + queue entry) in the same step, so no final state misses its callback.
-- KEYS: 1 task hash, 2 global metrics, 3 project metrics, 4 active tasks,
--       5 to-status index, 6 to-status+type index, 7 arq abort zset, 8 webhook arq job, 9 arq queue,
--       then per allowed from-status i (ARGV order): from-status index, from-status+type index.
--       When the caller does not know the task's project and type (ARGV 2 = ''), KEYS holds only
--       1, 2, 4, 7, 8, 9 (in that order) and the project's keys are built here from the record's
--       project_id/task_type (which never change) and keys.py's templates: one round trip, not two.
-- ARGV: 1 to status, 2 task type ('' = read it from the record), 3 now (RFC 3339), 4 now (ms),
--       5 attempt (0 = not a worker hook), 6 duration (µs, '' = none), 7 histogram bucket ('' = none),
--       8 events channel ('' = none), 9 abort (1 = also ask arq to abort the job), 10 n = number of
--       from states, 11..10+n from states, 11+n..13+n templates of the project metrics, status index
--       and status+type index keys ('' when KEYS has them), 14+n webhook job payload ('' = none),
--       15+n its ttl (ms), 16+n its job id, 17+n the task's initial webhook field (JSON), 18+n task id,
--       then field/value pairs to set
-- A worker's end of its attempt (ARGV 5 > 0, final status) also removes the job's arq abort marker, which a
-- cancel that lost the race against that end would leave for ever. When the record has expired meanwhile and
-- the caller knows project and type, the end still settles the counters the start left: processing -1,
-- outcome +1, duration; once, its active_tasks entry being the token.
-- Returns {code, fields}: code 1 applied, 0 refused, -1 missing, -2 missing but counters settled;
-- fields is the task hash after the call.
local to, task_type, now_iso, now_ms = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local attempt = tonumber(ARGV[5])
local n = tonumber(ARGV[10])
local current = redis.call('HGET', KEYS[1], 'status')
local ending = attempt > 0 and to ~= 'processing'
if not current and not (ending and task_type ~= '') then return {-1, {}} end

local K = KEYS
if task_type == '' then
  local identity = redis.call('HMGET', KEYS[1], 'project_id', 'task_type')
  task_type = identity[2]
  local function fill(template, status)
    local key = string.gsub(template, '{project}', identity[1])
    key = string.gsub(key, '{type}', task_type)
    return (string.gsub(key, '{status}', status))
  end
  K = {KEYS[1], KEYS[2], fill(ARGV[11 + n], ''), KEYS[3], fill(ARGV[12 + n], to), fill(ARGV[13 + n], to),
       KEYS[4], KEYS[5], KEYS[6]}
  for i = 1, n do
    K[8 + 2 * i] = fill(ARGV[12 + n], ARGV[10 + i])
    K[9 + 2 * i] = fill(ARGV[13 + n], ARGV[10 + i])
  end
end

local task_id = ARGV[18 + n]
local typed = task_type .. ':'
local function bump(field, by)
  for k = 2, 3 do
    redis.call('HINCRBY', K[k], field, by)
    redis.call('HINCRBY', K[k], typed .. field, by)
  end
end
local function count_duration()
  if ARGV[6] == '' then return end
  bump('duration_us_total', tonumber(ARGV[6]))
  bump('duration_count', 1)
  if ARGV[7] ~= '' then redis.call('HINCRBY', K[2], typed .. 'duration_bucket:' .. ARGV[7], 1) end
end

if not current then
  -- expired while this attempt ran: its start counted it processing; a final move would have left active_tasks
  if redis.call('ZREM', K[4], task_id) == 0 then return {-1, {}} end
  for i = 1, n do
    redis.call('ZREM', K[8 + 2 * i], task_id)
    redis.call('ZREM', K[9 + 2 * i], task_id)
  end
  bump('processing_tasks', -1)
  bump(to .. '_tasks', 1)
  count_duration()
  redis.call('ZREM', K[7], task_id)
  return {-2, {}}
end

local attempts = tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0')
if ending and attempts == attempt then redis.call('ZREM', K[7], task_id) end

local from_slot = nil
for i = 1, n do
  if ARGV[10 + i] == current then from_slot = i end
end
if not from_slot then return {0, redis.call('HGETALL', KEYS[1])} end

if attempt > 0 then
  if to == 'processing' and attempts >= attempt then return {0, redis.call('HGETALL', KEYS[1])} end
  if to ~= 'processing' and attempts > attempt then return {0, redis.call('HGETALL', KEYS[1])} end
end

if current ~= to then
  local from_index = K[8 + 2 * from_slot]
  local score = redis.call('ZSCORE', from_index, task_id)
  redis.call('ZREM', from_index, task_id)
  redis.call('ZREM', K[9 + 2 * from_slot], task_id)
  if score then
    redis.call('ZADD', K[5], score, task_id)
    redis.call('ZADD', K[6], score, task_id)
  end
  bump(current .. '_tasks', -1)
  bump(to .. '_tasks', 1)
end
if to == 'processing' then
  redis.call('HSET', KEYS[1], 'attempts', attempt)
  if attempt > 1 then bump('retried_tasks', 1) end
end
count_duration()
if to ~= 'queued' and to ~= 'processing' then
  redis.call('ZREM', K[4], task_id)
end
if ARGV[9] == '1' then
  redis.call('ZADD', K[7], now_ms, task_id)
end
if ARGV[14 + n] ~= '' and redis.call('HEXISTS', KEYS[1], 'callback_url') == 1 then
  redis.call('PSETEX', K[8], ARGV[15 + n], ARGV[14 + n])
  redis.call('ZADD', K[9], now_ms, ARGV[16 + n])
  redis.call('HSET', KEYS[1], 'webhook', ARGV[17 + n])
end

local fields = {'status', to, 'updated_at', now_iso}
for i = 19 + n, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[1], unpack(fields))
if ARGV[8] ~= '' then redis.call('PUBLISH', ARGV[8], to) end
return {1, redis.call('HGETALL', KEYS[1])}
