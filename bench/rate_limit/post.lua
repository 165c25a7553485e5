-- POST one digits row with the bench key; count answers by status class.
local row = {}
for i = 1, 64 do row[i] = "0.0" end
wrk.method = "POST"
wrk.body = '{"inputs": [[' .. table.concat(row, ",") .. ']]}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("MIA_BENCH_KEY")

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, limited, server, other = 0, 0, 0, 0
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1
  elseif status == 429 then limited = limited + 1
  elseif status >= 500 then server = server + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local t = {0, 0, 0, 0}
  for _, thread in ipairs(threads) do
    t[1] = t[1] + thread:get("ok")
    t[2] = t[2] + thread:get("limited")
    t[3] = t[3] + thread:get("server")
    t[4] = t[4] + thread:get("other")
  end
  io.write(string.format("STATUS %d %d %d %d %d %.0f\n", summary.requests, t[1], t[2], t[3], t[4],
    summary.requests / (summary.duration / 1e6)))
end
