-- The size of each record of a page: the summed lengths (HSTRLEN: O(1)) of the fields that can be large.
-- KEYS: the task hashes
-- ARGV: the record fields that can be large
-- Returns {size in bytes of each KEYS[i], ...}; a hash that just expired has size 0.
local sizes = {}
for i, key in ipairs(KEYS) do
  local size = 0
  for _, field in ipairs(ARGV) do size = size + redis.call('HSTRLEN', key, field) end
  sizes[i] = size
end
return sizes
