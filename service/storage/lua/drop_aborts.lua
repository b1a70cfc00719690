-- Remove arq abort markers that nothing will read: set long enough ago and whose job no worker holds.
-- arq removes a marker only when it aborts or ends the job, so a cancel that came after the job ended left
-- one for ever, read by every worker on every poll (arq's own age limit removes only future scores).
-- A job claimed again later needs no marker: its task is cancelled, so its start is refused.
-- KEYS: 1 arq abort zset, 2.. the in-progress key of each job named in ARGV 2.. (same order)
-- ARGV: 1 cutoff (ms): only markers set at or before it, 2.. job ids
-- Returns the number of markers removed.
local removed = 0
for i = 2, #ARGV do
  local score = redis.call('ZSCORE', KEYS[1], ARGV[i])
  if score and tonumber(score) <= tonumber(ARGV[1]) and redis.call('EXISTS', KEYS[i]) == 0 then
    removed = removed + redis.call('ZREM', KEYS[1], ARGV[i])
  end
end
return removed
