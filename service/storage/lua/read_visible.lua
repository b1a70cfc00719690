-- Read a task only when its project is one the caller may see: a foreign task is never copied out,
-- so it answers as fast as a missing one.
-- KEYS: 1 task hash
-- ARGV: the caller's projects (one or more)
-- Returns the record as HGETALL's flat field/value list; an empty list when the task is missing or foreign.
local project = redis.call('HGET', KEYS[1], 'project_id')
if not project then return {} end
for _, allowed in ipairs(ARGV) do
  if allowed == project then return redis.call('HGETALL', KEYS[1]) end
end
return {}
