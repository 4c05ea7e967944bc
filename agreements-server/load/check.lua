-- wrk script: POST the document named by the environment variable DOCUMENT to /v1/check.
-- wrk itself counts answers that are not 2xx ("Non-2xx or 3xx responses"); run.sh fails on them.
local file = assert(io.open(os.getenv("DOCUMENT"), "rb"))
local body = file:read("*a")
file:close()
wrk.method = "POST"
wrk.path = "/v1/check?asOf=2026-12-01"
wrk.body = body
wrk.headers["Content-Type"] = os.getenv("MEDIA_TYPE") or "application/yaml"

done = function(summary, latency, requests)
  io.write(string.format("requests/s %.1f  p50 %.2f ms  p99 %.2f ms  socket errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
