-- Revoke a key created at run time; it stops working on the next request (nothing caches it).
-- KEYS: 1 key record
-- ARGV: 1 revocation time (RFC 3339)
-- Returns 1 when revoked now, 0 when it was already revoked, -1 when there is no such key.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return -1
end
if redis.call('HGET', KEYS[1], 'revoked') == '1' then
  return 0
end
redis.call('HSET', KEYS[1], 'revoked', '1', 'revoked_at', ARGV[1])
return 1
