-- A running task reports progress: the record's progress and updated_at, and the project's event when the
-- value changed, in one step. Only a processing task takes progress (a late report changes nothing).
-- KEYS: 1 task hash, 2 project events stream
-- ARGV: 1 task id, 2 progress (0..100), 3 now (RFC 3339), 4-6 event policy (_events.lua)
-- Returns 1 when written, 0 when the task is missing or not processing.
local record = redis.call('HMGET', KEYS[1], 'status', 'progress', 'attempts', 'task_type')
if record[1] ~= 'processing' then return 0 end
redis.call('HSET', KEYS[1], 'progress', ARGV[2], 'updated_at', ARGV[3])
if record[2] ~= ARGV[2] then
  local policy = {ARGV[4], ARGV[5], ARGV[6]}
  local event = {ARGV[1], record[4], 'processing', ARGV[2], record[3] or '0', ARGV[3]}
  trim_if_due(KEYS[2], policy, emit_event(KEYS[2], policy, false, event))
end
return 1
