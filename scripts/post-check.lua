-- wrk script: POST the seed statement with its translations and glossary to /api/checks.
-- scripts/load.sh builds the body and runs wrk with it; wrk reads it from the file named in ROSETTA_BODY.
local file = assert(io.open(os.getenv("ROSETTA_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
-- HTTP Basic as a reviewer: scripts/load.sh passes "user:password" base64-encoded in ROSETTA_AUTH.
wrk.headers["Authorization"] = "Basic " .. os.getenv("ROSETTA_AUTH")

done = function(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
