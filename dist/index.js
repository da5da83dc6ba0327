import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 2195:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   provideUndici: () => (/* binding */ provideUndici)
/* harmony export */ });
let real;
/** Called by loadGitHub() with the real undici. */
function provideUndici(undici) {
    real = undici;
}
function undici() {
    if (!real)
        throw new Error('undici is not loaded: reach @actions/github through loadGitHub() (src/bundling/github.ts).');
    return real;
}
class ProxyAgent {
    constructor(...args) {
        // A constructor may return another object: callers get a real ProxyAgent.
        return new (undici().ProxyAgent)(...args);
    }
}
const fetch = (...args) => undici().fetch(...args);


/***/ }),

/***/ 9905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ proxyHandlers)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
;// CONCATENATED MODULE: ./src/http/proxy.ts
/**
 * HTTPS through a proxy, with a CONNECT tunnel of our own.
 *
 * @actions/http-client decides whether a request goes through a proxy (HTTPS_PROXY or https_proxy, NO_PROXY,
 * loopback never) and then tunnels it with the `tunnel` package, which builds Proxy-Authorization with the deprecated
 * `new Buffer()`: with credentials in the proxy URL, Node prints DEP0005 in the user's log. http-client lets its
 * request handlers see the options after it chose the agent, so the handler below puts in its place an agent that
 * does the same CONNECT with node:http. The decision stays http-client's (`getProxyUrl`), so what HTTPS_PROXY and
 * NO_PROXY mean does not change. About 60 lines of ours rather than another package (https-proxy-agent would add
 * agent-base and debug to the bundle for the same CONNECT).
 *
 * The proxy's credentials go only into the Proxy-Authorization header of the CONNECT, never into a message.
 */




/**
 * The request handlers that send an https request to `target` through the proxy http-client chose for it: none
 * when it chose none (or for plain http, which this action sends only to loopback, never proxied).
 */
function proxyHandlers(target, signal) {
    if (new URL(target).protocol !== 'https:')
        return [];
    const proxy = (0,lib/* getProxyUrl */.s_)(target);
    return proxy ? [new TunnelThroughProxy(new URL(proxy), signal)] : [];
}
class TunnelThroughProxy {
    proxy;
    signal;
    constructor(proxy, signal) {
        this.proxy = proxy;
        this.signal = signal;
    }
    prepareRequest(options) {
        options.agent = new ConnectAgent(this.proxy, this.signal);
    }
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return Promise.reject(new Error('not supported'));
    }
}
/** An https agent whose sockets are TLS inside a CONNECT tunnel; one per attempt, aborted with it. */
class ConnectAgent extends external_node_https_namespaceObject.Agent {
    proxy;
    signal;
    constructor(proxy, signal) {
        super({ keepAlive: false });
        this.proxy = proxy;
        this.signal = signal;
    }
    // node's Agent passes a callback and waits for it when nothing is returned.
    createConnection(options, callback) {
        const host = options.host ?? 'localhost';
        const authority = `${host.includes(':') ? `[${host}]` : host}:${options.port ?? 443}`;
        openTunnel(this.proxy, authority, this.signal).then(socket => callback?.(null, (0,external_node_tls_.connect)({ ...options, socket })), (error) => callback?.(error, undefined));
        return undefined;
    }
}
function openTunnel(proxy, authority, signal) {
    const headers = { host: authority };
    if (proxy.username || proxy.password) {
        const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
        headers['proxy-authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
    }
    const overTls = proxy.protocol === 'https:';
    return new Promise((resolve, reject) => {
        const connect = (overTls ? external_node_https_namespaceObject.request : external_node_http_.request)({
            host: proxy.hostname.replace(/^\[|\]$/g, ''),
            port: proxy.port || (overTls ? 443 : 80),
            method: 'CONNECT',
            path: authority,
            headers,
            agent: false,
            signal
        });
        connect.once('connect', (res, socket, head) => {
            if (res.statusCode !== 200) {
                socket.destroy();
                // The status code only: the proxy's reason phrase is text from the network.
                const error = new Error(`the proxy answered ${res.statusCode ?? 0} to CONNECT ${authority}`);
                reject(Object.assign(error, { code: 'EPROXY' }));
                return;
            }
            if (head.length > 0)
                socket.unshift(head);
            resolve(socket);
        });
        connect.once('error', reject);
        connect.end();
    });
}


/***/ }),

/***/ 7777:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kz: () => (/* binding */ AbortOnSignal),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony export MAX_ANSWER_BYTES */
/** Larger than any answer either API gives; a larger one is cut off and fails the attempt. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/** Hands an AbortSignal to node's http.request, so that aborting destroys the socket itself. */
class AbortOnSignal {
    signal;
    constructor(signal) {
        this.signal = signal;
    }
    prepareRequest(options) {
        options.signal = this.signal;
    }
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return Promise.reject(new Error('not supported'));
    }
}
/** The whole answer as text; fails (EBODYTOOLARGE, ECONNRESET) past the cap or when the connection closes early. */
function readBody(message, maxBytes = MAX_ANSWER_BYTES) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        message.on('data', (chunk) => {
            size += chunk.length;
            if (size > maxBytes) {
                const mib = Math.round(maxBytes / 2 ** 20);
                message.destroy(Object.assign(new Error(`answer larger than ${mib} MiB`), { code: 'EBODYTOOLARGE' }));
            }
            else
                chunks.push(chunk);
        });
        message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.on('error', reject);
        message.on('close', () => {
            if (!message.complete) {
                reject(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' }));
            }
        });
    });
}


/***/ }),

/***/ 9568:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   aL: () => (/* binding */ words),
/* harmony export */   ab: () => (/* binding */ msg),
/* harmony export */   fj: () => (/* binding */ join)
/* harmony export */ });
/* unused harmony exports MAX_VALUE_CHARS, MAX_LIST_ITEMS, Message, codeSpan, codeBlock */
/**
 * The one path by which text reaches a person: every message the action prints, puts in the job summary or in a
 * pull-request comment is a `Message`, written with the `msg` tag. The template's literal parts are ours; every
 * interpolated value is untrusted (org names are chosen by other orgs' admins, and a gateway can answer anything), so
 * a value is always neutralised for the channel it goes to:
 * - in a log line: one line, no control or bidi character (each shown as a visible `\uXXXX`), at most MAX_VALUE_CHARS;
 * - in Markdown: additionally a code span, so no HTML, link, image, emphasis or heading can come alive.
 * A line that starts with `::` would be a runner command: `logLine` defuses the few lines that start with a value.
 */
/** The longest value quoted in full; longer ones are cut, and the cut is said. */
const MAX_VALUE_CHARS = 500;
/** The most items of a list shown; the rest are counted. */
const MAX_LIST_ITEMS = 20;
class Message {
    literals;
    values;
    constructor(literals, values) {
        this.literals = literals;
        this.values = values;
    }
    /** For a log line, an error annotation or an output: one line of plain text. */
    text() {
        return this.render(value => oneLine(value), 'text');
    }
    /** For the job summary or a comment: literals as written, every value as a code span. */
    markdown() {
        return this.render(value => codeSpan(value), 'markdown');
    }
    render(format, channel) {
        let out = this.literals[0] ?? '';
        this.values.forEach((value, i) => {
            out += renderValue(value, format, channel) + (this.literals[i + 1] ?? '');
        });
        return out;
    }
}
function renderValue(value, format, channel) {
    if (value instanceof Message)
        return channel === 'text' ? value.text() : value.markdown();
    if (typeof value === 'number')
        return String(value);
    if (typeof value === 'string')
        return format(value);
    if (value.length === 0)
        return '(none)';
    const shown = value.slice(0, MAX_LIST_ITEMS).map(format).join(', ');
    return value.length > MAX_LIST_ITEMS ? `${shown} ... and ${value.length - MAX_LIST_ITEMS} more` : shown;
}
/** Tags a template: `msg\`Connection ${id} exists\``. */
function msg(literals, ...values) {
    return new Message([...literals], values);
}
/** A message of our own words only (no value to neutralise). */
function words(text) {
    return new Message([text], []);
}
/** Several messages as one, separated by `separator` (ours); past MAX_LIST_ITEMS, the rest are counted. */
function join(messages, separator) {
    const shown = messages.slice(0, MAX_LIST_ITEMS);
    const parts = messages.length > shown.length ? [...shown, words(`... and ${messages.length - shown.length} more`)] : shown;
    const literals = ['', ...parts.slice(1).map(() => separator), ''];
    return new Message(parts.length ? literals : [''], parts);
}
// C0 and C1 controls, DEL, the Unicode line and paragraph separators, bidi controls and the BOM.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const LINE_BREAKS_AND_TABS = /[\r\n\t]+/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * Untrusted text on one line: line breaks and tabs become spaces, every other control character a visible escape,
 * a lone surrogate U+FFFD; cut to `max` characters (keeping surrogate pairs whole), saying how long it was.
 * Linear in the length of the part kept: a huge value is cut before it is cleaned.
 */
function oneLine(value, max = MAX_VALUE_CHARS) {
    if (value.length <= max)
        return clean(value).trim();
    // Never cut between the halves of a surrogate pair.
    const head = /[\ud800-\udbff]$/.test(value.slice(0, max)) ? value.slice(0, max - 1) : value.slice(0, max);
    return `${clean(head).trimEnd()}... [cut: ${value.length} characters in all]`;
}
function clean(text) {
    return text
        .replace(LINE_BREAKS_AND_TABS, ' ')
        .replace(CONTROL, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(LONE_SURROGATE, '\ufffd');
}
/**
 * A GitHub Markdown code span: nothing in it is interpreted (no HTML, link, autolink, emphasis or entity).
 * The fence is one backtick longer than the longest run inside; `|` is escaped so that a table cell stays whole.
 */
function codeSpan(value, max = MAX_VALUE_CHARS) {
    const text = oneLine(value, max).replace(/\|/g, '\\|');
    if (text === '')
        return '(empty)';
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || longestRun > 0 ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A whole text as a fenced block: for a failure, whose message mixes our words and the API's. */
function codeBlock(text) {
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}text\n${text}\n${fence}`;
}
/** A log line the runner cannot read as a command: `::` at its start is the only way to forge one. */
function logLine(line) {
    return line.startsWith('::') ? ` ${line}` : line;
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ USER_AGENT)
});

// UNUSED EXPORTS: VERSION

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
/**
 * The action's version, sent in the User-Agent: package.json's, read at build time (ncc inlines the JSON module into
 * the bundle, so nothing is read at run time).
 */

const VERSION = package_namespaceObject.rE;
const USER_AGENT = `datadog-org-connection-action/${VERSION}`;


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7157:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ Context)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(857);


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}
//# sourceMappingURL=context.js.map

/***/ }),

/***/ 4942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  s_: () => (/* binding */ lib_getProxyUrl)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/bundling/undici.ts
var undici = __nccwpck_require__(2195);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./src/message.ts
var message = __nccwpck_require__(9568);
;// CONCATENATED MODULE: ./src/datadog/model.ts
/** The org connection as Datadog's v2 API describes it, and the checks that turn untrusted JSON into it. */

const CONNECTION_TYPES = ['logs', 'metrics', 'audit'];
function isConnectionType(value) {
    return CONNECTION_TYPES.includes(value);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Every id Datadog returns (connections, orgs, users) is a UUID; anything else is not used in a path or reported. */
function isUuid(value) {
    return typeof value === 'string' && UUID.test(value);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const RELATIONSHIPS = ['source_org', 'sink_org', 'created_by'];
function relationship(relationships, name) {
    const rel = relationships[name];
    const data = isRecord(rel) ? rel.data : undefined;
    if (!isRecord(data) || data.id === undefined || data.id === null)
        return { ok: true, value: undefined };
    if (!isUuid(data.id)) {
        return {
            ok: false,
            problem: (0,message/* msg */.ab) `a ${(0,message/* words */.aL)(name)} id that is not a UUID: ${typeof data.id === 'string' ? data.id : typeof data.id}`
        };
    }
    return { ok: true, value: typeof data.name === 'string' ? { id: data.id, name: data.name } : { id: data.id } };
}
/**
 * Reads one `OrgConnection` resource: its id (a UUID), its types (strings), and the known optional fields. Nothing
 * else is kept, so `raw` is small and flat whatever came back (a crafted answer nested deeper than the stack cannot
 * crash JSON.stringify or structuredClone later).
 */
const MAX_TYPES = 20;
const MAX_TYPE_CHARS = 100;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:?\d\d)?$/;
function parseConnection(value) {
    if (!isRecord(value))
        return { ok: false, problem: (0,message/* words */.aL)('no object') };
    if (!isUuid(value.id)) {
        const shown = typeof value.id === 'string' ? value.id : `(${value.id === undefined ? 'none' : typeof value.id})`;
        return { ok: false, problem: (0,message/* msg */.ab) `a connection id that is not a UUID: ${shown}` };
    }
    const attributes = isRecord(value.attributes) ? value.attributes : {};
    const types = attributes.connection_types;
    if (!Array.isArray(types) || !types.every(t => typeof t === 'string')) {
        return { ok: false, problem: (0,message/* msg */.ab) `no list of connection types (connection ${value.id})` };
    }
    // Datadog has three types: a list far longer, or a type far longer than a name, is not an answer of Datadog's.
    if (types.length > MAX_TYPES || types.some(t => t.length > MAX_TYPE_CHARS)) {
        return { ok: false, problem: (0,message/* msg */.ab) `an implausible list of ${types.length} connection types (connection ${value.id})` };
    }
    const relationships = isRecord(value.relationships) ? value.relationships : {};
    const refs = {};
    const rawRelationships = {};
    for (const name of RELATIONSHIPS) {
        const ref = relationship(relationships, name);
        if (!ref.ok)
            return ref;
        if (!ref.value)
            continue;
        refs[name] = ref.value;
        const data = relationships[name].data;
        const type = typeof data.type === 'string' ? data.type : name === 'created_by' ? 'users' : 'orgs';
        rawRelationships[name] = { data: { type, ...ref.value } };
    }
    // Passed on exactly as Datadog wrote it, but only if it is a timestamp.
    const createdAt = typeof attributes.created_at === 'string' && TIMESTAMP.test(attributes.created_at)
        ? attributes.created_at
        : undefined;
    const rawAttributes = { connection_types: [...types] };
    if (createdAt !== undefined)
        rawAttributes.created_at = createdAt;
    return {
        ok: true,
        value: {
            id: value.id,
            connectionTypes: [...types],
            createdAt,
            sourceOrg: refs.source_org,
            sinkOrg: refs.sink_org,
            createdBy: refs.created_by,
            raw: { type: 'org_connection', id: value.id, attributes: rawAttributes, relationships: rawRelationships }
        }
    };
}
/** `{data: OrgConnection}`, the answer to a create or an update. */
function parseConnectionDocument(body) {
    return isRecord(body) && isRecord(body.data)
        ? parseConnection(body.data)
        : { ok: false, problem: (0,message/* words */.aL)('no data object') };
}
/** The id of the `data` of a create answer, when it is a UUID: the one thing a created connection must report. */
function documentId(body) {
    return isRecord(body) && isRecord(body.data) && isUuid(body.data.id) ? body.data.id : undefined;
}
/** A list page; one unusable item makes the whole page unusable (a listing that skipped one could plan wrongly). */
function parseConnectionPage(body) {
    if (!isRecord(body) || !Array.isArray(body.data))
        return { ok: false, problem: (0,message/* words */.aL)('no data list') };
    const items = body.data;
    const connections = [];
    for (let i = 0; i < items.length; i++) {
        const parsed = parseConnection(items[i]);
        if (!parsed.ok)
            return { ok: false, problem: (0,message/* msg */.ab) `item ${i + 1} of the page has ${parsed.problem}` };
        connections.push(parsed.value);
    }
    const meta = isRecord(body.meta) && isRecord(body.meta.page) ? body.meta.page : {};
    const total = meta.total_filtered_count;
    return {
        ok: true,
        value: {
            connections,
            totalFiltered: typeof total === 'number' && Number.isFinite(total) ? total : undefined,
            received: items.length
        }
    };
}
/**
 * A PATCH answer names no orgs (ids only): carry the names over from what was listed,
 * so the outputs keep describing the connection fully.
 */
function withNamesFrom(updated, listed) {
    const named = (fresh, known) => {
        if (!fresh)
            return known;
        if (fresh.name !== undefined || !known || known.id !== fresh.id || known.name === undefined)
            return fresh;
        return { ...fresh, name: known.name };
    };
    const raw = structuredClone(updated.raw);
    const relationships = isRecord(raw.relationships) ? raw.relationships : (raw.relationships = {});
    const refs = {
        source_org: named(updated.sourceOrg, listed.sourceOrg),
        sink_org: named(updated.sinkOrg, listed.sinkOrg),
        created_by: named(updated.createdBy, listed.createdBy)
    };
    for (const [key, ref] of Object.entries(refs)) {
        if (!ref)
            continue;
        const rel = relationships[key];
        const data = isRecord(rel) && isRecord(rel.data) ? rel.data : undefined;
        const type = data?.type ?? (key === 'created_by' ? 'users' : 'orgs');
        relationships[key] = { data: { ...(data ?? {}), type, ...ref } };
    }
    return {
        ...updated,
        createdAt: updated.createdAt ?? listed.createdAt,
        sourceOrg: refs.source_org,
        sinkOrg: refs.sink_org,
        createdBy: refs.created_by,
        raw
    };
}
/** The connection as it would be with other types: what a dry run of an update reports. */
function withTypes(connection, types) {
    const raw = structuredClone(connection.raw);
    raw.attributes = { ...(isRecord(raw.attributes) ? raw.attributes : {}), connection_types: [...types] };
    return { ...connection, connectionTypes: [...types], raw };
}
/** `GET /api/v2/current_user`: `data.relationships.org.data.id`, and the org's name from `included` if there. */
function parseCurrentUser(body) {
    const data = isRecord(body) && isRecord(body.data) ? body.data : undefined;
    if (!data)
        return { ok: false, problem: (0,message/* words */.aL)('no data object') };
    const relationships = isRecord(data.relationships) ? data.relationships : {};
    const org = isRecord(relationships.org) && isRecord(relationships.org.data) ? relationships.org.data : {};
    // Not quoted: whatever stands there came from an answer about a person.
    if (!isUuid(org.id))
        return { ok: false, problem: (0,message/* words */.aL)('no org id that is a UUID') };
    const orgId = org.id;
    const attributes = isRecord(data.attributes) ? data.attributes : {};
    const included = isRecord(body) && Array.isArray(body.included) ? body.included : [];
    const orgResource = included.find((item) => isRecord(item) &&
        item.type === 'orgs' &&
        typeof item.id === 'string' &&
        item.id.toLowerCase() === orgId.toLowerCase());
    const name = orgResource && isRecord(orgResource.attributes) ? orgResource.attributes.name : undefined;
    const user = { orgId, serviceAccount: attributes.service_account === true };
    if (typeof name === 'string')
        user.orgName = name;
    return { ok: true, value: user };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/digest.ts
/**
 * The plan as data (the `plan` output) and its digest (`plan-digest`), pure. A reviewer approves a digest; the apply
 * job recomputes it from what it finds and refuses to write if it differs. Only what the plan does goes in: the API
 * base URL and, per sink org, the action, the connection id and the types before and after. Nothing time- or
 * run-dependent, and one canonical form (sorted keys and lists, lower case, no whitespace), so that the same plan
 * always has the same digest.
 */

function changeOf(plan) {
    const sorted = (types) => [...new Set(types.map(t => t.toLowerCase()))].sort();
    const change = (action, id, from, to) => ({
        'sink-org': plan.sinkOrgId.toLowerCase(),
        action,
        'connection-id': id === null ? null : id.toLowerCase(),
        from: from && sorted(from),
        to: to && sorted(to)
    });
    switch (plan.action) {
        case 'create':
            return change('create', null, null, plan.to);
        case 'adopt':
            // What was planned before the create: a create (its answer was lost, and the connection found is ours).
            return change('create', null, null, plan.connection.connectionTypes);
        case 'update':
            return change('update', plan.connection.id, plan.connection.connectionTypes, plan.change.to);
        case 'unchanged':
        case 'keep':
            return change('none', plan.connection.id, plan.connection.connectionTypes, plan.connection.connectionTypes);
        case 'delete':
            return change('delete', plan.connection.id, plan.connection.connectionTypes, null);
        case 'nothing-to-delete':
            return change('none', null, null, null);
    }
}
function planDocument(baseUrl, plans) {
    const changes = plans
        .map(changeOf)
        .sort((a, b) => compare(a['sink-org'], b['sink-org']) || compare(a['connection-id'] ?? '', b['connection-id'] ?? ''));
    return { site: baseUrl.replace(/\/+$/, ''), changes };
}
/** JSON with object keys sorted at every level and no whitespace. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        entries.sort(([a], [b]) => compare(a, b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
function planDigest(document) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(canonicalJson(document)).digest('hex')}`;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/failure.ts
/**
 * How any error becomes a message for people. Every error of ours carries its `detail` (a Message, so that its values
 * are neutralised in the log and in Markdown alike); an error nobody anticipated says so, without a stack trace (that
 * goes to the debug log).
 */

/** A failure whose message is written for people. */
class StepError extends Error {
    detail;
    constructor(detail) {
        super(detail.text());
        this.detail = detail;
    }
}
function describeFailure(error, debug = () => { }) {
    if (error instanceof Error && 'detail' in error && isMessage(error.detail))
        return error.detail;
    const err = error instanceof Error ? error : new Error(String(error));
    debug(err.stack ?? err.message);
    return (0,message/* msg */.ab) `Unexpected error: ${err.message}. Re-run with step debug logging on and report it if it persists.`;
}
function isMessage(value) {
    return typeof value === 'object' && value !== null && 'markdown' in value && 'text' in value;
}

;// CONCATENATED MODULE: ./src/plan.ts

/** Whether carrying the plan out writes anything. */
function writes(plan) {
    return plan.action === 'create' || plan.action === 'update' || plan.action === 'delete';
}
// Datadog's clock and the runner's may differ a little: a connection created this long before our first attempt is not ours.
const CLOCK_SKEW_MS = 2 * 60_000;
/** One wish against the connections that exist to its sink org. */
function planConnection(existing, wish, ownCreate) {
    const { sinkOrgId } = wish;
    if (existing.length > 1) {
        return refuse(sinkOrgId, undefined, (0,message/* msg */.ab) `Found ${existing.length} connections to sink org ${sinkOrgId} (${existing.map(c => c.id)}); expected at most one. The action will not guess which one is meant: delete the extra ones in Datadog (Organization Settings > Cross-Organization Visibility), then re-run.`);
    }
    const [connection] = existing;
    if (wish.state === 'absent') {
        return {
            plan: connection
                ? { action: 'delete', sinkOrgId, connection, pruned: false }
                : { action: 'nothing-to-delete', sinkOrgId }
        };
    }
    if (!connection)
        return { plan: { action: 'create', sinkOrgId, to: wish.connectionTypes } };
    const change = typeChange(connection.connectionTypes, wish.connectionTypes);
    if (!change) {
        const ours = ownCreate !== undefined && createdSince(connection, ownCreate.since);
        return { plan: { action: ours ? 'adopt' : 'unchanged', sinkOrgId, connection } };
    }
    switch (wish.ifExists) {
        case 'update':
            return { plan: { action: 'update', sinkOrgId, connection, change } };
        case 'keep':
            return { plan: { action: 'keep', sinkOrgId, connection, difference: change } };
        case 'fail':
            return refuse(sinkOrgId, connection, (0,message/* msg */.ab) `A connection to sink org ${sinkOrgId} exists already (${connection.id}) with types ${change.from}, not ${change.to}, and if-exists is 'fail'. Set if-exists to 'update' to converge it, or 'keep' to leave it as it is.`);
    }
}
/**
 * Every wish of a list against every connection this org made (one listing), and, with `prune`, a delete for each
 * connection whose sink org no wish names.
 */
function planList(existing, wishes, prune) {
    const bySink = new Map();
    for (const connection of existing) {
        const sink = connection.sinkOrg?.id.toLowerCase();
        if (sink === undefined)
            continue;
        bySink.set(sink, [...(bySink.get(sink) ?? []), connection]);
    }
    const plans = [];
    const refusals = [];
    for (const wish of wishes) {
        const planning = planConnection(bySink.get(wish.sinkOrgId) ?? [], wish);
        if (planning.plan)
            plans.push(planning.plan);
        else
            refusals.push(planning.refusal);
    }
    if (prune) {
        const wanted = new Set(wishes.map(w => w.sinkOrgId));
        const unlisted = [...bySink.entries()].filter(([sink]) => !wanted.has(sink)).sort(([a], [b]) => a.localeCompare(b));
        for (const [sinkOrgId, connections] of unlisted) {
            for (const connection of connections)
                plans.push({ action: 'delete', sinkOrgId, connection, pruned: true });
        }
    }
    return { plans, refusals };
}
/** Compared as sets; undefined when they hold the same types. */
function typeChange(from, to) {
    const before = new Set(from.map(t => t.toLowerCase()));
    const after = new Set(to.map(t => t.toLowerCase()));
    const added = [...after].filter(t => !before.has(t));
    const removed = [...before].filter(t => !after.has(t));
    if (added.length === 0 && removed.length === 0)
        return undefined;
    return { from: [...from], to: [...to], added, removed };
}
function refuse(sinkOrgId, connection, reason) {
    return { refusal: { sinkOrgId, reason, ...(connection ? { connection } : {}) } };
}
function createdSince(connection, since) {
    const created = connection.createdAt ? Date.parse(connection.createdAt) : NaN;
    return !Number.isNaN(created) && created >= since - CLOCK_SKEW_MS;
}

;// CONCATENATED MODULE: ./src/apply.ts





/** The plan says no (several candidates, `if-exists: fail`): nothing was written. */
class PlanRefusedError extends StepError {
    name = 'PlanRefusedError';
}
/** The plan differs from the approved one: nothing was written. */
class PlanChangedError extends StepError {
    name = 'PlanChangedError';
}
/** The keys belong to another org than `source-org`: nothing was written. */
class WrongSourceOrgError extends StepError {
    name = 'WrongSourceOrgError';
}
/** Datadog answered 409 to a create, yet lists no connection to converge. */
class CreateConflictError extends StepError {
    name = 'CreateConflictError';
}
async function reconcile(api, settings, hooks) {
    const { target, dryRun } = settings;
    // The fast path: a plain apply of one connection that should exist POSTs first; no read unless Datadog says 409.
    if (target.kind === 'single' && target.wish.state === 'present' && !dryRun && !settings.expectedPlanDigest) {
        const identity = settings.sourceOrgId ? await checkedIdentity(api, settings) : undefined;
        const plan = createPlan(target.wish);
        const entry = await attempt(() => carryOut(api, target.wish, plan, hooks.now), plan);
        hooks.done(entry);
        return outcomeOf([entry], settings, identity);
    }
    // Every other path reads who the keys belong to, then what exists: only this org's own connections are planned
    // (a listing by sink org would also show connections that other orgs made to this one, if sink-org named it).
    const identity = await checkedIdentity(api, settings);
    const own = (connections) => connections.filter(c => c.sourceOrg === undefined || c.sourceOrg.id.toLowerCase() === identity.orgId);
    const { plans, refusals } = target.kind === 'single'
        ? single(target.wish, own(await api.list({ sinkOrgId: target.wish.sinkOrgId })))
        : planList(own(await api.list({ sourceOrgId: identity.orgId })), target.wishes, target.prune);
    if (refusals.length > 0)
        throw refused(refusals);
    const planned = planDocument(settings.baseUrl, plans);
    const digest = planDigest(planned);
    if (settings.expectedPlanDigest && digest !== settings.expectedPlanDigest) {
        throw new PlanChangedError((0,message/* msg */.ab) `The plan changed since it was approved: approved ${settings.expectedPlanDigest}, now ${digest}. Nothing was written. The plan now: ${(0,message/* join */.fj)(plans.map(planWords), '; ')}. Plan again (dry-run: true) and have the new plan approved.`);
    }
    const wishes = new Map((target.kind === 'single' ? [target.wish] : target.wishes).map(w => [w.sinkOrgId, w]));
    const entries = [];
    for (const plan of plans) {
        const wish = wishes.get(plan.sinkOrgId);
        const entry = dryRun ? preview(plan) : await attempt(() => carryOut(api, wish, plan, hooks.now), plan);
        hooks.done(entry);
        entries.push(entry);
    }
    return outcomeOf(entries, settings, identity);
}
/** Who the keys belong to, checked against source-org, and never one of the sink orgs. */
async function checkedIdentity(api, settings) {
    const identity = await api.currentUser();
    const orgId = identity.orgId.toLowerCase();
    if (settings.sourceOrgId && orgId !== settings.sourceOrgId) {
        const named = identity.orgName ? (0,message/* msg */.ab) `${identity.orgId} (${identity.orgName})` : (0,message/* msg */.ab) `${identity.orgId}`;
        throw new WrongSourceOrgError((0,message/* msg */.ab) `The keys belong to org ${named}, not to source-org ${settings.sourceOrgId}. Nothing was written. Check which secrets this job uses (api-key, app-key), or correct source-org.`);
    }
    const wishes = settings.target.kind === 'single' ? [settings.target.wish] : settings.target.wishes;
    if (wishes.some(wish => wish.sinkOrgId === orgId)) {
        throw new PlanRefusedError((0,message/* msg */.ab) `Sink org ${orgId} is the org of the keys: an org cannot share with itself. Nothing was written. Use the source org's keys, and name the org that should see its data as the sink.`);
    }
    return { ...identity, orgId };
}
function single(wish, existing) {
    const planning = planConnection(existing, wish);
    return planning.plan ? { plans: [planning.plan], refusals: [] } : { plans: [], refusals: [planning.refusal] };
}
function createPlan(wish) {
    return { action: 'create', sinkOrgId: wish.sinkOrgId, to: wish.connectionTypes };
}
function refused(refusals) {
    if (refusals.length === 1)
        return new PlanRefusedError((0,message/* msg */.ab) `${refusals[0].reason} Nothing was written.`);
    return new PlanRefusedError((0,message/* msg */.ab) `${refusals.length} entries were refused, so nothing was written: ${(0,message/* join */.fj)(refusals.map(r => r.reason), ' ')}`);
}
function outcomeOf(entries, settings, identity) {
    const document = planDocument(settings.baseUrl, entries.map(e => e.plan));
    return { dryRun: settings.dryRun, entries, identity, document, digest: planDigest(document) };
}
/** A write that fails is recorded on its entry, so that the others still run; the step fails at the end. */
async function attempt(write, plan) {
    try {
        return await write();
    }
    catch (error) {
        return {
            plan,
            result: 'failed',
            connection: 'connection' in plan ? plan.connection : undefined,
            error: describeFailure(error)
        };
    }
}
async function carryOut(api, wish, plan, now) {
    switch (plan.action) {
        case 'create': {
            const since = now();
            const created = await api.create(plan.sinkOrgId, plan.to);
            if (created.kind === 'created') {
                return { plan, result: 'created', connection: created.connection, note: created.incomplete };
            }
            // 409: it exists. List it and plan again, exactly as a first read would have, knowing our create may have landed.
            const again = planConnection(await api.list({ sinkOrgId: plan.sinkOrgId }), wish ?? { sinkOrgId: plan.sinkOrgId, state: 'present', connectionTypes: plan.to, ifExists: 'update' }, created.mayBeOurs ? { since } : undefined);
            if (again.refusal)
                return { plan, result: 'failed', connection: again.refusal.connection, error: again.refusal.reason };
            if (again.plan.action === 'create') {
                throw new CreateConflictError((0,message/* msg */.ab) `Datadog answered 409 (the connection exists) but lists no connection to sink org ${plan.sinkOrgId}. This happens while a deletion is still in progress: re-run the step in a minute.`);
            }
            return carryOut(api, wish, again.plan, now);
        }
        case 'update': {
            const updated = await api.update(plan.connection.id, plan.change.to);
            return { plan, result: 'updated', connection: withNamesFrom(updated, plan.connection) };
        }
        case 'delete': {
            const gone = await api.delete(plan.connection.id);
            // A 404 at the first attempt: someone else removed it first. The wish holds all the same.
            return gone === 'already-gone'
                ? { plan, result: 'absent' }
                : { plan, result: 'deleted', connection: plan.connection };
        }
        case 'adopt':
            return { plan, result: 'created', connection: plan.connection };
        case 'unchanged':
        case 'keep':
            return { plan, result: 'unchanged', connection: plan.connection };
        case 'nothing-to-delete':
            return { plan, result: 'absent' };
    }
}
/** What a dry run reports: the connection as it would be, and no write. */
function preview(plan) {
    switch (plan.action) {
        case 'create':
            return { plan, result: 'would-create' };
        case 'update':
            return { plan, result: 'would-update', connection: withTypes(plan.connection, plan.change.to) };
        case 'delete':
            return { plan, result: 'would-delete', connection: plan.connection };
        case 'adopt':
        case 'unchanged':
        case 'keep':
            return { plan, result: 'unchanged', connection: plan.connection };
        case 'nothing-to-delete':
            return { plan, result: 'absent' };
    }
}
/** One plan in words, for the log and the digest mismatch. */
function planWords(plan) {
    switch (plan.action) {
        case 'create':
            return (0,message/* msg */.ab) `create a connection to ${plan.sinkOrgId} with types ${plan.to}`;
        case 'adopt':
            return (0,message/* msg */.ab) `adopt connection ${plan.connection.id} to ${plan.sinkOrgId}`;
        case 'update':
            return (0,message/* msg */.ab) `update connection ${plan.connection.id} to ${plan.sinkOrgId}: ${plan.change.from} -> ${plan.change.to}`;
        case 'delete':
            return (0,message/* msg */.ab) `delete connection ${plan.connection.id} to ${plan.sinkOrgId}${(0,message/* words */.aL)(plan.pruned ? ' (not in the list: prune)' : '')}`;
        case 'unchanged':
        case 'keep':
            return (0,message/* msg */.ab) `leave connection ${plan.connection.id} to ${plan.sinkOrgId} as it is`;
        case 'nothing-to-delete':
            return (0,message/* msg */.ab) `nothing to delete for ${plan.sinkOrgId}`;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/context.js
var lib_context = __nccwpck_require__(7157);
;// CONCATENATED MODULE: ./src/bundling/github-context.ts
/**
 * @actions/github's Context, without the Octokit client that its package entry builds at load: in the same
 * measurement as ./undici.ts, a bundle importing `context` from the package entry took 262 ms against 220 ms and was
 * 1,338 kB against 1,120 kB, for a job that only reads who ran it. The package exports only its entry, so the module
 * is reached by its path; @actions/github is a direct dependency, so npm places it at the top of node_modules.
 * Octokit itself, when needed, comes through loadGitHub() (./github.ts).
 */


// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: ./src/datadog/retry.ts
/**
 * The retry policy, pure: given how an attempt ended, wait how long, or give up. No clock, no sleeping:
 * `now` and `random` are passed in, so every rule is tested without waiting.
 */
const DEFAULT_POLICY = {
    baseDelayMs: 500,
    maxBackoffMs: 8_000,
    maxServerWaitMs: 60_000
};
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
// Errors that no retry can fix: the certificate or the TLS setup is wrong.
const TLS_FAILURE = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT|UNABLE_TO_|ERR_INVALID_)/;
// Errors raised before the request left the runner: whatever it asked, it was not carried out.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
function isTlsFailure(code) {
    return TLS_FAILURE.test(code);
}
function isRetryable(outcome) {
    return outcome.kind === 'response' ? RETRYABLE_STATUSES.has(outcome.status) : !isTlsFailure(outcome.code);
}
/**
 * Whether an attempt that ended this way may still have been carried out by the API: its answer was lost (a reset,
 * a timeout) or a gateway failed after passing it on (5xx). A 429 or a request that never left the runner was not.
 */
function mayHaveLanded(outcome) {
    return outcome.kind === 'response' ? outcome.status >= 500 : !NOT_SENT.has(outcome.code);
}
/**
 * @param attempt the attempt that just ended, counting from 1
 * @param random  a number in [0, 1) (Math.random in the action)
 */
function decideRetry(outcome, attempt, policy, now, random) {
    if (!isRetryable(outcome))
        return { kind: 'final' };
    if (attempt > policy.maxRetries) {
        return {
            kind: 'give-up',
            why: policy.maxRetries === 0 ? 'retries are disabled (max-retries: 0)' : `max-retries (${policy.maxRetries}) reached`
        };
    }
    const asked = outcome.kind === 'response' ? serverWait(outcome.headers, now) : undefined;
    if (asked) {
        if (asked.ms > policy.maxServerWaitMs) {
            return {
                kind: 'give-up',
                why: `the server asked to wait ${formatSeconds(asked.ms)} (${asked.header}), more than the ${formatSeconds(policy.maxServerWaitMs)} this action waits at most`,
                serverWaitMs: asked.ms
            };
        }
        // A little jitter on top of what was asked (a tenth, at most 250 ms), so that parallel jobs do not come back in
        // the same millisecond.
        const jitter = Math.min(asked.ms * 0.1, 250) * random;
        return {
            kind: 'retry',
            delayMs: Math.round(asked.ms + jitter),
            why: `${asked.header} asked ${formatSeconds(asked.ms)}`
        };
    }
    // Exponential backoff with "equal jitter": between half and all of the step.
    const step = Math.min(policy.maxBackoffMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return { kind: 'retry', delayMs: Math.round(step / 2 + (step / 2) * random), why: 'exponential backoff' };
}
/** What the server asked for: `X-RateLimit-Reset` (seconds), else `Retry-After` (seconds or an HTTP date). */
function serverWait(headers, now) {
    const reset = Number(header(headers, 'x-ratelimit-reset'));
    if (header(headers, 'x-ratelimit-reset') !== undefined && Number.isFinite(reset) && reset >= 0) {
        return { ms: reset * 1000, header: 'X-RateLimit-Reset' };
    }
    const retryAfter = header(headers, 'retry-after');
    if (retryAfter === undefined)
        return undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(retryAfter))
        return { ms: Number(retryAfter) * 1000, header: 'Retry-After' };
    const date = Date.parse(retryAfter);
    return Number.isNaN(date) ? undefined : { ms: Math.max(0, date - now), header: 'Retry-After' };
}
function header(headers, name) {
    const value = headers[name];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined || first.trim() === '' ? undefined : first.trim();
}
function formatSeconds(ms) {
    return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}

;// CONCATENATED MODULE: ./src/datadog/errors.ts
/**
 * What a failed exchange with Datadog means for the user, and what to do about it. Each error type means one thing:
 * - `DatadogApiError`: an HTTP answer with an error status (it has the status);
 * - `UnexpectedAnswerError`: a 2xx answer the action cannot use (not a connection, a bad id, broken paging);
 * - `TransportError` (transport.ts): no HTTP answer at all.
 * Each carries `detail`, a `Message` (message.ts) in which every value from the network is neutralised and capped.
 */



/** Datadog (or something on the way) answered with an error status. */
class DatadogApiError extends Error {
    detail;
    status;
    name = 'DatadogApiError';
    constructor(detail, status) {
        super(detail.text());
        this.detail = detail;
        this.status = status;
    }
}
/** A 2xx answer that is not what the contract promises: most likely a gateway or proxy, not Datadog, answered. */
class UnexpectedAnswerError extends Error {
    detail;
    status;
    name = 'UnexpectedAnswerError';
    constructor(detail, status) {
        super(detail.text());
        this.detail = detail;
        this.status = status;
    }
}
/** Said once, wherever a 2xx answer cannot be Datadog's. */
const NOT_DATADOG_ADVICE = 'A proxy or gateway may have answered instead of Datadog: check api-url and the proxy settings.';
/** The most of a body that is ever looked at for an excerpt: the rest is not read at all. */
const EXCERPT_WINDOW = 16 * 1024;
/** The longest excerpt quoted. */
const EXCERPT_CHARS = 200;
/** Datadog's error texts quoted at most (each is capped by the message itself). */
const MAX_ERROR_TEXTS = 5;
/** Datadog's own error texts (`{"errors": [...]}`), or a readable excerpt of whatever else came back. */
function datadogErrorText(body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        // not JSON: an HTML page from a gateway, a proxy's text, ...
        return body.trim() ? (0,message/* msg */.ab) `a non-JSON answer: ${excerpt(body)}` : (0,message/* words */.aL)('no error text');
    }
    const errors = typeof parsed === 'object' && parsed !== null ? parsed.errors : undefined;
    if (Array.isArray(errors) && errors.length > 0) {
        // Never stringify an entry: a crafted one may be nested deeper than the stack.
        const texts = errors.slice(0, MAX_ERROR_TEXTS).map(e => (typeof e === 'string' ? (0,message/* msg */.ab) `${e}` : (0,message/* words */.aL)('(not a text)')));
        const more = errors.length > MAX_ERROR_TEXTS ? (0,message/* words */.aL)(` (and ${errors.length - MAX_ERROR_TEXTS} more)`) : (0,message/* words */.aL)('');
        return (0,message/* msg */.ab) `${(0,message/* join */.fj)(texts, '; ')}${more}`;
    }
    return (0,message/* msg */.ab) `an answer without an error text: ${excerpt(body)}`;
}
/**
 * The text of a body without markup, on one line, at most EXCERPT_CHARS characters, saying when it was cut.
 * Linear time: only the first EXCERPT_WINDOW characters are read, and they are scanned once (no backtracking regex).
 */
function excerpt(body) {
    const window = body.slice(0, EXCERPT_WINDOW);
    const text = stripMarkup(window);
    if (text.length <= EXCERPT_CHARS && window.length === body.length)
        return (0,message/* msg */.ab) `${text}`;
    return (0,message/* msg */.ab) `${text.slice(0, EXCERPT_CHARS).trimEnd()}${(0,message/* words */.aL)(`... [cut: ${body.length} characters in all]`)}`;
}
/** Tags dropped (script and style with their contents), white space collapsed: one pass over the text. */
function stripMarkup(html) {
    const lower = html.toLowerCase();
    let out = '';
    let i = 0;
    while (i < html.length) {
        const lt = html.indexOf('<', i);
        if (lt < 0) {
            out += html.slice(i);
            break;
        }
        out += `${html.slice(i, lt)} `;
        const gt = html.indexOf('>', lt + 1);
        // An unclosed tag runs to the end of what was read.
        if (gt < 0)
            break;
        const name = /^<(script|style)\b/.exec(lower.slice(lt, lt + 8))?.[1];
        if (name) {
            const close = lower.indexOf(`</${name}`, gt + 1);
            if (close < 0)
                break;
            const closeEnd = html.indexOf('>', close);
            if (closeEnd < 0)
                break;
            i = closeEnd + 1;
        }
        else {
            i = gt + 1;
        }
    }
    return out.replace(/\s+/g, ' ').trim();
}
const SAME_ACCOUNT_RULES = 'Both orgs must be in the same Datadog account and on the same site; an org without an Enterprise plan can connect to at most 5 orgs; HIPAA-enabled orgs cannot use cross-organization visibility.';
function advice(operation, response, ctx) {
    const status = response.status;
    const site = ctx.siteLabel;
    if (status >= 300 && status < 400) {
        const location = header(response.headers, 'location');
        let host;
        try {
            host = location ? new URL(location, 'https://invalid.invalid').host : undefined;
        }
        catch {
            host = undefined;
        }
        const where = host ? (0,message/* msg */.ab) ` to ${host}` : (0,message/* words */.aL)('');
        return (0,message/* msg */.ab) `It redirected${where}; redirects are never followed, so the keys cannot reach another host. Point site or api-url at the API itself.`;
    }
    switch (status) {
        case 400:
            return (0,message/* words */.aL)(operation.kind === 'create' ? SAME_ACCOUNT_RULES : 'Check connection-types and re-run.');
        case 401:
            return (0,message/* msg */.ab) `The keys were not accepted. Check api-key and app-key (not swapped, not revoked) and that site ${site} is the source org's site.`;
        case 403:
            if (operation.kind === 'current-user') {
                return (0,message/* msg */.ab) `The keys were refused: they may belong to another site than ${site}, or the application key may be scoped too narrowly.`;
            }
            return (0,message/* msg */.ab) `The application key may lack the ${(0,message/* words */.aL)(operation.kind === 'list' ? 'org_connections_read' : 'org_connections_write')} permission, or the keys belong to another site than ${site}. Use an application key of a service account whose role has org_connections_read and org_connections_write.`;
        case 404:
            if (operation.kind === 'create') {
                return (0,message/* msg */.ab) `Sink org ${operation.sinkOrgId} was not found on ${site}: it does not exist there, or it is not in the same account as the source org. Check sink-org: it must be the org UUID, not its public id.`;
            }
            if (operation.kind === 'update' || operation.kind === 'delete') {
                return (0,message/* msg */.ab) `Connection ${operation.id} no longer exists: it was probably deleted meanwhile. Re-run the step.`;
            }
            return (0,message/* msg */.ab) `Check site or api-url: ${site} does not serve this API path.`;
        case 429:
            return (0,message/* words */.aL)('Datadog kept rate-limiting the requests. Re-run later, or raise max-retries.');
        default:
            if (status >= 500)
                return (0,message/* words */.aL)('Datadog, or a gateway or proxy on the way, kept failing. Check https://status.datadoghq.com and re-run the step.');
            return (0,message/* words */.aL)('Re-run the step; if it persists, check the inputs against the README.');
    }
}
function describeOperation(operation) {
    const what = operation.kind === 'create'
        ? (0,message/* words */.aL)('creating the connection')
        : operation.kind === 'list'
            ? (0,message/* words */.aL)('listing the connections')
            : operation.kind === 'current-user'
                ? (0,message/* words */.aL)('reading which org the keys belong to')
                : (0,message/* msg */.ab) `${(0,message/* words */.aL)(operation.kind === 'update' ? 'updating' : 'deleting')} connection ${operation.id}`;
    return (0,message/* msg */.ab) `${what} (${operation.method} ${operation.path.split('?')[0] ?? ''})`;
}
function attemptsNote(attempts, elapsedMs, stoppedBecause) {
    if (attempts <= 1 && !stoppedBecause)
        return '';
    const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
    return ` [${tries} over ${formatSeconds(elapsedMs)}${stoppedBecause ? `; ${stoppedBecause}` : ''}]`;
}
/** Why no answer came, and what to do: the detail of a TransportError. */
function unreachable(reason, code, attempts, elapsedMs, stoppedBecause) {
    if (isTlsFailure(code)) {
        return (0,message/* msg */.ab) `Could not reach the Datadog API: the TLS connection failed (${code}: ${reason}). If a proxy on the way inspects TLS, give Node its CA certificate with the NODE_EXTRA_CA_CERTS environment variable; otherwise check site or api-url.`;
    }
    const note = attemptsNote(attempts, elapsedMs, stoppedBecause);
    return (0,message/* msg */.ab) `Could not reach the Datadog API: ${reason}.${(0,message/* words */.aL)(note)} Check site or api-url, the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), then re-run; raise max-retries or timeout-seconds for a slow network.`;
}
function apiError(operation, response, ctx) {
    const status = response.status;
    const reason = external_node_http_.STATUS_CODES[status] ?? 'Unknown';
    const note = attemptsNote(response.attempts, response.elapsedMs, response.stoppedBecause);
    // An answer about the user is never quoted, not even its error texts: it may name a person, and logs are public.
    const text = operation.kind === 'current-user'
        ? (0,message/* words */.aL)('(its text is not shown: it may name a person)')
        : datadogErrorText(response.body);
    return new DatadogApiError((0,message/* msg */.ab) `Datadog answered ${(0,message/* words */.aL)(`${status} ${reason}`)} when ${describeOperation(operation)}: ${text}.${(0,message/* words */.aL)(note)} ${advice(operation, response, ctx)}`, status);
}
/**
 * A 2xx answer that is not what the operation needed. `what` says what was wrong with it (our words, with values);
 * the body's excerpt is quoted unless `quoteBody` is false (a listing's page is too big to be worth quoting).
 */
function unexpectedAnswer(operation, response, what, { quoteBody = true } = {}) {
    const quoted = !quoteBody
        ? (0,message/* words */.aL)('')
        : response.body.trim()
            ? (0,message/* msg */.ab) ` Its answer: ${excerpt(response.body)}.`
            : (0,message/* words */.aL)(' Its answer was empty.');
    // A write whose answer is unusable sets none of the connection's outputs.
    const outputs = operation.kind === 'create' || operation.kind === 'update' ? ' No outputs were set.' : '';
    return new UnexpectedAnswerError((0,message/* msg */.ab) `Datadog answered ${response.status} when ${describeOperation(operation)}, but ${what}.${quoted} ${(0,message/* words */.aL)(NOT_DATADOG_ADVICE + outputs)}`, response.status);
}

;// CONCATENATED MODULE: ./src/datadog/client.ts
/** The org-connection operations of Datadog's v2 API, and who the keys belong to, over the retrying transport. */



const CONNECTIONS_PATH = '/api/v2/org_connections';
const CURRENT_USER_PATH = '/api/v2/current_user';
const LISTING_LIMITS = { pageSize: 1000, maxPages: 100, maxMatches: 10_000 };
class OrgConnectionsClient {
    transport;
    context;
    limits;
    constructor(transport, context, limits = LISTING_LIMITS) {
        this.transport = transport;
        this.context = context;
        this.limits = limits;
    }
    /**
     * Every connection that matches `filter`, reading all pages. Only exact matches are kept (whatever the server's
     * filtering), each id once. A page that adds no connection not seen before, while more were announced, ends the
     * listing with an UnexpectedAnswerError, as do more than `maxPages` pages or `maxMatches` matches.
     */
    async list(filter) {
        const [param, wanted, side] = 'sinkOrgId' in filter
            ? ['sink_org_id', filter.sinkOrgId, 'sinkOrg']
            : ['source_org_id', filter.sourceOrgId, 'sourceOrg'];
        const wantedId = checkedId(wanted).toLowerCase();
        const { pageSize, maxPages, maxMatches } = this.limits;
        const seen = new Set();
        const kept = [];
        let offset = 0;
        let last;
        for (let page = 1; page <= maxPages; page++) {
            const path = `${CONNECTIONS_PATH}?${param}=${wanted}&limit=${pageSize}&offset=${offset}`;
            const operation = { kind: 'list', method: 'GET', path };
            const response = await this.transport.request('GET', path);
            last = { operation, response };
            if (!isSuccess(response.status))
                throw apiError(operation, response, this.context);
            const parsed = parseConnectionPage(parseJson(response.body));
            if (!parsed.ok) {
                throw unexpectedAnswer(operation, response, (0,message/* msg */.ab) `not with a usable list of connections: ${parsed.problem}`);
            }
            const { connections, received, totalFiltered } = parsed.value;
            let added = 0;
            for (const connection of connections) {
                const id = connection.id.toLowerCase();
                if (seen.has(id))
                    continue;
                seen.add(id);
                added++;
                if (connection[side]?.id.toLowerCase() !== wantedId)
                    continue;
                if (kept.length >= maxMatches) {
                    throw unexpectedAnswer(operation, response, (0,message/* words */.aL)(`the listing holds more than ${maxMatches} matching connections, more than this action reads`), { quoteBody: false });
                }
                kept.push(connection);
            }
            offset += received;
            const done = received === 0 || (totalFiltered !== undefined ? offset >= totalFiltered : received < pageSize);
            if (done)
                return kept;
            if (added === 0) {
                throw unexpectedAnswer(operation, response, (0,message/* words */.aL)(`its page at offset ${offset - received} holds only connections of earlier pages while more were announced: the paging is broken (the offset may be ignored)`), { quoteBody: false });
            }
        }
        // maxPages >= 1, so `last` is set.
        const { operation, response } = last;
        throw unexpectedAnswer(operation, response, (0,message/* words */.aL)(`the listing did not end after ${maxPages === 1 ? '1 page' : `${maxPages} pages`} (${kept.length} matching connections so far): the paging looks broken`), { quoteBody: false });
    }
    async create(sinkOrgId, types) {
        const sink = checkedId(sinkOrgId);
        const operation = { kind: 'create', method: 'POST', path: CONNECTIONS_PATH, sinkOrgId: sink };
        const response = await this.transport.request('POST', CONNECTIONS_PATH, {
            data: {
                type: 'org_connection',
                attributes: { connection_types: types },
                relationships: { sink_org: { data: { type: 'orgs', id: sink } } }
            }
        });
        if (response.status === 409)
            return { kind: 'exists', mayBeOurs: response.earlierAttemptMayHaveLanded };
        if (!isSuccess(response.status))
            throw apiError(operation, response, this.context);
        const body = parseJson(response.body);
        const parsed = parseConnectionDocument(body);
        if (parsed.ok) {
            const other = mismatch(parsed.value, types, sink);
            // Something was created, but not what was asked: say so rather than report success.
            if (other)
                throw unexpectedAnswer(operation, response, (0,message/* msg */.ab) `describing another connection than asked: ${other}`);
            return { kind: 'created', connection: parsed.value };
        }
        // The connection exists now: report it by its id, even when the rest of the answer is unusable.
        const id = documentId(body);
        if (id === undefined)
            throw unexpectedAnswer(operation, response, notAConnection(parsed.problem));
        return {
            kind: 'created',
            connection: {
                id,
                connectionTypes: [...types],
                sinkOrg: { id: sink },
                raw: {
                    type: 'org_connection',
                    id,
                    attributes: { connection_types: [...types] },
                    relationships: { sink_org: { data: { type: 'orgs', id: sink } } }
                }
            },
            incomplete: (0,message/* msg */.ab) `Datadog's answer to the create named connection ${id} but was otherwise unusable (${parsed.problem}); its types and sink org are reported as asked.`
        };
    }
    async update(id, types) {
        const connectionId = checkedId(id);
        const path = `${CONNECTIONS_PATH}/${connectionId}`;
        const operation = { kind: 'update', method: 'PATCH', path, id: connectionId };
        const response = await this.transport.request('PATCH', path, {
            data: { type: 'org_connection', id, attributes: { connection_types: types } }
        });
        if (!isSuccess(response.status))
            throw apiError(operation, response, this.context);
        const parsed = parseConnectionDocument(parseJson(response.body));
        if (!parsed.ok)
            throw unexpectedAnswer(operation, response, notAConnection(parsed.problem));
        if (parsed.value.id.toLowerCase() !== connectionId.toLowerCase()) {
            throw unexpectedAnswer(operation, response, (0,message/* msg */.ab) `with another connection: ${parsed.value.id}`, {
                quoteBody: false
            });
        }
        const other = mismatch(parsed.value, types);
        if (other)
            throw unexpectedAnswer(operation, response, (0,message/* msg */.ab) `describing other types than asked: ${other}`);
        return parsed.value;
    }
    /** A 404 means the connection is gone: deleted by a retried attempt of ours, or by someone else first. */
    async delete(id) {
        const connectionId = checkedId(id);
        const path = `${CONNECTIONS_PATH}/${connectionId}`;
        const response = await this.transport.request('DELETE', path);
        if (isSuccess(response.status))
            return 'deleted';
        if (response.status === 404)
            return response.earlierAttemptMayHaveLanded ? 'deleted' : 'already-gone';
        throw apiError({ kind: 'delete', method: 'DELETE', path, id: connectionId }, response, this.context);
    }
    /** The org the keys belong to (and whether the application key is a service account's). */
    async currentUser() {
        const operation = { kind: 'current-user', method: 'GET', path: CURRENT_USER_PATH };
        const response = await this.transport.request('GET', CURRENT_USER_PATH);
        if (!isSuccess(response.status))
            throw apiError(operation, response, this.context);
        const parsed = parseCurrentUser(parseJson(response.body));
        // Not quoted: the body names a person (email, handle), and logs are public.
        if (!parsed.ok) {
            throw unexpectedAnswer(operation, response, (0,message/* msg */.ab) `not with a usable user: ${parsed.problem}`, { quoteBody: false });
        }
        return parsed.value;
    }
}
/** What an answer to a write says that differs from what was asked (types as sets; the sink org when named). */
function mismatch(connection, types, sinkOrgId) {
    const asked = new Set(types.map(t => t.toLowerCase()));
    const got = new Set(connection.connectionTypes.map(t => t.toLowerCase()));
    if (asked.size !== got.size || [...asked].some(t => !got.has(t))) {
        return (0,message/* msg */.ab) `types ${connection.connectionTypes}, not ${[...types]}`;
    }
    const sink = connection.sinkOrg?.id.toLowerCase();
    if (sinkOrgId !== undefined && sink !== undefined && sink !== sinkOrgId.toLowerCase()) {
        return (0,message/* msg */.ab) `sink org ${sink}, not ${sinkOrgId}`;
    }
    return undefined;
}
function notAConnection(problem) {
    return (0,message/* msg */.ab) `not with a usable org connection: ${problem}`;
}
function isSuccess(status) {
    return status >= 200 && status < 300;
}
/**
 * An id about to go into a path: a UUID (so nothing to encode). The ids given here are validated inputs or ids the client
 * itself returned (already checked), so a failure is a bug of the caller, said plainly.
 */
function checkedId(id) {
    if (!isUuid(id))
        throw new TypeError((0,message/* msg */.ab) `Not a UUID, so not sent to Datadog: ${id}`.text());
    return id;
}
function parseJson(body) {
    try {
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/redact.ts
function redactor(secrets) {
    const ordered = [...secrets].filter(s => s.length >= 4).sort((a, b) => b.length - a.length);
    return text => ordered.reduce((out, secret) => out.split(secret).join('***'), text);
}

// EXTERNAL MODULE: ./src/http/proxy.ts + 1 modules
var proxy = __nccwpck_require__(9905);
// EXTERNAL MODULE: ./src/http/request.ts
var request = __nccwpck_require__(7777);
;// CONCATENATED MODULE: ./src/datadog/transport.ts
/**
 * One request to the Datadog API, attempted as often as the retry policy allows.
 *
 * Built on @actions/http-client for its proxy support (HTTPS_PROXY, NO_PROXY), with four guards of our own:
 * redirects are never followed (the client would forward DD-API-KEY to the new host), every attempt is bounded by
 * a timer that really tears the socket down, the body is read with a size cap, and the two keys are blanked in
 * everything that comes back (body, header values, error texts) before anything else sees it, so that no later
 * excerpt can cut through a key that a gateway echoed.
 */







const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: () => Math.random()
};
/**
 * No HTTP answer after every attempt allowed: refused, reset, timed out, ... `reason` is what Node said (keys
 * blanked); `detail` is the whole message for people, with what was tried and what to do.
 */
class TransportError extends Error {
    reason;
    code;
    attempts;
    elapsedMs;
    stoppedBecause;
    name = 'TransportError';
    detail;
    constructor(reason, code, attempts, elapsedMs, 
    /** Why no further attempt was made, when one could have been. */
    stoppedBecause) {
        const detail = unreachable(reason, code, attempts, elapsedMs, stoppedBecause);
        super(detail.text());
        this.reason = reason;
        this.code = code;
        this.attempts = attempts;
        this.elapsedMs = elapsedMs;
        this.stoppedBecause = stoppedBecause;
        this.detail = detail;
    }
}
const RATE_LIMIT_HEADERS = [
    'x-ratelimit-limit',
    'x-ratelimit-period',
    'x-ratelimit-remaining',
    'x-ratelimit-reset',
    'x-ratelimit-name',
    'retry-after'
];
class DatadogTransport {
    options;
    clock;
    redact;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? systemClock;
        // A multi-line key is sent whole but may come back line by line.
        const keys = [options.apiKey, options.appKey];
        this.redact = redactor([...keys, ...keys.flatMap(key => key.split('\n').map(line => line.trim()))]);
    }
    /** Sends `method path` until it gets a final answer; returns the last HTTP answer, whatever its status. */
    async request(method, path, body) {
        const { policy, log } = this.options;
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const started = this.clock.now();
        let earlierAttemptMayHaveLanded = false;
        for (let attempt = 1;; attempt++) {
            const attemptStarted = this.clock.now();
            const outcome = this.redacted(await this.attempt(method, path, payload));
            const took = this.clock.now() - attemptStarted;
            const decision = decideRetry(outcome, attempt, policy, this.clock.now(), this.clock.random());
            const of = policy.maxRetries + 1;
            const ended = outcome.kind === 'response' ? (0,message/* msg */.ab) `${String(outcome.status)}` : (0,message/* msg */.ab) `${outcome.code} (${outcome.message})`;
            const waiting = decision.kind === 'retry' ? `; waiting ${formatSeconds(decision.delayMs)} (${decision.why})` : '';
            log.debug((0,message/* msg */.ab) `${method} ${path} -> ${ended} in ${took} ms, attempt ${attempt} of ${of}${rateLimitNote(outcome)}`.text() +
                waiting);
            if (decision.kind === 'retry') {
                earlierAttemptMayHaveLanded ||= mayHaveLanded(outcome);
                await this.clock.sleep(decision.delayMs);
                continue;
            }
            const elapsedMs = this.clock.now() - started;
            const stoppedBecause = decision.kind === 'give-up' ? decision.why : undefined;
            if (outcome.kind === 'error')
                throw new TransportError(outcome.message, outcome.code, attempt, elapsedMs, stoppedBecause);
            return {
                status: outcome.status,
                headers: outcome.headers,
                body: outcome.body,
                attempts: attempt,
                elapsedMs,
                stoppedBecause,
                earlierAttemptMayHaveLanded
            };
        }
    }
    /** Both keys blanked in everything the attempt brought back, before anything reads, cuts or logs it. */
    redacted(outcome) {
        const redact = this.redact;
        if (outcome.kind === 'error')
            return { ...outcome, message: redact(outcome.message) };
        const headers = {};
        for (const [name, value] of Object.entries(outcome.headers)) {
            headers[redact(name)] = Array.isArray(value) ? value.map(redact) : value === undefined ? value : redact(value);
        }
        return { ...outcome, headers, body: redact(outcome.body) };
    }
    async attempt(method, path, payload) {
        const { baseUrl, apiKey, appKey, userAgent, timeoutMs } = this.options;
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(), timeoutMs);
        const handlers = [new request/* AbortOnSignal */.kz(abort.signal), ...(0,proxy/* proxyHandlers */.G)(`${baseUrl}${path}`, abort.signal)];
        const client = new lib/* HttpClient */.Qq(userAgent, handlers, {
            allowRedirects: false,
            allowRetries: false,
            keepAlive: false,
            // Our own timer ends the attempt first; this is only the library's backstop.
            socketTimeout: timeoutMs + 5_000
        });
        const headers = {
            'DD-API-KEY': apiKey,
            'DD-APPLICATION-KEY': appKey,
            Accept: 'application/json'
        };
        if (payload !== undefined)
            headers['Content-Type'] = 'application/json';
        try {
            // http-client takes null for "no body" (its typing says string); '' would send Content-Length: 0 on a GET.
            const data = (payload ?? null);
            const response = await client.request(method, `${baseUrl}${path}`, data, headers);
            const body = await (0,request/* readBody */.x8)(response.message);
            return { kind: 'response', status: response.message.statusCode ?? 0, headers: response.message.headers, body };
        }
        catch (error) {
            if (abort.signal.aborted) {
                return {
                    kind: 'error',
                    code: 'TIMEOUT',
                    message: `no complete answer within ${formatSeconds(timeoutMs)} (timeout-seconds)`
                };
            }
            const err = error;
            return { kind: 'error', code: err.code ?? 'ERROR', message: err.message || String(error) };
        }
        finally {
            clearTimeout(timer);
            client.dispose();
        }
    }
}
function rateLimitNote(outcome) {
    if (outcome.kind !== 'response')
        return (0,message/* msg */.ab) ``;
    const present = RATE_LIMIT_HEADERS.flatMap(name => {
        const value = header(outcome.headers, name);
        return value === undefined ? [] : [(0,message/* msg */.ab) `${name}=${value}`];
    });
    return present.length ? (0,message/* msg */.ab) `; ${(0,message/* join */.fj)(present, ' ')}` : (0,message/* msg */.ab) ``;
}

;// CONCATENATED MODULE: ./src/report.ts


const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'connection-id',
    'created-at',
    'result',
    'connection-types',
    'source-org-id',
    'source-org-name',
    'sink-org-name',
    'connection',
    'results',
    'changed',
    'plan',
    'plan-digest'
]));
/** The results that change something (or would, in a dry run). */
const CHANGES = new Set([
    'created',
    'updated',
    'deleted',
    'would-create',
    'would-update',
    'would-delete'
]);
function changed(outcome) {
    return outcome.entries.some(entry => CHANGES.has(entry.result));
}
function outputsOf(outcome, settings) {
    const source = sourceOrgOf(outcome);
    const single = settings.target.kind === 'single' ? outcome.entries[0] : undefined;
    const c = single?.connection;
    return {
        'connection-id': c?.id ?? '',
        'created-at': c?.createdAt ?? '',
        result: single?.result ?? '',
        'connection-types': single ? JSON.stringify(typesOf(single)) : '',
        'source-org-id': source?.id ?? '',
        'source-org-name': report_text(source?.name),
        'sink-org-name': report_text(c?.sinkOrg?.name),
        connection: c ? JSON.stringify(c.raw) : '',
        results: JSON.stringify(outcome.entries.map(resultObject)),
        changed: String(changed(outcome)),
        plan: JSON.stringify(outcome.document),
        'plan-digest': outcome.digest
    };
}
/** One object of the `results` output. */
function resultObject(entry) {
    const c = entry.connection;
    return {
        'sink-org': entry.plan.sinkOrgId,
        'sink-org-name': report_text(c?.sinkOrg?.name),
        'connection-id': c?.id ?? '',
        result: entry.result,
        'connection-types': typesOf(entry),
        'created-at': c?.createdAt ?? '',
        ...(entry.error ? { error: entry.error.text() } : {})
    };
}
/** The connection's types as it now is (or would be); for a create that failed or is planned, the wanted ones. */
function typesOf(entry) {
    if (entry.connection)
        return entry.connection.connectionTypes;
    return entry.plan.action === 'create' ? entry.plan.to : [];
}
/** Names are chosen by other orgs' admins: an output carries them on one line, without control characters. */
function report_text(value) {
    return value === undefined ? '' : (0,message/* oneLine */.TN)(value);
}
function sourceOrgOf(outcome) {
    if (outcome.identity)
        return { id: outcome.identity.orgId, name: outcome.identity.orgName };
    return outcome.entries.map(e => e.connection?.sourceOrg).find(ref => ref !== undefined);
}
/** Warnings the outcome deserves (the run itself may have succeeded). */
function warningsOf(outcome) {
    const warnings = [];
    if (outcome.identity && !outcome.identity.serviceAccount) {
        warnings.push((0,message/* words */.aL)("The application key belongs to a person, not a service account: Datadog deletes a person's org connections when that person is deactivated. Use a service account's application key."));
    }
    for (const { plan, note } of outcome.entries) {
        if (note)
            warnings.push(note);
        if (plan.action === 'keep') {
            warnings.push((0,message/* msg */.ab) `Connection ${plan.connection.id} to sink org ${plan.sinkOrgId} has types ${plan.difference.from}, not the wanted ${plan.difference.to}; it was left as it is because if-exists is 'keep'.`);
        }
    }
    return warnings;
}
/** The log line of one connection, as it is done. */
function entryLine(entry, dryRun) {
    return (0,message/* msg */.ab) `${(0,message/* words */.aL)(entry.result)}: ${entrySentence(entry, dryRun)}`;
}
function entrySentence(entry, dryRun) {
    const { plan } = entry;
    const verb = (would, did) => (0,message/* words */.aL)(dryRun ? would : did);
    const to = (0,message/* msg */.ab) `to sink org ${orgName(entry.connection?.sinkOrg, plan.sinkOrgId)}`;
    // Only a write fails, so the plan's change is a create, an update or a delete.
    if (entry.error)
        return (0,message/* msg */.ab) `Failed to ${(0,message/* words */.aL)(changeOf(plan).action)} the connection ${to}: ${entry.error}`;
    switch (plan.action) {
        case 'create':
            return (0,message/* msg */.ab) `${verb('Would create', 'Created')} a connection ${to} with types ${plan.to}.`;
        case 'adopt':
            return (0,message/* msg */.ab) `Created a connection ${to} with types ${plan.connection.connectionTypes} (an earlier attempt's answer was lost; the connection it made was found and adopted).`;
        case 'update':
            return (0,message/* msg */.ab) `${verb('Would update', 'Updated')} connection ${plan.connection.id} ${to}: types ${plan.change.from} -> ${plan.change.to} (${[...plan.change.added.map(t => `+${t}`), ...plan.change.removed.map(t => `-${t}`)]}).`;
        case 'unchanged':
            return (0,message/* msg */.ab) `Connection ${plan.connection.id} ${to} exists with types ${plan.connection.connectionTypes}, as wanted: nothing to change.`;
        case 'keep':
            return (0,message/* msg */.ab) `Connection ${plan.connection.id} ${to} exists with types ${plan.difference.from} (wanted ${plan.difference.to}); left as it is (if-exists: keep).`;
        case 'delete':
            if (entry.result === 'absent')
                return (0,message/* msg */.ab) `Connection ${plan.connection.id} ${to} was already gone: nothing to delete.`;
            return (0,message/* msg */.ab) `${verb('Would delete', 'Deleted')} connection ${plan.connection.id} ${to} (types ${plan.connection.connectionTypes})${(0,message/* words */.aL)(plan.pruned ? ' because its sink org is not in the list (prune)' : '')}.`;
        case 'nothing-to-delete':
            return (0,message/* msg */.ab) `No connection ${to} exists: nothing to delete.`;
    }
}
/** "2 to create, 1 to update, 5 unchanged" or "2 created, 1 failed". */
function countsOf(outcome) {
    const order = [
        ['would-create', 'to create'],
        ['would-update', 'to update'],
        ['would-delete', 'to delete'],
        ['created', 'created'],
        ['updated', 'updated'],
        ['deleted', 'deleted'],
        ['unchanged', 'unchanged'],
        ['absent', 'absent (nothing to delete)'],
        ['failed', 'failed']
    ];
    const parts = order
        .map(([result, label]) => [outcome.entries.filter(e => e.result === result).length, label])
        .filter(([count]) => count > 0)
        .map(([count, label]) => `${count} ${label}`);
    return parts.length ? parts.join(', ') : 'nothing to do';
}
/** The plan or what was done, as Markdown: the job summary, and (without the run rows) the pull-request comment. */
function summaryOf(outcome, settings, run) {
    const failed = outcome.entries.some(entry => entry.error);
    const title = outcome.dryRun
        ? 'Datadog org connection: plan (dry run)'
        : `Datadog org connection${failed ? ': failed' : ''}`;
    const rows = outcome.entries.map(entry => {
        const change = changeOf(entry.plan);
        const types = (list) => (list === null ? (0,message/* words */.aL)('(none)') : (0,message/* msg */.ab) `${list}`);
        const before = types(change.from);
        const after = types(change.to);
        const typesCell = change.action === 'none' ? before : (0,message/* msg */.ab) `${before} -> ${after}`;
        const connection = entry.connection?.id ?? change['connection-id'];
        return (0,message/* msg */.ab) `| ${orgName(entry.connection?.sinkOrg, entry.plan.sinkOrgId)} | ${connection ? (0,message/* msg */.ab) `${connection}` : (0,message/* words */.aL)('(none)')} | ${typesCell} | **${(0,message/* words */.aL)(entry.result)}** |`.markdown();
    });
    const failures = outcome.entries
        .filter(entry => entry.error !== undefined)
        .map(entry => `- ${entrySentence(entry, outcome.dryRun).markdown()}`);
    const source = sourceOrgOf(outcome);
    const context = [
        ['Site', (0,message/* msg */.ab) `${settings.siteLabel}`.markdown()],
        ['Source org', source ? orgName(source, source.id).markdown() : '(the org of the keys)'],
        ...(settings.target.kind === 'list'
            ? [['List', (0,message/* msg */.ab) `${settings.target.origin}`.markdown()]]
            : []),
        ['Plan digest', (0,message/* msg */.ab) `${outcome.digest}`.markdown()],
        ...(run ? runRows(run) : [])
    ];
    return [
        `### ${title}`,
        '',
        `${countsOf(outcome)}.`,
        '',
        '| Sink org | Connection | Types | Result |',
        '|---|---|---|---|',
        ...within(rows, MAX_TABLE_CHARS, n => `| ... | ${n} more connections: see the results output | | |`),
        '',
        ...(failures.length ? [...within(failures, MAX_TABLE_CHARS / 2, n => `- ... and ${n} more failures`), ''] : []),
        '| | |',
        '|---|---|',
        ...context.map(([k, v]) => `| ${k} | ${v} |`),
        ''
    ].join('\n');
}
/**
 * GitHub drops a step's summary over 1 MiB: a list of thousands of connections, or one with long names, is cut to a
 * size that leaves room for the rest, and the cut is said.
 */
const MAX_TABLE_CHARS = 256 * 1024;
function within(lines, budget, rest) {
    let used = 0;
    const kept = lines.findIndex(line => (used += line.length + 1) > budget);
    return kept < 0 ? lines : [...lines.slice(0, kept), rest(lines.length - kept)];
}
function runRows(run) {
    const rows = [
        ['Repository', run.repository && (0,message/* msg */.ab) `${run.repository}`.markdown()],
        ['Workflow', run.workflow && (0,message/* msg */.ab) `${run.workflow}`.markdown()],
        ['Actor', run.actor && (0,message/* msg */.ab) `${run.actor}`.markdown()],
        // The run's own URL, built by the action from the runner's variables: a link is what auditors need.
        ['Run', run.runUrl && /^https:\/\/[^\s()<>\]]+$/.test(run.runUrl) ? `[${run.runUrl}](${run.runUrl})` : undefined]
    ];
    return rows.filter((row) => row[1] !== undefined && row[1] !== '');
}
/** `Name (id)` where the answer named the org, else its id. */
function orgName(ref, id) {
    return ref?.name ? (0,message/* msg */.ab) `${ref.name} (${id})` : (0,message/* msg */.ab) `${id}`;
}
/** The summary of a failed step: what went wrong, for whoever reads the run later. */
function failureSummaryOf(detail) {
    return `### Datadog org connection: failed\n\n${detail.markdown()}\n`;
}

;// CONCATENATED MODULE: ./src/input-error.ts
/** A problem with the step's inputs: reported as is, and raised before any request is sent. */


class InputError extends StepError {
    name = 'InputError';
    /** A string is our own words; anything quoted from an input goes in a Message. */
    constructor(detail) {
        super(typeof detail === 'string' ? (0,message/* words */.aL)(detail) : detail);
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/sites.ts
/**
 * Where the keys may be sent. A Datadog site (or its web app host, or an https URL of either) becomes
 * `https://api.<site>`; `api-url` overrides it for a private endpoint, a gateway or a local stand-in.
 * Anything else is refused: an API key must never travel to a host the user did not mean.
 */


/** The most of a refused input that is quoted back. */
const MAX_QUOTED_INPUT = 100;
/**
 * A refused input as it may be quoted: credentials in any `//user:password@host` part blanked (found by a linear
 * scan, so even text that `new URL` cannot parse never shows a password), then cut at MAX_QUOTED_INPUT characters.
 * The result is a plain string: interpolate it in a `msg` template, which neutralises it for its channel.
 */
function quotableInput(value) {
    return (0,message/* oneLine */.TN)(withoutCredentials(value), MAX_QUOTED_INPUT);
}
/**
 * Blanks whatever could be user info: everything between the first `//` (or the start) and the last `@`. Generous on
 * purpose (a password may hold `/` or `@`), and linear: two index scans.
 */
function withoutCredentials(value) {
    const at = value.lastIndexOf('@');
    if (at < 0)
        return value;
    const slashes = value.indexOf('//');
    const start = slashes >= 0 && slashes < at ? slashes + 2 : 0;
    return `${value.slice(0, start)}***${value.slice(at)}`;
}
const DATADOG_SITES = [
    'datadoghq.com',
    'us3.datadoghq.com',
    'us5.datadoghq.com',
    'datadoghq.eu',
    'ap1.datadoghq.com',
    'ap2.datadoghq.com',
    'uk1.datadoghq.com',
    'ddog-gov.com',
    'us2.ddog-gov.com'
];
const SITES = new Set(DATADOG_SITES);
/** Accepts `datadoghq.eu`, `app.datadoghq.eu`, `https://app.datadoghq.eu/...` (any case); returns `datadoghq.eu`. */
function resolveSite(value, source) {
    let host = value.trim().toLowerCase();
    if (host.includes('://')) {
        let url;
        try {
            url = new URL(host);
        }
        catch {
            throw siteError(value, source);
        }
        if (url.protocol !== 'https:' || url.username || url.password || url.port)
            throw siteError(value, source);
        host = url.hostname;
    }
    host = host.replace(/\.$/, '');
    const site = host.startsWith('app.') ? host.slice('app.'.length) : host;
    if (!SITES.has(site))
        throw siteError(value, source);
    return site;
}
function siteError(value, source) {
    return new InputError((0,message/* msg */.ab) `Invalid ${(0,message/* words */.aL)(source)} '${quotableInput(value)}'. Expected one of the Datadog sites: ${(0,message/* words */.aL)(DATADOG_SITES.join(', '))} (or its web app host such as app.datadoghq.eu, or an https URL of either). For a private endpoint or a gateway, set api-url instead.`);
}
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;
/**
 * Validates `api-url`: absolute, https (http only to a loopback host), no credentials, no query or fragment.
 * Returns the base URL without a trailing slash; API paths are appended to it.
 */
function resolveApiUrl(value) {
    const expected = 'Expected an absolute https URL such as https://api.datadoghq.com or https://gateway.example.com/datadog ' +
        '(http only to localhost, 127.0.0.0/8 or [::1]), without a user name, password, query or fragment.';
    // Never echo credentials back, even in an error, even when the value is not a URL at all.
    const refused = () => new InputError((0,message/* msg */.ab) `Invalid api-url '${quotableInput(value)}'. ${(0,message/* words */.aL)(expected)}`);
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw refused();
    }
    const loopback = LOOPBACK_HOSTS.test(url.hostname);
    const schemeOk = url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
    if (!schemeOk || url.username || url.password || url.search || url.hash)
        throw refused();
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
function apiBaseUrlForSite(site) {
    return `https://api.${site}`;
}

;// CONCATENATED MODULE: ./src/wish.ts
/**
 * What a step asks for, one sink org at a time, and the readers of its values, shared by the step's inputs
 * (settings.ts) and the entries of a list (manifest.ts), so that both accept and refuse exactly the same things.
 */




const STATES = ['present', 'absent'];
const IF_EXISTS = ['update', 'keep', 'fail'];
const wish_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An org's UUID, lower-cased; `where` names the input or entry in the error. */
function readUuid(value, where) {
    if (!wish_UUID.test(value)) {
        throw new InputError((0,message/* msg */.ab) `Invalid ${where} '${quotableInput(value)}'. Expected the org's UUID, such as 83999dcd-7f97-11f0-8de1-1ecf66f1aa85 (Organization Settings in that org, or GET /api/v2/current_user), not its numeric public id or its name.`);
    }
    return value.toLowerCase();
}
/** `logs, metrics` or `logs metrics` or one per line; lower-cased, without duplicates. */
function readConnectionTypes(value, where) {
    const expected = () => (0,message/* msg */.ab) `Expected one or more of ${[...CONNECTION_TYPES]}, separated by commas, spaces or new lines.`;
    const items = value
        .split(/[\s,]+/)
        .map(item => item.toLowerCase())
        .filter(item => item !== '');
    if (items.length === 0)
        throw new InputError((0,message/* msg */.ab) `Input ${where} is required. ${expected()}`);
    const unknown = items.filter(item => !isConnectionType(item));
    if (unknown.length > 0) {
        throw new InputError((0,message/* msg */.ab) `Invalid ${where}: unknown ${unknown.map(u => `'${quotableInput(u)}'`)}. ${expected()}`);
    }
    return [...new Set(items)];
}

;// CONCATENATED MODULE: ./src/manifest.ts
/**
 * The reviewed list of connections (`connections` or `connections-file`): YAML (JSON is YAML too), read into wishes
 * and validated whole before any request. The YAML parser (js-yaml: about five times faster to load and run than
 * `yaml` for a list of 100, which is most of a no-op run's time) is loaded only here, by a dynamic import, so a step
 * with a single `sink-org` never pays for it.
 */





/** Larger than any reviewed list of connections; refused before parsing. */
const MAX_MANIFEST_BYTES = 256 * 1024;
const KEYS = ['sink-org', 'connection-types', 'state', 'if-exists'];
/** The contents of `connections-file`, a path relative to the workspace that must stay inside it. */
async function readManifestFile(path, workspace) {
    const where = (0,message/* msg */.ab) `connections-file ${path}`;
    const outside = (root, file) => {
        const inside = (0,external_node_path_namespaceObject.relative)(root, file);
        return inside === '..' || inside.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(inside);
    };
    const escape = new InputError((0,message/* msg */.ab) `Invalid ${where}: it resolves outside the workspace. Expected a file inside the repository's checkout, without .. or a symbolic link leading out.`);
    if (outside((0,external_node_path_namespaceObject.resolve)(workspace), (0,external_node_path_namespaceObject.resolve)(workspace, path)))
        throw escape;
    let file;
    try {
        // Both resolved through symbolic links: a link inside the workspace must not lead out of it.
        const root = await (0,promises_namespaceObject.realpath)(workspace);
        file = await (0,promises_namespaceObject.realpath)((0,external_node_path_namespaceObject.resolve)(workspace, path));
        if (outside(root, file))
            throw escape;
    }
    catch (error) {
        if (error === escape)
            throw error;
        throw new InputError((0,message/* msg */.ab) `Invalid ${where}: no such file in the workspace (${workspace}). Expected a path relative to the workspace, such as .github/datadog-org-connections.yml; check out the repository first (actions/checkout).`);
    }
    const info = await (0,promises_namespaceObject.stat)(file);
    if (!info.isFile())
        throw new InputError((0,message/* msg */.ab) `Invalid ${where}: not a regular file.`);
    if (info.size > MAX_MANIFEST_BYTES) {
        throw new InputError((0,message/* msg */.ab) `Invalid ${where}: ${info.size} bytes, more than the ${MAX_MANIFEST_BYTES} a list may have.`);
    }
    return (0,promises_namespaceObject.readFile)(file, 'utf8');
}
/**
 * Reads the list: `origin` names it in errors (`connections` or `connections-file <path>`). Every rule is checked
 * here, so that a list that is read is a list that can be planned: a list of maps, known keys only, valid values,
 * no sink org twice, at least one entry. Values are quoted only where they are wrong, and cut.
 */
async function parseManifest(text, origin, defaults) {
    if (Buffer.byteLength(text, 'utf8') > MAX_MANIFEST_BYTES) {
        throw new InputError((0,message/* msg */.ab) `Invalid ${origin}: more than ${MAX_MANIFEST_BYTES} bytes.`);
    }
    // js-yaml with the YAML 1.2 core schema: plain data only (no dates, binaries or custom tags), duplicate keys refused.
    // An alias is kept as a reference, never expanded, so an alias bomb costs nothing: it fails the shape rules below.
    const { load, CORE_SCHEMA } = await __nccwpck_require__.e(/* import() */ 243).then(__nccwpck_require__.bind(__nccwpck_require__, 3243));
    let data;
    try {
        data = load(text, { schema: CORE_SCHEMA });
    }
    catch (error) {
        // The reason is the parser's words; its message would quote the document, which is never echoed.
        const { mark, reason } = error;
        const position = mark ? (0,message/* msg */.ab) ` at line ${mark.line + 1}, column ${mark.column + 1}` : (0,message/* msg */.ab) ``;
        throw new InputError((0,message/* msg */.ab) `Invalid ${origin}: not valid YAML${position} (${reason ?? 'unreadable'}). Expected a YAML list.`);
    }
    const example = 'such as:\n- sink-org: <uuid>\n  connection-types: [logs, metrics]';
    if (!Array.isArray(data)) {
        throw new InputError((0,message/* msg */.ab) `Invalid ${origin}: expected a YAML list of connections, ${example.replace(/\n/g, ' ')}.`);
    }
    if (data.length === 0)
        throw new InputError((0,message/* msg */.ab) `Invalid ${origin}: the list is empty; expected at least one entry.`);
    const wishes = data.map((entry, index) => readEntry(entry, (0,message/* msg */.ab) `${origin}, entry ${index + 1}`, defaults));
    const seen = new Map();
    wishes.forEach((wish, index) => {
        const earlier = seen.get(wish.sinkOrgId);
        if (earlier !== undefined) {
            throw new InputError((0,message/* msg */.ab) `Invalid ${origin}: entries ${earlier + 1} and ${index + 1} both name sink-org ${wish.sinkOrgId}. Expected each sink org once; merge the two entries.`);
        }
        seen.set(wish.sinkOrgId, index);
    });
    return wishes;
}
function readEntry(entry, where, defaults) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        throw new InputError((0,message/* msg */.ab) `Invalid ${where}: expected a map with the keys ${[...KEYS]}.`);
    }
    const map = entry;
    for (const key of Object.keys(map)) {
        if (!KEYS.includes(key)) {
            throw new InputError((0,message/* msg */.ab) `Invalid ${where}: unknown key ${key}. Expected only ${[...KEYS]}.`);
        }
    }
    const text = (key) => {
        const value = map[key];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        if (typeof value !== 'string')
            throw new InputError((0,message/* msg */.ab) `Invalid ${where}: ${key} must be a single value.`);
        return value.trim();
    };
    const sinkOrg = text('sink-org');
    if (!sinkOrg)
        throw new InputError((0,message/* msg */.ab) `Invalid ${where}: sink-org is required (the UUID of the sink org).`);
    const sinkOrgId = readUuid(sinkOrg, (0,message/* msg */.ab) `${where}: sink-org`);
    const state = choice(text('state'), STATES, defaults.state, (0,message/* msg */.ab) `${where}: state`);
    const ifExists = choice(text('if-exists'), IF_EXISTS, defaults.ifExists, (0,message/* msg */.ab) `${where}: if-exists`);
    const rawTypes = map['connection-types'];
    let types;
    if (Array.isArray(rawTypes)) {
        if (!rawTypes.every(t => typeof t === 'string')) {
            throw new InputError((0,message/* msg */.ab) `Invalid ${where}: connection-types must be a list of names such as [logs, metrics].`);
        }
        types = rawTypes.join(',');
    }
    else if (rawTypes === undefined || rawTypes === null || typeof rawTypes === 'string') {
        types = rawTypes ?? '';
    }
    else {
        throw new InputError((0,message/* msg */.ab) `Invalid ${where}: connection-types must be a list such as [logs, metrics].`);
    }
    const where2 = (0,message/* msg */.ab) `${where} (sink-org ${sinkOrgId}): connection-types`;
    const connectionTypes = state === 'present' || types.trim() ? readConnectionTypes(types, where2) : [];
    return { sinkOrgId, state, ifExists, connectionTypes };
}
function choice(value, choices, fallback, where) {
    if (!value)
        return fallback;
    const lowered = value.toLowerCase();
    if (choices.includes(lowered))
        return lowered;
    throw new InputError((0,message/* msg */.ab) `Invalid ${where} ${value}. Expected one of: ${[...choices]}.`);
}

;// CONCATENATED MODULE: ./src/settings.ts
/**
 * Every input and environment variable the action reads, validated into one typed Settings.
 * Nothing else reads inputs. Each error names the input and the form it expects, and is raised
 * before any request is sent.
 */





const DEFAULTS = {
    site: 'datadoghq.com',
    ifExists: 'update',
    state: 'present',
    dryRun: false,
    maxRetries: 5,
    timeoutSeconds: 30
};
const LIMITS = { maxRetries: 10, timeoutSeconds: 300 };
/** The secrets as given, before validation: masked before anything is printed, whatever their form. */
function rawSecrets(input, env) {
    const secrets = [
        input('api-key') || env.DD_API_KEY || '',
        input('app-key') || env.DD_APP_KEY || '',
        input('github-token')
    ];
    // A secret with a line break is printed one line at a time: mask each line as well.
    return [...new Set(secrets.flatMap(s => [s, ...s.split(/\r?\n/).map(line => line.trim())]))].filter(s => s !== '');
}
async function readSettings(input, env) {
    const warnings = [];
    const apiKey = readKey(input('api-key'), env.DD_API_KEY, 'api-key', 'DD_API_KEY');
    const appKey = readKey(input('app-key'), env.DD_APP_KEY, 'app-key', 'DD_APP_KEY');
    if (looksLikeAppKey(apiKey) && looksLikeApiKey(appKey)) {
        warnings.push((0,message/* words */.aL)('The api-key looks like an application key (40 hex characters) and the app-key like an API key (32). ' +
            'They may be swapped: if Datadog answers 401 or 403, exchange them.'));
    }
    // api-url overrides the site. A site input given beside it is still checked (a typo is a typo), DD_SITE is not.
    const siteInput = input('site');
    const apiUrl = input('api-url');
    const site = siteInput || !apiUrl
        ? resolveSite(siteInput || env.DD_SITE || DEFAULTS.site, siteInput ? 'site' : env.DD_SITE ? 'DD_SITE (environment)' : 'site')
        : undefined;
    const baseUrl = apiUrl ? resolveApiUrl(apiUrl) : apiBaseUrlForSite(site ?? DEFAULTS.site);
    if (apiUrl && siteInput) {
        warnings.push((0,message/* msg */.ab) `Both site and api-url are set: requests go to api-url (${new URL(baseUrl).host}), and site '${quotableInput(siteInput)}' is not used. Remove one of them.`);
    }
    const dryRun = readBoolean(input('dry-run'), 'dry-run', DEFAULTS.dryRun);
    const failOnDrift = readBoolean(input('fail-on-drift'), 'fail-on-drift', false);
    if (failOnDrift && !dryRun) {
        throw new InputError('Input fail-on-drift is true but dry-run is not: a drift check only reads. Set dry-run: true beside fail-on-drift: true.');
    }
    const digest = input('expected-plan-digest');
    if (digest && !/^sha256:[0-9a-f]{64}$/i.test(digest)) {
        throw new InputError((0,message/* msg */.ab) `Invalid expected-plan-digest '${quotableInput(digest)}'. Expected the plan-digest output of the approved plan: sha256: followed by 64 hex digits.`);
    }
    const sourceOrg = input('source-org');
    return {
        apiKey,
        appKey,
        baseUrl,
        siteLabel: apiUrl ? new URL(baseUrl).host : (site ?? DEFAULTS.site),
        target: await readTarget(input, env),
        dryRun,
        maxRetries: readInteger(input('max-retries'), 'max-retries', DEFAULTS.maxRetries, 0, LIMITS.maxRetries),
        timeoutMs: Math.round(readSeconds(input('timeout-seconds'), 'timeout-seconds', DEFAULTS.timeoutSeconds) * 1000),
        expectedPlanDigest: digest ? digest.toLowerCase() : undefined,
        failOnDrift,
        sourceOrgId: sourceOrg ? readUuid(sourceOrg, (0,message/* words */.aL)('source-org')) : undefined,
        commentOnPr: readBoolean(input('comment-on-pr'), 'comment-on-pr', false),
        githubToken: input('github-token'),
        warnings
    };
}
/** Exactly one of sink-org, connections and connections-file says what should exist. */
async function readTarget(input, env) {
    const state = readChoice(input('state'), 'state', STATES, DEFAULTS.state);
    const ifExists = readChoice(input('if-exists'), 'if-exists', IF_EXISTS, DEFAULTS.ifExists);
    const given = ['sink-org', 'connections', 'connections-file'].filter(name => input(name) !== '');
    if (given.length !== 1) {
        throw new InputError(given.length === 0
            ? "Input sink-org is required: the UUID of the org that will see the source org's data. " +
                'For several connections, give connections (a YAML list) or connections-file instead.'
            : (0,message/* msg */.ab) `Inputs ${given} are all set; expected exactly one of sink-org (one connection), connections (a YAML list) or connections-file (a YAML file).`);
    }
    const prune = readBoolean(input('prune'), 'prune', false);
    const typesInput = input('connection-types');
    if (given[0] === 'sink-org') {
        if (prune) {
            throw new InputError('Input prune works with a list only (connections or connections-file): with sink-org, use state: absent to remove a connection.');
        }
        const types = state === 'present' || typesInput ? readConnectionTypes(typesInput, (0,message/* words */.aL)('connection-types')) : [];
        return {
            kind: 'single',
            wish: { sinkOrgId: readUuid(input('sink-org'), (0,message/* words */.aL)('sink-org')), state, ifExists, connectionTypes: types }
        };
    }
    if (typesInput) {
        throw new InputError((0,message/* msg */.ab) `Input connection-types is set beside ${given[0]}: with a list, each entry names its own connection-types. Move them into the entries.`);
    }
    const defaults = { state, ifExists };
    if (given[0] === 'connections') {
        const wishes = await parseManifest(input('connections'), (0,message/* words */.aL)('connections'), defaults);
        return { kind: 'list', origin: 'inline', wishes, prune };
    }
    const path = input('connections-file');
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const text = await readManifestFile(path, workspace);
    return {
        kind: 'list',
        origin: path,
        wishes: await parseManifest(text, (0,message/* msg */.ab) `connections-file ${path}`, defaults),
        prune
    };
}
// Printable ASCII without spaces: what a header value can carry without any injection.
const KEY_FORM = /^[\x21-\x7e]+$/;
function readKey(fromInput, fromEnv, name, envName) {
    const value = fromInput || (fromEnv ?? '').trim();
    const source = fromInput ? `Input ${name}` : `Environment variable ${envName}`;
    if (!value) {
        throw new InputError(`Input ${name} is required. Pass it from a secret (${name}: \${{ secrets.${envName} }}) or set the environment variable ${envName}.`);
    }
    if (!KEY_FORM.test(value)) {
        // Never echo the value: say what is wrong with it instead.
        throw new InputError(`${source} is not a valid key: expected printable ASCII characters without spaces or line breaks. ` +
            'Check that the secret holds only the key.');
    }
    return value;
}
const HEX = /^[0-9a-f]+$/i;
const looksLikeApiKey = (key) => key.length === 32 && HEX.test(key);
const looksLikeAppKey = (key) => key.length === 40 && HEX.test(key);
function readChoice(value, name, choices, fallback) {
    if (!value)
        return fallback;
    const lowered = value.toLowerCase();
    if (choices.includes(lowered))
        return lowered;
    throw new InputError((0,message/* msg */.ab) `Invalid ${name} '${quotableInput(value)}'. Expected one of: ${[...choices]} (default ${fallback}).`);
}
// The YAML 1.2 core schema's booleans, as GitHub's own getBooleanInput accepts them.
function readBoolean(value, name, fallback) {
    if (!value)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError((0,message/* msg */.ab) `Invalid ${name} '${quotableInput(value)}'. Expected true or false (default ${String(fallback)}).`);
}
function readInteger(value, name, fallback, min, max) {
    if (!value)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new InputError((0,message/* msg */.ab) `Invalid ${name} '${quotableInput(value)}'. Expected a whole number from ${min} to ${max} (default ${fallback}).`);
    }
    return Number(value);
}
function readSeconds(value, name, fallback) {
    if (!value)
        return fallback;
    const seconds = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || seconds < 0.1 || seconds > LIMITS.timeoutSeconds) {
        throw new InputError((0,message/* msg */.ab) `Invalid ${name} '${quotableInput(value)}'. Expected a number of seconds from 0.1 to ${LIMITS.timeoutSeconds} (default ${fallback}).`);
    }
    return seconds;
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(1013);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * run(): mask the secrets, read the settings, reconcile, report. The only place that fails the step: everything
 * below it throws, and what must not fail the job becomes a warning.
 */












/** Longer than any line of ours; a line is cut only if something else went wrong. */
const MAX_LOG_LINE_CHARS = 8_000;
const MAX_FAILURE_CHARS = 16_000;
async function run() {
    const input = name => getInput(name);
    let redact = text => text;
    try {
        // Mask first: the runner hides a secret only in lines printed after its mask.
        const secrets = rawSecrets(input, process.env);
        for (const secret of secrets)
            core_setSecret(secret);
        redact = redactor(secrets);
        const log = loggerWith(redact);
        const settings = await readSettings(input, process.env);
        settings.warnings.forEach(w => log.warning(w.text()));
        log.debug(`Target ${settings.baseUrl}, ${settings.target.kind === 'single' ? 'one connection' : `a list (${settings.target.wishes.length})`}, dry-run ${settings.dryRun}`);
        const transport = new DatadogTransport({
            baseUrl: settings.baseUrl,
            apiKey: settings.apiKey,
            appKey: settings.appKey,
            userAgent: version/* USER_AGENT */._,
            timeoutMs: settings.timeoutMs,
            policy: { ...DEFAULT_POLICY, maxRetries: settings.maxRetries },
            log
        });
        const client = new OrgConnectionsClient(transport, { siteLabel: settings.siteLabel });
        const outcome = await reconcile(client, settings, {
            now: Date.now,
            done: entry => log.info(entryLine(entry, settings.dryRun).text())
        });
        for (const [name, value] of Object.entries(outputsOf(outcome, settings)))
            setOutput(name, redact(value));
        warningsOf(outcome).forEach(w => log.warning(w.text()));
        const markdown = redact(summaryOf(outcome, settings, runContext()));
        await writeSummary(markdown, log);
        if (settings.commentOnPr)
            await commentOnPullRequest(markdown, settings, log);
        const failure = failureOf(outcome, settings);
        if (failure)
            setFailed(capped(redact(failure.text())));
    }
    catch (error) {
        const detail = describeFailure(error, line => core_debug(redact(line)));
        setFailed(capped(redact(detail.text())));
        await writeSummary(redact(failureSummaryOf(detail)), loggerWith(redact));
    }
}
/**
 * The plan where reviewers look: one comment per workflow, job, step and target, updated on re-runs. A comment that
 * cannot be written is a warning: the plan itself succeeded. Octokit is loaded only here.
 */
async function commentOnPullRequest(markdown, settings, log) {
    const { commentMarker, commentTargetOf, pullRequestOf, upsertPlanComment } = await __nccwpck_require__.e(/* import() */ 0).then(__nccwpck_require__.bind(__nccwpck_require__, 7000));
    const pr = pullRequestOf(process.env);
    if (!pr) {
        log.info(`comment-on-pr: this run is not for a pull request (event ${process.env.GITHUB_EVENT_NAME ?? 'unknown'}); no comment written.`);
        return;
    }
    if (!settings.githubToken) {
        log.warning('comment-on-pr is true but github-token is empty: no comment written. Pass github-token: ${{ github.token }}.');
        return;
    }
    const target = settings.target.kind === 'single' ? settings.target.wish.sinkOrgId : settings.target.origin;
    try {
        const written = await upsertPlanComment({
            token: settings.githubToken,
            apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
            pr,
            marker: commentMarker(commentTargetOf(process.env, target)),
            body: markdown,
            timeoutMs: settings.timeoutMs
        });
        // The URL comes from GitHub's answer: a value like any other.
        log.info((0,message/* msg */.ab) `Pull-request comment ${(0,message/* words */.aL)(written.action)}${written.url ? (0,message/* msg */.ab) `: ${written.url}` : (0,message/* msg */.ab) ``}.`.text());
    }
    catch (error) {
        log.warning((0,message/* msg */.ab) `Could not write the pull-request comment: ${error instanceof Error ? error.message : String(error)}`.text());
    }
}
/** What fails a step whose outcome was reported: writes that failed, or drift in a drift check. */
function failureOf(outcome, settings) {
    const failed = outcome.entries.filter(entry => entry.error);
    if (failed.length > 0) {
        if (settings.target.kind === 'single')
            return failed[0].error;
        const lines = failed.map(entry => (0,message/* msg */.ab) `sink org ${entry.plan.sinkOrgId}: ${entry.error ?? (0,message/* msg */.ab) ``}`);
        return (0,message/* msg */.ab) `${failed.length} of ${outcome.entries.length} connections failed; the others were applied (see results).\n${(0,message/* join */.fj)(lines, '\n')}`;
    }
    if (settings.failOnDrift && changed(outcome)) {
        const drifted = outcome.entries.filter(entry => entry.result.startsWith('would-'));
        return (0,message/* msg */.ab) `Drift: ${drifted.length} connection(s) differ from what is declared and would change: ${(0,message/* join */.fj)(drifted.map(entry => planWords(entry.plan)), '; ')}. Run the step without dry-run to converge them, or update what is declared.`;
    }
    return undefined;
}
/** The failure annotation: a few lines at most, whatever went into it (each of its values is cut already). */
function capped(text) {
    return text.length > MAX_FAILURE_CHARS
        ? `${text.slice(0, MAX_FAILURE_CHARS)}... [cut: ${text.length} characters in all]`
        : text;
}
/** Every line the action prints passes here: secrets blanked, one line, no control character, no forged command. */
function loggerWith(redact) {
    const line = (text) => (0,message/* logLine */.BP)((0,message/* oneLine */.TN)(redact(text), MAX_LOG_LINE_CHARS));
    return {
        debug: message => core_debug(line(message)),
        info: message => info(line(message)),
        warning: message => warning(line(message))
    };
}
async function writeSummary(markdown, log) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        log.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
        return;
    }
    try {
        await summary.addRaw(markdown).write();
    }
    catch (error) {
        log.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/** Who ran the step, for the summary: read after the requests, so a large event payload never delays them. */
function runContext() {
    const context = new lib_context/* Context */.o();
    const repository = process.env.GITHUB_REPOSITORY;
    return {
        repository,
        workflow: context.workflow || undefined,
        actor: context.actor || undefined,
        runUrl: repository && context.runId ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}` : undefined
    };
}

;// CONCATENATED MODULE: ./src/index.ts

void run();

