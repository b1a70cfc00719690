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

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

w-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

v-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

/-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

g-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

/-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

w-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

p-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

p-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

:-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

w-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

A-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

R-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

J-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

w-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

p-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

v-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

/-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

w-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

p-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

:-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

p-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

T-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

x-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

p-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

P-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

S-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

E-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

T-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

E-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

X-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

p-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

Z-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

A-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

D-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

D-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

:-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

Z-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

A-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

D-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

D-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

:-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

{-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

p-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

}-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

=-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

{-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

}-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

=-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

1-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

#-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

3-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

P-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

S-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

E-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

T-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

E-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

X-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

[-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

]-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

[-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

+-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

2-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

]-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

[-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

#-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

+-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

1-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

]-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

[-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

#-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

+-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

2-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

]-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

=-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

[-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

+-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

1-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

]-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

Z-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

A-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

D-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

D-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

p-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

J-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

:-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

v-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

1-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

--- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

w-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

w-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

;-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

k-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

y-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

w-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

=-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

Z-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

S-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

C-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

O-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

R-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

E-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

f-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

>-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

w-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

h-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

Z-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

A-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

D-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

D-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

q-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

u-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

1-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

.-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

c-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

l-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

(-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

Z-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

A-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

D-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

D-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

'-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

a-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

r-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

t-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

w-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

m-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

s-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

,-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

j-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

o-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

b-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

_-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

i-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

)-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

e-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

n-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
end

d-- enqueue_job for many jobs of one queue: each job key, then one ZADD for all their queue entries.
-- jobs: flat {job_key, job_id, payload, ttl_ms, score_ms, ...}
local function arq_enqueue_many(queue, jobs)
  local entries = {}
  for i = 1, #jobs, 5 do
    redis.call('PSETEX', jobs[i], jobs[i + 3], jobs[i + 2])
    entries[#entries + 1], entries[#entries + 2] = jobs[i + 4], jobs[i + 1]
  end
  redis.call('ZADD', queue, unpack(entries))
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

