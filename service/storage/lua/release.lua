-- Release arq's claim (its in-progress key) on a task's job so that arq runs the job again now, instead of
-- when the claim expires (the longest job timeout + 10 s), because no live worker holds it any more.
-- The caller saw the claim unheld twice, a stale-window apart; this re-checks everything it saw and
-- releases in one atomic step, so a worker that beat, started or re-claimed the job meanwhile keeps it.
-- A job whose task is final (or whose record is gone) has nothing left to run: it is dropped instead
-- (claim, job key, try counter, queue entry and abort marker), so no worker keeps reading it.
-- KEYS: 1 task hash, 2 the recorded owner's live-worker zset, 3 arq in-progress key, 4 arq job key,
--       5 arq try counter, 6 arq queue, 7 arq abort zset
-- ARGV: 1 status seen (queued | processing | a final status | '' = no record), 2 owner seen ('' = none
--       recorded), 3 arq tries seen ('' = none), 4 owner value of a worker that gave its claim up,
--       5 beats at or after this time (ms) are live, 6 job id, 7 '1' = the caller saw this try released already
--       on both looks (a re-claim whose worker never counted its try: it failed before, as in a Redis failover)
-- Returns (rescue.Released): 1 RELEASED, 2 DROPPED, 0 LEFT alone.
if redis.call('EXISTS', KEYS[3]) == 0 or redis.call('EXISTS', KEYS[4]) == 0 then return 0 end
local status = redis.call('HGET', KEYS[1], 'status') or ''
local owner = redis.call('HGET', KEYS[1], 'worker_id') or ''
local tries = redis.call('GET', KEYS[5]) or ''
if status ~= ARGV[1] or owner ~= ARGV[2] or tries ~= ARGV[3] then return 0 end
local active = status == 'queued' or status == 'processing'
-- one release per try: a claim seen after it is a new worker's that has not counted its try yet
if active and redis.call('HGET', KEYS[1], 'released_try') == tries and ARGV[7] ~= '1' then return 0 end
if owner ~= '' and owner ~= ARGV[4] then
  local beat = redis.call('ZSCORE', KEYS[2], owner)
  if beat and tonumber(beat) >= tonumber(ARGV[5]) then return 0 end
end
if not active then
  redis.call('DEL', KEYS[3], KEYS[4], KEYS[5])
  redis.call('ZREM', KEYS[6], ARGV[6])
  redis.call('ZREM', KEYS[7], ARGV[6])
  return 2
end
redis.call('DEL', KEYS[3])
redis.call('HSET', KEYS[1], 'released_try', tries)
return 1
