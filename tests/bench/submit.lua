-- wrk script: every request POSTs one small `echo` task.
-- Usage: wrk ... -s submit.lua URL -- API_KEY PROJECT_ID   (run with tests/bench as the working directory)
-- done() prints one line "BENCH {json}": requests, duration (µs), errors and latency percentiles (µs),
-- read by tests/bench/wrk.py. Statuses >= 400 count as errors (wrk's own rule).

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-API-Key"] = args[1]
  wrk.body = '{"project_id":"' .. args[2] .. '","task_type":"echo","task_data":{"n":1}}'
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"errors":%d,"p50_us":%.0f,"p99_us":%.0f}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
