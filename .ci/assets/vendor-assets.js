// Copies the built files of the pinned front-end packages into wwwroot/lib, the only place pages load them from.
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..', '..');
const modules = path.join(__dirname, 'node_modules');
const copies = {
  'bootstrap/dist/css/bootstrap.min.css': 'bootstrap/css/bootstrap.min.css',
  'bootstrap/dist/css/bootstrap.rtl.min.css': 'bootstrap/css/bootstrap.rtl.min.css',
  'bootstrap/dist/js/bootstrap.bundle.min.js': 'bootstrap/js/bootstrap.bundle.min.js',
  'bootstrap/LICENSE': 'bootstrap/LICENSE',
  'bootstrap-icons/font/bootstrap-icons.min.css': 'bootstrap-icons/font/bootstrap-icons.min.css',
  'bootstrap-icons/font/fonts/bootstrap-icons.woff2': 'bootstrap-icons/font/fonts/bootstrap-icons.woff2',
  'bootstrap-icons/font/fonts/bootstrap-icons.woff': 'bootstrap-icons/font/fonts/bootstrap-icons.woff',
  'bootstrap-icons/LICENSE': 'bootstrap-icons/LICENSE',
  'chart.js/dist/chart.umd.min.js': 'chart.js/chart.umd.min.js',
  'chart.js/LICENSE.md': 'chart.js/LICENSE.md',
  'sortablejs/Sortable.min.js': 'sortablejs/Sortable.min.js',
  'sortablejs/LICENSE': 'sortablejs/LICENSE',
};
for (const [from, to] of Object.entries(copies)) {
  const target = path.join(root, 'wwwroot/lib', to);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(modules, from), target);
}
console.log(`vendored ${Object.keys(copies).length} files into wwwroot/lib`);
