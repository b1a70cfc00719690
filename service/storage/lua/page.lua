-- One page of a project index: its total and the page's task ids with the size of each record,
-- after trimming entries past the retention. The records themselves are read by the caller, each
-- with its own command, so that no script runs long and no reply is large (a page may be tens of MB).
-- KEYS: 1 index (sorted set of task ids by creation time)
-- ARGV: 1 trim cutoff (µs), 2 offset, 3 limit, 4 order ('asc' | 'desc'), 5 task key prefix,
--       6.. the record fields that can be large (their lengths, HSTRLEN: O(1), make a record's size)
-- (the task hashes are found by prefix; keys.py owns the prefix)
-- Returns {total, {task id, ...}, {size of each task's large fields in bytes, ...}}; an id whose
-- hash just expired has size 0.
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
local sizes = {}
for i, id in ipairs(ids) do
  local size = 0
  for f = 6, #ARGV do size = size + redis.call('HSTRLEN', ARGV[5] .. id, ARGV[f]) end
  sizes[i] = size
end
return {total, ids, sizes}
