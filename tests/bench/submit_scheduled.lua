-- wrk script: submit.lua's echo task, deferred (delay_seconds 0: due at once) and of priority 5, so that it
-- costs what scheduling costs a submit and nothing else (tests/bench/interleaved.py compares it to submit.lua).
-- Usage: wrk ... -s submit_scheduled.lua URL -- API_KEY PROJECT_ID

dofile("submit.lua")

local submit_init = init

function init(args)
  submit_init(args)
  wrk.body = '{"project_id":"' .. args[2] .. '","task_type":"echo","task_data":{"n":1},'
    .. '"priority":5,"delay_seconds":0}'
end
