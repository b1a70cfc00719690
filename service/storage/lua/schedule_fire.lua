-- Fire one due tick of a schedule: compare-and-set, then the task (create_task, as a submit) and the schedule's
-- move to its next run, in one step. Any number of workers may try the same tick: only the first whose reading
-- is still current fires it; the others find the due score or the revision moved and write nothing.
-- KEYS: 1 schedule hash, 2 due set, 3.. create.lua's KEYS 1-13 (no Idempotency-Key)
-- ARGV: 1 schedule id, 2 due score read (ms), 3 revision read, 4 next run (ms), 5 fire time (RFC 3339),
--       6.. create.lua's ARGV
-- Returns (schedules.Fired): 1 FIRED, 0 STALE (disabled, deleted, or fired/changed since it was read),
--   2 REFUSED (create_task wrote nothing: the task id was taken)
local score = redis.call('ZSCORE', KEYS[2], ARGV[1])
if not score or tonumber(score) ~= tonumber(ARGV[2]) then return 0 end
local found = redis.call('HMGET', KEYS[1], 'revision', 'enabled')
if found[1] ~= ARGV[3] or found[2] ~= '1' then return 0 end
local reply = create_task({unpack(KEYS, 3)}, {unpack(ARGV, 6)})
if reply[1] ~= 1 then return 2 end
redis.call('HSET', KEYS[1], 'next_run_ms', ARGV[4], 'last_run_at', ARGV[5], 'last_task_id', ARGV[6])
redis.call('HINCRBY', KEYS[1], 'revision', 1)
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
return 1
