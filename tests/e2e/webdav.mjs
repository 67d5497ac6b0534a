// A real WebDAV server for the Redaktion's publishing: Apache httpd with mod_dav from Debian's packages,
// started unprivileged from a config of its own (../shared/research/publishing-webdav.md). It serves a copy
// of the release build whose own page names data/be-netzwerke.json as the place to publish; GET is
// public, PUT needs the login `redaktion` / `geheim` and honours If-Match (412 when the file changed).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LOGIN = { user: 'redaktion', password: 'geheim' };
const MODULES = '/usr/lib/apache2/modules';

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

export async function startWebdav(dist = 'dist') {
  const dir = mkdtempSync(join(tmpdir(), 'be-webdav-'));
  const www = join(dir, 'www');
  // as a deployed file: older than a second (a fresher one gets a weak ETag, which If-Match never matches)
  cpSync(dist, www, { recursive: true, preserveTimestamps: true });
  mkdirSync(join(dir, 'lock'));
  mkdirSync(join(dir, 'logs'));
  // the operator's one setting: where the Redaktion publishes
  const index = join(www, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('data-be-netzwerke data-own-page', 'data-be-netzwerke data-own-page data-publish="data/be-netzwerke.json"'));
  execFileSync('htpasswd', ['-bc', join(dir, 'htpasswd'), LOGIN.user, LOGIN.password], { stdio: 'pipe' });
  const port = await freePort();
  const modules = ['mpm_event', 'authz_core', 'authn_core', 'authn_file', 'auth_basic', 'authz_user', 'dav', 'dav_fs', 'mime', 'dir', 'rewrite']
    .map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n');
  writeFileSync(join(dir, 'httpd.conf'), `ServerRoot ${dir}
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/logs/error.log
ServerName 127.0.0.1
${modules}
TypesConfig /etc/mime.types
AddType application/wasm .wasm
DocumentRoot ${www}
DavLockDB ${dir}/lock/DavLock
<Directory ${www}>
  Require all granted
  DirectoryIndex index.html
  # the app's routes are pages of index.html (as nginx's try_files in the README)
  RewriteEngine On
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteRule ^ index.html [L]
</Directory>
<Directory ${www}/data>
  Dav On
  <LimitExcept GET HEAD OPTIONS>
    AuthType Basic
    AuthName "Redaktion"
    AuthUserFile ${dir}/htpasswd
    Require valid-user
  </LimitExcept>
</Directory>
`);
  execFileSync('/usr/sbin/apache2', ['-f', join(dir, 'httpd.conf'), '-k', 'start'], { stdio: 'pipe' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(url)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    file: join(www, 'data', 'be-netzwerke.json'),
    async close() { execFileSync('/usr/sbin/apache2', ['-f', join(dir, 'httpd.conf'), '-k', 'stop'], { stdio: 'pipe' }); },
  };
}
