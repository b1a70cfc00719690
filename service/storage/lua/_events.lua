-- A project's event stream (service/storage/events.py): one entry per change of a task's status, progress or
-- attempts, added by the script that makes the change, so that a change and its event are written together.
-- policy: {cap, keep, cutoff_ms} (EventPolicy.args): cap bounds the stream (XADD MAXLEN ~), 0 = events off;
-- entries beyond the newest `keep` that are older than cutoff_ms are trimmed, a few at a time (trim_events).
-- A stream is made only by a creation (make = true); the worker's index trim deletes it with its project, and
-- a later change of a task of that project does not bring it back without an expiry (NOMKSTREAM).

-- Every 16th millisecond an event also trims: up to 32 old entries, twice as many as are added meanwhile.
local function trim_events(stream, keep, cutoff_ms)
  local excess = redis.call('XLEN', stream) - keep
  if excess <= 0 then return end
  -- the oldest entry first: while it is inside the window (the usual case), nothing more is read
  local first = redis.call('XRANGE', stream, '-', '+', 'COUNT', 1)[1]
  if not first or tonumber(string.match(first[1], '^(%d+)')) >= cutoff_ms then return end
  local oldest = redis.call('XRANGE', stream, '-', '+', 'COUNT', math.min(excess, 32))
  local last
  for _, entry in ipairs(oldest) do
    if tonumber(string.match(entry[1], '^(%d+)')) >= cutoff_ms then break end
    last = entry[1]
  end
  if last then
    local ms, seq = string.match(last, '^(%d+)%-(%d+)$')
    redis.call('XTRIM', stream, 'MINID', ms .. '-' .. (tonumber(seq) + 1))
  end
end

-- Add one event; event = {task_id, task_type, status, progress, attempts, updated_at}. Returns its id (nil when
-- events are off, or the stream is gone and make is false).
local function emit_event(stream, policy, make, e)
  local cap = policy[1]
  if cap == '0' then return nil end
  if make then
    return redis.call('XADD', stream, 'MAXLEN', '~', cap, '*', 'task_id', e[1], 'task_type', e[2], 'status', e[3],
                      'progress', e[4], 'attempts', e[5], 'updated_at', e[6])
  end
  return redis.call('XADD', stream, 'NOMKSTREAM', 'MAXLEN', '~', cap, '*', 'task_id', e[1], 'task_type', e[2],
                    'status', e[3], 'progress', e[4], 'attempts', e[5], 'updated_at', e[6]) or nil
end

-- After the events of one step: trim when the last one's millisecond is due (one in 16).
local function trim_if_due(stream, policy, id)
  if id and tonumber(string.match(id, '^(%d+)')) % 16 == 0 then
    trim_events(stream, tonumber(policy[2]), tonumber(policy[3]))
  end
end
