-- Reads that count how the page cache answered: "hit", or "miss" (a re-render), from X-Page-Cache.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  hits = 0
  misses = 0
end

function response(status, headers, body)
  if headers["X-Page-Cache"] == "hit" then hits = hits + 1 else misses = misses + 1 end
end

function done(summary, latency, requests)
  local total_hits, total_misses = 0, 0
  for _, thread in ipairs(threads) do
    total_hits = total_hits + thread:get("hits")
    total_misses = total_misses + thread:get("misses")
  end
  io.write(string.format("HITS %d MISSES %d\n", total_hits, total_misses))
  io.write(string.format("P99US %d\n", latency:percentile(99)))
end
