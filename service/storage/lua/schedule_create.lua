-- Create a schedule: its hash, its project's index and (enabled) its entry in the due set, in one step, so that
-- the per-project bound holds however many requests race.
-- KEYS: 1 schedule hash, 2 project's schedule index, 3 due set (ids by next run, ms)
-- ARGV: 1 schedule id, 2 most schedules per project, 3 creation (ms: index score), 4 next run (ms; '' = disabled),
--       5.. hash fields/values
-- Returns (schedules.Written): 1 WRITTEN, 0 FULL (the project has its maximum; nothing written)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 5))
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
if ARGV[4] ~= '' then redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1]) end
return 1
