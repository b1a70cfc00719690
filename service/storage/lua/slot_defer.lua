-- Send a capped type's jobs refused a slot to the back of the type's line: each is due again `spacing` after the
-- latest one sent there (at least `first` from now), so the waiting jobs come due about `limit` per `first`, in
-- turn, however many wait, and the jobs behind them in the queue are read meanwhile. Scores are ms of the
-- workers' clock, as arq's. A job no longer in the queue (ended, cancelled) is not put back.
-- KEYS: 1 the arq queue, 2 the type's line (keys.type_line: the due time of the latest job sent back)
-- ARGV: 1 now (ms), 2 first (ms from now), 3 spacing (ms), 4.. job ids, in queue order
-- Returns the due time of the last job sent back (ms), 0 when none was still queued.
local now, first, spacing = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local line = tonumber(redis.call('GET', KEYS[2]) or '0')
local last = 0
for i = 4, #ARGV do
  if redis.call('ZSCORE', KEYS[1], ARGV[i]) then
    line = math.max(now + first, line + spacing)
    redis.call('ZADD', KEYS[1], line, ARGV[i])
    last = line
  end
end
if last > 0 then redis.call('SET', KEYS[2], tostring(line), 'PX', math.ceil(line - now + first)) end
return tostring(last)
