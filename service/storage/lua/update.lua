-- Set fields on an existing task (never re-creating an expired one), optionally only in one status.
-- KEYS: 1 task hash
-- ARGV: 1 required status ('' = any), 2.. field/value pairs
-- Returns 1 when written, 0 when the task is missing or in another status.
local current = redis.call('HGET', KEYS[1], 'status')
if not current or (ARGV[1] ~= '' and current ~= ARGV[1]) then return 0 end
local fields = {}
for i = 2, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[1], unpack(fields))
return 1
