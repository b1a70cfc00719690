-- Change a schedule (PATCH): every field the caller computed from the revision it read, and its due entry.
-- KEYS: 1 schedule hash, 2 due set
-- ARGV: 1 schedule id, 2 project id, 3 revision read, 4 next run (ms; '' = disabled, off the due set), 5.. fields
-- Returns (schedules.Written): 1 WRITTEN, 0 MISSING (gone, or another project's), 2 MOVED (the revision changed
-- since it was read: a tick fired or another change landed; nothing written, read and call again)
local found = redis.call('HMGET', KEYS[1], 'project_id', 'revision')
if found[1] ~= ARGV[2] then return 0 end
if found[2] ~= ARGV[3] then return 2 end
redis.call('HSET', KEYS[1], unpack(ARGV, 5))
redis.call('HINCRBY', KEYS[1], 'revision', 1)
if ARGV[4] == '' then
  redis.call('HDEL', KEYS[1], 'next_run_ms')
  redis.call('ZREM', KEYS[2], ARGV[1])
else
  redis.call('HSET', KEYS[1], 'next_run_ms', ARGV[4])
  redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
end
return 1
