-- A worker gives up its claim on a processing task it can no longer finish (Redis went away mid-job):
-- it marks the task so that the reconciler releases the claim without waiting for the worker to look dead.
-- Only the recorded owner may do so, so a task re-run elsewhere meanwhile keeps its new owner.
-- KEYS: 1 task hash
-- ARGV: 1 worker id, 2 owner value meaning "given up"
-- Returns 1 marked, 0 left alone.
if redis.call('HGET', KEYS[1], 'status') ~= 'processing' then return 0 end
if redis.call('HGET', KEYS[1], 'worker_id') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'worker_id', ARGV[2])
return 1
