-- Store a key created at run time (its sha256, never the key) unless its id is taken.
-- KEYS: 1 key record, 2 set of key ids
-- ARGV: 1 key id, 2.. field/value pairs of the record
-- Returns 1 when stored, 0 when the id already exists (the caller draws another key).
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
local fields = {}
for i = 2, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[1], unpack(fields))
redis.call('SADD', KEYS[2], ARGV[1])
return 1
