-- Revoke a key created at run time; it stops working on the next request (nothing caches it).
-- KEYS: 1 key record
-- ARGV: 1 revocation time (RFC 3339)
-- Returns (apikeys.Revoked): 1 REVOKED now, 0 ALREADY revoked, -1 MISSING: no such key.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return -1
end
if redis.call('HGET', KEYS[1], 'revoked') == '1' then
  return 0
end
redis.call('HSET', KEYS[1], 'revoked', '1', 'revoked_at', ARGV[1])
return 1
