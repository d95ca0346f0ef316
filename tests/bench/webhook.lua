-- Signed Stripe events from a file made beforehand (one "signature<TAB>payload" a line); each thread sends
-- its own share, once each, then re-delivers its last event (which must change nothing).
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  path = args[1]
  local nthreads = tonumber(args[3])
  events = {}
  local i = 0
  for line in io.lines(args[2]) do
    if i % nthreads == id then
      local tab = line:find("\t")
      table.insert(events, {line:sub(1, tab - 1), line:sub(tab + 1)})
    end
    i = i + 1
  end
  n = 0
  ok = 0
  other = 0
  redelivered = 0
end

function request()
  n = n + 1
  if n > #events then redelivered = redelivered + 1 end
  local event = events[math.min(n, #events)]
  return wrk.format("POST", path, {["Content-Type"] = "application/json", ["Stripe-Signature"] = event[1]}, event[2])
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local total_ok, total_other, total_redelivered = 0, 0, 0
  for _, thread in ipairs(threads) do
    total_ok = total_ok + thread:get("ok")
    total_other = total_other + thread:get("other")
    total_redelivered = total_redelivered + thread:get("redelivered")
  end
  io.write(string.format("ACCEPTED %d OTHER %d REDELIVERED %d\n", total_ok, total_other, total_redelivered))
end
