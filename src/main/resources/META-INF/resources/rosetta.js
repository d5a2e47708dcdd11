// Rosetta's two pages: the upload form with the list of checks, and the review of one check.
// Everything goes through the REST API; errors come back as application/problem+json.
'use strict';

async function problemOf(response) {
  try {
    return await response.json();
  } catch (e) {
    return { status: response.status, detail: response.status === 413 ? 'The upload is larger than the server accepts.' : response.statusText };
  }
}

// Every request the pages make to the API goes through here. It answers the response when it is
// ok; otherwise it shows why next to what failed (show: the problem's fields, by default beside
// the form's fields or in the page's error line), including a server that cannot be reached,
// and answers null, so that no click fails silently. body: JSON, or a FormData sent as it is.
async function call(method, path, body, show = showProblem) {
  const options = { method: method };
  if (body instanceof FormData) {
    options.body = body;
  } else if (body !== undefined) {
    options.headers = { 'Content-Type': 'application/json' };
    options.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, options);
  } catch (e) {
    show({ detail: 'The server could not be reached (' + e.message + '): what you just did may not have been saved. Try again once it answers.' });
    return null;
  }
  if (!response.ok) {
    show(await problemOf(response));
    return null;
  }
  return response;
}

// Posts a form with its button disabled and its busy note shown; a refusal, or a server that
// cannot be reached, is shown by show.
async function upload(path, data, busyId, buttonId, done, show = showProblem) {
  document.getElementById(busyId).hidden = false;
  document.getElementById(buttonId).disabled = true;
  try {
    const response = await call('POST', path, data, show);
    if (response) await done(response);
  } finally {
    document.getElementById(busyId).hidden = true;
    document.getElementById(buttonId).disabled = false;
  }
}

// ---- upload page ----
const form = document.getElementById('upload');
if (form) {
  for (const picker of form.querySelectorAll('input[type=file][data-for]')) {
    picker.addEventListener('change', () => {
      const area = document.getElementById(picker.dataset.for);
      area.value = '';
      area.placeholder = picker.files.length ? 'file: ' + picker.files[0].name : '';
    });
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const p of form.querySelectorAll('.error')) p.textContent = '';
    for (const f of form.querySelectorAll('.field')) f.classList.remove('invalid');
    const data = new FormData();
    data.append('name', document.getElementById('name').value);
    for (const lang of ['en', 'ru', 'he']) {
      const file = document.getElementById(lang + '-file').files[0];
      if (file) data.append(lang, file, file.name);
      else data.append(lang, new Blob([document.getElementById(lang).value], { type: 'text/plain' }), lang + '.txt');
    }
    const bilingual = document.getElementById('bilingual-file').files[0];
    if (bilingual) data.append('bilingual', bilingual, bilingual.name);
    const glossary = document.getElementById('glossary-file').files[0];
    if (glossary) data.append('glossary', glossary, glossary.name);
    data.append('glossaryId', document.getElementById('glossaryId').value);
    await upload('/api/checks', data, 'busy', 'submit', async (response) => {
      const check = await response.json();
      window.location.href = '/checks/' + check.id;
    });
  });
  for (const button of document.querySelectorAll('button.delete')) {
    button.addEventListener('click', async () => {
      if (!confirm('Delete this check and its review?')) return;
      if (await call('DELETE', '/api/checks/' + button.dataset.check, undefined, (problem) => showBeside(button, problem))) button.closest('tr').remove();
    });
  }
}

const memoryForm = document.getElementById('memory-upload');
if (memoryForm) {
  memoryForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const p of memoryForm.querySelectorAll('.error')) p.textContent = '';
    const file = document.getElementById('memory-file').files[0];
    if (!file) {
      showProblem({ errors: [{ field: 'file', message: 'Choose a memory file first.' }] });
      return;
    }
    const data = new FormData();
    data.append('file', file, file.name);
    await upload('/api/memories', data, 'memory-busy', 'memory-submit', async (response) => {
      if (response.status === 202) await showArchives();
      else window.location.reload();
    }, (problem) => showProblem(problem.errors ? problem : { errors: [{ field: 'file', message: problem.detail || problem.title }] }));
  });
  for (const button of document.querySelectorAll('button.delete-memory')) {
    button.addEventListener('click', async () => {
      if (!confirm('Forget this memory? Checks from now on align without it.')) return;
      if (await call('DELETE', '/api/memories/' + button.dataset.memory, undefined, (problem) => showBeside(button, problem))) window.location.reload();
    });
  }
}

// Archives uploaded to become memory: their progress, refreshed while one is being aligned, and
// what became of the files that were not aligned.
const archivesBox = document.getElementById('archives');
async function showArchives() {
  const response = await call('GET', '/api/memories/archives', undefined, (problem) => { archivesBox.textContent = problem.detail || problem.title; });
  if (!response) return;
  const jobs = (await response.json()).items;
  archivesBox.replaceChildren();
  if (jobs.length === 0) return;
  const heading = document.createElement('h3');
  heading.textContent = 'Archives';
  const table = document.createElement('table');
  table.id = 'archive-jobs';
  table.innerHTML = '<thead><tr><th>Archive</th><th>State</th><th>Documents</th><th>Units</th><th>Files not aligned</th></tr></thead>';
  const body = table.createTBody();
  for (const job of jobs) {
    const row = body.insertRow();
    row.dataset.archive = job.id;
    const state = job.state === 'running' ? job.phase + ', ' + Math.round(100 * job.progress) + '%'
      : job.state === 'failed' ? 'failed: ' + job.error : job.state;
    const notAligned = job.files.filter(f => f.outcome !== 'aligned');
    for (const text of [job.name, state, String(job.documents), String(job.units)]) row.insertCell().textContent = text;
    const cell = row.insertCell();
    if (notAligned.length > 0) {
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = notAligned.length + ' files';
      const list = document.createElement('ul');
      for (const f of notAligned) {
        const item = document.createElement('li');
        item.textContent = f.file + ' (' + f.outcome + '): ' + f.reason;
        list.append(item);
      }
      details.append(summary, list);
      cell.append(details);
    }
  }
  archivesBox.append(heading, table);
  if (jobs.some(job => job.state === 'queued' || job.state === 'running')) {
    setTimeout(showArchives, 1500);
  } else if (jobs.some(job => job.state === 'done' && !document.querySelector('tr[data-memory="' + job.memory + '"]') && job.memory)) {
    // A job just done: its memory joins the list above.
    window.location.reload();
  }
}
if (archivesBox) showArchives();

for (const button of document.querySelectorAll('button.delete-dismissal')) {
  button.addEventListener('click', async () => {
    if (await call('DELETE', '/api/dismissals/' + button.dataset.dismissal, undefined, (problem) => showBeside(button, problem))) button.closest('tr').remove();
  });
}

// ---- account page ----

function clearErrors(scope) {
  for (const p of scope.querySelectorAll('.error')) p.textContent = '';
  for (const f of scope.querySelectorAll('.field')) f.classList.remove('invalid');
  document.getElementById('form-error').textContent = '';
}

const tokenForm = document.getElementById('token-form');
if (tokenForm) {
  tokenForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(tokenForm);
    const response = await call('POST', '/api/tokens', { name: document.getElementById('token-name').value });
    if (!response) return;
    const made = await response.json();
    document.getElementById('token-value').textContent = made.token;
    document.getElementById('token-made').hidden = false;
    document.getElementById('token-name').value = '';
  });
  for (const button of document.querySelectorAll('button.revoke-token')) {
    button.addEventListener('click', async () => {
      if (!confirm('Revoke this token? Scripts using it stop working at once.')) return;
      if (await call('DELETE', '/api/tokens/' + button.dataset.token)) window.location.reload();
    });
  }
}

const userForm = document.getElementById('user-form');
if (userForm) {
  userForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(userForm);
    const roles = Array.from(userForm.querySelectorAll('input[name=roles]:checked')).map((box) => box.value);
    const response = await call('POST', '/api/users', {
      username: document.getElementById('new-username').value,
      password: document.getElementById('new-password').value,
      roles: roles,
    });
    if (response) window.location.reload();
  });
  for (const button of document.querySelectorAll('button.toggle-user')) {
    button.addEventListener('click', async () => {
      const enable = button.dataset.enabled !== 'true';
      if (await call('PUT', '/api/users/' + encodeURIComponent(button.dataset.user) + '/enabled', { enabled: enable })) window.location.reload();
    });
  }
  for (const button of document.querySelectorAll('button.reset-password')) {
    button.addEventListener('click', async () => {
      const password = prompt('New password for ' + button.dataset.user + ' (12 characters or more):');
      if (password === null) return;
      if (await call('PUT', '/api/users/' + encodeURIComponent(button.dataset.user) + '/password', { password: password })) {
        document.getElementById('form-error').textContent = 'The password of ' + button.dataset.user + ' was changed.';
      }
    });
  }
}

// A refusal of a button's action in a table row, shown in that row (a note after the button), or
// in the page's error line when the button is in no row.
function showBeside(button, problem) {
  const message = problem.detail || problem.title;
  const row = button.closest('tr');
  if (!row) {
    showProblem(problem);
    return;
  }
  let note = row.querySelector('.row-error');
  if (!note) {
    note = document.createElement('span');
    note.className = 'error row-error';
    note.setAttribute('role', 'alert');
    button.after(note);
  }
  note.textContent = ' ' + message;
}

function showProblem(problem) {
  const errors = problem.errors && problem.errors.length ? problem.errors : [{ field: '', message: problem.detail || problem.title }];
  for (const error of errors) {
    const target = document.querySelector('[data-error-for="' + CSS.escape(error.field) + '"]') || document.getElementById('form-error');
    target.textContent = error.message;
    const field = target.closest('.field');
    if (field) field.classList.add('invalid');
  }
}

// ---- review page ----
const checkId = document.body.dataset.check;
if (checkId) {
  const errorBox = document.getElementById('review-error');

  // Sends a decision, recorded in the signed-in user's name; when it is refused or the server
  // cannot be reached, shows why in the review's error line and answers null.
  async function send(method, path, body) {
    errorBox.textContent = '';
    const response = await call(method, '/api/checks/' + checkId + path, body, (problem) => { errorBox.textContent = problem.detail || problem.title; });
    if (!response) return null;
    return response.status === 204 ? {} : response.json();
  }

  async function decide(link, status) {
    const saved = await send('PUT', '/links/' + link.dataset.link, { status: status, version: Number(link.dataset.version) });
    if (!saved) return;
    showVerdict(link, saved);
    updateProgress();
    drawLinkLinesSoon();
    showHistory();
  }

  // A link's review state as the API answered it.
  function showVerdict(link, saved) {
    link.dataset.version = saved.version;
    link.dataset.status = saved.status;
    link.classList.remove('status-unreviewed', 'status-accepted', 'status-rejected');
    link.classList.add('status-' + saved.status);
    link.querySelector('.status').textContent = saved.status + (saved.reviewer ? ' by ' + saved.reviewer : '');
  }

  function updateProgress() {
    const all = document.querySelectorAll('.link');
    const done = [...all].filter((l) => l.dataset.status !== 'unreviewed').length;
    document.getElementById('progress').textContent = done + ' of ' + all.length + ' links reviewed';
    showNeeds();
  }

  // What a link needs of the reviewer, most pressing first: a finding nobody decided (error,
  // warning), then the reviewer's verdict, then a link the aligner is unsure of.
  const NEEDS = ['error', 'warning', 'uncertain', 'unreviewed', 'accepted', 'rejected'];
  function needOf(link) {
    const open = [...link.querySelectorAll('li.finding[data-decision="open"]')].map((f) => f.dataset.severity);
    if (open.includes('error')) return 'error';
    if (open.includes('warning')) return 'warning';
    if (link.dataset.status !== 'unreviewed') return link.dataset.status;
    return Number(link.dataset.score) < 0.5 ? 'uncertain' : 'unreviewed';
  }

  // A link needs a decision while it is unreviewed and a finding or the aligner questions it: a
  // verdict on the link (a, r) or on its findings (e, f) answers it.
  function needsDecision(link) {
    const need = needOf(link);
    return link.dataset.status === 'unreviewed' && (need === 'error' || need === 'warning' || need === 'uncertain');
  }

  // The page's links and rows, and a mark on the map for each link: indexed again when a change
  // to the alignment replaces rows.
  let links = [];
  let rows = [];
  const map = document.getElementById('map');
  const marks = new Map();
  function indexRows() {
    links = [...document.querySelectorAll('.link')];
    rows = [...document.querySelectorAll('table.review tbody tr')];
    const rowCount = rows.length || 1;
    marks.clear();
    map.replaceChildren();
    rows.forEach((row, index) => {
      for (const link of row.querySelectorAll('.link')) {
        const mark = document.createElement('div');
        mark.className = 'mark lane-' + link.dataset.lang;
        mark.style.top = (100 * index / rowCount) + '%';
        mark.style.height = 'max(3px, ' + (100 / rowCount) + '%)';
        mark.addEventListener('click', () => { link.scrollIntoView({ block: 'center' }); link.focus({ preventScroll: true }); });
        map.appendChild(mark);
        marks.set(link, mark);
      }
    });
    nearRows.clear();
    rowWatch.disconnect();
    rows.forEach((row) => rowWatch.observe(row));
  }

  // Link lines: in the gutter at the left of each translation column, a line from each English
  // sentence a link renders to the link (its first line of text), so a reviewer sees the shape of
  // the alignment: where several sentences meet one, where one is left out. Coloured by the
  // aligner's confidence, solid once accepted, dotted while unreviewed; hovering one names the link.
  const SVG = 'http://www.w3.org/2000/svg';
  const lineLayer = document.createElementNS(SVG, 'svg');
  lineLayer.id = 'link-lines';
  lineLayer.setAttribute('aria-hidden', 'true');
  document.body.appendChild(lineLayer);
  // Lines are drawn for the rows on and near the screen only: measuring every link of a long
  // check would make the browser lay out the whole page, which it otherwise skips.
  const nearRows = new Set();
  const rowWatch = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) nearRows.add(entry.target);
      else nearRows.delete(entry.target);
    }
    drawLinkLinesSoon();
  }, { rootMargin: '100% 0px' });
  function drawLinkLines() {
    // Every position is read first, then every line written: one layout for what is drawn.
    const drawn = [];
    for (const link of links) {
      const row = link.closest('tr');
      if (!nearRows.has(row) || row.hidden || !link.dataset.sources) continue;
      const cell = link.closest('td').getBoundingClientRect();
      const box = link.getBoundingClientRect();
      const to = box.top + Math.min(box.height / 2, 12) + window.scrollY;
      for (const id of link.dataset.sources.split(' ')) {
        const sentence = document.getElementById(id);
        if (!sentence) continue;
        const from = sentence.getBoundingClientRect();
        drawn.push({ link: link, x: cell.left + window.scrollX, y1: from.top + Math.min(from.height / 2, 12) + window.scrollY, y2: to });
      }
    }
    // Sized by the table, not the page, which the layer itself would keep from shrinking.
    const table = document.querySelector('table.review').getBoundingClientRect();
    lineLayer.setAttribute('width', Math.ceil(table.right + window.scrollX));
    lineLayer.setAttribute('height', Math.ceil(table.bottom + window.scrollY));
    lineLayer.replaceChildren();
    for (const d of drawn) {
      const line = document.createElementNS(SVG, 'line');
      const shape = d.link.dataset.shape || '';
      const status = d.link.dataset.status;
      const confidence = ['high', 'medium', 'low'].find((c) => d.link.classList.contains('confidence-' + c)) || 'low';
      line.setAttribute('x1', d.x + 3);
      line.setAttribute('y1', d.y1);
      line.setAttribute('x2', d.x + 22);
      line.setAttribute('y2', d.y2);
      line.setAttribute('class', [confidence, status, shape !== '1-1' && shape !== '1-0' ? 'many' : ''].join(' ').trim());
      line.dataset.link = d.link.dataset.link;
      const title = document.createElementNS(SVG, 'title');
      title.textContent = d.link.dataset.lang + ' link ' + shape + ', confidence ' + d.link.dataset.score + ', ' + status;
      line.appendChild(title);
      lineLayer.appendChild(line);
    }
  }
  let redraw = 0;
  function drawLinkLinesSoon() {
    cancelAnimationFrame(redraw);
    redraw = requestAnimationFrame(drawLinkLines);
  }
  // The body, not the table alone: a message above the table moves it without resizing it.
  new ResizeObserver(drawLinkLinesSoon).observe(document.body);
  window.addEventListener('resize', drawLinkLinesSoon);

  // The map's marks, each link's colour and the overview follow every decision.
  function showNeeds() {
    const counts = {};
    for (const link of links) {
      const need = needOf(link);
      for (const n of NEEDS) link.classList.toggle('need-' + n, n === need);
      const mark = marks.get(link);
      mark.className = 'mark lane-' + link.dataset.lang + ' need-' + need;
      mark.title = 'row ' + link.closest('tr').querySelector('.num').textContent + ', ' + link.dataset.lang + ': ' + need;
      counts[link.dataset.lang] = counts[link.dataset.lang] || {};
      counts[link.dataset.lang][need] = (counts[link.dataset.lang][need] || 0) + 1;
    }
    for (const line of document.querySelectorAll('.overview-lang')) {
      const c = counts[line.dataset.lang] || {};
      line.replaceChildren(document.createTextNode(line.dataset.lang.toUpperCase() + ': '));
      NEEDS.forEach((need, i) => {
        const jump = document.createElement('button');
        jump.type = 'button';
        jump.className = 'jump need-' + need;
        jump.textContent = (c[need] || 0) + ' ' + need;
        jump.disabled = !c[need];
        jump.title = 'Go to the first ' + line.dataset.lang + ' link: ' + need;
        jump.addEventListener('click', () => {
          const first = links.find((l) => l.dataset.lang === line.dataset.lang && needOf(l) === need);
          if (first) { first.scrollIntoView({ block: 'center' }); first.focus({ preventScroll: true }); }
        });
        if (i) line.appendChild(document.createTextNode(' · '));
        line.appendChild(jump);
      });
    }
    if (needsMe.checked) {
      for (const row of document.querySelectorAll('table.review tbody tr')) {
        row.hidden = ![...row.querySelectorAll('.link')].some(needsDecision);
      }
    }
  }

  // The next (or previous) link needing a decision after the focused one, round the document.
  function goToNeed(step) {
    const current = document.activeElement && document.activeElement.closest('.link');
    const start = current ? links.indexOf(current) : (step > 0 ? -1 : links.length);
    for (let k = 1; k <= links.length; k++) {
      const link = links[(start + step * k + links.length * 2) % links.length];
      if (needsDecision(link)) {
        link.closest('tr').hidden = false;
        link.scrollIntoView({ block: 'center' });
        link.focus({ preventScroll: true });
        return;
      }
    }
    errorBox.textContent = 'Nothing left that needs a decision.';
  }

  const needsMe = document.getElementById('needs-me');
  needsMe.addEventListener('change', () => {
    if (!needsMe.checked) for (const row of document.querySelectorAll('table.review tbody tr')) row.hidden = false;
    showNeeds();
  });
  document.getElementById('next-to-review').addEventListener('click', () => goToNeed(1));
  indexRows();
  showNeeds();

  // The links the aligner is sure of and no finding questions, accepted at once, each a verdict
  // that can be undone like any other.
  const acceptConfident = document.getElementById('accept-confident');
  if (acceptConfident) {
    acceptConfident.addEventListener('click', async () => {
      acceptConfident.disabled = true;
      try {
        const result = await send('POST', '/accept-confident', {});
        if (!result) return;
        for (const saved of result.accepted) {
          const link = document.querySelector('.link[data-link="' + saved.id + '"]');
          if (link) showVerdict(link, saved);
        }
        updateProgress();
        drawLinkLinesSoon();
        showHistory();
        document.getElementById('progress').textContent += ' · ' + result.accepted.length + ' confident links accepted';
      } finally {
        acceptConfident.disabled = false;
      }
    });
  }

  // Re-link, merge, split and re-align change the alignment itself. The answer says what changed
  // (the links of one translation that replaced others, the findings that came and went), and the
  // rows that hold it are fetched again and put in place of the old ones: the reviewer keeps their
  // place, filters and focus, and a long check is not loaded again.
  async function realign(operation, body) {
    body.version = Number(document.body.dataset.version);
    const change = await send('POST', '/' + operation, body);
    if (!change) return;
    document.body.dataset.version = change.version;
    await showChange(change);
  }

  // The rows of the page that hold any English sentence of [from, to), or the place from when the
  // stretch is empty (a translated sentence the English does not have).
  function rowsCovering(from, to) {
    const at = Math.min(from, Number(rows[rows.length - 1].dataset.enTo) - 1);
    return rows.filter((row) => at < Number(row.dataset.enTo) && Math.max(to, at + 1) > Number(row.dataset.enFrom));
  }

  // More stretches than this are sent as a reload of the page: a request line has a limit.
  const MOST_STRETCHES = 40;

  async function showChange(change) {
    // The "move … to" field that sent a re-link goes with its row.
    pickFor(null);
    const stretches = [[change.englishFrom, change.englishTo]];
    for (const finding of change.findingsAdded.concat(change.findingsRemoved)) {
      for (const id of finding.segments) {
        const segment = document.getElementById(id);
        const row = segment && segment.closest('tr');
        if (row) stretches.push([Number(row.dataset.enFrom), Number(row.dataset.enTo)]);
      }
    }
    const asked = [...new Set(stretches.map(([from, to]) => from + '-' + to))];
    if (asked.length > MOST_STRETCHES) {
      window.location.reload();
      return;
    }
    const query = asked.map((stretch) => 'en=' + stretch).join('&');
    const response = await call('GET', '/checks/' + checkId + '/rows?' + query, undefined, (problem) => {
      errorBox.textContent = 'The change was saved, but the page could not show it (' + (problem.detail || problem.title) + '): reload the page.';
    });
    if (!response) return;
    const template = document.createElement('template');
    template.innerHTML = await response.text();
    const fresh = [...template.content.querySelectorAll('tr')];
    const stale = new Set(stretches.flatMap(([from, to]) => rowsCovering(from, to)));
    const body = document.querySelector('table.review tbody');
    for (const row of stale) row.remove();
    for (const row of fresh) {
      const from = Number(row.dataset.enFrom);
      const after = [...body.children].find((r) => Number(r.dataset.enFrom) >= from);
      body.insertBefore(row, after || null);
    }
    const shown = [...body.children];
    // Each row begins where the one before ends; should the new rows not fit the old ones, the
    // page shows the check as it is stored rather than a table with gaps.
    if (shown.some((row, i) => Number(row.dataset.enFrom) !== (i ? Number(shown[i - 1].dataset.enTo) : 0))) {
      window.location.reload();
      return;
    }
    shown.forEach((row, i) => {
      row.id = 'row-' + (i + 1);
      row.querySelector('.num').textContent = i + 1;
    });
    indexRows();
    showDisagreements();
    offerRules();
    filter();
    updateProgress();
    await updateScorecards();
    await showHistory();
    // The reviewer is put on the link they made, or on the first link the change brought.
    const chosen = change.links.find((l) => l.position === change.made) || change.links[0];
    const made = chosen ? document.querySelector('.link[data-link="' + chosen.id + '"]') : fresh.length && fresh[0].querySelector('.link[data-lang="' + change.lang + '"]');
    if (made) made.focus({ preventScroll: true });
    drawLinkLinesSoon();
  }

  // The overview's list of rows where the translations disagree, as the rows now say.
  function showDisagreements() {
    const disagreeing = rows.filter((row) => row.querySelector('p.versions'));
    let line = document.getElementById('versions-overview');
    if (!disagreeing.length) {
      if (line) line.remove();
      return;
    }
    if (!line) {
      line = document.createElement('p');
      line.id = 'versions-overview';
      document.getElementById('next-to-review').closest('p').before(line);
    }
    line.replaceChildren('⇄ The translations disagree in ' + disagreeing.length + ' row' + (disagreeing.length !== 1 ? 's' : '') + ': ');
    disagreeing.forEach((row, i) => {
      if (i) line.append(', ');
      const jump = document.createElement('a');
      jump.href = '#' + row.id;
      jump.textContent = row.querySelector('.num').textContent;
      line.append(jump);
    });
  }

  // A rule a change brings that the filter did not offer yet.
  function offerRules() {
    const offered = new Set([...ruleFilter.options].map((o) => o.value));
    const found = [...new Set([...document.querySelectorAll('li.finding, mark.finding')].map((f) => f.dataset.rule))].sort();
    for (const rule of found) {
      if (offered.has(rule)) continue;
      const option = document.createElement('option');
      option.value = rule;
      option.textContent = rule;
      const before = [...ruleFilter.options].find((o) => o.value && o.value > rule);
      ruleFilter.insertBefore(option, before || null);
    }
  }

  // The history under the table, read again when it is opened and after each change while it is open.
  const historyBox = document.getElementById('history');
  async function showHistory() {
    if (!historyBox.open) return;
    const response = await call('GET', '/api/checks/' + checkId + '/history', undefined, (problem) => { errorBox.textContent = 'The history could not be read: ' + (problem.detail || problem.title); });
    if (!response) return;
    const events = (await response.json()).events;
    historyBox.querySelector('summary').textContent = 'History: ' + events.length + ' change' + (events.length !== 1 ? 's' : '');
    historyBox.querySelector('tbody').replaceChildren(...events.map((e) => {
      const row = document.createElement('tr');
      row.dataset.action = e.action;
      for (const text of [e.at.slice(0, 19).replace('T', ' '), e.user, e.action + (e.lang ? ' (' + e.lang + ')' : ''), e.subject || '', e.before || '', e.after || '']) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.appendChild(cell);
      }
      return row;
    }));
  }
  historyBox.addEventListener('toggle', showHistory);

  // A suggested replacement is copied with one click, to be pasted into the translation.
  async function copySuggestion(button) {
    const text = button.dataset.text;
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    button.classList.add('copied');
    button.title = 'Copied';
  }

  // A finding confirmed counts in the MQM scorecard; one dismissed is a false alarm, with a reason.
  async function decideFinding(item, decision) {
    const key = item.dataset.key;
    let saved;
    if (decision === 'open') {
      saved = await send('DELETE', '/findings/' + key);
    } else {
      const body = { decision: decision };
      if (decision === 'dismissed') {
        const reason = prompt('Why is this a false alarm?');
        if (reason === null) return;
        body.reason = reason;
      }
      saved = await send('PUT', '/findings/' + key, body);
    }
    if (!saved) return;
    // A finding on a merged or split link is listed under each of its links: all show the decision.
    for (const same of document.querySelectorAll('li.finding[data-key="' + key + '"]')) {
      same.dataset.decision = decision;
      same.classList.remove('decision-open', 'decision-confirmed', 'decision-dismissed');
      same.classList.add('decision-' + decision);
      same.querySelector('.decided').textContent = decision === 'open' ? ''
        : decision === 'confirmed' ? 'error: ' + saved.category + ', ' + saved.severity + ' — ' + saved.reviewer
        : 'false alarm: ' + saved.reason + ' — ' + saved.reviewer;
      same.querySelector('.confirm-finding').hidden = decision !== 'open';
      same.querySelector('.dismiss-finding').hidden = decision !== 'open';
      same.querySelector('.reopen-finding').hidden = decision === 'open';
    }
    showNeeds();
    await updateScorecards();
    showHistory();
  }

  async function updateScorecards() {
    const response = await call('GET', '/api/checks/' + checkId + '/scorecard', undefined, (problem) => { errorBox.textContent = 'The scorecard could not be updated: ' + (problem.detail || problem.title); });
    if (!response) return;
    for (const card of (await response.json()).scorecards) {
      const line = document.getElementById('scorecard-' + card.lang);
      if (!line) continue;
      line.classList.toggle('pass', card.result === 'PASS');
      line.classList.toggle('fail', card.result === 'FAIL');
      line.querySelector('.result').textContent = card.result;
      line.querySelector('.per-thousand').textContent = card.perThousand.toFixed(1);
      for (const severity of ['minor', 'major', 'critical']) line.querySelector('.' + severity).textContent = card.errors[severity];
      line.querySelector('.open').textContent = card.open;
    }
  }

  document.addEventListener('click', (event) => {
    if (event.target.matches('button.suggestion')) {
      copySuggestion(event.target);
      return;
    }
    const finding = event.target.closest('li.finding');
    if (finding) {
      if (event.target.matches('button.confirm-finding')) decideFinding(finding, 'confirmed');
      if (event.target.matches('button.dismiss-finding')) decideFinding(finding, 'dismissed');
      if (event.target.matches('button.reopen-finding')) decideFinding(finding, 'open');
      return;
    }
    const link = event.target.closest('.link');
    if (!link) return;
    if (event.target.matches('button.accept')) decide(link, 'accepted');
    if (event.target.matches('button.reject')) decide(link, 'rejected');
    if (event.target.matches('button.merge')) realign('merge', { link: Number(link.dataset.link) });
    if (event.target.matches('button.realign')) {
      // This link and the count after it that the reviewer sees, in the same translation.
      const same = [...document.querySelectorAll('.link[data-lang="' + link.dataset.lang + '"]')].filter((l) => l === link || !l.closest('tr').hidden);
      const after = same.length - 1 - same.indexOf(link);
      if (after < 1) {
        errorBox.textContent = 'The last link has no link after it to align with.';
        return;
      }
      const answer = prompt('Align this link and how many links after it again? (1 to ' + after + ')', String(Math.min(2, after)));
      if (answer === null) return;
      const count = Number(answer.trim());
      if (!Number.isInteger(count) || count < 1 || count > after) {
        errorBox.textContent = 'Give a number of links from 1 to ' + after + ', not "' + answer + '".';
        return;
      }
      realign('realign', { from: Number(link.dataset.link), to: Number(same[same.indexOf(link) + count].dataset.link) });
    }
    if (event.target.matches('button.split')) {
      const answer = prompt('Keep how many English and translated sentences in the first part? (e.g. 1,1)', '1,1');
      if (answer === null) return;
      const [sources, targets] = answer.split(',').map((n) => Number(n.trim()));
      realign('split', { link: Number(link.dataset.link), sources: sources, targets: targets });
    }
  });
  function relink(input) {
    const to = input.value.trim();
    realign('relink', { lang: input.closest('.link').dataset.lang, segment: input.dataset.segment, to: to === '' || to === '-' ? null : to });
  }
  document.addEventListener('change', (event) => {
    if (event.target.matches('.relink-to')) relink(event.target);
  });

  // While a "move … to" field is the last thing focused, a click on an English sentence moves the
  // translated sentence there: the reviewer points at the sentence instead of typing its id.
  let picking = null;
  function pickFor(input) {
    picking = input;
    document.body.classList.toggle('picking', input !== null);
  }
  document.addEventListener('focusin', (event) => pickFor(event.target.matches('.relink-to') ? event.target : null));
  // Picking ends when the field loses focus: a click elsewhere must not arm a later click on a
  // sentence. A press on an English sentence keeps the focus in the field (and so sends no
  // half-typed id as a change of its own); the click that follows moves the sentence.
  document.addEventListener('focusout', (event) => { if (event.target === picking) pickFor(null); });
  document.addEventListener('mousedown', (event) => {
    if (picking && event.target.closest('td.en .segment')) event.preventDefault();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && picking) {
      picking.value = '';
      pickFor(null);
    }
  });
  document.addEventListener('click', (event) => {
    const sentence = picking && event.target.closest('td.en .segment');
    if (!sentence) return;
    const input = picking;
    pickFor(null);
    input.value = sentence.dataset.segment;
    relink(input);
  });

  // The one set of controls follows the reviewer: to the end of the link focused by a click, Tab,
  // j/k, n/p or the map, named for that link, with a "move … to" field for each of its sentences.
  const controls = document.getElementById('link-controls').content.firstElementChild.cloneNode(true);
  const relinkControl = document.getElementById('relink-control').content.firstElementChild;
  const LABELS = { accept: 'accept link #', reject: 'reject link #', merge: 'merge link # with the next', split: 'split link #', realign: 're-align link # and the links after it' };
  function bringControls(link) {
    if (controls.closest('.link') === link) return;
    for (const [name, label] of Object.entries(LABELS)) controls.querySelector('button.' + name).setAttribute('aria-label', label.replace('#', link.dataset.link));
    const relinks = controls.querySelector('.relinks');
    relinks.replaceChildren();
    for (const sentence of link.querySelectorAll('.link-text .segment')) {
      const field = relinkControl.cloneNode(true);
      const input = field.querySelector('input');
      input.dataset.segment = sentence.dataset.segment;
      input.placeholder = 'move ' + sentence.dataset.segment + ' to…';
      input.size = input.placeholder.length;
      input.setAttribute('aria-label', 'move ' + sentence.dataset.segment + ' to English segment');
      input.title = 'Type the English sentence\'s id, or click the English sentence; empty takes ' + sentence.dataset.segment + ' out of the link';
      relinks.appendChild(field);
    }
    link.appendChild(controls);
  }
  document.addEventListener('focusin', (event) => {
    const link = event.target.closest && event.target.closest('.link');
    if (link) bringControls(link);
  });
  document.addEventListener('keydown', (event) => {
    if (event.target.matches('input, select, textarea')) return;
    const links = [...document.querySelectorAll('.link')];
    const current = document.activeElement && document.activeElement.closest('.link');
    const index = current ? links.indexOf(current) : -1;
    if (event.key === 'n' || event.key === 'p') {
      goToNeed(event.key === 'n' ? 1 : -1);
      event.preventDefault();
    } else if (current && (event.key === 'e' || event.key === 'f')) {
      const finding = current.querySelector('li.finding[data-decision="open"]');
      if (finding) decideFinding(finding, event.key === 'e' ? 'confirmed' : 'dismissed');
    } else if (event.key === 'j' || event.key === 'ArrowDown') {
      (links[index + 1] || links[0]).focus();
      event.preventDefault();
    } else if (event.key === 'k' || event.key === 'ArrowUp') {
      (links[index - 1] || links[links.length - 1]).focus();
      event.preventDefault();
    } else if (current && event.key === 'a') {
      decide(current, 'accepted');
    } else if (current && event.key === 'r') {
      decide(current, 'rejected');
    } else if (current && event.key === 'u') {
      decide(current, 'unreviewed');
    }
  });

  const ruleFilter = document.getElementById('rule-filter');
  const severityFilter = document.getElementById('severity-filter');
  function filter() {
    for (const element of document.querySelectorAll('mark.finding, li.finding')) {
      const shown = (!ruleFilter.value || element.dataset.rule === ruleFilter.value) && (!severityFilter.value || element.dataset.severity === severityFilter.value);
      element.classList.toggle('hidden-by-filter', !shown);
    }
  }
  ruleFilter.addEventListener('change', filter);
  severityFilter.addEventListener('change', filter);
}
