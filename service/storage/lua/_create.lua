-- create.lua's step as a function of its KEYS and ARGV tables (K, A: create.lua's layout, documented there),
-- so that another script (schedule_fire.lua) creates a task exactly as a submit does.
local function create_task(K, A)
  local CREATED, DUPLICATE, REPEATED, CONFLICT, CLAIM_MOVED = 1, 0, 2, 3, 4
  if A[9] ~= '' then
    local claim = redis.call('HMGET', K[14], 'task_id', 'fingerprint')
    if (claim[1] or '') ~= A[10] then return {CLAIM_MOVED} end
    -- a claim whose task is gone (expired at the same instant) counts as no claim
    if claim[1] and redis.call('EXISTS', K[15]) == 1 then
      if claim[2] == A[9] then return {REPEATED, redis.call('HGETALL', K[15])} end
      return {CONFLICT, claim[1]}
    end
  end
  if redis.call('EXISTS', K[1], K[2], K[3]) > 0 then return {DUPLICATE} end
  local task_id, score, expiry, now_ms = A[1], A[2], A[3], A[6]
  redis.call('HSET', K[1], unpack(A, 15))
  redis.call('PEXPIREAT', K[1], expiry)
  arq_enqueue(K[2], K[4], task_id, A[4], A[5], now_ms)
  for i = 5, 8 do redis.call('ZADD', K[i], score, task_id) end
  redis.call('ZADD', K[11], score, task_id)
  redis.call('ZADD', K[12], now_ms, A[8])
  local policy = {A[11], A[12], A[13]}
  trim_if_due(K[13], policy, emit_event(K[13], policy, true, {task_id, A[7], 'queued', 0, 0, A[14]}))
  local changes = {'total_tasks', 1, 'queued_tasks', 1}
  count(K[9], A[7], changes, {})
  count(K[10], A[7], changes, {})
  if A[9] ~= '' then
    -- the claim lives exactly as long as its task
    redis.call('HSET', K[14], 'task_id', task_id, 'fingerprint', A[9])
    redis.call('PEXPIREAT', K[14], expiry)
  end
  return {CREATED}
end
