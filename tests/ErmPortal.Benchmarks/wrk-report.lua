-- Used by the load benchmark (Wrk.cs): `wrk -s wrk-report.lua <url> -- <cookie header>`.
-- Sends the signed-in cookie with every request, counts every answer that is not 2xx (wrk itself counts only
-- 4xx and 5xx, and a redirect to the sign-in page would look like a fast success), and prints one line the
-- benchmark reads.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   wrk.headers["Cookie"] = args[1]
   not_2xx = 0
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      not_2xx = not_2xx + 1
   end
end

function done(summary, latency, requests)
   local not_2xx_total = 0
   for _, thread in ipairs(threads) do
      not_2xx_total = not_2xx_total + thread:get("not_2xx")
   end
   local e = summary.errors
   io.write(string.format(
      "wrk-report requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d not_2xx=%d connect=%d read=%d write=%d timeout=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
      not_2xx_total, e.connect, e.read, e.write, e.timeout))
end
