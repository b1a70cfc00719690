-- wrk script: submit.lua, each connection pausing between requests, for latency at a moderate fixed rate.
-- Usage: wrk ... -s paced.lua URL -- API_KEY PROJECT_ID PAUSE_MS
-- wrk starts a request's clock after the pause, so the latencies are those of the requests alone.
-- (delay() must exist when the script loads: wrk decides then whether to call it.)

dofile("submit.lua")

local pause_ms = 0
local submit_init = init

function init(args)
  submit_init(args)
  pause_ms = tonumber(args[3])
end

function delay()
  return pause_ms
end
