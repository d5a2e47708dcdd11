// Times the review page of a check in Debian's Chromium (headless, 1366×768), through the
// DevTools protocol: sign in, open /checks/ID RUNS times, and print for each load when the server's
// answer ended, when the document was parsed (the page's script has run: DOMContentLoaded) and
// when the first paint after it came, in ms from the navigation's start; then the medians. Then,
// on the last load, RUNS merges of a Russian link in the middle of the check with the next one,
// each timed from the click to the first frame with the new rows in place (the answer of what
// changed, the rows fetched again and put in place of the old ones, the page indexed again).
//   node --experimental-websocket scripts/page-timing.mjs URL CHECK_ID USER PASSWORD [RUNS]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, checkId, user, password, runsArg] = process.argv.slice(2);
if (!checkId || !password) {
  console.error('usage: node --experimental-websocket scripts/page-timing.mjs URL CHECK_ID USER PASSWORD [RUNS]');
  process.exit(2);
}
const runs = Number(runsArg || 5);
const profile = mkdtempSync(join(tmpdir(), 'rosetta-timing-'));
const port = 9400 + Math.floor(Math.random() * 500);
const chromium = spawn('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--window-size=1366,768',
  '--remote-debugging-port=' + port, '--user-data-dir=' + profile, 'about:blank'], { stdio: 'ignore' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function pageSocket() {
  for (let i = 0; i < 100; i++) {
    try {
      const targets = await (await fetch('http://127.0.0.1:' + port + '/json/list')).json();
      const page = targets.find((t) => t.type === 'page');
      if (page) return page.webSocketDebuggerUrl;
    } catch { /* not listening yet */ }
    await sleep(100);
  }
  throw new Error('chromium did not start');
}

const ws = new WebSocket(await pageSocket());
await new Promise((r) => ws.addEventListener('open', r, { once: true }));
let nextId = 1;
const pending = new Map();
const waiters = [];
ws.addEventListener('message', (event) => {
  const message = JSON.parse(event.data);
  if (message.id && pending.has(message.id)) {
    pending.get(message.id)(message);
    pending.delete(message.id);
  } else if (message.method) {
    for (const w of waiters.filter((w) => w.method === message.method)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(message.params);
    }
  }
});
const send = (method, params = {}) => new Promise((resolve, reject) => {
  const id = nextId++;
  pending.set(id, (m) => (m.error ? reject(new Error(method + ': ' + m.error.message)) : resolve(m.result)));
  ws.send(JSON.stringify({ id, method, params }));
});
const event = (method) => new Promise((resolve) => waiters.push({ method, resolve }));
const evaluate = async (expression) => {
  const answer = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (answer.exceptionDetails) throw new Error(answer.exceptionDetails.exception?.description || answer.exceptionDetails.text);
  return answer.result.value;
};

await send('Page.enable');
await send('Runtime.enable');
let loaded = event('Page.loadEventFired');
await send('Page.navigate', { url: base + '/login' });
await loaded;
const signedIn = await evaluate(`fetch('/j_security_check', { method: 'POST', redirect: 'manual',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ j_username: ${JSON.stringify(user)}, j_password: ${JSON.stringify(password)} }) })
  .then((r) => r.type === 'opaqueredirect' || r.ok)`);
if (!signedIn) throw new Error('sign-in refused');

const rows = [];
for (let i = 0; i < runs; i++) {
  loaded = event('Page.loadEventFired');
  await send('Page.navigate', { url: base + '/checks/' + checkId });
  await loaded;
  // The first frame after the page's script ran: what a reviewer sees and can act on.
  const t = await evaluate(`new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => {
    const n = performance.getEntriesByType('navigation')[0];
    resolve({ response: n.responseEnd, parsed: n.domContentLoadedEventEnd, load: n.loadEventEnd, frame: performance.now(),
      links: document.querySelectorAll('.link').length, nodes: document.getElementsByTagName('*').length });
  })))`);
  rows.push(t);
  console.log(`run ${i + 1}: answer ${t.response.toFixed(0)} ms · parsed and script run ${t.parsed.toFixed(0)} ms · first frame after it ${t.frame.toFixed(0)} ms (${t.links} links, ${t.nodes} elements)`);
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median: answer ${median(rows.map((r) => r.response)).toFixed(0)} ms · parsed ${median(rows.map((r) => r.parsed)).toFixed(0)} ms · interactive ${median(rows.map((r) => r.frame)).toFixed(0)} ms`);

const merges = [];
for (let i = 0; i < runs; i++) {
  const ms = await evaluate(`new Promise((resolve, reject) => {
    const russian = [...document.querySelectorAll('.link[data-lang=ru]')];
    const link = russian[Math.floor(russian.length / 2)];
    link.focus();
    // A page in a window without focus gets no focus events: the controls are brought as a focus would.
    if (!link.querySelector('button.merge')) link.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const before = russian.length;
    const started = performance.now();
    link.querySelector('button.merge').click();
    const waitForIt = () => {
      if (document.querySelectorAll('.link[data-lang=ru]').length < before) requestAnimationFrame(() => resolve(performance.now() - started));
      else if (performance.now() - started > 30000) reject(new Error('the merge did not show'));
      else setTimeout(waitForIt, 5);
    };
    waitForIt();
  })`);
  merges.push(ms);
  console.log(`merge ${i + 1}: shown after ${ms.toFixed(0)} ms`);
}
console.log(`median merge: ${median(merges).toFixed(0)} ms`);
ws.close();
chromium.kill();
await sleep(200);
rmSync(profile, { recursive: true, force: true });
