-- Promote due deferred tasks of one type (schedule.py): a deferred job waits at score = its due time, so that no
-- worker takes it sooner; once due it is re-scored `due - (priority + 10) * step`, as if submitted then with its
-- priority, so that it sorts among due jobs by priority. Only a job still where its deferral put it is moved
-- (ZADD XX: never re-added): not one a cancel moved to the head, a retry re-deferred, or a worker holds. Each
-- entry leaves the deferred set here, promoted or not (its task gone, final, or of the lowest priority).
-- KEYS: 1 the type's deferred tasks (keys.deferred), 2 its arq queue, then per task: hash, arq in-progress key
-- ARGV: 1 step (ms: PRIORITY_AGING_SECONDS), 2 the lowest priority (-10), then the task ids (due entries)
-- Returns the number of jobs re-scored.
local step, lowest, moved = tonumber(ARGV[1]), tonumber(ARGV[2]), 0
for i = 3, #ARGV do
  local task_id, hash, claim = ARGV[i], KEYS[2 * i - 3], KEYS[2 * i - 2]
  local due = redis.call('ZSCORE', KEYS[1], task_id)
  if due then
    local record = redis.call('HMGET', hash, 'status', 'priority')
    local priority = tonumber(record[2] or '0')
    local active = record[1] == 'queued' or record[1] == 'processing'
    local score = redis.call('ZSCORE', KEYS[2], task_id)
    if active and priority > lowest and score and tonumber(score) == tonumber(due)
        and redis.call('EXISTS', claim) == 0 then
      redis.call('ZADD', KEYS[2], 'XX', tonumber(due) - (priority - lowest) * step, task_id)
      moved = moved + 1
    end
    redis.call('ZREM', KEYS[1], task_id)
  end
end
return moved
