-- arq's wire format (service/storage/arqwire.py builds the payload): what ArqRedis.enqueue_job and
-- Job.abort of the installed arq write, proved byte for byte by tests/test_arqwire.py.

-- enqueue_job: the job key (payload, ttl) and the queue entry scored by its due time (ms). The caller has
-- checked, as arq does, that neither the job key nor its result key exists.
local function arq_enqueue(job_key, queue, job_id, payload, ttl_ms, score_ms)
  redis.call('PSETEX', job_key, ttl_ms, payload)
  redis.call('ZADD', queue, score_ms, job_id)
end

-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

-- Job.abort: a job deferred to later (a deferred task, a retry's defer) is moved to the head of the queue
-- (score 1), so that a worker takes it now and aborts it; then the abort marker, scored by the request's time.
local function arq_abort(abort_set, queue, job_id, now_ms)
  local score = redis.call('ZSCORE', queue, job_id)
  if score and tonumber(score) > tonumber(now_ms) then
    redis.call('ZADD', queue, 1, job_id)
  end
  redis.call('ZADD', abort_set, now_ms, job_id)
end
