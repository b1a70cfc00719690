-- A worker starts an attempt (arq's job try) of a task: queued (or processing, a new try) -> processing,
-- with its indexes and counters, in one step. A start whose attempt is not newer than the recorded one
-- (repeated or late hook) and a start of a final task are refused.
-- KEYS: 1 task hash, 2 global metrics, 3 project metrics, 4 project+queued index, 5 project+queued+type index,
--       6 project+processing index, 7 project+processing+type index, 8 project events stream
-- ARGV: 1 task id, 2 attempt (arq's job try, >= 1), 3 now (RFC 3339), 4 index score (creation, µs),
--       5 task type, 6 worker id ('' = none), 7 that worker's queue, 8-10 event policy (_events.lua),
--       11 queue wait (µs from creation to now), 12 its histogram bucket (metrics.WAIT_BUCKETS)
-- Returns (moves.Started) {code, record}:
--   1 STARTED    the record after the start (flat field/value list), for the function to run
--   0 REFUSED    nothing changed; the record as it is
--   -1 MISSING   no such task (expired?): {-1}
local STARTED, REFUSED, MISSING = 1, 0, -1
local task_id, attempt = ARGV[1], tonumber(ARGV[2])
local record = redis.call('HMGET', KEYS[1], 'status', 'attempts')
local status = record[1]
if not status then return {MISSING} end
if (status ~= 'queued' and status ~= 'processing') or tonumber(record[2] or '0') >= attempt then
  return {REFUSED, redis.call('HGETALL', KEYS[1])}
end
local changes, waited = {}, {}
if status == 'queued' then
  redis.call('ZREM', KEYS[4], task_id)
  redis.call('ZREM', KEYS[5], task_id)
  redis.call('ZADD', KEYS[6], ARGV[4], task_id)
  redis.call('ZADD', KEYS[7], ARGV[4], task_id)
  changes = {'queued_tasks', -1, 'processing_tasks', 1}
  -- the first start ends the task's wait: filed per type in the global hash, in the same HMGET/HSET
  local typed = ARGV[5] .. ':'
  waited = {typed .. 'wait_bucket:' .. ARGV[12], 1, typed .. 'wait_us_total', ARGV[11], typed .. 'wait_count', 1}
end
if attempt > 1 then
  changes[#changes + 1] = 'retried_tasks'
  changes[#changes + 1] = 1
end
if #changes > 0 then
  count(KEYS[2], ARGV[5], changes, waited)
  count(KEYS[3], ARGV[5], changes, {})
end
-- a new attempt starts from scratch: its own start time, no progress yet, and it names its worker
local fields = {'status', 'processing', 'updated_at', ARGV[3], 'started_at', ARGV[3], 'progress', '0',
                'attempts', ARGV[2]}
if ARGV[6] ~= '' then
  fields[#fields + 1], fields[#fields + 2] = 'worker_id', ARGV[6]
  fields[#fields + 1], fields[#fields + 2] = 'worker_queue', ARGV[7]
end
redis.call('HSET', KEYS[1], unpack(fields))
local policy = {ARGV[8], ARGV[9], ARGV[10]}
trim_if_due(KEYS[8], policy, emit_event(KEYS[8], policy, false, {task_id, ARGV[5], 'processing', 0, attempt, ARGV[3]}))
return {STARTED, redis.call('HGETALL', KEYS[1])}
