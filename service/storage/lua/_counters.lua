-- Counters of one scope (a hash: everything, or a project): each name counts as a total and as its task
-- type's "{type}:{name}" field. One HMGET and one HSET per hash, for any number of fields.
-- changes: flat {name, delta, ...}; extra: flat {field, delta, ...} of fields counted as they are named.
local function count(hash, task_type, changes, extra)
  local fields, deltas = {}, {}
  for i = 1, #changes, 2 do
    fields[#fields + 1], deltas[#deltas + 1] = changes[i], changes[i + 1]
    fields[#fields + 1], deltas[#deltas + 1] = task_type .. ':' .. changes[i], changes[i + 1]
  end
  for i = 1, #extra, 2 do
    fields[#fields + 1], deltas[#deltas + 1] = extra[i], extra[i + 1]
  end
  local values = redis.call('HMGET', hash, unpack(fields))
  local out = {}
  for j = 1, #fields do
    out[#out + 1] = fields[j]
    out[#out + 1] = string.format('%d', (tonumber(values[j]) or 0) + tonumber(deltas[j]))
  end
  redis.call('HSET', hash, unpack(out))
end
