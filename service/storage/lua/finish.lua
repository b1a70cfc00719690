-- Move an active task (queued or processing) to a final status, with its indexes, counters, arq abort marker
-- and webhook job, in one step: a worker's end of its attempt, a cancel, or the reconciler's verdict.
-- A move out of a final state is refused, and so is the end of an attempt older than the recorded one.
-- KEYS: 1 task hash, 2 global metrics, 3 project metrics, 4 active tasks, 5 project+queued index,
--       6 project+queued+type index, 7 project+processing index, 8 project+processing+type index,
--       9 project+final-status index, 10 project+final-status+type index, 11 arq abort zset, 12 arq queue,
--       13 the webhook's arq job key, 14 project events stream, 15 the type's deferred tasks (keys.deferred)
-- ARGV: 1 task id, 2 final status, 3 attempt (> 0: a worker's end of that attempt; 0: not a worker),
--       4 now (RFC 3339), 5 now (ms), 6 index score (creation, µs), 7 task type, 8 result JSON ('' = none:
--       progress is left alone), 9 error ('' = none), 10 duration (µs, '' = none), 11 histogram bucket
--       ('' = none), 12 '1' = ask arq to abort the job, 13 webhook job id, 14 its payload ('' = the task has
--       no callback_url, as the caller knows), 15 its ttl (ms),
--       16 the task's initial webhook field (JSON), 17 events channel (published on the move),
--       18 '1' = reply with the record, 19-21 event policy (_events.lua), 22 the webhook job's queue score (ms:
--       priority 0, schedule.py)
-- A worker's end also removes the job's abort marker, which a cancel that lost the race against that end would
-- leave for ever. When the record has expired meanwhile, the end still settles the counters the start left
-- (processing -1, outcome +1, duration) once, its active_tasks entry being the token.
-- Returns (moves.Finished) {code, status, record}: record is the flat field/value list when asked, else {}:
--   1 FINISHED   moved      0 REFUSED   nothing changed (status: the current one)
--   -1 MISSING   no such task      -2 SETTLED   no record any more, but the counters were settled
local FINISHED, REFUSED, MISSING, SETTLED = 1, 0, -1, -2
local task_id, to, attempt, now_ms = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[5]
local function outcome_counts(from)
  local changes = {from .. '_tasks', -1, to .. '_tasks', 1}
  if ARGV[10] ~= '' then
    for _, v in ipairs({'duration_us_total', ARGV[10], 'duration_count', 1}) do changes[#changes + 1] = v end
  end
  local bucket = {}
  if ARGV[11] ~= '' then bucket = {ARGV[7] .. ':duration_bucket:' .. ARGV[11], 1} end
  count(KEYS[2], ARGV[7], changes, bucket)
  count(KEYS[3], ARGV[7], changes, {})
end
local function reply(code, status)
  if ARGV[18] == '1' and status then return {code, status, redis.call('HGETALL', KEYS[1])} end
  return {code, status or '', {}}
end

local record = redis.call('HMGET', KEYS[1], 'status', 'attempts', 'callback_url', 'progress')
local status = record[1]
if not status then
  -- expired while this attempt ran: its start counted it processing; a final move would have left active_tasks
  if attempt == 0 or redis.call('ZREM', KEYS[4], task_id) == 0 then return reply(MISSING) end
  redis.call('ZREM', KEYS[7], task_id)
  redis.call('ZREM', KEYS[8], task_id)
  redis.call('ZREM', KEYS[11], task_id)
  outcome_counts('processing')
  return reply(SETTLED)
end
local attempts = tonumber(record[2] or '0')
if (status ~= 'queued' and status ~= 'processing') or (attempt > 0 and attempts > attempt) then
  -- only a cancel sets a marker, and it makes the task final: an end that applies has none to remove
  if attempt > 0 and attempts == attempt then redis.call('ZREM', KEYS[11], task_id) end
  return reply(REFUSED, status)
end

local from = status == 'queued' and 5 or 7
redis.call('ZREM', KEYS[from], task_id)
redis.call('ZREM', KEYS[from + 1], task_id)
redis.call('ZADD', KEYS[9], ARGV[6], task_id)
redis.call('ZADD', KEYS[10], ARGV[6], task_id)
redis.call('ZREM', KEYS[4], task_id)
outcome_counts(status)
if ARGV[12] == '1' then
  arq_abort(KEYS[11], KEYS[12], task_id, now_ms)
  redis.call('ZREM', KEYS[15], task_id)  -- a deferred task cancelled before its time is no longer waiting for it
end
local fields = {'status', to, 'updated_at', ARGV[4], 'completed_at', ARGV[4]}
local function set(field, value) fields[#fields + 1], fields[#fields + 2] = field, value end
local progress = record[4] or '0'
if ARGV[8] ~= '' then set('result', ARGV[8]); set('progress', '100'); progress = '100' end
if ARGV[9] ~= '' then set('error', ARGV[9]) end
if record[3] and ARGV[14] ~= '' then
  arq_enqueue(KEYS[13], KEYS[12], ARGV[13], ARGV[14], ARGV[15], ARGV[22])
  set('webhook', ARGV[16])
end
redis.call('HSET', KEYS[1], unpack(fields))
redis.call('PUBLISH', ARGV[17], to)
local policy = {ARGV[19], ARGV[20], ARGV[21]}
trim_if_due(KEYS[14], policy, emit_event(KEYS[14], policy, false, {task_id, ARGV[7], to, progress, attempts, ARGV[4]}))
return reply(FINISHED, to)
