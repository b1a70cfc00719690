-- Create a batch of tasks (POST /tasks/batch): every record, index entry, job and counter in one step, so a
-- batch is one round trip and all or nothing. Per task only its hash (HSET, PEXPIREAT) and arq job (PSETEX);
-- index entries and queue entries take one ZADD per key, counters one HMGET and one HSET per hash.
-- Tasks are grouped: a project (its indexes and counters) and a group = one project and task type (and so one
-- arq queue: each queue gets one ZADD for its jobs).
-- KEYS: 1 global metrics, 2 active tasks, 3 projects (by last creation),
--       then per task i (N): hash, arq job, arq result;
--       then per project p (P): project index, project+queued index, project metrics, project events stream;
--       then per group g (G): project+type index, project+queued+type index, the type's arq queue, the type's
--       deferred tasks (keys.deferred);
--       then, with an Idempotency-Key only: the claim, and the hash of the first task the claim named when the
--       caller read it (the claim's own first task hash when none)
-- ARGV: 1 N, 2 P, 3 G, 4 record expiry (unix ms), 5 arq job ttl (ms), 6 now (ms), 7 request fingerprint
--       ('' without an Idempotency-Key), 8 first task id the claim named when read ('' = none),
--       9 the batch's task ids, comma-joined (kept by the claim), 10-12 event policy (_events.lua),
--       13 creation time (RFC 3339),
--       then per project: project id; per group: project slot (1..P), task type;
--       then per task: task id, index score (µs), arq payload, arq queue score (ms: schedule.py), the time a
--       deferred task is due (ms; '' = due now: its record and job then live that much longer), group slot,
--       field count k, k record fields/values
-- Returns (batch.BatchCreated) {code, ...}:
--   1 CREATED       {1}: everything written
--   0 DUPLICATE     {0}: a task or job of the batch already exists, nothing written
--   2 REPEATED      {2, task ids}: same fingerprint as the claimed batch (its comma-joined ids)
--   3 CONFLICT      {3, task id}: the claim holds another request
--   4 CLAIM_MOVED   {4}: the claim names another task than the caller read; nothing written, read and call again
local CREATED, DUPLICATE, REPEATED, CONFLICT, CLAIM_MOVED = 1, 0, 2, 3, 4
local n, np, ng = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local expiry, ttl, now_ms, fp = ARGV[4], ARGV[5], ARGV[6], ARGV[7]
local task_base, project_base, group_base = 3, 3 + 3 * n, 3 + 3 * n + 4 * np
local claim_key, claimed_hash = KEYS[group_base + 4 * ng + 1], KEYS[group_base + 4 * ng + 2]
if fp ~= '' then
  local claim = redis.call('HMGET', claim_key, 'task_id', 'fingerprint', 'task_ids')
  if (claim[1] or '') ~= ARGV[8] then return {CLAIM_MOVED} end
  -- a claim whose tasks are gone (expired at the same instant) counts as no claim
  if claim[1] and redis.call('EXISTS', claimed_hash) == 1 then
    if claim[2] == fp then return {REPEATED, claim[3] or claim[1]} end
    return {CONFLICT, claim[1]}
  end
end
if redis.call('EXISTS', unpack(KEYS, task_base + 1, task_base + 3 * n)) > 0 then return {DUPLICATE} end
local a = 14 + np + 2 * ng
local policy, last_event = {ARGV[10], ARGV[11], ARGV[12]}, {}
local deferred_until = {}  -- per deferred set (KEYS position): the latest record expiry of its new entries
local per_group, members, jobs = {}, {}, {}  -- jobs: per queue key, flat {job_key, job_id, payload, ttl, score, ...}
-- index entries are gathered per key (KEYS position), then written with one ZADD per key
local function member(k, score, task_id)
  members[k] = members[k] or {}
  local list = members[k]
  list[#list + 1], list[#list + 2] = score, task_id
end
for i = 1, n do
  local base = task_base + 3 * (i - 1)
  local task_id, score, payload, group, k = ARGV[a], ARGV[a + 1], ARGV[a + 2], tonumber(ARGV[a + 5]), ARGV[a + 6]
  local queue_score, due = ARGV[a + 3], ARGV[a + 4]
  local ahead = due == '' and 0 or tonumber(due) - tonumber(now_ms)
  redis.call('HSET', KEYS[base + 1], unpack(ARGV, a + 7, a + 6 + tonumber(k)))
  redis.call('PEXPIREAT', KEYS[base + 1], tonumber(expiry) + ahead)
  local project, task_type = tonumber(ARGV[13 + np + 2 * group - 1]), ARGV[13 + np + 2 * group]
  local pk, gk = project_base + 4 * (project - 1), group_base + 4 * (group - 1)
  local queued = jobs[KEYS[gk + 3]] or {}
  jobs[KEYS[gk + 3]] = queued
  local q = #queued  -- assigned in place: a table per task costs the batch measurably
  queued[q + 1], queued[q + 2], queued[q + 3], queued[q + 4], queued[q + 5] =
    KEYS[base + 2], task_id, payload, tonumber(ttl) + ahead, queue_score
  if due ~= '' then
    member(gk + 4, due, task_id)
    deferred_until[gk + 4] = math.max(deferred_until[gk + 4] or 0, tonumber(expiry) + ahead)
  end
  last_event[project] = emit_event(KEYS[pk + 4], policy, true, {task_id, task_type, 'queued', 0, 0, ARGV[13]})
  member(pk + 1, score, task_id); member(pk + 2, score, task_id); member(gk + 1, score, task_id)
  member(gk + 2, score, task_id); member(2, score, task_id)
  per_group[group] = (per_group[group] or 0) + 1
  a = a + 7 + tonumber(k)
end
for queue, queued in pairs(jobs) do arq_enqueue_many(queue, queued) end
for k, list in pairs(members) do redis.call('ZADD', KEYS[k], unpack(list)) end
-- a deferred set lives as long as its longest-lived task (as in _create.lua)
for k, until_ms in pairs(deferred_until) do
  if redis.call('PTTL', KEYS[k]) < until_ms - tonumber(now_ms) then redis.call('PEXPIREAT', KEYS[k], until_ms) end
end
-- counters: summed per hash and field, then written with one HMGET and one HSET per hash (count())
local function add(sums, field, delta)
  if not sums[field] then sums[field] = 0; sums[#sums + 1] = field end
  sums[field] = sums[field] + delta
end
local function flat(sums)
  local out = {}
  for _, field in ipairs(sums) do out[#out + 1], out[#out + 2] = field, sums[field] end
  return out
end
local global, per_project = {}, {}
for g = 1, ng do
  local project, task_type, c = tonumber(ARGV[13 + np + 2 * g - 1]), ARGV[13 + np + 2 * g], per_group[g] or 0
  per_project[project] = per_project[project] or {}
  for _, sums in ipairs({global, per_project[project]}) do
    for _, name in ipairs({'total_tasks', 'queued_tasks'}) do
      add(sums, name, c)
      add(sums, task_type .. ':' .. name, c)
    end
  end
end
count(KEYS[1], '', {}, flat(global))
for p = 1, np do
  count(KEYS[project_base + 4 * p - 1], '', {}, flat(per_project[p]))
  redis.call('ZADD', KEYS[3], now_ms, ARGV[13 + p])
  trim_if_due(KEYS[project_base + 4 * p], policy, last_event[p])
end
if fp ~= '' then
  -- the claim lives exactly as long as its tasks; task_id (the first) makes create.lua see it as taken
  redis.call('HSET', claim_key, 'task_id', ARGV[14 + np + 2 * ng], 'fingerprint', fp, 'task_ids', ARGV[9])
  redis.call('PEXPIREAT', claim_key, expiry)
end
return {CREATED}
