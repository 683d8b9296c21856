// The plan tasklink is compared with: the board as a naive client would load it. One list
// request, then one request per task for its relations, and the cards drawn once every task's
// relations are in (what a component that awaits its data before rendering does). Served by
// the benchmark itself on the app's origin (Playwright route), so it calls the same API with the
// same key and no CORS.

export const NAIVE_PATH = '/__bench/naive-plan';

export function naivePlanHtml(apiKey: string): string {
  const script = `
const headers = { Authorization: 'Bearer ' + ${JSON.stringify(apiKey)} };
const get = (path) => fetch(path, { headers }).then((r) => {
  if (!r.ok) throw new Error(path + ' answered ' + r.status);
  return r.json();
});
const order = encodeURIComponent('dueAt[AscNullsLast]');
const list = await get('/rest/tasks?limit=60&order_by=' + order);
const tasks = list.data.tasks;
const relations = await Promise.all(tasks.map((task) =>
  get('/rest/tasks/' + task.id + '?depth=1')));
const board = document.getElementById('board');
tasks.forEach((task, index) => {
  const card = document.createElement('article');
  const title = document.createElement('h3');
  title.textContent = task.title;
  const links = document.createElement('p');
  links.textContent = (relations[index].data.task.taskTargets ?? []).length + ' links';
  card.append(title, links);
  board.append(card);
});`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>naive plan</title></head>
<body><main id="board"></main><script type="module">${script}</script></body></html>`;
}
