-- Remove a schedule: its hash, its index entry and its due entry together (a deleted schedule fires no more).
-- KEYS: 1 schedule hash, 2 project's schedule index, 3 due set
-- ARGV: 1 schedule id, 2 project id
-- Returns 1 when removed, 0 when missing or another project's
if redis.call('HGET', KEYS[1], 'project_id') ~= ARGV[2] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
return 1
