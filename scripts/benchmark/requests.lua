-- wrk script of scripts/benchmark-requests.sh. With IDS (a file of value ids, one a line): GET
-- /api/v1/indicator-values/{id}, each request a random one of them; without: wrk's own request (its URL, -H headers).
-- At the end one parseable line: requests, duration, the answers that were not 2xx or 3xx, socket errors, p50/p99.
local ids = {}
local file = os.getenv("IDS")
if file then
  for line in io.lines(file) do
    ids[#ids + 1] = line
  end
  math.randomseed(os.time())
  request = function()
    return wrk.format("GET", "/api/v1/indicator-values/" .. ids[math.random(#ids)])
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK requests=%d duration_s=%.3f non2xx=%d socket_errors=%d p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, summary.duration / 1e6, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
