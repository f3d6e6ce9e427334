// The portal's offline worker (issue 13, point 5), served at /sw.js with the whole portal as its scope.
// Public pages a courier opens (start page, nearby list, station pages, report form, tracking form) are fetched
// from the network first and a copy is kept; without a connection the copy is shown, marked with the time it was
// saved (data-saved-at on <html>, which offline.js shows as a note). The last nearby list is kept whatever its
// query. The portal's own CSS/JS (content-hashed URLs) and webjars (versioned paths) never change under their URL:
// they come from the cache first, as does the couriers' icon sprite (named by its content too). POSTs, other pages and other hosts (map tiles) are left to the browser.
'use strict';

var PAGES = 'portal-pages-v1';
var ASSETS = 'portal-assets-v1';
var LAST_NEARBY = '/public/stations?last-list';
var MAX_PAGES = 40;
var MAX_ASSETS = 80;

function offlinePage(path) {
    return path === '/' || path === '/public/stations' || /^\/public\/stations\/\d+$/.test(path)
        || path === '/public/cases/new' || path === '/public/cases/track';
}

function immutableAsset(path) {
    return /^\/(css|js|webjars)\//.test(path) || /^\/public\/stations\/icons\//.test(path);
}

self.addEventListener('install', function () {
    self.skipWaiting();
});

self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (n) {
            return n !== PAGES && n !== ASSETS;
        }).map(function (n) {
            return caches.delete(n);
        }));
    }).then(function () {
        return self.clients.claim();
    }));
});

// Keeps a cache to its newest entries (keys come oldest first).
function trim(cache, max) {
    return cache.keys().then(function (keys) {
        return Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map(function (k) {
            return cache.delete(k);
        }));
    });
}

// A copy of the page with the time it was saved.
function stamped(response) {
    return response.blob().then(function (body) {
        var headers = new Headers(response.headers);
        headers.set('X-Saved-At', new Date().toISOString());
        return new Response(body, {status: response.status, statusText: response.statusText, headers: headers});
    });
}

function keep(url, response) {
    return stamped(response).then(function (copy) {
        return caches.open(PAGES).then(function (cache) {
            var puts = [cache.put(url.href, copy.clone())];
            if (url.pathname === '/public/stations' && url.search) {
                puts.push(cache.put(new URL(LAST_NEARBY, url).href, copy));
            }
            return Promise.all(puts).then(function () {
                return trim(cache, MAX_PAGES);
            });
        });
    });
}

// The saved copy, its <html> marked with when it was saved.
function savedCopy(url) {
    return caches.open(PAGES).then(function (cache) {
        return cache.match(url.href).then(function (hit) {
            return hit || (url.pathname === '/public/stations' ? cache.match(new URL(LAST_NEARBY, url).href) : null);
        });
    }).then(function (hit) {
        if (!hit) {
            return null;
        }
        var savedAt = hit.headers.get('X-Saved-At') || '';
        return hit.text().then(function (html) {
            var marked = html.replace('<html', '<html data-saved-at="' + savedAt.replace(/[^0-9TZ:.\-]/g, '') + '"');
            return new Response(marked, {headers: {'Content-Type': 'text/html;charset=UTF-8'}});
        });
    });
}

function page(event, url) {
    return fetch(event.request).then(function (response) {
        if (response.ok && response.type === 'basic' && !response.redirected) {
            event.waitUntil(keep(url, response.clone()));
        }
        return response;
    }, function (offline) {
        return savedCopy(url).then(function (copy) {
            if (copy) {
                return copy;
            }
            throw offline;
        });
    });
}

function asset(request) {
    return caches.open(ASSETS).then(function (cache) {
        return cache.match(request).then(function (hit) {
            return hit || fetch(request).then(function (response) {
                if (response.ok && response.type === 'basic') {
                    cache.put(request, response.clone()).then(function () {
                        return trim(cache, MAX_ASSETS);
                    });
                }
                return response;
            });
        });
    });
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') {
        return;
    }
    var url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    // Signing out ends on /login?logout: the pages saved for whoever was signed in go with them.
    if (request.mode === 'navigate' && url.pathname === '/login' && url.searchParams.has('logout')) {
        event.waitUntil(caches.delete(PAGES));
        return;
    }
    if (request.mode === 'navigate' && offlinePage(url.pathname)) {
        event.respondWith(page(event, url));
    } else if (immutableAsset(url.pathname)) {
        event.respondWith(asset(request));
    }
});
