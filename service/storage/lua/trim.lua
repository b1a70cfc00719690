-- Remove a project's index entries whose records have expired (scored below the cutoff), at most
-- ARGV[3] of them in this call so that one call stays short; then, when no index of the project holds
-- anything, the project leaves the projects set and its event stream is deleted.
-- KEYS: 1 projects (sorted set), 2 the project index, 3..n-1 its status, type and status+type indexes,
--       n its event stream
-- ARGV: 1 cutoff (µs of creation: an entry scored below it has expired), 2 project id,
--       3 most entries to remove in this call
-- Returns {removed, done}: done is 1 when no index of the project holds an expired entry any more.
local budget = tonumber(ARGV[3])
local removed = 0
local stream = #KEYS
for i = 2, stream - 1 do
  local stale = redis.call('ZCOUNT', KEYS[i], '-inf', '(' .. ARGV[1])
  local n = math.min(stale, budget - removed)
  if n > 0 then
    redis.call('ZREMRANGEBYRANK', KEYS[i], 0, n - 1)
    removed = removed + n
  end
  if n < stale then return {removed, 0} end
end
if redis.call('EXISTS', unpack(KEYS, 2, stream - 1)) == 0 then
  redis.call('ZREM', KEYS[1], ARGV[2])
  redis.call('DEL', KEYS[stream])
end
return {removed, 1}
