-- Petition signatures, each with its own email, posted from the site's own origin (as a browser would).
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  path = args[1]
  origin = args[2]
  run = args[3]
  n = 0
  ok = 0
  other = 0
end

function request()
  n = n + 1
  local body = "name=Bench+Signer&email=bench-" .. run .. "-" .. id .. "-" .. n .. "%40example.org&postal_code=02130&website="
  return wrk.format("POST", path, {["Content-Type"] = "application/x-www-form-urlencoded", ["Origin"] = origin}, body)
end

function response(status, headers, body)
  if status == 303 then ok = ok + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local total_ok, total_other = 0, 0
  for _, thread in ipairs(threads) do
    total_ok = total_ok + thread:get("ok")
    total_other = total_other + thread:get("other")
  end
  io.write(string.format("ACCEPTED %d OTHER %d\n", total_ok, total_other))
end
