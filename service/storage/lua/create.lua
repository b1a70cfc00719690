-- Create a task: its record, indexes, counters and arq job (_arq.lua) in one step, so submit is atomic and
-- one round trip. With an Idempotency-Key the claim is checked and taken in the same step, so concurrent
-- duplicates create exactly one task.
-- KEYS: 1 task hash, 2 arq job, 3 arq result, 4 arq queue, 5 project index, 6 project+queued index,
--       7 project+type index, 8 project+queued+type index, 9 global metrics, 10 project metrics,
--       11 active tasks, 12 projects (by last creation), 13 project events stream, 14 the type's deferred
--       tasks (keys.deferred), 15 idempotency claim, 16 hash of the task the claim named when the caller read it
--       (KEYS 15-16 only with an Idempotency-Key; 16 = KEYS[1] when none)
-- ARGV: 1 task id, 2 index score (creation, µs), 3 record expiry (unix ms), 4 arq job payload, 5 arq job ttl (ms),
--       6 now (ms: projects score), 7 task type, 8 project id, 9 request fingerprint
--       ('' without an Idempotency-Key), 10 task id the claim named when read ('' = none), 11-13 event policy
--       (_events.lua), 14 creation time (RFC 3339), 15 arq queue score (ms: schedule.py), 16 the time a deferred
--       task is due (ms; '' = due now), 17.. record fields/values
-- Expired index entries are trimmed by the worker's periodic pass (trim.lua), which walks KEYS[12].
-- Returns (submit.Created) {code, ...}:
--   1 CREATED       {1}: record, indexes, counters and job written
--   0 DUPLICATE     {0}: the task or its job already exists, nothing written
--   2 REPEATED      {2, record}: same fingerprint as the claimed task (its flat field/value list)
--   3 CONFLICT      {3, task id}: the claim holds another request
--   4 CLAIM_MOVED   {4}: the claim names another task than the caller read; nothing written, read and call again
local CREATED, DUPLICATE, REPEATED, CONFLICT, CLAIM_MOVED = 1, 0, 2, 3, 4
if ARGV[9] ~= '' then
  local claim = redis.call('HMGET', KEYS[15], 'task_id', 'fingerprint')
  if (claim[1] or '') ~= ARGV[10] then return {CLAIM_MOVED} end
  -- a claim whose task is gone (expired at the same instant) counts as no claim
  if claim[1] and redis.call('EXISTS', KEYS[16]) == 1 then
    if claim[2] == ARGV[9] then return {REPEATED, redis.call('HGETALL', KEYS[16])} end
    return {CONFLICT, claim[1]}
  end
end
if redis.call('EXISTS', KEYS[1], KEYS[2], KEYS[3]) > 0 then return {DUPLICATE} end
local task_id, score, expiry, now_ms = ARGV[1], ARGV[2], ARGV[3], ARGV[6]
redis.call('HSET', KEYS[1], unpack(ARGV, 17))
redis.call('PEXPIREAT', KEYS[1], expiry)
arq_enqueue(KEYS[2], KEYS[4], task_id, ARGV[4], ARGV[5], ARGV[15])
if ARGV[16] ~= '' then redis.call('ZADD', KEYS[14], ARGV[16], task_id) end
for i = 5, 8 do redis.call('ZADD', KEYS[i], score, task_id) end
redis.call('ZADD', KEYS[11], score, task_id)
redis.call('ZADD', KEYS[12], now_ms, ARGV[8])
local policy = {ARGV[11], ARGV[12], ARGV[13]}
trim_if_due(KEYS[13], policy, emit_event(KEYS[13], policy, true, {task_id, ARGV[7], 'queued', 0, 0, ARGV[14]}))
local changes = {'total_tasks', 1, 'queued_tasks', 1}
count(KEYS[9], ARGV[7], changes, {})
count(KEYS[10], ARGV[7], changes, {})
if ARGV[9] ~= '' then
  -- the claim lives exactly as long as its task
  redis.call('HSET', KEYS[15], 'task_id', task_id, 'fingerprint', ARGV[9])
  redis.call('PEXPIREAT', KEYS[15], expiry)
end
return {CREATED}
