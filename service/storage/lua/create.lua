-- Create a task record, its indexes, its counters and its arq job in one step.
-- The arq job is written exactly as ArqRedis.enqueue_job writes it (PSETEX job key + ZADD queue),
-- with the same duplicate check (job or result key exists), so submit is atomic and one round trip.
-- With an Idempotency-Key the claim is checked and taken in the same step, so concurrent duplicates
-- create exactly one task.
-- KEYS: 1 task hash, 2 arq job, 3 arq result, 4 arq queue, 5 project index, 6 project+status index,
--       7 project+type index, 8 project+status+type index, 9 global metrics, 10 project metrics,
--       11 active tasks, 12 projects (sorted set by last creation), 13 idempotency claim (only with an
--       Idempotency-Key)
-- ARGV: 1 task id, 2 index score (creation, µs), 3 record expiry (unix ms), 4 arq job payload,
--       5 arq job ttl (ms), 6 arq queue score (now, ms), 7 task type, 8 project id,
--       9 request fingerprint ('' without an Idempotency-Key), 10 task key prefix, 11.. field/value pairs
-- (the claimed task's hash is read by prefix, as page.lua does; keys.py owns the prefix)
-- Expired index entries are trimmed by the worker's periodic pass (trim.lua), not here: one command
-- per task (ZADD projects, which that pass walks) instead of a trim of the project index.
-- Returns {1} when created, {0} when the task or its job already exists (nothing written),
-- {2, claimed task as a flat field/value list} for a repeat with the same fingerprint,
-- {3, claimed task id} for a repeat with another fingerprint.
if ARGV[9] ~= '' then
  local claim = redis.call('HMGET', KEYS[13], 'task_id', 'fingerprint')
  -- a claim whose task is gone (expired at the same instant) counts as no claim
  if claim[1] and redis.call('EXISTS', ARGV[10] .. claim[1]) == 1 then
    if claim[2] == ARGV[9] then
      return {2, redis.call('HGETALL', ARGV[10] .. claim[1])}
    end
    return {3, claim[1]}
  end
end
if redis.call('EXISTS', KEYS[1], KEYS[2], KEYS[3]) > 0 then
  return {0}
end
local fields = {}
for i = 11, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[1], unpack(fields))
redis.call('PEXPIREAT', KEYS[1], ARGV[3])
redis.call('PSETEX', KEYS[2], ARGV[5], ARGV[4])
redis.call('ZADD', KEYS[4], ARGV[6], ARGV[1])
for i = 5, 8 do redis.call('ZADD', KEYS[i], ARGV[2], ARGV[1]) end
redis.call('ZADD', KEYS[12], ARGV[6], ARGV[8])
redis.call('ZADD', KEYS[11], ARGV[2], ARGV[1])
local typed = ARGV[7] .. ':'
for i = 9, 10 do
  redis.call('HINCRBY', KEYS[i], 'total_tasks', 1)
  redis.call('HINCRBY', KEYS[i], typed .. 'total_tasks', 1)
  redis.call('HINCRBY', KEYS[i], 'queued_tasks', 1)
  redis.call('HINCRBY', KEYS[i], typed .. 'queued_tasks', 1)
end
if ARGV[9] ~= '' then
  -- the claim lives exactly as long as its task
  redis.call('HSET', KEYS[13], 'task_id', ARGV[1], 'fingerprint', ARGV[9])
  redis.call('PEXPIREAT', KEYS[13], ARGV[3])
end
return {1}
