import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


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
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 91:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ readConnectionFields),
/* harmony export */   HU: () => (/* binding */ connectionJson),
/* harmony export */   LO: () => (/* binding */ KNOWN_CONNECTION_TYPES),
/* harmony export */   R4: () => (/* binding */ connectionResource),
/* harmony export */   YY: () => (/* binding */ carryOver),
/* harmony export */   aF: () => (/* binding */ createdAtMs),
/* harmony export */   tB: () => (/* binding */ parseConnectionPage),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   wA: () => (/* binding */ parseCurrentUser)
/* harmony export */ });
/* unused harmony exports isKnownConnectionType, MAX_TYPES, MAX_TYPE_CHARS, rfc3339Ms, parseConnection */
/* harmony import */ var _uuid_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(311);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(568);
/**
 * The org connection as Datadog's v2 API describes it, and the readers that turn untrusted JSON into it.
 *
 * Read what is used, tolerate what is not, refuse only what would make a decision or a write wrong. In the contract
 * only a connection's `id` has a format (a UUID, which goes into a path); org and user ids are plain strings, and
 * names, the creator, `created_at`, `meta`, `included` and any field the schema does not declare are optional.
 */


/** The types this version knows. Datadog adds types (`audit` came in March 2026): any other string is kept too. */
const KNOWN_CONNECTION_TYPES = ['logs', 'metrics', 'audit'];
function isKnownConnectionType(value) {
    return KNOWN_CONNECTION_TYPES.includes(value);
}

function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Generous bounds, far beyond Datadog's three types: past them a list is not connection types (it could not be
 * compared, shown or sent back sensibly), so the connection is refused rather than planned on.
 */
const MAX_TYPES = 50;
const MAX_TYPE_CHARS = 100;
/** The longest created_at passed on: 35 characters spell nanoseconds with an offset; beyond 100 is no timestamp. */
const MAX_TIMESTAMP_CHARS = 100;
const RFC3339 = /^(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(?:\.(\d+))?([Zz]|[+-](\d\d):(\d\d))$/;
/**
 * Milliseconds since the epoch of an RFC 3339 date-time (lower-case `t`/`z`, any number of fraction digits, `Z` or
 * an offset, a leap second), or undefined when the text is not one, so that no decision depends on its spelling.
 */
function rfc3339Ms(text) {
    const m = text.length <= MAX_TIMESTAMP_CHARS ? RFC3339.exec(text) : null;
    if (!m)
        return undefined;
    const [, year, month, day, hour, minute, second, fraction = '', zone, zoneHour = '0', zoneMinute = '0'] = m;
    const n = (s) => Number(s);
    const calendar = n(month) >= 1 && n(month) <= 12 && n(day) >= 1 && n(day) <= daysIn(n(year), n(month));
    const clock = n(hour) <= 23 && n(minute) <= 59 && n(second) <= 60 && n(zoneHour) <= 23 && n(zoneMinute) <= 59;
    if (!calendar || !clock)
        return undefined;
    // Date.parse reads one spelling: upper case, milliseconds; a leap second is the second before, plus one.
    const leap = second === '60';
    const ms = fraction.padEnd(3, '0').slice(0, 3);
    const iso = `${year}-${month}-${day}T${hour}:${minute}:${leap ? '59' : second}.${ms}${(zone ?? 'Z').toUpperCase()}`;
    const parsed = Date.parse(iso);
    return Number.isNaN(parsed) ? undefined : parsed + (leap ? 1000 : 0);
}
function daysIn(year, month) {
    const leapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return [31, leapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
/** When the connection was created, in milliseconds, whatever the spelling of its created_at. */
function createdAtMs(connection) {
    return connection.createdAt === undefined ? undefined : rfc3339Ms(connection.createdAt);
}
/** `relationships.<name>.data`: an id that is a non-empty string, and its name when that is a string. */
function relationship(relationships, name) {
    const rel = relationships[name];
    const data = isRecord(rel) ? rel.data : undefined;
    if (!isRecord(data) || typeof data.id !== 'string' || data.id === '')
        return undefined;
    return typeof data.name === 'string' ? { id: data.id, name: data.name } : { id: data.id };
}
function shown(value) {
    return typeof value === 'string' ? (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .msg */ .ab) `${value}` : (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)(`(${value === null ? 'null' : typeof value})`);
}
function readTypes(value) {
    if (value === undefined)
        return {};
    // Every item is checked before any is kept: a crafted value nested deeper than the stack is never walked.
    if (!Array.isArray(value) || !value.every(t => typeof t === 'string')) {
        return { typesProblem: (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)('attributes.connection_types is not a list of texts') };
    }
    const types = value;
    if (types.length > MAX_TYPES || types.some(t => t.length > MAX_TYPE_CHARS)) {
        const bound = `at most ${MAX_TYPES} types of at most ${MAX_TYPE_CHARS} characters`;
        return { typesProblem: (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .msg */ .ab) `attributes.connection_types holds ${types.length} types, not ${(0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)(bound)}` };
    }
    return { connectionTypes: [...types] };
}
/** Reads the known fields of one connection resource; nothing else is kept, so no crafted extra travels on. */
function readConnectionFields(resource) {
    const fields = {};
    if ((0,_uuid_js__WEBPACK_IMPORTED_MODULE_1__/* .isUuid */ .O)(resource.id))
        fields.id = resource.id;
    else
        fields.idProblem = resource.id === undefined ? (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)('id is missing') : (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .msg */ .ab) `id is not a UUID: ${shown(resource.id)}`;
    const attributes = isRecord(resource.attributes) ? resource.attributes : {};
    Object.assign(fields, readTypes(attributes.connection_types));
    const createdAt = attributes.created_at;
    if (typeof createdAt === 'string' && rfc3339Ms(createdAt) !== undefined)
        fields.createdAt = createdAt;
    const relationships = isRecord(resource.relationships) ? resource.relationships : {};
    // The creator is a person: only its id is kept, never a name (personal data, and logs are public).
    const creator = relationship(relationships, 'created_by');
    const refs = {
        sourceOrg: relationship(relationships, 'source_org'),
        sinkOrg: relationship(relationships, 'sink_org'),
        createdBy: creator && { id: creator.id }
    };
    for (const [key, ref] of Object.entries(refs))
        if (ref)
            fields[key] = ref;
    return fields;
}
/** One connection resource: usable when it has an id that is a UUID and a list of type strings. */
function parseConnection(value) {
    if (!isRecord(value))
        return { ok: false, problem: (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)('it is not an object') };
    const { id, idProblem, connectionTypes, typesProblem, ...rest } = readConnectionFields(value);
    if (id === undefined)
        return { ok: false, problem: idProblem ?? (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)('id is missing') };
    if (connectionTypes === undefined) {
        return { ok: false, problem: typesProblem ?? (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .msg */ .ab) `attributes.connection_types is missing (connection ${id})` };
    }
    return { ok: true, value: { id, connectionTypes, ...rest } };
}
/** `{data: OrgConnection}`, the answer to a create or an update: its `data` object, if there is one. */
function connectionResource(body) {
    return isRecord(body) && isRecord(body.data) ? body.data : undefined;
}
/** A list page; one unusable item makes the whole page unusable (a listing that skipped one could plan wrongly). */
function parseConnectionPage(body) {
    if (!isRecord(body) || !Array.isArray(body.data))
        return { ok: false, problem: (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)('data is not a list') };
    const items = body.data;
    const connections = [];
    for (let i = 0; i < items.length; i++) {
        const parsed = parseConnection(items[i]);
        if (!parsed.ok)
            return { ok: false, problem: (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .msg */ .ab) `item ${i + 1} of the page: ${parsed.problem}` };
        connections.push(parsed.value);
    }
    const page = isRecord(body.meta) && isRecord(body.meta.page) ? body.meta.page : {};
    const total = page.total_filtered_count;
    const totalFiltered = typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 ? total : undefined;
    return { ok: true, value: { connections, totalFiltered, received: items.length } };
}
/** The `connection` output: the connection as a JSON:API object, rendered from the typed fields only. */
function connectionJson(c) {
    const ref = (type, r) => ({
        data: { type, id: r.id, ...(r.name === undefined ? {} : { name: r.name }) }
    });
    const relationships = {};
    if (c.sourceOrg)
        relationships.source_org = ref('orgs', c.sourceOrg);
    if (c.sinkOrg)
        relationships.sink_org = ref('orgs', c.sinkOrg);
    if (c.createdBy)
        relationships.created_by = ref('users', c.createdBy);
    const attributes = { connection_types: [...c.connectionTypes] };
    if (c.createdAt !== undefined)
        attributes.created_at = c.createdAt;
    return { type: 'org_connection', id: c.id, attributes, relationships };
}
/**
 * A PATCH answer names no orgs (ids only): what it leaves out, carried over from the connection as it was listed.
 * A name is carried over only to the same id (compared without regard to case); the answer's own fields win.
 */
function carryOver(updated, listed) {
    const named = (fresh, known) => {
        if (!fresh)
            return known;
        const same = known !== undefined && known.id.toLowerCase() === fresh.id.toLowerCase();
        return fresh.name === undefined && same && known.name !== undefined ? { ...fresh, name: known.name } : fresh;
    };
    const merged = { id: updated.id, connectionTypes: [...updated.connectionTypes] };
    const createdAt = updated.createdAt ?? listed.createdAt;
    if (createdAt !== undefined)
        merged.createdAt = createdAt;
    const refs = {
        sourceOrg: named(updated.sourceOrg, listed.sourceOrg),
        sinkOrg: named(updated.sinkOrg, listed.sinkOrg),
        createdBy: named(updated.createdBy, listed.createdBy)
    };
    for (const [key, ref] of Object.entries(refs))
        if (ref)
            merged[key] = ref;
    return merged;
}
/** `GET /api/v2/current_user`: `data.relationships.org.data.id`, and the org's name from `included` if there. */
function parseCurrentUser(body) {
    const data = isRecord(body) && isRecord(body.data) ? body.data : undefined;
    if (!data)
        return { ok: false, problem: (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)('data is not an object') };
    const relationships = isRecord(data.relationships) ? data.relationships : {};
    const org = isRecord(relationships.org) && isRecord(relationships.org.data) ? relationships.org.data : {};
    // Never quoted: whatever stands there came from an answer about a person.
    if (typeof org.id !== 'string' || org.id === '') {
        return { ok: false, problem: (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)('data.relationships.org.data.id is not a non-empty text') };
    }
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


/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   YU: () => (/* binding */ WrongOrgError),
/* harmony export */   aq: () => (/* binding */ PlanChangedError),
/* harmony export */   cP: () => (/* binding */ CommentError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   iQ: () => (/* binding */ PlanRefusedError),
/* harmony export */   j9: () => (/* binding */ DatadogError),
/* harmony export */   ul: () => (/* binding */ DriftError),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
/* unused harmony export readOrWrite */
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(568);
/**
 * The one error hierarchy. Every failure written for people is a StepError: it carries its `detail` (a Message, so
 * that every value from the network or an input is neutralised for the log and for Markdown alike) and its `reason`
 * (the `failure-reason` output: what kind of failure the run met). An error nobody anticipated is described as such,
 * with its stack only in the debug log.
 */

class StepError extends Error {
    detail;
    reason;
    name = 'StepError';
    constructor(detail, reason) {
        super(detail.text());
        this.detail = detail;
        this.reason = reason;
    }
}
/** A problem with the step's inputs: raised before any request is sent. A string is our own words. */
class InputError extends StepError {
    name = 'InputError';
    constructor(detail) {
        super(typeof detail === 'string' ? (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)(detail) : detail, 'invalid-input');
    }
}
/** The keys belong to another org than the one pinned (`source-org`) or approved: nothing was written. */
class WrongOrgError extends StepError {
    name = 'WrongOrgError';
    constructor(detail) {
        super(detail, 'wrong-org');
    }
}
/** The plan cannot be made (several connections to one sink org, `if-exists: fail`, a sink that is the keys' org). */
class PlanRefusedError extends StepError {
    name = 'PlanRefusedError';
    constructor(detail) {
        super(detail, 'plan-refused');
    }
}
/** The plan holds something that was not approved: nothing unapproved was written. */
class PlanChangedError extends StepError {
    name = 'PlanChangedError';
    constructor(detail) {
        super(detail, 'plan-changed');
    }
}
/** A drift check found something that would change. */
class DriftError extends StepError {
    name = 'DriftError';
    constructor(detail) {
        super(detail, 'drift');
    }
}
/** Whether a request of this method reads or writes: what a failed exchange fails. */
function readOrWrite(method) {
    return ['GET', 'HEAD'].includes(method.toUpperCase()) ? 'read-failed' : 'write-failed';
}
/**
 * Any failed exchange with Datadog: an error status (`status` set), a 2xx answer the action cannot use (`status`
 * set), or no answer at all (`status` undefined).
 */
class DatadogError extends StepError {
    status;
    name = 'DatadogError';
    constructor(detail, method, status) {
        super(detail, readOrWrite(method));
        this.status = status;
    }
}
/** The pull-request comment could not be read or written: a warning, never a failure of the step. */
class CommentError extends StepError {
    status;
    name = 'CommentError';
    constructor(detail, status) {
        super(typeof detail === 'string' ? (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL)(detail) : detail, 'write-failed');
        this.status = status;
    }
}
/** What a failure says to people, and its reason. An error of nobody's making is reported as a read failure. */
function describeFailure(error, debug = () => { }) {
    if (error instanceof DatadogError)
        return { detail: error.detail, reason: error.reason, status: error.status };
    if (error instanceof StepError)
        return { detail: error.detail, reason: error.reason };
    const err = error instanceof Error ? error : new Error(String(error));
    debug(err.stack ?? err.message);
    return {
        detail: (0,_message_js__WEBPACK_IMPORTED_MODULE_0__/* .msg */ .ab) `Unexpected error: ${err.message}. Re-run with step debug logging on and report it if it persists.`,
        reason: 'read-failed'
    };
}


/***/ }),

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ formatSeconds),
/* harmony export */   p: () => (/* binding */ attemptsNote)
/* harmony export */ });
/** How durations and attempts are written in messages, the same for Datadog's requests and GitHub's. */
function formatSeconds(ms) {
    return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}
/** ` [3 attempts over 4.2 s; max-retries (2) reached]`, or nothing for a single attempt that nothing stopped. */
function attemptsNote(attempts, elapsedMs, stoppedBecause) {
    if (attempts <= 1 && !stoppedBecause)
        return '';
    const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
    return ` [${tries} over ${formatSeconds(elapsedMs)}${stoppedBecause ? `; ${stoppedBecause}` : ''}]`;
}


/***/ }),

/***/ 835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  JR: () => (/* binding */ boundedRequest),
  wx: () => (/* binding */ header)
});

// UNUSED EXPORTS: MAX_ANSWER_BYTES

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(341);
// EXTERNAL MODULE: ./src/http/format.ts
var format = __nccwpck_require__(201);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(67);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
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
        openTunnel(this.proxy, authority, this.signal).then(socket => callback?.(null, (0,external_node_tls_namespaceObject.connect)({ ...options, socket })), (error) => callback?.(error, undefined));
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

;// CONCATENATED MODULE: ./src/http/request.ts



/** Larger than any answer either API gives; a larger one is cut off and fails the attempt. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
async function boundedRequest(spec) {
    const { method, url, timeoutMs } = spec;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    const handlers = [new AbortOnSignal(abort.signal), ...proxyHandlers(url, abort.signal)];
    const client = new lib/* HttpClient */.Qq(spec.userAgent, handlers, {
        allowRedirects: false,
        allowRetries: false,
        keepAlive: false,
        // Our own timer ends the attempt first; this is only the library's backstop.
        socketTimeout: timeoutMs + 5_000
    });
    try {
        // http-client takes null for "no body" (its typing says string); '' would send Content-Length: 0 on a GET.
        const data = (spec.body ?? null);
        const response = await client.request(method, url, data, spec.headers);
        const body = await readBody(response.message, spec.maxBytes);
        return { kind: 'response', status: response.message.statusCode ?? 0, headers: response.message.headers, body };
    }
    catch (error) {
        if (abort.signal.aborted) {
            return { kind: 'error', code: 'TIMEOUT', message: `no complete answer within ${(0,format/* formatSeconds */.X)(timeoutMs)}` };
        }
        const err = error;
        return { kind: 'error', code: err.code ?? 'ERROR', message: err.message || String(error) };
    }
    finally {
        clearTimeout(timer);
        client.dispose();
    }
}
/** The first value of a header, trimmed; undefined when absent or blank. */
function header(headers, name) {
    const value = headers[name];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined || first.trim() === '' ? undefined : first.trim();
}
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

/***/ 861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ secretForms)
/* harmony export */ });
/**
 * Every form in which a secret may come back: the value, and each line of a multi-line value (the runner prints, and
 * masks, one line at a time; a server may echo one line). The one place that derives them: the masks and the redactor
 * are built from this list.
 */
function secretForms(values) {
    const forms = values.flatMap(value => [value, ...value.split(/\r?\n/).map(line => line.trim())]);
    return [...new Set(forms)].filter(form => form !== '');
}


/***/ }),

/***/ 237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y4: () => (/* binding */ readConnectionTypes),
/* harmony export */   yz: () => (/* binding */ unknownTypesWarning)
/* harmony export */ });
/* unused harmony exports KNOWN_TYPES, MAX_TYPES, isKnownType */
/* harmony import */ var _datadog_model_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(91);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(916);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(568);
/* harmony import */ var _sites_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(143);
/**
 * The one reader of connection types, for the `connection-types` input and the entries of a list alike. A type this
 * version knows passes in any case. A near miss of a known type is a typo and is refused, naming the type meant. Any
 * other lower-case identifier is passed on as given, with a warning: Datadog adds types (it added `audit` in March
 * 2026), and it, not this version, decides whether one exists. Anything else cannot be a type and is refused.
 */




const KNOWN_TYPES = _datadog_model_js__WEBPACK_IMPORTED_MODULE_2__/* .KNOWN_CONNECTION_TYPES */ .LO;
/** More than any connection has: a list longer than this is a mistake, or an attempt to make the step slow. */
const MAX_TYPES = 10;
/** How Datadog names its types: what an unknown type must look like to be sent. */
const TYPE_NAME = /^[a-z][a-z0-9_]{0,39}$/;
const EXPECTED = [
    `Expected one or more of ${KNOWN_TYPES.join(', ')} (or a type this version does not know yet, in lower case,`,
    `such as apm), separated by commas, spaces or new lines, or a JSON array such as ["logs","metrics"].`
].join(' ');
/**
 * `logs, metrics`, `logs metrics`, one per line, the `connection-types` output's JSON array, or (in a list) a YAML
 * list of names. Lower-cased known types, other types as given; without duplicates, in order.
 */
function readConnectionTypes(value, where) {
    const items = typeof value === 'string' ? splitTypes(value, where) : value.flatMap(item => splitTypes(item, where));
    if (items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Input ${where} is required. ${EXPECTED}`);
    if (items.length > MAX_TYPES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Invalid ${where}: ${items.length} types, more than the ${MAX_TYPES} a connection may list.`);
    }
    const problems = items.flatMap(item => {
        const problem = typeProblem(item);
        return problem ? [problem] : [];
    });
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Invalid ${where}: ${(0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .join */ .fj)(problems, ', ')}. ${EXPECTED}`);
    return [...new Set(items.map(item => (isKnownType(item) ? item.toLowerCase() : item)))];
}
function isKnownType(type) {
    return KNOWN_TYPES.includes(type.toLowerCase());
}
/** The warning for types this version does not know, or undefined when it knows them all. */
function unknownTypesWarning(where, types) {
    const unknown = [...new Set(types.filter(type => !isKnownType(type)))];
    if (unknown.length === 0)
        return undefined;
    const what = (0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `connection ${(0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL)(unknown.length > 1 ? 'types' : 'type')} ${unknown} (it knows ${[...KNOWN_TYPES]})`;
    return (0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `${where}: this version does not know the ${what}. Sent to Datadog as written: Datadog decides whether it exists.`;
}
function splitTypes(value, where) {
    const trimmed = value.trim();
    if (trimmed.startsWith('['))
        return jsonTypes(trimmed, where);
    return trimmed.split(/[\s,]+/).filter(item => item !== '');
}
// The `connection-types` output, fed back as the input.
function jsonTypes(text, where) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed) || !parsed.every(item => typeof item === 'string')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `Invalid ${where} '${(0,_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .quotableInput */ ._8)(text)}': not a JSON array of names. ${EXPECTED}`);
    }
    return parsed.map(item => item.trim()).filter(item => item !== '');
}
function typeProblem(item) {
    if (isKnownType(item))
        return undefined;
    const lowered = item.toLowerCase();
    const meant = KNOWN_TYPES.find(known => isNearMiss(lowered, known));
    if (meant)
        return (0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `'${(0,_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .quotableInput */ ._8)(item)}' (did you mean '${meant}'?)`;
    if (TYPE_NAME.test(item))
        return undefined;
    if (TYPE_NAME.test(lowered))
        return (0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `'${(0,_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .quotableInput */ ._8)(item)}' (a type this version does not know goes in lower case: '${lowered}')`;
    return (0,_message_js__WEBPACK_IMPORTED_MODULE_3__/* .msg */ .ab) `'${(0,_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .quotableInput */ ._8)(item)}' (not a type name: letters, digits and _ only)`;
}
/** A typo of `known`: a prefix of it (`log`, `metric`), it plus a little (`audits`), or at most two edits away. */
function isNearMiss(candidate, known) {
    if (candidate.length >= 2 && known.startsWith(candidate))
        return true;
    if (candidate.startsWith(known) && candidate.length - known.length <= 2)
        return true;
    return editDistance(candidate, known, 2) <= 2;
}
/** Levenshtein distance, stopping early once it exceeds `limit` (types are short; the limit keeps it cheap). */
function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        if (Math.min(...current) > limit)
            return limit + 1;
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 925:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ Problems)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(916);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(568);
/**
 * Every problem of a list at once: a reviewer who fixes one entry should not have to push again to learn of the next.
 * Problems are collected while the whole list is read, then thrown as one InputError: the only one as it is, several
 * one per line, at most MAX_LIST_ITEMS of them shown and the rest counted.
 */


class Problems {
    found = [];
    get count() {
        return this.found.length;
    }
    add(problem) {
        this.found.push(problem);
    }
    /** The value `read` returns, or undefined when it throws an InputError, which is then collected. */
    attempt(read) {
        try {
            return read();
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
                throw error;
            this.found.push(error.detail);
            return undefined;
        }
    }
    /** One InputError for all the problems found so far, if any. */
    throwIfAny(origin) {
        if (this.found.length === 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(this.found[0]);
        if (this.found.length > 1) {
            const header = (0,_message_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `Invalid ${origin}: ${this.found.length} problems, each to fix:`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_message_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `${header}\n  ${(0,_message_js__WEBPACK_IMPORTED_MODULE_1__/* .join */ .fj)(this.found, '\n  ')}`);
        }
    }
}


/***/ }),

/***/ 961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   UW: () => (/* binding */ readSeconds),
/* harmony export */   Vf: () => (/* binding */ readBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(916);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(568);
/* harmony import */ var _sites_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(143);
/**
 * The readers of single values, shared by the step's inputs and the entries of a list, so that both accept and
 * refuse exactly the same things with the same words. Each error names where the value came from (`where`), quotes
 * the value cut short, and says the expected form and the default.
 */



const named = (where) => (typeof where === 'string' ? (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL)(where) : where);
/** One of `choices`, in any case; `fallback` when empty. */
function readChoice(value, where, choices, fallback) {
    if (!value)
        return fallback;
    const lowered = value.toLowerCase();
    if (choices.includes(lowered))
        return lowered;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `Invalid ${named(where)} '${(0,_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .quotableInput */ ._8)(value)}'. Expected one of: ${[...choices]} (default ${fallback}).`);
}
// The YAML 1.2 core schema's booleans, as GitHub's own getBooleanInput accepts them.
function readBoolean(value, where, fallback) {
    if (!value)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `Invalid ${named(where)} '${(0,_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .quotableInput */ ._8)(value)}'. Expected true or false (default ${String(fallback)}).`);
}
function readInteger(value, where, fallback, min, max) {
    return readBounded(value, where, { fallback, min, max, form: /^\d+$/, what: 'a whole number' });
}
/** A number of seconds, fractions allowed, from `min` to `max`. */
function readSeconds(value, where, fallback, min, max) {
    return readBounded(value, where, { fallback, min, max, form: /^\d+(\.\d+)?$/, what: 'a number of seconds' });
}
function readBounded(value, where, { fallback, min, max, form, what }) {
    if (!value)
        return fallback;
    const number = Number(value);
    if (!form.test(value) || number < min || number > max) {
        const range = (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `${(0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL)(what)} from ${min} to ${max} (default ${fallback})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `Invalid ${named(where)} '${(0,_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .quotableInput */ ._8)(value)}'. Expected ${range}.`);
    }
    return number;
}


/***/ }),

/***/ 568:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   aL: () => (/* binding */ words),
/* harmony export */   ab: () => (/* binding */ msg),
/* harmony export */   fj: () => (/* binding */ join)
/* harmony export */ });
/* unused harmony exports MAX_VALUE_CHARS, MAX_LIST_ITEMS, Message, codeSpan */
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
// C0 and C1 controls, DEL, the Unicode line and paragraph separators, bidi controls (the Arabic letter mark
// included), zero-width and invisible format characters, and the BOM.
const CONTROL = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\ufeff]/g;
/** `##[name]`: the runner's older command form, which it finds anywhere in a line. */
const OLD_COMMAND = /##\[/g;
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
/** Anything `clean` would change: most values (ids, names, types) have none, and are returned as they are. */
const NEEDS_CLEANING = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\ufeff\ud800-\udfff]|##\[/;
function clean(text) {
    if (!NEEDS_CLEANING.test(text))
        return text;
    return text
        .replace(LINE_BREAKS_AND_TABS, ' ')
        .replace(CONTROL, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(LONE_SURROGATE, '\ufffd')
        .replace(OLD_COMMAND, '##\\u005b');
}
/**
 * A GitHub Markdown code span: nothing in it is interpreted (no HTML, link, autolink, emphasis or entity).
 * The fence is one backtick longer than the longest run inside; `|` is escaped so that a table cell stays whole.
 */
function codeSpan(value, max = MAX_VALUE_CHARS) {
    // A backslash before a pipe would escape the escape (`\\|`) and end the table cell: it is shown as an escape.
    const text = oneLine(value, max)
        .replace(/\\(?=\|)/g, '\\u005c')
        .replace(/\|/g, '\\|');
    if (text === '')
        return '(empty)';
    const longestRun = text.includes('`') ? Math.max(...(text.match(/`+/g) ?? []).map(run => run.length)) : 0;
    const fence = '`'.repeat(longestRun + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || longestRun > 0 ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A whole text as a fenced block: for a failure, whose message mixes our words and the API's. */
function codeBlock(text, language = 'text') {
    const longestRun = (text.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${text}\n${fence}`;
}
/**
 * A log line the runner cannot read as a command: `::` at its start, or `##[` anywhere (the older form), would be one.
 */
function logLine(line) {
    const defused = line.replace(OLD_COMMAND, '##\\u005b');
    return defused.startsWith('::') ? ` ${defused}` : defused;
}


/***/ }),

/***/ 670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ redactor)
/* harmony export */ });
function redactor(secrets) {
    const ordered = [...secrets].filter(s => s.length >= 4).sort((a, b) => b.length - a.length);
    return text => ordered.reduce((out, secret) => out.split(secret).join('***'), text);
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _8: () => (/* binding */ quotableInput),
/* harmony export */   b1: () => (/* binding */ apiBaseUrlForSite),
/* harmony export */   c_: () => (/* binding */ resolveApiUrl),
/* harmony export */   q0: () => (/* binding */ resolveSite)
/* harmony export */ });
/* unused harmony export DATADOG_SITES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(916);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(568);
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
    return (0,_message_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(withoutCredentials(value), MAX_QUOTED_INPUT);
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
    const expected = (0,_message_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL)(`Expected one of the Datadog sites: ${DATADOG_SITES.join(', ')} ` +
        '(or its web app host such as app.datadoghq.eu, or an https URL of either). ' +
        'For a private endpoint or a gateway, set api-url instead.');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_message_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `Invalid ${(0,_message_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL)(source)} '${quotableInput(value)}'. ${expected}`);
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
    const refused = () => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_message_js__WEBPACK_IMPORTED_MODULE_1__/* .msg */ .ab) `Invalid api-url '${quotableInput(value)}'. ${(0,_message_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL)(expected)}`);
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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isUuid)
/* harmony export */ });
/* unused harmony export UUID_PATTERN */
/**
 * The one UUID pattern of the action: org ids in inputs and lists, and connection ids in Datadog's answers. It
 * imports nothing, so that any layer (the inputs and the Datadog model alike) may use it without a cycle.
 */
/** A UUID in any case, as Datadog writes connection ids and org ids. */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value) {
    return typeof value === 'string' && UUID_PATTERN.test(value);
}


/***/ }),

/***/ 13:
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

/***/ 96:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ readUuid),
/* harmony export */   fQ: () => (/* binding */ IF_EXISTS),
/* harmony export */   ln: () => (/* binding */ UUID_ADVICE),
/* harmony export */   xj: () => (/* binding */ STATES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(916);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(568);
/* harmony import */ var _sites_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(143);
/* harmony import */ var _uuid_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(311);
/**
 * What a step asks for, one sink org at a time, and the reader of an org's UUID, shared by the step's inputs
 * (settings.ts) and the entries of a list (src/inputs/), so that both accept and refuse exactly the same things.
 */




const STATES = ['present', 'absent'];
const IF_EXISTS = ['update', 'keep', 'fail'];
const EXAMPLE_UUID = '83999dcd-7f97-11f0-8de1-1ecf66f1aa85';
/** What an org UUID looks like and where to find it: the end of every message refusing one. */
const UUID_ADVICE = (0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL)(`Expected the org's UUID, such as ${EXAMPLE_UUID} (Organization Settings in that org, or GET /api/v2/current_user), ` +
    'not its numeric public id or its name.');
/** An org's UUID, lower-cased; `where` names the input or entry in the error. */
function readUuid(value, where) {
    if (!(0,_uuid_js__WEBPACK_IMPORTED_MODULE_3__/* .isUuid */ .O)(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_message_js__WEBPACK_IMPORTED_MODULE_2__/* .msg */ .ab) `Invalid ${where} '${(0,_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .quotableInput */ ._8)(value)}'. ${UUID_ADVICE}`);
    return value.toLowerCase();
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  s_: () => (/* binding */ lib_getProxyUrl)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
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
;// CONCATENATED MODULE: ./src/http/no-undici.ts
/**
 * What the bundle's `undici` is (tsconfig.json maps the name here, and ncc follows the mapping for every module).
 *
 * @actions/http-client, which @actions/core imports too, imports undici at load but uses it only to build the
 * dispatcher of fetch-style clients, which this action never asks for: its requests take http-client's node:http
 * path (./request.ts). Evaluating undici costs every run about 60 ms (docs/benchmarks.md), so the bundle holds this
 * instead, and nothing in it can use undici.
 */
class ProxyAgent {
    constructor() {
        throw new Error('undici is not bundled with this action: its requests go through node:http (src/http/request.ts)');
    }
}

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
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
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
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
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
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(341);
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


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
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
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
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
        return this.addRaw(external_os_namespaceObject.EOL);
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
const summary = (/* unused pure expression or super */ null && (_summary));
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
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
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


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
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
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
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
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
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
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
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
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
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
    process.stdout.write(external_os_namespaceObject.EOL);
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
    process.stdout.write(message + external_os_namespaceObject.EOL);
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
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/digest.ts
/**
 * The plan as data (the `plan` output) and its digest (`plan-digest`), pure. A reviewer approves a digest; the apply
 * job recomputes it from what it finds and refuses to write if it differs. Only what the plan does goes in: the API
 * base URL, the org of the keys (so an approval belongs to one org) and, per sink org, the action, the connection id
 * and the types before and after. Nothing time- or
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
function planDocument(baseUrl, org, plans) {
    const changes = plans
        .map(changeOf)
        .sort((a, b) => compare(a['sink-org'], b['sink-org']) || compare(a['connection-id'] ?? '', b['connection-id'] ?? ''));
    return { site: baseUrl.replace(/\/+$/, ''), org: org === null ? null : org.toLowerCase(), changes };
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
/** Two changes are the same change: same sink org, action, connection id, and types before and after. */
function sameChange(a, b) {
    return canonicalJson(a) === canonicalJson(b);
}
function planDigest(document) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(canonicalJson(document)).digest('hex')}`;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
// EXTERNAL MODULE: ./src/message.ts
var src_message = __nccwpck_require__(568);
// EXTERNAL MODULE: ./src/datadog/model.ts
var model = __nccwpck_require__(91);
;// CONCATENATED MODULE: ./src/plan.ts
/**
 * The decision, pure: given the connections that exist and what is wished, what should be done. No I/O: carrying the
 * plan out is apply.ts's job, reporting it report.ts's. A refusal (the action will not guess) is an outcome of
 * planning, not a plan: `planConnection` returns one or the other.
 */


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
        return refuse(sinkOrgId, undefined, (0,src_message/* msg */.ab) `Found ${existing.length} connections to sink org ${sinkOrgId} (${existing.map(c => c.id)}); expected at most one. ${(0,src_message/* words */.aL)(NO_GUESS)}`);
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
            return refuse(sinkOrgId, connection, (0,src_message/* msg */.ab) `A connection to sink org ${sinkOrgId} exists already (${connection.id}) with types ${change.from}, not ${change.to}, and ${(0,src_message/* words */.aL)(IF_EXISTS_FAIL)}`);
    }
}
/**
 * Every wish of a list against every connection this org made (one listing), and, with `prune`, a delete for each
 * connection whose sink org no wish names. Every listed connection must name its sink org (see `unnamedSink`).
 */
function planList(existing, wishes, prune) {
    const bySink = new Map();
    for (const connection of existing) {
        const sink = connection.sinkOrg?.id.toLowerCase() ?? '';
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
    const wanted = new Set(wishes.map(w => w.sinkOrgId));
    const unlisted = [...bySink.entries()].filter(([sink]) => !wanted.has(sink)).sort(([a], [b]) => a.localeCompare(b));
    const undeclared = [];
    for (const [sinkOrgId, connections] of unlisted) {
        if (!prune)
            undeclared.push(...connections);
        else
            for (const connection of connections)
                plans.push({ action: 'delete', sinkOrgId, connection, pruned: true });
    }
    return { plans, refusals, undeclared };
}
/**
 * The connections that do not name their sink org. The contract makes the relationship optional, but no decision
 * about a sink org can be made without it: such a connection is never read as "no connection to that sink org".
 */
function unnamedSink(existing) {
    return existing.filter(connection => connection.sinkOrg === undefined);
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
const NO_GUESS = 'The action will not guess which one is meant: delete the extra ones in Datadog ' +
    '(Organization Settings > Cross-Organization Visibility), then re-run.';
const IF_EXISTS_FAIL = "if-exists is 'fail'. Set if-exists to 'update' to converge it, or 'keep' to leave it as it is.";
function refuse(sinkOrgId, connection, reason) {
    return { refusal: { sinkOrgId, reason, ...(connection ? { connection } : {}) } };
}
function createdSince(connection, since) {
    const created = (0,model/* createdAtMs */.aF)(connection);
    return created !== undefined && created >= since - CLOCK_SKEW_MS;
}

;// CONCATENATED MODULE: ./src/approval.ts
/**
 * The approval rule, pure: which writes a run may make. Without an approval, every write of the plan. With one, a write
 * is made only if the approved plan holds exactly that change (same sink org, action, connection id, types before and
 * after), whenever it is decided: before the first write, or after a 409 made the run plan again. A plan that writes
 * nothing needs no approval, so a re-run after success writes nothing and succeeds, and a re-run after a partial
 * failure finishes the approved work.
 */




/** The gate of this run, from its approval inputs and the plan it made (`current`, with its digest). */
function gateFor(approval, current, digest) {
    const { approvedPlan, expectedDigest } = approval;
    if (approvedPlan)
        return approvedPlanGate(approvedPlan, expectedDigest, current);
    if (!expectedDigest)
        return { gate: { kind: 'open' } };
    if (digest === expectedDigest) {
        return { gate: { kind: 'approved', changes: current.changes, digest, by: 'expected-plan-digest' } };
    }
    if (!current.changes.some(change => change.action !== 'none')) {
        return {
            gate: { kind: 'approved', changes: [], digest: expectedDigest, by: 'expected-plan-digest' },
            notice: (0,src_message/* msg */.ab) `The plan differs from the approved one (approved ${expectedDigest}, now ${digest}), but it has nothing to write: the approved work is done.`
        };
    }
    return {
        refusal: new errors/* PlanChangedError */.aq((0,src_message/* msg */.ab) `The plan changed since it was approved: approved ${expectedDigest}, now ${digest}. Nothing was written. ${planNow(current)} ${(0,src_message/* words */.aL)(REPLAN)}`)
    };
}
const CHECK_KEYS = 'Check which secrets this job uses (api-key, app-key).';
const REPLAN = 'Plan again (dry-run: true) and have the new plan approved.';
function approvedPlanGate(approved, expectedDigest, current) {
    const digest = planDigest(approved);
    if (expectedDigest && digest !== expectedDigest) {
        const detail = (0,src_message/* msg */.ab) `approved-plan has the digest ${digest}, not the ${expectedDigest} of expected-plan-digest`;
        return {
            refusal: new errors/* PlanChangedError */.aq((0,src_message/* msg */.ab) `${detail}: they are not the same approval. Nothing was written. Pass both from the same plan job.`)
        };
    }
    if (approved.org === null) {
        const detail = (0,src_message/* words */.aL)('approved-plan names no org: it is not the plan of a dry run');
        return {
            refusal: new errors/* PlanChangedError */.aq((0,src_message/* msg */.ab) `${detail}. Nothing was written. Pass the plan output of the plan job (dry-run: true).`)
        };
    }
    if (current.org !== null && approved.org !== current.org) {
        return {
            refusal: new errors/* WrongOrgError */.YU((0,src_message/* msg */.ab) `The plan was approved for org ${approved.org}, but the keys belong to org ${current.org}. Nothing was written. ${(0,src_message/* words */.aL)(CHECK_KEYS)}`)
        };
    }
    if (approved.site !== current.site) {
        const detail = (0,src_message/* msg */.ab) `The plan was approved for ${approved.site}, but this run targets ${current.site}`;
        return {
            refusal: new errors/* PlanChangedError */.aq((0,src_message/* msg */.ab) `${detail}. Nothing was written. Use the same site or api-url in both jobs.`)
        };
    }
    return { gate: { kind: 'approved', changes: approved.changes, digest, by: 'approved-plan' } };
}
const planNow = (current) => (0,src_message/* msg */.ab) `The plan now: ${changesInWords(current.changes)}.`;
/** The writes among `plans` that the gate does not cover. */
function unapproved(plans, gate) {
    if (gate.kind === 'open')
        return [];
    return plans.filter(plan => writes(plan) && !gate.changes.some(change => sameChange(change, changeOf(plan))));
}
/** The failure for writes the approval does not cover: nothing of them is written. */
function notApproved(plans, gate, when) {
    const approved = gate.kind === 'approved' ? (0,src_message/* msg */.ab) `${gate.digest} (${(0,src_message/* words */.aL)(gate.by)})` : (0,src_message/* words */.aL)('(none)');
    const stop = when === 'before' ? 'Nothing was written.' : 'The run stopped before it: nothing more was written.';
    return new errors/* PlanChangedError */.aq((0,src_message/* msg */.ab) `${plans.length} change(s) of this run were not approved: ${changesInWords(plans.map(changeOf))}. Approved: ${approved}. ${(0,src_message/* words */.aL)(stop)} ${(0,src_message/* words */.aL)(REPLAN)}`);
}
/** Changes in words, for messages: `update 83999dcd-... (connection c0ffee...): logs -> logs, metrics`. */
function changesInWords(changes) {
    const writing = changes.filter(change => change.action !== 'none');
    if (writing.length === 0)
        return (0,src_message/* words */.aL)('nothing to write');
    return (0,src_message/* join */.fj)(writing.map(c => {
        const id = c['connection-id'] ? (0,src_message/* msg */.ab) ` (connection ${c['connection-id']})` : (0,src_message/* words */.aL)('');
        return (0,src_message/* msg */.ab) `${(0,src_message/* words */.aL)(c.action)} ${c['sink-org']}${id}: ${c.from ?? []} -> ${c.to ?? []}`;
    }), '; ');
}

// EXTERNAL MODULE: ./src/uuid.ts
var uuid = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/export.ts


/** The longest name written into a comment. */
const MAX_NAME_CHARS = 100;
const ONE_PER_SINK = 'a list holds one connection per sink org. Delete the extra ones in Datadog, then export again.';
/** What a list's connection-types accepts (src/inputs/connection-types.ts): at most 10 names, lower-case words. */
const DECLARABLE = /^[a-z][a-z0-9_]{0,39}$/;
const MAX_TYPES = 10;
const YAML_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off']);
function exportedList(connections, identity, site) {
    const bySink = new Map();
    for (const connection of connections) {
        const sink = (connection.sinkOrg?.id ?? '').toLowerCase();
        bySink.set(sink, [...(bySink.get(sink) ?? []), connection]);
    }
    const left = [];
    const entries = [];
    for (const [sink, group] of [...bySink.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!(0,uuid/* isUuid */.O)(sink)) {
            left.push((0,src_message/* msg */.ab) `Left out: connection ${group.map(c => c.id)}, whose sink org id ${sink} is not a UUID that a list can name.`);
            continue;
        }
        if (group.length > 1) {
            const ids = group.map(c => c.id);
            left.push((0,src_message/* msg */.ab) `Left out: ${group.length} connections to sink org ${sink} (${ids}); ${(0,src_message/* words */.aL)(ONE_PER_SINK)}`);
            continue;
        }
        const types = group[0].connectionTypes;
        if (types.length === 0 || types.length > MAX_TYPES || !types.every(t => DECLARABLE.test(t.toLowerCase()))) {
            left.push((0,src_message/* msg */.ab) `Left out: connection ${group[0].id} to sink org ${sink}, whose types ${types} a list cannot declare.`);
            continue;
        }
        entries.push(entryOf(sink, group[0]));
    }
    if (entries.length === 0)
        return { yaml: '', connections: 0, left };
    const org = identity.orgName ? `${comment(identity.orgName)} (${identity.orgId})` : identity.orgId;
    const header = [
        `# The org connections of org ${org} on ${comment(site)}, exported in the format of connections-file.`,
        '# Review and commit it; plan with it (dry-run: true, prune: true) to check that nothing would change.'
    ];
    return { yaml: [...header, ...entries].join('\n') + '\n', connections: entries.length, left };
}
function entryOf(sink, connection) {
    const name = connection.sinkOrg?.name;
    const types = [...new Set(connection.connectionTypes.map(t => t.toLowerCase()))].sort().map(typeOf);
    return [`- sink-org: ${sink}${name ? ` # ${comment(name)}` : ''}`, `  connection-types: [${types.join(', ')}]`].join('\n');
}
/** A name as a comment's text: one line, control characters shown as escapes, cut. */
function comment(name) {
    return (0,src_message/* oneLine */.TN)(name, MAX_NAME_CHARS);
}
/** A type as YAML: plain, or double-quoted where YAML would read the word as another value (null, true, ...). */
function typeOf(type) {
    return YAML_WORDS.has(type) ? JSON.stringify(type) : type;
}

;// CONCATENATED MODULE: ./src/write.ts
/**
 * Carrying out a plan, one connection at a time. A create may meet 409 (the connection appeared after the read, or
 * an earlier attempt of ours landed although its answer was lost): the connection is then listed and planned again,
 * and what that new plan writes must pass the same approval gate as the first plan did. In a list, one entry's failed
 * write does not stop the others; an unapproved change stops the run before it.
 */





/** Every plan in order; a dry run previews. Stops at the first unapproved change. */
async function carryOutAll(writer, plans, dryRun) {
    const entries = [];
    for (const plan of plans) {
        const entry = dryRun ? preview(plan) : await attempt(writer, plan);
        writer.hooks.done(entry);
        entries.push(entry);
        if (entry.error?.reason === 'plan-changed') {
            const rest = plans.length - entries.length;
            const untried = rest > 0 ? (0,src_message/* msg */.ab) ` ${rest} later change(s) of the plan were not attempted.` : (0,src_message/* msg */.ab) ``;
            return { entries, stopped: new errors/* PlanChangedError */.aq((0,src_message/* msg */.ab) `${entry.error.detail}${untried}`) };
        }
    }
    return { entries };
}
/** A write that fails is recorded on its entry, so that the others still run; the step fails at the end. */
async function attempt(writer, plan) {
    try {
        return await carryOut(writer, plan);
    }
    catch (error) {
        const connection = 'connection' in plan ? plan.connection : undefined;
        return { plan, result: 'failed', connection, error: (0,errors/* describeFailure */.Ic)(error), notes: [] };
    }
}
async function carryOut(writer, plan) {
    if (plan.action !== 'create')
        return carryOutExisting(writer, plan);
    const since = writer.hooks.now();
    const created = await writer.api.create(plan.sinkOrgId, plan.to);
    if (created.kind === 'created') {
        return { plan, result: 'created', connection: created.connection, notes: created.notes };
    }
    const again = await planAfterConflict(writer, plan, created.mayBeOurs ? { since } : undefined);
    const blocked = unapproved([again], writer.gate);
    if (blocked.length > 0)
        throw notApproved(blocked, writer.gate, 'during');
    return carryOutExisting(writer, again);
}
const DELETION_IN_PROGRESS = 'This happens while a deletion is still in progress: re-run the step in a minute.';
/** 409: the connection exists. List it and plan again, exactly as a first read would have, knowing ours may have landed. */
async function planAfterConflict(writer, plan, ownCreate) {
    const wish = writer.wishes.get(plan.sinkOrgId);
    if (!wish)
        throw new TypeError(`no wish for sink org ${plan.sinkOrgId}`);
    const existing = writer.own(await writer.api.list({ sinkOrgId: plan.sinkOrgId }));
    const again = planConnection(existing, wish, ownCreate);
    if (again.refusal)
        throw new errors/* PlanRefusedError */.iQ(again.refusal.reason);
    if (again.plan.action === 'create') {
        throw new errors/* DatadogError */.j9((0,src_message/* msg */.ab) `Datadog answered 409 (the connection exists) but lists no connection to sink org ${plan.sinkOrgId}. ${(0,src_message/* words */.aL)(DELETION_IN_PROGRESS)}`, 'POST', 409);
    }
    return again.plan;
}
/** Every plan but a create: an update, a delete, or nothing to write. */
async function carryOutExisting(writer, plan) {
    switch (plan.action) {
        case 'update': {
            const updated = await writer.api.update(plan.connection.id, plan.change.to);
            return {
                plan,
                result: 'updated',
                connection: (0,model/* carryOver */.YY)(updated.connection, plan.connection),
                notes: updated.notes
            };
        }
        case 'delete': {
            // A 404 at the first attempt: someone else removed it first. The wish holds all the same.
            const gone = await writer.api.delete(plan.connection.id);
            if (gone === 'already-gone')
                return { plan, result: 'absent', notes: [] };
            return { plan, result: 'deleted', connection: plan.connection, notes: [] };
        }
        case 'adopt':
            return { plan, result: 'created', connection: plan.connection, notes: [] };
        case 'unchanged':
        case 'keep':
            return { plan, result: 'unchanged', connection: plan.connection, notes: [] };
        case 'nothing-to-delete':
            return { plan, result: 'absent', notes: [] };
    }
}
/** What a dry run reports: the connection as it would be, and no write. */
function preview(plan) {
    switch (plan.action) {
        case 'create':
            return { plan, result: 'would-create', notes: [] };
        case 'update':
            return {
                plan,
                result: 'would-update',
                connection: { ...plan.connection, connectionTypes: [...plan.change.to] },
                notes: []
            };
        case 'delete':
            return { plan, result: 'would-delete', connection: plan.connection, notes: [] };
        case 'adopt':
        case 'unchanged':
        case 'keep':
            return { plan, result: 'unchanged', connection: plan.connection, notes: [] };
        case 'nothing-to-delete':
            return { plan, result: 'absent', notes: [] };
    }
}

;// CONCATENATED MODULE: ./src/apply.ts
/**
 * reconcile: read -> plan -> check -> write. It reads who the keys belong to and what exists, plans every wish,
 * checks the plan against what was approved, then writes what the plan says, one request at a time. The one
 * shortcut: a plain create of one connection POSTs first (one request) and reads only if Datadog answers 409 or 404.
 */







async function reconcile(api, settings, hooks) {
    const { target } = settings;
    if (target.kind === 'single' && createsFirst(settings))
        return createFirst(api, settings, target.wish, hooks);
    const identity = await checkedIdentity(api, settings);
    const own = ownConnections(identity);
    if (target.kind === 'export') {
        const exported = exportedList(own(await api.list({ sourceOrgId: identity.orgId })), identity, settings.siteLabel);
        return { ...nothingPlanned(settings, identity), exported };
    }
    const { wishes, others } = wishesOf(target, identity);
    const existing = own(await api.list(target.kind === 'single' ? { sinkOrgId: target.wish.sinkOrgId } : { sourceOrgId: identity.orgId }));
    const { plans, refusals, undeclared } = target.kind === 'single' ? single(existing, target.wish) : planList(existing, wishes, target.prune);
    const document = planDocument(settings.baseUrl, identity.orgId, plans);
    const digest = planDigest(document);
    const planned = { ...nothingPlanned(settings, identity), document, digest, undeclared, otherOrgEntries: others };
    if (refusals.length > 0)
        return { ...planned, stopped: refused(refusals) };
    const decision = gateFor(settings.approval, document, digest);
    if ('refusal' in decision)
        return { ...planned, stopped: decision.refusal };
    const { gate } = decision;
    const notices = decision.notice ? [decision.notice] : [];
    const blocked = unapproved(plans, gate);
    if (blocked.length > 0)
        return { ...planned, gate, notices, stopped: notApproved(blocked, gate, 'before') };
    const writer = { api, gate, wishes: new Map(wishes.map(w => [w.sinkOrgId, w])), own, hooks };
    return { ...planned, gate, notices, ...(await carryOutAll(writer, plans, settings.dryRun)) };
}
/** A plain apply of one connection that should exist, with nothing to check first: POST, and read only on 409. */
function createsFirst(settings) {
    const { target, dryRun, approval } = settings;
    return (target.kind === 'single' &&
        target.wish.state === 'present' &&
        !dryRun &&
        !approval.approvedPlan &&
        !approval.expectedDigest);
}
async function createFirst(api, settings, wish, hooks) {
    const identity = settings.sourceOrg ? await checkedIdentity(api, settings) : undefined;
    const plan = { action: 'create', sinkOrgId: wish.sinkOrgId, to: wish.connectionTypes };
    const writer = {
        api,
        gate: { kind: 'open' },
        wishes: new Map([[wish.sinkOrgId, wish]]),
        own: ownConnections(identity),
        hooks
    };
    let entry = await attempt(writer, plan);
    if (isNotFound(entry)) {
        // Only on this error path: is the sink org the keys' own org? Datadog answers 404 for that too.
        const failure = await ownOrgAsSink(api, wish.sinkOrgId);
        if (failure)
            entry = { ...entry, error: { detail: failure.detail, reason: failure.reason } };
    }
    hooks.done(entry);
    const document = planDocument(settings.baseUrl, identity?.orgId ?? null, [entry.plan]);
    return { ...nothingPlanned(settings, identity), entries: [entry], document, digest: planDigest(document) };
}
function isNotFound(entry) {
    return entry.plan.action === 'create' && entry.error?.status === 404;
}
async function ownOrgAsSink(api, sinkOrgId) {
    try {
        const me = await api.currentUser();
        return me.orgId.toLowerCase() === sinkOrgId ? ownOrgRefusal(sinkOrgId) : undefined;
    }
    catch {
        return undefined;
    }
}
function ownOrgRefusal(orgId) {
    return new errors/* PlanRefusedError */.iQ((0,src_message/* msg */.ab) `Sink org ${orgId} is the org of the keys: an org cannot share with itself. Nothing was written. ${(0,src_message/* words */.aL)("Use the source org's keys, and name the org that should see its data as the sink.")}`);
}
/** Who the keys belong to, checked against source-org and the account file, and never one of the sink orgs. */
async function checkedIdentity(api, settings) {
    const user = await api.currentUser();
    const identity = { ...user, orgId: user.orgId.toLowerCase() };
    const named = identity.orgName ? (0,src_message/* msg */.ab) `${identity.orgId} (${identity.orgName})` : (0,src_message/* msg */.ab) `${identity.orgId}`;
    const pinned = settings.sourceOrg;
    if (pinned && identity.orgId !== pinned.id) {
        const alias = pinned.alias ? (0,src_message/* msg */.ab) ` (${pinned.alias})` : (0,src_message/* words */.aL)('');
        throw new errors/* WrongOrgError */.YU((0,src_message/* msg */.ab) `The keys belong to org ${named}, not to source-org ${pinned.id}${alias}. Nothing was written. ${(0,src_message/* words */.aL)(apply_CHECK_KEYS)}`);
    }
    const { target } = settings;
    if (target.kind === 'list' && target.account && !target.account.governed.includes(identity.orgId)) {
        throw new errors/* WrongOrgError */.YU((0,src_message/* msg */.ab) `The keys belong to org ${named}, which is the source of no entry of ${target.origin}: nothing was read or written. ${(0,src_message/* words */.aL)('The file governs only the orgs it names as a source. Use the keys of one of them, ' +
            'or add entries for this org (state: absent to remove its connections).')}`);
    }
    const wishes = target.kind === 'single' ? [target.wish] : target.kind === 'list' ? wishesOf(target, identity).wishes : [];
    if (wishes.some(wish => wish.sinkOrgId === identity.orgId))
        throw ownOrgRefusal(identity.orgId);
    return identity;
}
const apply_CHECK_KEYS = 'Check which secrets this job uses (api-key, app-key), or correct source-org.';
/** The wishes for this org: all of a plain list, those whose source is this org in an account file. */
function wishesOf(target, identity) {
    if (target.kind === 'single')
        return { wishes: [target.wish], others: 0 };
    if (target.kind === 'export')
        return { wishes: [], others: 0 };
    const wishes = target.wishes.filter(w => w.sourceOrgId === undefined || w.sourceOrgId === identity.orgId);
    return { wishes, others: target.wishes.length - wishes.length };
}
/**
 * Only this org's own connections are planned (a listing by sink org also shows connections other orgs made to it),
 * and each must name its sink org: without it, no decision about a sink org can be made.
 */
function ownConnections(identity) {
    return connections => {
        const ours = (c) => {
            if (!identity)
                return true;
            // A connection to the keys' org was made by another org, whatever the answer leaves out.
            if (c.sinkOrg?.id.toLowerCase() === identity.orgId)
                return false;
            return c.sourceOrg === undefined || c.sourceOrg.id.toLowerCase() === identity.orgId;
        };
        const own = connections.filter(ours);
        const unnamed = unnamedSink(own);
        if (unnamed.length > 0) {
            throw new errors/* StepError */.zg((0,src_message/* msg */.ab) `Datadog listed ${unnamed.length} connection(s) without a sink org (relationships.sink_org): ${unnamed.map(c => c.id)}. ${(0,src_message/* words */.aL)('Which sink org they serve decides what to do, so nothing was written. Re-run; if it persists, check api-url and any gateway on the way.')}`, 'read-failed');
        }
        return own;
    };
}
function single(existing, wish) {
    const planning = planConnection(existing, wish);
    return planning.plan
        ? { plans: [planning.plan], refusals: [], undeclared: [] }
        : { plans: [], refusals: [planning.refusal], undeclared: [] };
}
function refused(refusals) {
    if (refusals.length === 1)
        return new errors/* PlanRefusedError */.iQ((0,src_message/* msg */.ab) `${refusals[0].reason} Nothing was written.`);
    const reasons = (0,src_message/* join */.fj)(refusals.map(r => r.reason), ' ');
    return new errors/* PlanRefusedError */.iQ((0,src_message/* msg */.ab) `${refusals.length} entries were refused, so nothing was written: ${reasons}`);
}
/** An outcome with no plan yet: what every path starts from. */
function nothingPlanned(settings, identity) {
    const document = planDocument(settings.baseUrl, identity?.orgId ?? null, []);
    return {
        dryRun: settings.dryRun,
        entries: [],
        identity,
        document,
        digest: planDigest(document),
        undeclared: [],
        otherOrgEntries: 0,
        gate: { kind: 'open' },
        notices: []
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(67);
// EXTERNAL MODULE: ./src/http/format.ts
var format = __nccwpck_require__(201);
// EXTERNAL MODULE: ./src/http/request.ts + 3 modules
var request = __nccwpck_require__(835);
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
                why: `the server asked to wait ${(0,format/* formatSeconds */.X)(asked.ms)} (${asked.header}), ` +
                    `more than the ${(0,format/* formatSeconds */.X)(policy.maxServerWaitMs)} this action waits at most`,
                serverWaitMs: asked.ms
            };
        }
        // A little jitter on top of what was asked (a tenth, at most 250 ms), so that parallel jobs do not come back in
        // the same millisecond.
        const jitter = Math.min(asked.ms * 0.1, 250) * random;
        return {
            kind: 'retry',
            delayMs: Math.round(asked.ms + jitter),
            why: `${asked.header} asked ${(0,format/* formatSeconds */.X)(asked.ms)}`
        };
    }
    // Exponential backoff with "equal jitter": between half and all of the step.
    const step = Math.min(policy.maxBackoffMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return { kind: 'retry', delayMs: Math.round(step / 2 + (step / 2) * random), why: 'exponential backoff' };
}
/** What the server asked for: `X-RateLimit-Reset` (seconds), else `Retry-After` (seconds or an HTTP date). */
function serverWait(headers, now) {
    const reset = Number((0,request/* header */.wx)(headers, 'x-ratelimit-reset'));
    if ((0,request/* header */.wx)(headers, 'x-ratelimit-reset') !== undefined && Number.isFinite(reset) && reset >= 0) {
        return { ms: reset * 1000, header: 'X-RateLimit-Reset' };
    }
    const retryAfter = (0,request/* header */.wx)(headers, 'retry-after');
    if (retryAfter === undefined)
        return undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(retryAfter))
        return { ms: Number(retryAfter) * 1000, header: 'Retry-After' };
    const date = Date.parse(retryAfter);
    return Number.isNaN(date) ? undefined : { ms: Math.max(0, date - now), header: 'Retry-After' };
}

;// CONCATENATED MODULE: ./src/datadog/advice.ts
/**
 * What a failed exchange with Datadog says to people: Datadog's own words (both error shapes it uses), what was
 * being done, and what to do about it. Every failure is a DatadogError (src/errors.ts) built with the operation's
 * method, so a failed read and a failed write are told apart. Every value from the network goes through a Message.
 */







/** The most of a body that is ever looked at for an excerpt: the rest is not read at all. */
const EXCERPT_WINDOW = 16 * 1024;
/** The longest excerpt quoted. */
const EXCERPT_CHARS = 200;
/** Datadog's error texts quoted at most (each is capped by the message itself). */
const MAX_ERROR_TEXTS = 5;
/** One entry of `errors`: a text, or a JSON:API error object (its detail, else its title). Never stringified. */
function errorEntry(entry) {
    if (typeof entry === 'string')
        return (0,src_message/* msg */.ab) `${entry}`;
    const text = (0,model/* isRecord */.u4)(entry)
        ? [entry.detail, entry.title].find(v => typeof v === 'string' && v.trim() !== '')
        : undefined;
    return typeof text === 'string' ? (0,src_message/* msg */.ab) `${text}` : (0,src_message/* words */.aL)('(not a text)');
}
/** Datadog's own error texts (`{"errors": ["text"]}` or `{"errors": [{"detail", "title"}]}`), else an excerpt. */
function datadogErrorText(body) {
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        // not JSON: an HTML page from a gateway, a proxy's text, ...
        return body.trim() ? (0,src_message/* msg */.ab) `a non-JSON answer: ${excerpt(body)}` : (0,src_message/* words */.aL)('no error text');
    }
    const errors = (0,model/* isRecord */.u4)(parsed) ? parsed.errors : undefined;
    if (!Array.isArray(errors) || errors.length === 0)
        return (0,src_message/* msg */.ab) `an answer without an error text: ${excerpt(body)}`;
    const texts = errors.slice(0, MAX_ERROR_TEXTS).map(errorEntry);
    const more = errors.length > MAX_ERROR_TEXTS ? (0,src_message/* words */.aL)(` (and ${errors.length - MAX_ERROR_TEXTS} more)`) : (0,src_message/* words */.aL)('');
    return (0,src_message/* msg */.ab) `${(0,src_message/* join */.fj)(texts, '; ')}${more}`;
}
/**
 * The text of a body without markup, on one line, at most EXCERPT_CHARS characters, saying when it was cut.
 * Linear time: only the first EXCERPT_WINDOW characters are read, and they are scanned once (no backtracking regex).
 */
function excerpt(body) {
    const window = body.slice(0, EXCERPT_WINDOW);
    const text = stripMarkup(window);
    if (text.length <= EXCERPT_CHARS && window.length === body.length)
        return (0,src_message/* msg */.ab) `${text}`;
    return (0,src_message/* msg */.ab) `${text.slice(0, EXCERPT_CHARS).trimEnd()}${(0,src_message/* words */.aL)(`... [cut: ${body.length} characters in all]`)}`;
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
        if (!name) {
            i = gt + 1;
            continue;
        }
        const close = lower.indexOf(`</${name}`, gt + 1);
        const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
        if (closeEnd < 0)
            break;
        i = closeEnd + 1;
    }
    return out.replace(/\s+/g, ' ').trim();
}
const KEY_STATE = 'a key may also have been revoked or have expired.';
const permission = (name) => [
    ({ site }) => (0,src_message/* msg */.ab) `The application key may lack the ${(0,src_message/* words */.aL)(name)} permission, or the keys belong to another site than ${site};`,
    KEY_STATE,
    'Use an application key of a service account whose role has org_connections_read and org_connections_write.'
];
const GONE = [
    ({ operation }) => (0,src_message/* msg */.ab) `Connection ${'id' in operation ? operation.id : ''} no longer exists:`,
    'it was probably deleted meanwhile. Re-run the step.'
];
/**
 * Status (and operation) -> what to do, as short parts joined by spaces. Looked up from the most specific key:
 * `<status> <kind>`, `<status>`, `<class>xx`, then `other`. `429 wait`: the server asked to wait longer than allowed.
 */
const ADVICE = {
    '3xx': [
        ({ answer }) => (0,src_message/* msg */.ab) `It redirected${redirectHost(answer.headers)}; redirects are never followed,`,
        'so the keys cannot reach another host. Point site or api-url at the API itself.'
    ],
    '400 create': [
        'Both orgs must be in the same Datadog account and on the same site;',
        'an org without an Enterprise plan can connect to at most 5 orgs;',
        'HIPAA-enabled orgs cannot use cross-organization visibility.'
    ],
    '400': ['Check connection-types and re-run.'],
    '401': [
        'The keys were not accepted. Check api-key and app-key: not swapped, not revoked, not expired;',
        ({ site }) => (0,src_message/* msg */.ab) `and that site ${site} is the source org's site.`
    ],
    '403 current-user': [
        ({ site }) => (0,src_message/* msg */.ab) `The keys were refused: they may belong to another site than ${site},`,
        'the application key may be scoped too narrowly, or a key may have been revoked or have expired.'
    ],
    '403 list': permission('org_connections_read'),
    '403': permission('org_connections_write'),
    '404 create': [
        ({ operation, site }) => (0,src_message/* msg */.ab) `Sink org ${operation.kind === 'create' ? operation.sinkOrgId : ''} was not found on ${site}:`,
        'it does not exist there, or it is not in the same account as the source org.',
        'Check sink-org: it must be the org UUID, not its public id.'
    ],
    '404 update': GONE,
    '404 delete': GONE,
    '404': [({ site }) => (0,src_message/* msg */.ab) `Check site or api-url: ${site} does not serve this API path.`],
    '429 wait': [
        ({ waitMs = 0, capMs }) => (0,src_message/* msg */.ab) `Datadog asked to wait ${(0,src_message/* words */.aL)((0,format/* formatSeconds */.X)(waitMs))}, longer than the ${(0,src_message/* words */.aL)((0,format/* formatSeconds */.X)(capMs))} this action waits at most:`,
        're-run the step later.'
    ],
    '429': ['Datadog kept rate-limiting the requests. Re-run later, or raise max-retries.'],
    '5xx': [
        'Datadog, or a gateway or proxy on the way, kept failing.',
        'Check https://status.datadoghq.com and re-run the step.'
    ],
    other: ['Re-run the step; if it persists, check the inputs against the README.']
};
function redirectHost(headers) {
    const location = (0,request/* header */.wx)(headers, 'location');
    try {
        return location ? (0,src_message/* msg */.ab) ` to ${new URL(location, 'https://invalid.invalid').host}` : (0,src_message/* words */.aL)('');
    }
    catch {
        return (0,src_message/* words */.aL)('');
    }
}
function advice(operation, answer, ctx) {
    const { status } = answer;
    const capMs = ctx.maxServerWaitMs ?? DEFAULT_POLICY.maxServerWaitMs;
    const waitMs = status === 429 ? serverWait(answer.headers, Date.now())?.ms : undefined;
    const facts = { site: ctx.siteLabel, operation, answer, waitMs, capMs };
    const keys = [`${status} ${operation.kind}`, `${status}`, `${Math.floor(status / 100)}xx`, 'other'];
    if (waitMs !== undefined && waitMs > capMs)
        keys.unshift('429 wait');
    const parts = keys.map(key => ADVICE[key]).find(found => found !== undefined) ?? [];
    return (0,src_message/* join */.fj)(parts.map(part => (typeof part === 'string' ? (0,src_message/* words */.aL)(part) : part(facts))), ' ');
}
const DOING = {
    list: () => (0,src_message/* words */.aL)('listing the connections'),
    create: () => (0,src_message/* words */.aL)('creating the connection'),
    'current-user': () => (0,src_message/* words */.aL)('reading which org the keys belong to'),
    update: operation => (0,src_message/* msg */.ab) `updating connection ${'id' in operation ? operation.id : ''}`,
    delete: operation => (0,src_message/* msg */.ab) `deleting connection ${'id' in operation ? operation.id : ''}`
};
function describeOperation(operation) {
    return (0,src_message/* msg */.ab) `${DOING[operation.kind](operation)} (${operation.method} ${operation.path.split('?')[0] ?? ''})`;
}
/** An HTTP answer with an error status: Datadog's words (never for current_user: they may name a person) and advice. */
function apiError(operation, answer, ctx) {
    const status = (0,src_message/* words */.aL)(`${answer.status} ${external_node_http_.STATUS_CODES[answer.status] ?? 'Unknown'}`);
    const text = operation.kind === 'current-user'
        ? (0,src_message/* words */.aL)('(its text is not shown: it may name a person)')
        : datadogErrorText(answer.body);
    const note = (0,src_message/* words */.aL)((0,format/* attemptsNote */.p)(answer.attempts, answer.elapsedMs, answer.stoppedBecause));
    const said = (0,src_message/* msg */.ab) `Datadog answered ${status} when ${describeOperation(operation)}: ${text}.${note}`;
    return new errors/* DatadogError */.j9((0,src_message/* msg */.ab) `${said} ${advice(operation, answer, ctx)}`, operation.method, answer.status);
}
const NOT_DATADOG = 'A proxy or gateway may have answered instead of Datadog: check api-url and the proxy settings.';
/**
 * A 2xx body as quoted after a failure: a page that is not JSON (a captive portal, a gateway) as a short excerpt;
 * JSON never, since a JSON:API answer may carry `included` personal data (users' emails); the problem names the field.
 */
function quotedBody(body) {
    if (!body.trim())
        return (0,src_message/* words */.aL)(' Its answer was empty.');
    try {
        JSON.parse(body);
        return (0,src_message/* words */.aL)('');
    }
    catch {
        return (0,src_message/* msg */.ab) ` Its answer: ${excerpt(body)}.`;
    }
}
/**
 * A 2xx answer that is not what the operation needed. `what` says what was wrong with it (our words, with values);
 * a body that is not JSON is quoted unless `quoteBody` is false (a listing's page is too big to be worth quoting).
 */
function unexpectedAnswer(operation, answer, what, { quoteBody = true } = {}) {
    const quoted = quoteBody ? quotedBody(answer.body) : (0,src_message/* words */.aL)('');
    const said = (0,src_message/* msg */.ab) `Datadog answered ${answer.status} when ${describeOperation(operation)}, but ${what}.${quoted}`;
    return new errors/* DatadogError */.j9((0,src_message/* msg */.ab) `${said} ${(0,src_message/* words */.aL)(NOT_DATADOG)}`, operation.method, answer.status);
}
/**
 * A 2xx to a create whose answer names no usable connection id: the write may have happened, but nothing can be
 * reported as the connection. A re-run meets 409, lists the connection and adopts it.
 */
function createdWithoutId(operation, answer, problem) {
    const what = (0,src_message/* msg */.ab) `named no usable connection (${problem})`;
    const said = (0,src_message/* msg */.ab) `Datadog answered ${answer.status} when ${describeOperation(operation)}, but ${what}.${quotedBody(answer.body)}`;
    const exists = 'The connection may exist now: re-run the step, which finds it and adopts it.';
    const repeats = 'If this repeats, a proxy or gateway may be answering instead of Datadog: check api-url and the proxy settings.';
    return new errors/* DatadogError */.j9((0,src_message/* msg */.ab) `${said} ${(0,src_message/* words */.aL)(exists)} ${(0,src_message/* words */.aL)(repeats)}`, operation.method, answer.status);
}

;// CONCATENATED MODULE: ./src/datadog/client.ts
/**
 * The org-connection operations of Datadog's v2 API, and who the keys belong to, over the retrying transport.
 * A write Datadog confirmed (2xx) is reported as done with what its answer says; anything odd about the answer is a
 * note for people, never a failure. Only what would make a decision or a write wrong fails, naming the field.
 */



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
     * Every connection that does not contradict `filter`, reading all pages, each id once. One naming another org on
     * the filtered side is dropped (whatever the server's filtering); one that does not name that side is KEPT, for the
     * caller to decide. Broken paging, more than `maxPages` pages or `maxMatches` kept connections end the listing.
     */
    async list(filter) {
        const [param, wanted, side] = 'sinkOrgId' in filter
            ? ['sink_org_id', filter.sinkOrgId, 'sinkOrg']
            : ['source_org_id', filter.sourceOrgId, 'sourceOrg'];
        if (wanted === '')
            throw new TypeError('An empty org id cannot filter a listing.');
        const wantedId = wanted.toLowerCase();
        const seen = new Set();
        const kept = [];
        let offset = 0;
        let last;
        for (let page = 1; page <= this.limits.maxPages; page++) {
            last = await this.readPage(`${CONNECTIONS_PATH}?${param}=${encodeURIComponent(wanted)}`, offset);
            if (last.received > this.limits.pageSize)
                throw this.oversizedPage(last);
            let added = 0;
            for (const connection of last.connections) {
                const id = connection.id.toLowerCase();
                if (seen.has(id))
                    continue;
                seen.add(id);
                added++;
                const named = connection[side]?.id.toLowerCase();
                if (named !== undefined && named !== wantedId)
                    continue;
                if (kept.length >= this.limits.maxMatches)
                    throw this.tooMany(last);
                kept.push(connection);
            }
            offset += last.received;
            const { received, totalFiltered } = last;
            // Without a total (meta is optional), only an empty page says the listing is over: a short page does not.
            if (received === 0 || (totalFiltered !== undefined && offset >= totalFiltered))
                return kept;
            if (added === 0)
                throw brokenPaging(last, offset - received);
        }
        throw endless(last, this.limits.maxPages, kept.length);
    }
    async readPage(base, offset) {
        const path = `${base}&limit=${this.limits.pageSize}&offset=${offset}`;
        const operation = { kind: 'list', method: 'GET', path };
        const response = await this.transport.request('GET', path);
        if (!isSuccess(response.status))
            throw apiError(operation, response, this.context);
        const parsed = (0,model/* parseConnectionPage */.tB)(parseJson(response.body));
        if (!parsed.ok) {
            throw unexpectedAnswer(operation, response, (0,src_message/* msg */.ab) `not with a usable list of connections: ${parsed.problem}`);
        }
        return { operation, response, ...parsed.value };
    }
    /** More items than the page asked for: read no further, so that what a listing holds in memory stays bounded. */
    oversizedPage({ operation, response, received }) {
        const what = `a page of ${received} connections, more than the ${this.limits.pageSize} it asked for`;
        return unexpectedAnswer(operation, response, (0,src_message/* words */.aL)(what), { quoteBody: false });
    }
    tooMany({ operation, response }) {
        const what = `the listing holds more than ${this.limits.maxMatches} connections, more than this action reads`;
        return unexpectedAnswer(operation, response, (0,src_message/* words */.aL)(what), { quoteBody: false });
    }
    /**
     * A 2xx is a create that happened: the connection as the answer describes it, filled with what was asked where
     * the answer leaves the types or the sink org out. Only an answer without a usable connection id fails: the
     * connection may exist, and a re-run adopts it.
     */
    async create(sinkOrgId, types) {
        const operation = { kind: 'create', method: 'POST', path: CONNECTIONS_PATH, sinkOrgId };
        const response = await this.transport.request('POST', CONNECTIONS_PATH, {
            data: {
                type: 'org_connection',
                attributes: { connection_types: [...types] },
                relationships: { sink_org: { data: { type: 'orgs', id: sinkOrgId } } }
            }
        });
        if (response.status === 409)
            return { kind: 'exists', mayBeOurs: response.earlierAttemptMayHaveLanded };
        if (!isSuccess(response.status))
            throw apiError(operation, response, this.context);
        const resource = (0,model/* connectionResource */.R4)(parseJson(response.body));
        const fields = resource ? (0,model/* readConnectionFields */.Gy)(resource) : {};
        const id = fields.id;
        if (id === undefined)
            throw createdWithoutId(operation, response, fields.idProblem ?? (0,src_message/* words */.aL)('data is not an object'));
        const written = describeWrite('create', { ...fields, id }, types);
        const sink = written.connection.sinkOrg;
        if (!sink)
            written.connection.sinkOrg = { id: sinkOrgId };
        else if (sink.id.toLowerCase() !== sinkOrgId.toLowerCase()) {
            written.notes.push((0,src_message/* msg */.ab) `Datadog's answer to the create of connection ${id} names sink org ${sink.id}, not ${sinkOrgId} as asked.`);
        }
        const missing = leftOut(written.connection);
        if (missing.length > 0) {
            written.notes.push((0,src_message/* msg */.ab) `Datadog's answer to the create of connection ${id} did not give ${(0,src_message/* join */.fj)(missing, ', ')}; the connection was created.`);
        }
        return { kind: 'created', ...written };
    }
    /**
     * A 2xx is an update that happened. PATCH answers are thin (org ids without names): that is normal. An answer
     * about another connection, or with no usable id, is a note, and the connection is reported as asked.
     */
    async update(id, types) {
        const connectionId = checkedId(id);
        const path = `${CONNECTIONS_PATH}/${connectionId}`;
        const operation = { kind: 'update', method: 'PATCH', path, id: connectionId };
        const response = await this.transport.request('PATCH', path, {
            data: { type: 'org_connection', id: connectionId, attributes: { connection_types: [...types] } }
        });
        if (!isSuccess(response.status))
            throw apiError(operation, response, this.context);
        const resource = (0,model/* connectionResource */.R4)(parseJson(response.body));
        const asked = { id: connectionId, connectionTypes: [...types] };
        const about = (problem) => (0,src_message/* msg */.ab) `Datadog's answer to the update of connection ${connectionId} ${problem}: its types are reported as asked.`;
        if (!resource)
            return { connection: asked, notes: [about((0,src_message/* words */.aL)('held no connection'))] };
        const fields = (0,model/* readConnectionFields */.Gy)(resource);
        // No id at all is a thin answer about this connection; an unusable or another id is not about it.
        const problem = resource.id === undefined
            ? undefined
            : fields.id === undefined
                ? fields.idProblem
                : fields.id.toLowerCase() !== connectionId.toLowerCase()
                    ? (0,src_message/* msg */.ab) `describes connection ${fields.id}`
                    : undefined;
        if (problem)
            return { connection: asked, notes: [about(problem)] };
        return describeWrite('update', { ...fields, id: connectionId }, types);
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
        const parsed = (0,model/* parseCurrentUser */.wA)(parseJson(response.body));
        // Not quoted: the body names a person (email, handle), and logs are public.
        if (!parsed.ok) {
            throw unexpectedAnswer(operation, response, (0,src_message/* msg */.ab) `not with a usable user: ${parsed.problem}`, { quoteBody: false });
        }
        return parsed.value;
    }
}
function brokenPaging({ operation, response }, at) {
    const what = `its page at offset ${at} holds only connections of earlier pages while more were announced`;
    const why = (0,src_message/* words */.aL)(`${what}: the paging is broken (the offset may be ignored)`);
    return unexpectedAnswer(operation, response, why, { quoteBody: false });
}
function endless({ operation, response }, maxPages, kept) {
    const pages = maxPages === 1 ? '1 page' : `${maxPages} pages`;
    const what = `the listing did not end after ${pages} (${kept} connections kept so far): the paging looks broken`;
    return unexpectedAnswer(operation, response, (0,src_message/* words */.aL)(what), { quoteBody: false });
}
/**
 * The connection a confirmed write reports: the answer's fields, its types where usable (else those asked), and a
 * note when the types are unusable or differ (as sets) from those asked.
 */
function describeWrite(write, fields, asked) {
    const { id, connectionTypes, typesProblem, createdAt, sourceOrg, sinkOrg, createdBy } = fields;
    const notes = [];
    const answer = (0,src_message/* words */.aL)(`Datadog's answer to the ${write} of connection`);
    if (typesProblem)
        notes.push((0,src_message/* msg */.ab) `${answer} ${id}: ${typesProblem}; its types are reported as asked (${[...asked]}).`);
    else if (connectionTypes && !sameSet(connectionTypes, asked)) {
        notes.push((0,src_message/* msg */.ab) `${answer} ${id} gives types ${connectionTypes}, not ${[...asked]} as asked; reported as Datadog gave them.`);
    }
    const connection = { id, connectionTypes: connectionTypes ?? [...asked] };
    if (createdAt !== undefined)
        connection.createdAt = createdAt;
    if (sourceOrg)
        connection.sourceOrg = sourceOrg;
    if (sinkOrg)
        connection.sinkOrg = sinkOrg;
    if (createdBy)
        connection.createdBy = createdBy;
    return { connection, notes };
}
/** What a create's answer left out that the outputs report (the creator is used by nothing: never missed). */
function leftOut(c) {
    const missing = [];
    if (!c.sourceOrg)
        missing.push('the source org');
    else if (c.sourceOrg.name === undefined)
        missing.push("the source org's name");
    if (c.sinkOrg?.name === undefined)
        missing.push("the sink org's name");
    if (c.createdAt === undefined)
        missing.push('created_at');
    return missing.map(src_message/* words */.aL);
}
function sameSet(a, b) {
    const left = new Set(a.map(t => t.toLowerCase()));
    const right = new Set(b.map(t => t.toLowerCase()));
    return left.size === right.size && [...left].every(t => right.has(t));
}
const isSuccess = (status) => status >= 200 && status < 300;
/**
 * A connection id about to go into a path: a UUID (so nothing to encode). The ids given here are ids the client
 * itself returned (already checked), so a failure is a bug of the caller, said plainly.
 */
function checkedId(id) {
    if (!(0,uuid/* isUuid */.O)(id))
        throw new TypeError((0,src_message/* msg */.ab) `Not a UUID, so not sent to Datadog: ${id}`.text());
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

// EXTERNAL MODULE: ./src/http/secrets.ts
var http_secrets = __nccwpck_require__(861);
// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __nccwpck_require__(670);
;// CONCATENATED MODULE: ./src/datadog/transport.ts
/**
 * One request to the Datadog API, attempted as often as the retry policy allows, each attempt through the shared
 * bounded request (src/http/request.ts). The two keys are blanked in everything that comes back (body, header
 * values, error texts) before anything else sees it, so that no later excerpt can cut through a key that a gateway
 * echoed.
 */







const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: () => Math.random()
};
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
        this.redact = options.redact ?? (0,src_redact/* redactor */.$)((0,http_secrets/* secretForms */.e)([options.apiKey, options.appKey]));
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
            const ended = outcome.kind === 'response' ? (0,src_message/* msg */.ab) `${String(outcome.status)}` : (0,src_message/* msg */.ab) `${outcome.code} (${outcome.message})`;
            const waiting = decision.kind === 'retry' ? `; waiting ${(0,format/* formatSeconds */.X)(decision.delayMs)} (${decision.why})` : '';
            const of = policy.maxRetries + 1;
            log.debug((0,src_message/* msg */.ab) `${method} ${path} -> ${ended} in ${took} ms, attempt ${attempt} of ${of}${rateLimitNote(outcome)}`.text() +
                waiting);
            if (decision.kind === 'retry') {
                earlierAttemptMayHaveLanded ||= mayHaveLanded(outcome);
                await this.clock.sleep(decision.delayMs);
                continue;
            }
            const elapsedMs = this.clock.now() - started;
            const stoppedBecause = decision.kind === 'give-up' ? decision.why : undefined;
            if (outcome.kind === 'error') {
                // A write whose answer was lost may have been carried out all the same: say so, and that a re-run finds it.
                const landed = method !== 'GET' && (earlierAttemptMayHaveLanded || mayHaveLanded(outcome));
                const detail = unreachable(outcome, attempt, elapsedMs, stoppedBecause);
                throw new errors/* DatadogError */.j9(landed ? (0,src_message/* msg */.ab) `${detail} ${(0,src_message/* words */.aL)(MAY_HAVE_LANDED)}` : detail, method);
            }
            const { status, headers, body: text } = outcome;
            return { status, headers, body: text, attempts: attempt, elapsedMs, stoppedBecause, earlierAttemptMayHaveLanded };
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
        const headers = {
            'DD-API-KEY': apiKey,
            'DD-APPLICATION-KEY': appKey,
            Accept: 'application/json'
        };
        if (payload !== undefined)
            headers['Content-Type'] = 'application/json';
        const outcome = await (0,request/* boundedRequest */.JR)({
            method,
            url: `${baseUrl}${path}`,
            headers,
            body: payload,
            userAgent,
            timeoutMs
        });
        return outcome.kind === 'error' && outcome.code === 'TIMEOUT'
            ? { ...outcome, message: `${outcome.message} (timeout-seconds)` }
            : outcome;
    }
}
/** Why no answer came, and what to do: the detail of a DatadogError without a status. */
function unreachable(outcome, attempts, elapsedMs, stoppedBecause) {
    const { code, message } = outcome;
    if (isTlsFailure(code)) {
        return (0,src_message/* msg */.ab) `Could not reach the Datadog API: the TLS connection failed (${code}: ${message}). ${(0,src_message/* words */.aL)(TLS_ADVICE)}`;
    }
    const note = (0,format/* attemptsNote */.p)(attempts, elapsedMs, stoppedBecause);
    return (0,src_message/* msg */.ab) `Could not reach the Datadog API: ${message}.${(0,src_message/* words */.aL)(note)} ${(0,src_message/* words */.aL)(NETWORK_ADVICE)}`;
}
const MAY_HAVE_LANDED = 'The write may have been carried out although no answer came back: a re-run finds the connection as it now is ' +
    'and reports it.';
const TLS_ADVICE = 'If a proxy on the way inspects TLS, give Node its CA certificate with the NODE_EXTRA_CA_CERTS environment ' +
    'variable; otherwise check site or api-url.';
const NETWORK_ADVICE = "Check site or api-url, the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), then re-run; " +
    'raise max-retries or timeout-seconds for a slow network.';
function rateLimitNote(outcome) {
    if (outcome.kind !== 'response')
        return (0,src_message/* msg */.ab) ``;
    const present = RATE_LIMIT_HEADERS.flatMap(name => {
        const value = (0,request/* header */.wx)(outcome.headers, name);
        return value === undefined ? [] : [(0,src_message/* msg */.ab) `${name}=${value}`];
    });
    return present.length ? (0,src_message/* msg */.ab) `; ${(0,src_message/* join */.fj)(present, ' ')}` : (0,src_message/* msg */.ab) ``;
}

;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_namespaceObject.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_namespaceObject.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_namespaceObject.EOL}`);
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
;// CONCATENATED MODULE: ./src/github/context.ts
/**
 * The one reader of the runner's environment: who ran the step, where, for which event and pull request. The event
 * payload is read and parsed once, by @actions/github's Context.
 *
 * Context is imported by its path: the package exports only its entry, which builds the Octokit client at load
 * (docs/benchmarks.md has the measurement); this module reads two files' worth of it and nothing else.
 */

/** The runner's context of this process: read once, after the requests (a large payload never delays them). */
function readRunnerContext() {
    return runnerContextOf(new Context(), process.env);
}
function runnerContextOf(context, env) {
    const payload = context.payload;
    const fullName = field(field(payload, 'repository'), 'full_name');
    const repository = env.GITHUB_REPOSITORY || (typeof fullName === 'string' && fullName) || undefined;
    const serverUrl = (context.serverUrl || 'https://github.com').replace(/\/+$/, '');
    const pullRequest = pullRequestOf(context.eventName, payload, repository);
    return {
        repository,
        workflow: context.workflow || undefined,
        workflowFile: env.GITHUB_WORKFLOW_REF?.replace(/@.*$/, '') || undefined,
        job: context.job || undefined,
        step: context.action || undefined,
        actor: context.actor || undefined,
        sha: context.sha || undefined,
        runUrl: repository && context.runId > 0 ? `${serverUrl}/${repository}/actions/runs/${context.runId}` : undefined,
        serverUrl,
        apiUrl: context.apiUrl || 'https://api.github.com',
        eventName: context.eventName || undefined,
        ...(pullRequest ? { pullRequest } : {}),
        summaryPath: env.GITHUB_STEP_SUMMARY || undefined
    };
}
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The pull request of a pull_request or pull_request_target event, or undefined. */
function pullRequestOf(event, payload, repository) {
    if (!PULL_REQUEST_EVENTS.has(event))
        return undefined;
    const pr = field(payload, 'pull_request');
    const number = field(pr, 'number') ?? field(payload, 'number');
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0)
        return undefined;
    const where = repositoryOf(payload, repository);
    if (!where)
        return undefined;
    const fromFork = forkOf(pr, `${where.owner}/${where.repo}`);
    return {
        ...where,
        number,
        event: event,
        ...(fromFork === undefined ? {} : { fromFork })
    };
}
/** The payload's repository, else GITHUB_REPOSITORY. */
function repositoryOf(payload, repository) {
    const named = field(payload, 'repository');
    const owner = field(field(named, 'owner'), 'login');
    const repo = field(named, 'name');
    if (typeof owner === 'string' && typeof repo === 'string' && owner && repo)
        return { owner, repo };
    const [envOwner, envRepo, ...rest] = (repository ?? '').split('/');
    return envOwner && envRepo && !rest.length ? { owner: envOwner, repo: envRepo } : undefined;
}
/** Whether the head is in another repository than the base (a deleted head repository counts as a fork). */
function forkOf(pr, base) {
    const head = field(pr, 'head');
    if (head === undefined)
        return undefined;
    const headRepo = field(head, 'repo');
    if (headRepo === null)
        return true;
    const headName = field(headRepo, 'full_name');
    const baseName = field(field(field(pr, 'base'), 'repo'), 'full_name');
    return typeof headName === 'string' && headName !== (typeof baseName === 'string' ? baseName : base);
}
function field(value, name) {
    return typeof value === 'object' && value !== null ? value[name] : undefined;
}

;// CONCATENATED MODULE: ./src/outcome.ts

/** The results that change something (or would, in a dry run). */
const CHANGES = new Set([
    'created',
    'updated',
    'deleted',
    'would-create',
    'would-update',
    'would-delete'
]);
/**
 * What fails the step, if anything, with the first cause the run met as its reason. What stopped the run is said
 * first; in a list, every failed write is named, one line each.
 */
function failureOf(outcome, list) {
    const failed = outcome.entries.filter(entry => entry.error);
    const first = failed[0]?.error;
    const { stopped } = outcome;
    if (stopped) {
        const others = failed.filter(entry => entry.error?.reason !== 'plan-changed');
        const lines = others.length ? (0,src_message/* msg */.ab) `\n${failedLines(others)}` : (0,src_message/* msg */.ab) ``;
        return { detail: (0,src_message/* msg */.ab) `${stopped.detail}${lines}`, reason: first?.reason ?? stopped.reason };
    }
    if (!first)
        return undefined;
    if (!list)
        return first;
    const count = (0,src_message/* msg */.ab) `${failed.length} of ${outcome.entries.length} connections failed`;
    return { detail: (0,src_message/* msg */.ab) `${count}; the others were applied (see results).\n${failedLines(failed)}`, reason: first.reason };
}
function failedLines(failed) {
    return (0,src_message/* join */.fj)(failed.map(entry => (0,src_message/* msg */.ab) `sink org ${entry.plan.sinkOrgId}: ${entry.error?.detail ?? (0,src_message/* msg */.ab) ``}`), '\n');
}

;// CONCATENATED MODULE: ./src/report/names.ts

function aliasesOf(settings) {
    const target = settings.target;
    const byId = new Map();
    if (target.kind === 'list' && target.account) {
        for (const [alias, id] of Object.entries(target.account.aliases))
            byId.set(id.toLowerCase(), alias);
    }
    return orgId => (orgId === undefined ? undefined : byId.get(orgId.toLowerCase()));
}
/** `alias: Name (id)`, `Name (id)`, `alias (id)` or `id`: what the answer and the file give. */
function orgName(ref, id, alias) {
    const name = ref?.name;
    if (alias && name)
        return (0,src_message/* msg */.ab) `${alias}: ${name} (${id})`;
    if (alias || name)
        return (0,src_message/* msg */.ab) `${(alias ?? name)} (${id})`;
    return (0,src_message/* msg */.ab) `${id}`;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
/**
 * The step's outputs, from the outcome. Pure. Every value from the network is on one line without control characters,
 * and every output stays under GitHub's limit (1 MiB each): a long one is cut in its own form (a JSON output stays
 * valid JSON, the exported list stays a list) and says so.
 */



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
    'plan-digest',
    'failure-reason',
    'connections-yaml'
]));
/** Well under GitHub's 1 MiB per output, in UTF-8 bytes, with room for the cut note. */
const MAX_OUTPUT_BYTES = 512 * 1024;
function changed(outcome) {
    return outcome.entries.some(entry => CHANGES.has(entry.result));
}
function outputsOf(outcome, settings, aliases, failure) {
    const single = settings.target.kind === 'single' ? outcome.entries[0] : undefined;
    const c = single?.connection;
    const source = outcome.identity
        ? { id: outcome.identity.orgId, name: outcome.identity.orgName }
        : outcome.entries.map(e => e.connection?.sourceOrg).find(ref => ref !== undefined);
    return {
        'connection-id': outputs_text(c?.id),
        'created-at': outputs_text(c?.createdAt),
        result: single?.result ?? '',
        'connection-types': single ? JSON.stringify(typesOf(single).map(t => (0,src_message/* oneLine */.TN)(t))) : '',
        'source-org-id': outputs_text(source?.id),
        'source-org-name': outputs_text(source?.name),
        'sink-org-name': outputs_text(c?.sinkOrg?.name),
        connection: c ? JSON.stringify(neutralised((0,model/* connectionJson */.HU)(c))) : '',
        results: jsonList(outcome.entries.map(entry => resultObject(entry, aliases, source?.id))),
        changed: String(changed(outcome)),
        plan: planJson(outcome),
        'plan-digest': outcome.digest,
        'failure-reason': failure?.reason ?? '',
        'connections-yaml': outcome.exported ? yamlWithin(outcome.exported.yaml) : ''
    };
}
/** One object of the `results` output. */
function resultObject(entry, aliases, sourceOrgId) {
    const c = entry.connection;
    const sinkAlias = aliases(entry.plan.sinkOrgId);
    // Every entry is the keys' org's own: a planned create or an absent entry has no connection to name its source.
    const sourceAlias = aliases(c?.sourceOrg?.id ?? sourceOrgId);
    return {
        'sink-org': entry.plan.sinkOrgId,
        ...(sinkAlias ? { 'sink-org-alias': sinkAlias } : {}),
        ...(sourceAlias ? { 'source-org-alias': sourceAlias } : {}),
        'sink-org-name': outputs_text(c?.sinkOrg?.name),
        'connection-id': outputs_text(c?.id),
        result: entry.result,
        'connection-types': typesOf(entry).map(t => (0,src_message/* oneLine */.TN)(t)),
        'created-at': outputs_text(c?.createdAt),
        ...(entry.error ? { error: entry.error.detail.text() } : {})
    };
}
/** The connection's types as it now is (or would be); for a create that failed or is planned, the wanted ones. */
function typesOf(entry) {
    if (entry.connection)
        return entry.connection.connectionTypes;
    return entry.plan.action === 'create' ? entry.plan.to : [];
}
function outputs_text(value) {
    return value === undefined ? '' : (0,src_message/* oneLine */.TN)(value);
}
/** Every string of a JSON value on one line, cut: the `connection` output is built from typed fields only. */
function neutralised(value) {
    if (typeof value === 'string')
        return (0,src_message/* oneLine */.TN)(value);
    if (Array.isArray(value))
        return value.map(neutralised);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutralised(v)]));
    }
    return value;
}
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/** A JSON array within the limit: items kept in order, then one object that says how many were cut. */
function jsonList(items, max = MAX_OUTPUT_BYTES) {
    const whole = JSON.stringify(items);
    if (bytes(whole) <= max)
        return whole;
    const kept = [];
    let used = 2;
    for (const item of items) {
        const json = JSON.stringify(item);
        if (used + bytes(json) + 1 > max - 200)
            break;
        kept.push(json);
        used += bytes(json) + 1;
    }
    const cut = JSON.stringify({
        cut: `${items.length - kept.length} more not shown: the output limit is reached; see the job summary`
    });
    return `[${[...kept, cut].join(',')}]`;
}
/** The plan is what an approval names: it is never cut silently. Past the limit its changes end with a cut note. */
function planJson(outcome) {
    const whole = JSON.stringify(outcome.document);
    if (bytes(whole) <= MAX_OUTPUT_BYTES)
        return whole;
    const changes = JSON.parse(jsonList(outcome.document.changes));
    return JSON.stringify({ ...outcome.document, changes });
}
function yamlWithin(yaml) {
    if (bytes(yaml) <= MAX_OUTPUT_BYTES)
        return yaml;
    const lines = yaml.split('\n');
    let used = 0;
    let end = 0;
    for (; end < lines.length && used + bytes(lines[end]) + 1 <= MAX_OUTPUT_BYTES - 200; end++)
        used += bytes(lines[end]) + 1;
    // Cut at an entry's start, so that every entry kept is whole.
    while (end > 0 && !lines[end]?.startsWith('- '))
        end--;
    return `${lines.slice(0, end).join('\n')}\n# cut: the output limit is reached; the whole list is in the job summary\n`;
}

;// CONCATENATED MODULE: ./src/report/sentences.ts
/** A connection's outcome in words: the log line of each connection, and the failures listed in the summary. Pure. */



/** The log line of one connection, as it is done. */
function entryLine(entry, dryRun, aliases) {
    return (0,src_message/* msg */.ab) `${(0,src_message/* words */.aL)(entry.result)}: ${entrySentence(entry, dryRun, aliases)}`;
}
/** What was added and what removed: `+audit -metrics`. */
function delta(change) {
    return [...change.added.map(t => `+${t}`), ...change.removed.map(t => `-${t}`)];
}
function entrySentence(entry, dryRun, aliases) {
    const { plan } = entry;
    const verb = (would, did) => (0,src_message/* words */.aL)(dryRun ? would : did);
    const to = (0,src_message/* msg */.ab) `to sink org ${orgName(entry.connection?.sinkOrg, plan.sinkOrgId, aliases(plan.sinkOrgId))}`;
    // Only a write fails, so the plan's change is a create, an update or a delete.
    if (entry.error)
        return (0,src_message/* msg */.ab) `Failed to ${(0,src_message/* words */.aL)(changeOf(plan).action)} the connection ${to}: ${entry.error.detail}`;
    switch (plan.action) {
        case 'create':
            return (0,src_message/* msg */.ab) `${verb('Would create', 'Created')} a connection ${to} with types ${plan.to}.`;
        case 'adopt':
            return (0,src_message/* msg */.ab) `Created a connection ${to} with types ${plan.connection.connectionTypes} ${(0,src_message/* words */.aL)(ADOPTED)}.`;
        case 'update':
            return (0,src_message/* msg */.ab) `${verb('Would update', 'Updated')} connection ${plan.connection.id} ${to}: ${fromTo(plan.change)}.`;
        case 'unchanged':
            return (0,src_message/* msg */.ab) `Connection ${plan.connection.id} ${to} exists with types ${plan.connection.connectionTypes}, as wanted: nothing to change.`;
        case 'keep':
            return (0,src_message/* msg */.ab) `Connection ${plan.connection.id} ${to} exists with types ${plan.difference.from} (wanted ${plan.difference.to}); ${(0,src_message/* words */.aL)(KEPT)}.`;
        case 'delete':
            if (entry.result === 'absent')
                return (0,src_message/* msg */.ab) `Connection ${plan.connection.id} ${to} was already gone: nothing to delete.`;
            return (0,src_message/* msg */.ab) `${verb('Would delete', 'Deleted')} connection ${plan.connection.id} ${to} ${sentences_typesOf(plan)}${(0,src_message/* words */.aL)(plan.pruned ? PRUNED : '')}.`;
        case 'nothing-to-delete':
            return (0,src_message/* msg */.ab) `No connection ${to} exists: nothing to delete.`;
    }
}
const fromTo = (change) => (0,src_message/* msg */.ab) `types ${change.from} -> ${change.to} (${delta(change)})`;
const sentences_typesOf = (plan) => (0,src_message/* msg */.ab) `(types ${plan.connection.connectionTypes})`;
const KEPT = 'left as it is (if-exists: keep)';
const ADOPTED = "(an earlier attempt's answer was lost; the connection it made was found and adopted)";
const PRUNED = ' because its sink org is not in the list (prune)';
/** Warnings the outcome deserves (the run itself may have succeeded): odd answers to writes, kept differences. */
function warningsOf(outcome) {
    const warnings = [];
    if (outcome.identity && !outcome.identity.serviceAccount)
        warnings.push((0,src_message/* words */.aL)(PERSON_KEY));
    for (const entry of outcome.entries) {
        warnings.push(...entry.notes);
        if (entry.plan.action === 'keep') {
            const { connection, sinkOrgId, difference } = entry.plan;
            const kept = (0,src_message/* msg */.ab) `Connection ${connection.id} to sink org ${sinkOrgId} has types ${difference.from}`;
            warnings.push((0,src_message/* msg */.ab) `${kept}, not the wanted ${difference.to}; it was left as it is because if-exists is 'keep'.`);
        }
    }
    return warnings;
}
const PERSON_KEY = "The application key belongs to a person, not a service account: Datadog deletes a person's org connections " +
    "when that person is deactivated. Use a service account's application key.";

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The plan or what was done, as Markdown for reviewers: the job summary, and the pull-request comment. Pure. Counts and
 * the digest come first, then the changes (deletions marked, prune deletions labelled, types as what is added and
 * removed), then, collapsed, what stays as it is. Every value is a code span (message.ts). Past a size budget, unchanged
 * rows are cut first, then changes, and the cut says how many rows are not shown; the head is never cut.
 */




/** GitHub drops a step summary over 1 MiB; a comment holds 65,536 characters. */
const SUMMARY_BUDGET = 768 * 1024;
const COMMENT_BUDGET = 60_000;
function summaryOf({ outcome, settings, aliases, failure, run, budget }) {
    const head = headOf(outcome, settings, failure, run);
    const changes = outcome.entries.filter(e => changeOf(e.plan).action !== 'none' || e.error);
    const unchanged = outcome.entries.filter(e => !changes.includes(e));
    const tail = tailOf(outcome, settings, aliases, run);
    const room = budget - head.length - tail.length;
    const changeRows = changes.map(e => changeRow(e, aliases));
    const stillRows = unchanged.map(e => stillRow(e, aliases));
    const keptRows = outcome.undeclared.map(c => keptRow(c.id, c.sinkOrg?.id ?? '', aliases, c.sinkOrg, c.connectionTypes));
    // Unchanged and undeclared rows give way first, then changes.
    const [shownChanges, shownStill, shownKept] = fit([changeRows, stillRows, keptRows], room, [2, 1, 0]);
    return [
        head,
        table(CHANGE_HEADER, shownChanges, changeRows.length, 'change(s)'),
        collapsed(`${unchanged.length} with nothing to change`, table(STILL_HEADER, shownStill, stillRows.length, 'row(s)'), changes.length > 0),
        outcome.undeclared.length
            ? collapsed(`${outcome.undeclared.length} connection(s) not in the list, kept because prune is off`, table(STILL_HEADER, shownKept, keptRows.length, 'row(s)'), true)
            : '',
        failuresOf(outcome, aliases),
        tail
    ]
        .filter(part => part !== '')
        .join('\n\n');
}
const CHANGE_HEADER = '| Change | Sink org | Connection | Types | Result |\n|---|---|---|---|---|';
const STILL_HEADER = '| Sink org | Connection | Types | Result |\n|---|---|---|---|';
function headOf(outcome, settings, failure, run) {
    const what = outcome.exported ? 'export' : outcome.dryRun ? 'plan (dry run)' : failure ? 'failed' : 'applied';
    const lines = [
        `### Datadog org connections: ${what}`,
        '',
        outcome.exported
            ? `**${outcome.exported.connections} connection(s) exported.**`
            : `**${countsOf(outcome)}.** Plan digest: ${(0,src_message/* msg */.ab) `${outcome.digest}`.markdown()}`
    ];
    lines.push('', modeOf(outcome, settings, run));
    for (const notice of outcome.notices)
        lines.push('', `> ${notice.markdown()}`);
    // A failed write is told in the list of failures below; what stopped the run, or drift, is told here.
    const told = outcome.entries.some(entry => entry.error !== undefined);
    if (failure)
        lines.push('', `**Failed** (${failure.reason})${told ? ': see the failures below.' : `: ${failure.detail.markdown()}`}`);
    return lines.join('\n');
}
function modeOf(outcome, settings, run) {
    const parts = [outcome.exported ? 'Export: read only' : outcome.dryRun ? 'Dry run: nothing was written' : 'Apply'];
    if (settings.target.kind === 'list')
        parts.push(settings.target.prune ? 'prune on' : 'prune off');
    if (run?.sha)
        parts.push((0,src_message/* msg */.ab) `commit ${run.sha.slice(0, 7)}`.markdown());
    const gate = outcome.gate;
    if (gate.kind === 'approved')
        parts.push((0,src_message/* msg */.ab) `checked against the approved plan ${gate.digest} (${(0,src_message/* words */.aL)(gate.by)})`.markdown());
    return parts.join(' · ');
}
function changeRow(entry, aliases) {
    const change = changeOf(entry.plan);
    const pruned = entry.plan.action === 'delete' && entry.plan.pruned;
    const label = change.action === 'delete' ? `**delete**${pruned ? ' (prune)' : ''}` : change.action;
    const sink = orgName(entry.connection?.sinkOrg, entry.plan.sinkOrgId, aliases(entry.plan.sinkOrgId));
    const id = entry.connection?.id ?? change['connection-id'];
    const connection = id ? (0,src_message/* msg */.ab) `${id}` : (0,src_message/* words */.aL)('(new)');
    return (0,src_message/* msg */.ab) `| ${(0,src_message/* words */.aL)(label)} | ${sink} | ${connection} | ${typesDelta(entry)} | **${(0,src_message/* words */.aL)(entry.result)}** |`.markdown();
}
function typesDelta(entry) {
    const plan = entry.plan;
    if (plan.action === 'update')
        return (0,src_message/* msg */.ab) `${delta(plan.change)}`;
    if (plan.action === 'create')
        return (0,src_message/* msg */.ab) `${plan.to.map(t => `+${t}`)}`;
    if (plan.action === 'delete')
        return (0,src_message/* msg */.ab) `${plan.connection.connectionTypes.map(t => `-${t}`)}`;
    return (0,src_message/* msg */.ab) `${entry.connection?.connectionTypes ?? []}`;
}
function stillRow(entry, aliases) {
    const id = entry.connection?.id;
    const sink = entry.connection?.sinkOrg;
    return keptRow(id, entry.plan.sinkOrgId, aliases, sink, entry.connection?.connectionTypes ?? [], entry.result);
}
function keptRow(id, sinkOrgId, aliases, sink, types, result = 'kept') {
    const connection = id ? (0,src_message/* msg */.ab) `${id}` : (0,src_message/* words */.aL)('(none)');
    return (0,src_message/* msg */.ab) `| ${orgName(sink, sinkOrgId, aliases(sinkOrgId))} | ${connection} | ${types} | ${(0,src_message/* words */.aL)(result)} |`.markdown();
}
function table(header, rows, total, what) {
    if (total === 0)
        return '';
    const cut = total > rows.length
        ? [`\n_${total - rows.length} more ${what} not shown here: see the job summary and the results output._`]
        : [];
    return [header, ...rows].join('\n') + cut.join('');
}
function collapsed(summary, body, collapse) {
    if (body === '')
        return '';
    return collapse ? `<details><summary>${summary}</summary>\n\n${body}\n\n</details>` : body;
}
function failuresOf(outcome, aliases) {
    const failed = outcome.entries.filter(entry => entry.error);
    return failed.map(entry => `- ${entrySentence(entry, outcome.dryRun, aliases).markdown()}`).join('\n');
}
function tailOf(outcome, settings, aliases, run) {
    const identity = outcome.identity;
    const source = identity
        ? { id: identity.orgId, name: identity.orgName }
        : outcome.entries.map(e => e.connection?.sourceOrg).find(ref => ref !== undefined);
    const items = [
        ['Site', (0,src_message/* msg */.ab) `${settings.siteLabel}`.markdown()],
        ['Source org', source && orgName(source, source.id, aliases(source.id)).markdown()],
        ['List', settings.target.kind === 'list' ? (0,src_message/* msg */.ab) `${settings.target.origin}`.markdown() : undefined],
        [
            'Entries of other source orgs (neither read nor written)',
            outcome.otherOrgEntries ? String(outcome.otherOrgEntries) : undefined
        ],
        ['Repository', run?.repository && (0,src_message/* msg */.ab) `${run.repository}`.markdown()],
        ['Workflow', run?.workflow && (0,src_message/* msg */.ab) `${run.workflow}`.markdown()],
        ['Actor', run?.actor && (0,src_message/* msg */.ab) `${run.actor}`.markdown()],
        // The run's own URL, built by the action from the runner's variables: a link is what auditors need.
        ['Run', run?.runUrl && /^https:\/\/[^\s()<>\]]+$/.test(run.runUrl) ? `[${run.runUrl}](${run.runUrl})` : undefined]
    ];
    const exported = outcome.exported ? exportedOf(outcome.exported) : '';
    const facts = items.filter(([, v]) => v).map(([k, v]) => `- **${k}**: ${v}`);
    return [exported, facts.join('\n')].filter(Boolean).join('\n\n');
}
function exportedOf(exported) {
    const left = exported.left.map(m => `- ${m.markdown()}`);
    if (!exported.yaml)
        return ['This org has no connections of its own to export.', ...left].join('\n');
    const yaml = exported.yaml.length > SUMMARY_BUDGET / 2
        ? `${exported.yaml.slice(0, SUMMARY_BUDGET / 2)}\n# cut here`
        : exported.yaml;
    return [
        `${exported.connections} connection(s), in the format of connections-file:`,
        '',
        (0,src_message/* codeBlock */.DV)(yaml.trimEnd(), 'yaml'),
        ...left
    ].join('\n');
}
/** Room for the tables' headers, the collapsed sections and the cut notes. */
const RESERVED = 800;
/** Rows kept of each group within `room` characters, giving way in the order of `priority` (lowest first). */
function fit(groups, room, priority) {
    const kept = groups.map(rows => [...rows]);
    let size = kept.flat().reduce((sum, row) => sum + row.length + 1, 0);
    for (const index of [...priority.keys()].sort((a, b) => priority[a] - priority[b])) {
        while (kept[index].length > 0 && size > room - RESERVED)
            size -= kept[index].pop().length + 1;
    }
    return kept;
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
/** The summary of a step that failed before it had an outcome: what went wrong, for whoever reads the run later. */
function failureSummaryOf(failure) {
    return `### Datadog org connections: failed\n\n**Failed** (${failure.reason}): ${failure.detail.markdown()}\n`;
}

// EXTERNAL MODULE: ./src/sites.ts
var sites = __nccwpck_require__(143);
// EXTERNAL MODULE: ./src/wish.ts
var wish = __nccwpck_require__(96);
// EXTERNAL MODULE: ./src/inputs/problems.ts
var inputs_problems = __nccwpck_require__(925);
// EXTERNAL MODULE: ./src/inputs/readers.ts
var readers = __nccwpck_require__(961);
;// CONCATENATED MODULE: ./src/inputs/approval.ts





/** The `plan` output is bounded by GitHub's limit on an output (1 MiB). */
const MAX_PLAN_BYTES = 1024 * 1024;
const ACTIONS = ['create', 'update', 'delete', 'none'];
const CHANGE_KEYS = ['sink-org', 'action', 'connection-id', 'from', 'to'];
const PLAN_KEYS = ['site', 'org', 'changes'];
const WIRING = [
    'Wire the approved plan job to this one: approved-plan: ${{ needs.plan.outputs.plan }},',
    'with the plan job declaring outputs: plan: ${{ steps.<id>.outputs.plan }}.'
].join(' ');
function readApproval(input) {
    const digest = input('expected-plan-digest');
    if (digest && !/^sha256:[0-9a-f]{64}$/i.test(digest)) {
        throw new errors/* InputError */.dz((0,src_message/* msg */.ab) `Invalid expected-plan-digest '${(0,sites/* quotableInput */._8)(digest)}'. Expected the plan-digest output of the approved plan: sha256: followed by 64 hex digits.`);
    }
    const plan = input('approved-plan');
    const required = (0,readers/* readBoolean */.Vf)(input('require-approval'), 'require-approval', false);
    if (required && !digest && !plan) {
        const closed = (0,src_message/* words */.aL)('the gate fails closed, and nothing is read or written');
        throw new errors/* InputError */.dz((0,src_message/* msg */.ab) `Input require-approval is true but approved-plan and expected-plan-digest are both empty: ${closed}. ${(0,src_message/* words */.aL)(WIRING)}`);
    }
    return {
        ...(digest ? { expectedDigest: digest.toLowerCase() } : {}),
        ...(plan ? { approvedPlan: readApprovedPlan(plan) } : {}),
        required
    };
}
/** The `plan` output as JSON, its shape checked whole: every problem reported at once. */
function readApprovedPlan(text) {
    const origin = (0,src_message/* words */.aL)('approved-plan');
    if (Buffer.byteLength(text, 'utf8') > MAX_PLAN_BYTES) {
        throw new errors/* InputError */.dz((0,src_message/* msg */.ab) `Invalid approved-plan: more than ${MAX_PLAN_BYTES} bytes, more than any plan output.`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz((0,src_message/* msg */.ab) `Invalid approved-plan: not JSON. Expected the plan output of the approved plan job, unchanged.`);
    }
    const problems = new inputs_problems/* Problems */.Z();
    // A wrong top level is all there is to say: the rest is not read.
    const plan = record(data, origin, PLAN_KEYS, problems) ?? {};
    problems.throwIfAny(origin);
    if (typeof plan.site !== 'string')
        problems.add((0,src_message/* msg */.ab) `Invalid approved-plan: site must be a string.`);
    if (plan.org !== null && typeof plan.org !== 'string')
        problems.add((0,src_message/* msg */.ab) `Invalid approved-plan: org must be a string or null.`);
    if (!Array.isArray(plan.changes))
        problems.add((0,src_message/* msg */.ab) `Invalid approved-plan: changes must be a list.`);
    else
        plan.changes.forEach((change, index) => checkChange(change, (0,src_message/* msg */.ab) `approved-plan, change ${index + 1}`, problems));
    problems.throwIfAny(origin);
    return data;
}
function checkChange(change, where, problems) {
    const map = record(change, where, CHANGE_KEYS, problems);
    if (!map)
        return;
    if (typeof map['sink-org'] !== 'string')
        problems.add((0,src_message/* msg */.ab) `Invalid ${where}: sink-org must be a string.`);
    if (typeof map.action !== 'string' || !ACTIONS.includes(map.action)) {
        problems.add((0,src_message/* msg */.ab) `Invalid ${where}: action must be one of ${ACTIONS}.`);
    }
    if (map['connection-id'] !== null && typeof map['connection-id'] !== 'string') {
        problems.add((0,src_message/* msg */.ab) `Invalid ${where}: connection-id must be a string or null.`);
    }
    for (const key of ['from', 'to']) {
        const types = map[key];
        if (types !== null && !(Array.isArray(types) && types.every(type => typeof type === 'string'))) {
            problems.add((0,src_message/* msg */.ab) `Invalid ${where}: ${key} must be a list of type names or null.`);
        }
    }
}
/** A JSON object with exactly `keys`; undefined (its problem collected) otherwise. */
function record(value, where, keys, problems) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.add((0,src_message/* msg */.ab) `Invalid ${where}: expected an object with the keys ${keys}.`);
        return undefined;
    }
    const given = Object.keys(value);
    const missing = keys.filter(key => !given.includes(key));
    const unknown = given.filter(key => !keys.includes(key));
    if (missing.length > 0)
        problems.add((0,src_message/* msg */.ab) `Invalid ${where}: missing ${missing}.`);
    if (unknown.length > 0)
        problems.add((0,src_message/* msg */.ab) `Invalid ${where}: unknown key ${unknown}; expected the plan output unchanged.`);
    return missing.length > 0 ? undefined : value;
}

// EXTERNAL MODULE: ./src/inputs/connection-types.ts
var connection_types = __nccwpck_require__(237);
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
const LIMITS = { maxRetries: 10, minTimeoutSeconds: 0.1, timeoutSeconds: 300 };
/** The secrets as given, before validation: masked before anything is printed, whatever their form. */
function rawSecrets(input, env) {
    const secrets = [
        input('api-key') || env.DD_API_KEY || '',
        input('app-key') || env.DD_APP_KEY || '',
        input('github-token')
    ];
    // A secret with a line break is printed one line at a time: each line is masked as well.
    return (0,http_secrets/* secretForms */.e)(secrets);
}
async function readSettings(input, env) {
    const warnings = [];
    const keys = readKeys(input, env, warnings);
    const endpoint = readEndpoint(input, env, warnings);
    const dryRun = (0,readers/* readBoolean */.Vf)(input('dry-run'), 'dry-run', DEFAULTS.dryRun);
    const failOnDrift = (0,readers/* readBoolean */.Vf)(input('fail-on-drift'), 'fail-on-drift', false);
    if (failOnDrift && !dryRun) {
        throw new errors/* InputError */.dz('Input fail-on-drift is true but dry-run is not: a drift check only reads. Set dry-run: true beside fail-on-drift: true.');
    }
    const approval = readApproval(input);
    const target = await readTarget(input, env, warnings);
    const sourceOrg = readSourceOrg(input('source-org'), target);
    const { minTimeoutSeconds, timeoutSeconds } = LIMITS;
    const timeout = (0,readers/* readSeconds */.UW)(input('timeout-seconds'), 'timeout-seconds', DEFAULTS.timeoutSeconds, minTimeoutSeconds, timeoutSeconds);
    return {
        ...keys,
        ...endpoint,
        target,
        dryRun,
        maxRetries: (0,readers/* readInteger */.JI)(input('max-retries'), 'max-retries', DEFAULTS.maxRetries, 0, LIMITS.maxRetries),
        timeoutMs: Math.round(timeout * 1000),
        approval,
        failOnDrift,
        ...(sourceOrg ? { sourceOrg } : {}),
        commentOnPr: (0,readers/* readBoolean */.Vf)(input('comment-on-pr'), 'comment-on-pr', false),
        githubToken: input('github-token'),
        warnings
    };
}
function readKeys(input, env, warnings) {
    const apiKey = readKey(input('api-key'), env.DD_API_KEY, 'api-key', 'DD_API_KEY');
    const appKey = readKey(input('app-key'), env.DD_APP_KEY, 'app-key', 'DD_APP_KEY');
    if (looksLikeAppKey(apiKey) && looksLikeApiKey(appKey)) {
        warnings.push((0,src_message/* words */.aL)('The api-key looks like an application key (40 hex characters) and the app-key like an API key (32). ' +
            'They may be swapped: if Datadog answers 401 or 403, exchange them.'));
    }
    return { apiKey, appKey };
}
// api-url overrides the site. A site input given beside it is still checked (a typo is a typo), DD_SITE is not.
function readEndpoint(input, env, warnings) {
    const siteInput = input('site');
    const apiUrl = input('api-url');
    const source = siteInput ? 'site' : env.DD_SITE ? 'DD_SITE (environment)' : 'site';
    const site = siteInput || !apiUrl ? (0,sites/* resolveSite */.q0)(siteInput || env.DD_SITE || DEFAULTS.site, source) : undefined;
    const baseUrl = apiUrl ? (0,sites/* resolveApiUrl */.c_)(apiUrl) : (0,sites/* apiBaseUrlForSite */.b1)(site ?? DEFAULTS.site);
    if (apiUrl && siteInput) {
        const unused = (0,src_message/* msg */.ab) `site '${(0,sites/* quotableInput */._8)(siteInput)}' is not used`;
        warnings.push((0,src_message/* msg */.ab) `Both site and api-url are set: requests go to api-url (${new URL(baseUrl).host}), and ${unused}. Remove one of them.`);
    }
    return { baseUrl, siteLabel: apiUrl ? new URL(baseUrl).host : (site ?? DEFAULTS.site) };
}
/** Exactly one of sink-org, connections and connections-file says what should exist; or export reads what does. */
async function readTarget(input, env, warnings) {
    const state = (0,readers/* readChoice */.Kf)(input('state'), 'state', wish/* STATES */.xj, DEFAULTS.state);
    const ifExists = (0,readers/* readChoice */.Kf)(input('if-exists'), 'if-exists', wish/* IF_EXISTS */.fQ, DEFAULTS.ifExists);
    const prune = (0,readers/* readBoolean */.Vf)(input('prune'), 'prune', false);
    const given = ['sink-org', 'connections', 'connections-file'].filter(name => input(name) !== '');
    if ((0,readers/* readBoolean */.Vf)(input('export'), 'export', false))
        return readExport(given, prune);
    if (given.length !== 1) {
        throw new errors/* InputError */.dz(given.length === 0
            ? "Input sink-org is required: the UUID of the org that will see the source org's data. " +
                'For several connections, give connections (a YAML list) or connections-file instead.'
            : (0,src_message/* msg */.ab) `Inputs ${given} are all set; expected exactly one of sink-org (one connection), connections (a YAML list) or connections-file (a YAML file).`);
    }
    const typesInput = input('connection-types');
    if (given[0] === 'sink-org') {
        if (prune) {
            throw new errors/* InputError */.dz('Input prune works with a list only (connections or connections-file): with sink-org, use state: absent to remove a connection.');
        }
        const where = (0,src_message/* words */.aL)('connection-types');
        const types = state === 'present' || typesInput ? (0,connection_types/* readConnectionTypes */.Y4)(typesInput, where) : [];
        const warning = (0,connection_types/* unknownTypesWarning */.yz)(where, types);
        if (warning)
            warnings.push(warning);
        return {
            kind: 'single',
            wish: { sinkOrgId: (0,wish/* readUuid */.Cp)(input('sink-org'), (0,src_message/* words */.aL)('sink-org')), state, ifExists, connectionTypes: types }
        };
    }
    if (typesInput) {
        throw new errors/* InputError */.dz((0,src_message/* msg */.ab) `Input connection-types is set beside ${given[0]}: with a list, each entry names its own connection-types. Move them into the entries.`);
    }
    // The list reader (and its YAML parser) is a chunk of its own: a step with one sink-org never loads it.
    const { parseManifest, readManifestFile } = await __nccwpck_require__.e(/* import() */ 105).then(__nccwpck_require__.bind(__nccwpck_require__, 105));
    const path = input('connections-file');
    const [origin, text, label] = given[0] === 'connections'
        ? ['inline', input('connections'), (0,src_message/* words */.aL)('connections')]
        : [path, await readManifestFile(path, env.GITHUB_WORKSPACE || process.cwd()), (0,src_message/* msg */.ab) `connections-file ${path}`];
    const { wishes, account, warnings: surprises } = await parseManifest(text, label, { state, ifExists });
    warnings.push(...surprises);
    return { kind: 'list', origin, wishes, prune, ...(account ? { account } : {}) };
}
function readExport(given, prune) {
    const beside = prune ? [...given, 'prune'] : given;
    if (beside.length > 0) {
        const why = (0,src_message/* words */.aL)("an export only reads the source org's connections and writes none");
        throw new errors/* InputError */.dz((0,src_message/* msg */.ab) `Input export is true beside ${[...beside]}: ${why}. Remove ${[...beside]}, or set export: false.`);
    }
    return { kind: 'export' };
}
/** `source-org`: a UUID, or an org alias of the account file; with an account file, one of the orgs it governs. */
function readSourceOrg(value, target) {
    if (!value)
        return undefined;
    const account = target.kind === 'list' ? target.account : undefined;
    const aliases = new Map(Object.entries(account?.aliases ?? {}));
    const id = (0,uuid/* isUuid */.O)(value) ? value.toLowerCase() : aliases.get(value);
    if (id === undefined) {
        const known = account
            ? (0,src_message/* msg */.ab) `, nor an org alias of the account file (its orgs: ${[...aliases.keys()]})`
            : (0,src_message/* words */.aL)('; an org alias is read only with an account file (orgs and connections)');
        throw new errors/* InputError */.dz((0,src_message/* msg */.ab) `Invalid source-org '${(0,sites/* quotableInput */._8)(value)}': not a UUID${known}. ${wish/* UUID_ADVICE */.ln}`);
    }
    const alias = [...aliases].find(([, org]) => org === id)?.[0];
    const sourceOrg = { id, ...(alias === undefined ? {} : { alias }) };
    if (account && !account.governed.includes(id)) {
        const shown = alias === undefined ? (0,src_message/* msg */.ab) `${id}` : (0,src_message/* msg */.ab) `${alias} (${id})`;
        const why = (0,src_message/* words */.aL)('the account file has no entry with it as source-org, so it governs none of its connections');
        throw new errors/* InputError */.dz((0,src_message/* msg */.ab) `Invalid source-org ${shown}: ${why}. Expected one of ${account.governed}.`);
    }
    return sourceOrg;
}
// Printable ASCII without spaces: what a header value can carry without any injection.
const KEY_FORM = /^[\x21-\x7e]+$/;
function readKey(fromInput, fromEnv, name, envName) {
    const value = fromInput || (fromEnv ?? '').trim();
    const source = fromInput ? `Input ${name}` : `Environment variable ${envName}`;
    if (!value) {
        throw new errors/* InputError */.dz(`Input ${name} is required. Pass it from a secret (${name}: \${{ secrets.${envName} }}) or set the environment variable ${envName}.`);
    }
    if (!KEY_FORM.test(value)) {
        // Never echo the value: say what is wrong with it instead.
        throw new errors/* InputError */.dz(`${source} is not a valid key: expected printable ASCII characters without spaces or line breaks. ` +
            'Check that the secret holds only the key.');
    }
    return value;
}
const HEX = /^[0-9a-f]+$/i;
const looksLikeApiKey = (key) => key.length === 32 && HEX.test(key);
const looksLikeAppKey = (key) => key.length === 40 && HEX.test(key);

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __nccwpck_require__(13);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * run(): mask the secrets, read the settings, reconcile, report. The only place that fails the step: everything
 * below it throws or returns an outcome, and what must not fail the job (the summary, the comment) is a warning.
 */


















/** Results of a connection that took a write (or tried to): its line goes out at once, as progress. */
const WROTE = new Set(['created', 'updated', 'deleted', 'failed']);
/** Longer than any line of ours; a line is cut only if something else went wrong. */
const MAX_LOG_LINE_CHARS = 8_000;
const MAX_FAILURE_CHARS = 16_000;
async function run() {
    const input = name => getInput(name);
    let redact = text => text;
    let settings;
    // Who the keys belong to, once read: a run that fails after it comments under the same marker as its plan did.
    const seen = {};
    try {
        // Mask first: the runner hides a secret only in lines printed after its mask.
        const secrets = rawSecrets(input, process.env);
        for (const secret of secrets)
            core_setSecret(secret);
        redact = (0,src_redact/* redactor */.$)(secrets);
        settings = await readSettings(input, process.env);
        await reconcileAndReport(settings, redact, seen);
    }
    catch (error) {
        const failure = (0,errors/* describeFailure */.Ic)(error, line => core_debug(redact(line)));
        setOutput('failure-reason', failure.reason);
        setFailed(capped(redact(failure.detail.text())));
        const markdown = redact(failureSummaryOf(failure));
        const log = loggerWith(redact);
        writeSummary(markdown, log);
        if (settings?.commentOnPr)
            await main_comment(markdown, settings, seen.identity, { log, redact });
    }
}
async function reconcileAndReport(settings, redact, seen) {
    const log = loggerWith(redact);
    settings.warnings.forEach(w => log.warning(w.text()));
    log.debug(`Target ${settings.baseUrl}, ${describeTarget(settings)}, dry-run ${settings.dryRun}`);
    const aliases = aliasesOf(settings);
    // One log line per connection, as it is done; lines of connections that needed no write go out together.
    const pending = [];
    const flush = () => {
        if (pending.length > 0)
            info(pending.splice(0).join('\n'));
    };
    const outcome = await reconcile(remembering(clientFor(settings, log, redact), seen), settings, {
        now: Date.now,
        done: entry => {
            pending.push(log.line(entryLine(entry, settings.dryRun, aliases).text()));
            if (WROTE.has(entry.result))
                flush();
        }
    }).finally(flush);
    const failure = failureOf(outcome, settings.target.kind === 'list') ?? driftOf(outcome, settings);
    for (const [name, value] of Object.entries(outputsOf(outcome, settings, aliases, failure))) {
        setOutput(name, redact(value));
    }
    outcome.notices.forEach(n => log.info(n.text()));
    warningsOf(outcome).forEach(w => log.warning(w.text()));
    if (outcome.exported)
        logExport(outcome.exported, log);
    // Read after the requests, so that a large event payload never delays them.
    const runner = readRunnerContext();
    const report = { outcome, settings, aliases, failure };
    writeSummary(redact(summaryOf({ ...report, run: runner, budget: SUMMARY_BUDGET })), log, runner.summaryPath);
    if (settings.commentOnPr) {
        await main_comment(redact(summaryOf({ ...report, budget: COMMENT_BUDGET })), settings, outcome.identity, { log, redact }, runner);
    }
    if (failure)
        setFailed(capped(redact(failure.detail.text())));
}
function describeTarget({ target }) {
    if (target.kind === 'single')
        return 'one connection';
    return target.kind === 'export' ? 'export' : `a list (${target.wishes.length})`;
}
function clientFor(settings, log, redact) {
    const transport = new DatadogTransport({
        baseUrl: settings.baseUrl,
        apiKey: settings.apiKey,
        appKey: settings.appKey,
        userAgent: version/* USER_AGENT */._,
        timeoutMs: settings.timeoutMs,
        policy: { ...DEFAULT_POLICY, maxRetries: settings.maxRetries },
        log,
        redact
    });
    return new OrgConnectionsClient(transport, { siteLabel: settings.siteLabel });
}
/** The client, noting who the keys belong to as soon as Datadog says. */
function remembering(client, seen) {
    return {
        currentUser: async () => (seen.identity = await client.currentUser()),
        list: filter => client.list(filter),
        create: (sinkOrgId, types) => client.create(sinkOrgId, types),
        update: (id, types) => client.update(id, types),
        delete: id => client.delete(id)
    };
}
/** A drift check fails when anything would change; connections kept because prune is off are not drift. */
function driftOf(outcome, settings) {
    if (!settings.failOnDrift || !changed(outcome))
        return undefined;
    const changes = outcome.document.changes.filter(c => c.action !== 'none');
    const kept = outcome.undeclared.length;
    const note = kept
        ? (0,src_message/* msg */.ab) ` (${kept} connection(s) not in the list are kept because prune is off: they are not drift)`
        : (0,src_message/* words */.aL)('');
    const error = new errors/* DriftError */.ul((0,src_message/* msg */.ab) `Drift: ${changes.length} connection(s) differ from what is declared and would change: ${changesInWords(changes)}${note}. ${(0,src_message/* words */.aL)('Run the step without dry-run to converge them, or update what is declared.')}`);
    return { detail: error.detail, reason: error.reason };
}
function logExport(exported, log) {
    exported.left.forEach(m => log.warning(m.text()));
    log.info(exported.yaml
        ? `Exported ${exported.connections} connection(s): see the connections-yaml output and the job summary.`
        : 'This org has no connections of its own: nothing to export.');
}
/**
 * The plan where reviewers look: one comment per workflow, job, step, target and org, updated on re-runs (a failed
 * run says so in it). A comment that cannot be written is a warning: the plan itself succeeded or failed on its own.
 * The GitHub calls are a chunk of their own, loaded only here.
 */
async function main_comment(markdown, settings, identity, { log, redact }, runner = readRunnerContext()) {
    const pr = runner.pullRequest;
    if (!pr) {
        log.info((0,src_message/* msg */.ab) `comment-on-pr: this run is not for a pull request (event ${runner.eventName ?? 'unknown'}); no comment written.`.text());
        return;
    }
    if (!settings.githubToken) {
        log.warning('comment-on-pr is true but github-token is empty: no comment written. Pass github-token: ${{ github.token }}.');
        return;
    }
    const { commentMarker, commentTargetOf, upsertPlanComment } = await __nccwpck_require__.e(/* import() */ 811).then(__nccwpck_require__.bind(__nccwpck_require__, 811));
    const { target } = settings;
    const what = target.kind === 'single' ? target.wish.sinkOrgId : target.kind === 'list' ? target.origin : 'export';
    const org = identity?.orgId.toLowerCase() ?? settings.sourceOrg?.id ?? settings.siteLabel;
    try {
        const written = await upsertPlanComment({
            token: settings.githubToken,
            apiUrl: runner.apiUrl,
            pr,
            marker: commentMarker(commentTargetOf(runner, what, org)),
            body: markdown,
            timeoutMs: settings.timeoutMs,
            redact
        });
        // The URL comes from GitHub's answer: a value like any other.
        log.info((0,src_message/* msg */.ab) `Pull-request comment ${(0,src_message/* words */.aL)(written.action)}${written.url ? (0,src_message/* msg */.ab) `: ${written.url}` : (0,src_message/* msg */.ab) ``}.`.text());
    }
    catch (error) {
        const { detail } = (0,errors/* describeFailure */.Ic)(error, line => log.debug(line));
        log.warning((0,src_message/* msg */.ab) `Could not write the pull-request comment: ${detail}`.text());
    }
}
/** The failure annotation: a few lines at most, whatever went into it (each of its values is cut already). */
function capped(text) {
    return text.length > MAX_FAILURE_CHARS
        ? `${text.slice(0, MAX_FAILURE_CHARS)}... [cut: ${text.length} characters in all]`
        : text;
}
/** Every line the action prints passes here: secrets blanked, one line, no control character, no forged command. */
function loggerWith(redact) {
    const line = (text) => (0,src_message/* logLine */.BP)((0,src_message/* oneLine */.TN)(redact(text), MAX_LOG_LINE_CHARS));
    return {
        line,
        debug: message => core_debug(line(message)),
        info: message => info(line(message)),
        warning: message => warning(line(message))
    };
}
/**
 * Appends to the job summary file, as core.summary does, but at once: the toolkit's asynchronous write waited on
 * whatever else the event loop held, which cost a list of 100 about 10 ms at the very end of the step.
 */
function writeSummary(markdown, log, path = readRunnerContext().summaryPath) {
    if (!path) {
        log.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
        return;
    }
    try {
        (0,external_node_fs_namespaceObject.appendFileSync)(path, `${markdown}\n`, 'utf8');
    }
    catch (error) {
        log.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/index.ts


// A step lives a fraction of a second. V8's optimising compiler, working on background threads, never pays off in
// that time, and the process waits for its threads before it exits (docs/benchmarks.md).
(0,external_node_v8_namespaceObject.setFlagsFromString)('--no-opt');
void run();

