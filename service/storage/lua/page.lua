-- One page of a project index with its total, after trimming entries past the retention.
-- KEYS: 1 index (sorted set of task ids by creation time)
-- ARGV: 1 trim cutoff (µs), 2 offset, 3 limit, 4 order ('asc' | 'desc'), 5 task key prefix
-- (the task hashes are read by prefix so that a page is one round trip; keys.py owns the prefix)
-- Returns {total, {task hash as a flat field/value list, ...}}; an id whose hash just expired
-- yields an empty list.
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
local total = redis.call('ZCARD', KEYS[1])
local first = tonumber(ARGV[2])
local last = first + tonumber(ARGV[3]) - 1
local ids
if ARGV[4] == 'asc' then
  ids = redis.call('ZRANGE', KEYS[1], first, last)
else
  ids = redis.call('ZREVRANGE', KEYS[1], first, last)
end
local tasks = {}
for i, id in ipairs(ids) do tasks[i] = redis.call('HGETALL', ARGV[5] .. id) end
return {total, tasks}
