-- Renew the leases of the slots one worker holds (its heartbeat): each job's lease runs a full lease from now.
-- A lease already dropped is not taken back: its slot may belong to another job by now.
-- KEYS: the slot zset of each job's type (keys.type_slots), in the order of the job ids
-- ARGV: 1 lease (ms), 2.. the job ids
-- Returns the number of leases renewed.
local now = redis.call('TIME')
local lease = tonumber(ARGV[1])
local expiry = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000) + lease
local renewed = 0
for i, key in ipairs(KEYS) do
  if redis.call('ZSCORE', key, ARGV[i + 1]) then
    redis.call('ZADD', key, expiry, ARGV[i + 1])
    if redis.call('PTTL', key) < lease then redis.call('PEXPIRE', key, lease) end
    renewed = renewed + 1
  end
end
return renewed
