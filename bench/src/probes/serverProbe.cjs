// Loaded into the app's processes by the benchmark only (NODE_OPTIONS=--require, set by
// bench/src/probes/serverWindow.ts when GROUNDWORK_BENCH_PROBE_DIR is set). SIGUSR2 opens a
// window; the next SIGUSR2 closes it and writes what the server saw in it as JSON:
//   - time in the server: from Node's 'request' event (headers parsed) to the response's
//     'finish' (handed to the kernel), so a wait before the server reads a request is not in it;
//   - event-loop delay (how late a 2 ms timer fires): a stalled loop delays every connection;
//   - garbage-collection pauses.
// CommonJS and dependency-free, because it runs before anything else in every process.
const fs = require('node:fs')
const http = require('node:http')
const path = require('node:path')
const { createHistogram, monitorEventLoopDelay, PerformanceObserver } = require('node:perf_hooks')

const dir = process.env.GROUNDWORK_BENCH_PROBE_DIR
if (dir) {
  let window = null
  let windows = 0

  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function probedEmit(event, ...args) {
    if (window && event === 'request') {
      const response = args[1]
      const started = process.hrtime.bigint()
      const { inServer } = window
      response.once('finish', () => inServer.record(Number(process.hrtime.bigint() - started) || 1))
    }
    return emit.call(this, event, ...args)
  }

  new PerformanceObserver((list) => {
    if (!window) return
    for (const entry of list.getEntries()) {
      window.gcPauseMaxMs = Math.max(window.gcPauseMaxMs, entry.duration)
      window.gcPauseTotalMs += entry.duration
    }
  }).observe({ entryTypes: ['gc'] })

  const ms = (nanoseconds) => Math.round(nanoseconds / 1e4) / 100

  process.on('SIGUSR2', () => {
    if (!window) {
      const loop = monitorEventLoopDelay({ resolution: 2 })
      loop.enable()
      window = { inServer: createHistogram(), loop, gcPauseMaxMs: 0, gcPauseTotalMs: 0 }
      // A signal reaches this handler some time after it was sent: say when counting started,
      // so no request of the run comes before it.
      fs.writeFileSync(path.join(dir, `${process.pid}-${windows + 1}.open`), '')
      return
    }
    const { inServer, loop, gcPauseMaxMs, gcPauseTotalMs } = window
    window = null
    loop.disable()
    const result = {
      requests: inServer.count,
      inServerP50Ms: inServer.count ? ms(inServer.percentile(50)) : 0,
      inServerP99Ms: inServer.count ? ms(inServer.percentile(99)) : 0,
      inServerMaxMs: inServer.count ? ms(inServer.max) : 0,
      loopDelayP99Ms: ms(loop.percentile(99)),
      loopDelayMaxMs: ms(loop.max),
      gcPauseMaxMs: Math.round(gcPauseMaxMs * 100) / 100,
      gcPauseTotalMs: Math.round(gcPauseTotalMs),
    }
    windows += 1
    const file = path.join(dir, `${process.pid}-${windows}.json`)
    fs.writeFileSync(`${file}.partial`, JSON.stringify(result))
    fs.renameSync(`${file}.partial`, file)
  })
}
