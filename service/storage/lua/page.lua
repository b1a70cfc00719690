-- One page of a project index: its total and the page's task ids, after trimming entries past the retention.
-- The caller then measures the records (sizes.lua) and reads them, each with its own command, so that no
-- script runs long and no reply is large (a page may be tens of MB).
-- KEYS: 1 index (sorted set of task ids by creation time)
-- ARGV: 1 trim cutoff (µs), 2 offset, 3 limit, 4 order ('asc' | 'desc')
-- Returns {total, {task id, ...}}.
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
local total = redis.call('ZCARD', KEYS[1])
local first = tonumber(ARGV[2])
local last = first + tonumber(ARGV[3]) - 1
if ARGV[4] == 'asc' then return {total, redis.call('ZRANGE', KEYS[1], first, last)} end
return {total, redis.call('ZREVRANGE', KEYS[1], first, last)}
