-- A retry that arq deferred (Retry(defer=...): its queue score is now its due time) waits like a deferred task:
-- entered in its type's deferred set, so that the promoter gives it its priority's place once due (promote.lua).
-- KEYS: 1 the type's deferred tasks (keys.deferred), 2 its arq queue, 3 the task hash
-- ARGV: 1 task id, 2 now (ms)
-- Returns 1 when entered, 0 when the job is due already (a retry without defer keeps its place) or gone.
local score = redis.call('ZSCORE', KEYS[2], ARGV[1])
if not score or tonumber(score) <= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], score, ARGV[1])
-- the set lives as long as its longest-lived task (as in _create.lua)
local life = redis.call('PTTL', KEYS[3])
if life > 0 and redis.call('PTTL', KEYS[1]) < life then redis.call('PEXPIRE', KEYS[1], life) end
return 1
