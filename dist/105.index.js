export const id = 105;
export const ids = [105];
export const modules = {

/***/ 105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseManifest: () => (/* binding */ parseManifest),
  readManifestFile: () => (/* binding */ readManifestFile)
});

// UNUSED EXPORTS: MAX_MANIFEST_BYTES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(916);
// EXTERNAL MODULE: ./src/message.ts
var message = __webpack_require__(568);
// EXTERNAL MODULE: ./src/uuid.ts
var uuid = __webpack_require__(311);
// EXTERNAL MODULE: ./src/wish.ts
var wish = __webpack_require__(96);
// EXTERNAL MODULE: ./src/inputs/connection-types.ts
var connection_types = __webpack_require__(237);
// EXTERNAL MODULE: ./src/inputs/problems.ts
var inputs_problems = __webpack_require__(925);
// EXTERNAL MODULE: ./src/inputs/readers.ts
var readers = __webpack_require__(961);
;// CONCATENATED MODULE: ./src/inputs/list.ts
/**
 * A plain list of connections (today's format): one entry per sink org, for the keys' own org. Each entry is read
 * whole and every problem of every entry is collected, so that one run reports them all.
 */





/** More than any account has: a list is planned and shown whole, so what it expands to is bounded. */
const MAX_ENTRIES = 1000;
const KEYS = ['sink-org', 'connection-types', 'state', 'if-exists'];
/** `entry 3 (line 12)`: an entry as people find it in the file. */
function entryLabel(doc, entry, index) {
    const line = doc.lineOf(entry);
    return line === undefined ? (0,message/* msg */.ab) `entry ${index + 1}` : (0,message/* msg */.ab) `entry ${index + 1} (line ${line})`;
}
/** The entries of a list or of an account file's `connections`, checked as a list: not empty, not too long. */
function entriesOf(data, origin, example, problems) {
    if (!Array.isArray(data)) {
        problems.add((0,message/* msg */.ab) `Invalid ${origin}: expected a YAML list of connections, ${example}.`);
    }
    else if (data.length === 0) {
        problems.add((0,message/* msg */.ab) `Invalid ${origin}: the list is empty; expected at least one entry.`);
    }
    else if (data.length > MAX_ENTRIES) {
        problems.add((0,message/* msg */.ab) `Invalid ${origin}: ${data.length} entries, more than the ${MAX_ENTRIES} a list may have.`);
    }
    else {
        return data;
    }
    return [];
}
/** An entry as a map with only `keys`, or undefined (its problem collected). */
function entryMap(entry, where, keys, problems) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        problems.add((0,message/* msg */.ab) `Invalid ${where}: expected a map with the keys ${[...keys]}.`);
        return undefined;
    }
    const unknown = Object.keys(entry).filter(key => !keys.includes(key));
    // A source org is an account file's word: say so to whoever adds one to a plain list.
    const hint = unknown.includes('source-org')
        ? (0,message/* words */.aL)(' (source-org belongs to an account file: orgs and connections)')
        : (0,message/* msg */.ab) ``;
    if (unknown.length > 0)
        problems.add((0,message/* msg */.ab) `Invalid ${where}: unknown key ${unknown}. Expected only ${[...keys]}${hint}.`);
    return entry;
}
/** A value written as one scalar, trimmed; undefined when absent. */
function scalar(map, key, where, problems) {
    const value = map[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (typeof value === 'string')
        return value.trim();
    problems.add((0,message/* msg */.ab) `Invalid ${where}: ${key} must be a single value.`);
    return undefined;
}
/** `state`, `if-exists` and `connection-types`, each problem collected. Undefined when any is wrong. */
function entryValues(map, where, defaults, problems) {
    const before = problems.count;
    const state = problems.attempt(() => (0,readers/* readChoice */.Kf)(scalar(map, 'state', where, problems) ?? '', (0,message/* msg */.ab) `${where}: state`, wish/* STATES */.xj, defaults.state));
    const ifExists = problems.attempt(() => (0,readers/* readChoice */.Kf)(scalar(map, 'if-exists', where, problems) ?? '', (0,message/* msg */.ab) `${where}: if-exists`, wish/* IF_EXISTS */.fQ, defaults.ifExists));
    const raw = map['connection-types'];
    const given = typesGiven(raw);
    if (given === undefined) {
        problems.add((0,message/* msg */.ab) `Invalid ${where}: connection-types must be a list of names such as [logs, metrics].`);
    }
    const connectionTypes = given !== undefined && (state === 'present' || given.length > 0)
        ? problems.attempt(() => (0,connection_types/* readConnectionTypes */.Y4)(given, (0,message/* msg */.ab) `${where}: connection-types`))
        : [];
    if (problems.count > before || !state || !ifExists || !connectionTypes)
        return undefined;
    return { state, ifExists, connectionTypes };
}
// A YAML list of names, or one string as the input takes it; undefined when it is neither.
function typesGiven(raw) {
    if (raw === undefined || raw === null)
        return [];
    if (typeof raw === 'string')
        return raw.trim() === '' ? [] : [raw];
    if (Array.isArray(raw) && raw.every(item => typeof item === 'string'))
        return raw;
    return undefined;
}
/** Reads a plain list; every problem of every entry collected, then thrown together. */
function readList(doc, origin, defaults) {
    const problems = new inputs_problems/* Problems */.Z();
    const forms = (0,message/* words */.aL)('such as - sink-org: <uuid>, or an account file (a map with orgs and connections)');
    const wishes = [];
    const seen = new Map();
    entriesOf(doc.data, origin, forms, problems).forEach((entry, index) => {
        const label = entryLabel(doc, entry, index);
        const where = (0,message/* msg */.ab) `${origin}, ${label}`;
        const map = entryMap(entry, where, KEYS, problems);
        if (!map)
            return;
        const sinkOrg = scalar(map, 'sink-org', where, problems);
        const raw = map['sink-org'];
        if (!sinkOrg && (raw === undefined || raw === null || typeof raw === 'string')) {
            problems.add((0,message/* msg */.ab) `Invalid ${where}: sink-org is required (the UUID of the sink org).`);
        }
        const sinkOrgId = sinkOrg ? problems.attempt(() => (0,wish/* readUuid */.Cp)(sinkOrg, (0,message/* msg */.ab) `${where}: sink-org`)) : undefined;
        const values = entryValues(map, where, defaults, problems);
        if (sinkOrgId === undefined)
            return;
        const earlier = seen.get(sinkOrgId);
        if (earlier) {
            const fix = (0,message/* words */.aL)('Expected each sink org once; merge the two entries.');
            problems.add((0,message/* msg */.ab) `Invalid ${origin}: ${earlier} and ${label} both name sink-org ${sinkOrgId}. ${fix}`);
        }
        seen.set(sinkOrgId, label);
        if (values)
            wishes.push({ sinkOrgId, ...values, where: where.text() });
    });
    problems.throwIfAny(origin);
    return wishes;
}

// EXTERNAL MODULE: ./src/sites.ts
var sites = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/inputs/account.ts
/**
 * An account file: the topology of a whole Datadog account in one reviewed file, written with org aliases (the names
 * reviewers read) instead of UUIDs. Each entry names its source orgs and sink orgs (an alias or a UUID, or a list of
 * them) and becomes one wish per (source, sink) pair. Every problem of the file is collected and reported at once.
 * An "org alias" here is a name of the `orgs` map, not a YAML alias (those are refused when the file is parsed).
 */





const ORG_ALIAS = /^[A-Za-z0-9_-]+$/;
const TOP_KEYS = ['orgs', 'connections'];
const ENTRY_KEYS = ['source-org', 'sink-org', 'connection-types', 'state', 'if-exists'];
const ALIAS_FORM = 'letters, digits, - and _';
/** A map with `connections` (and usually `orgs`), rather than a plain list. */
function isAccountFile(data) {
    return typeof data === 'object' && data !== null && !Array.isArray(data) && ('connections' in data || 'orgs' in data);
}
function readAccount(doc, origin, defaults) {
    const problems = new inputs_problems/* Problems */.Z();
    const file = doc.data;
    const unknown = Object.keys(file).filter(key => !TOP_KEYS.includes(key));
    if (unknown.length > 0)
        problems.add((0,message/* msg */.ab) `Invalid ${origin}: unknown key ${unknown}. Expected only ${TOP_KEYS}.`);
    const aliases = readAliases(file.orgs, (0,message/* msg */.ab) `${origin}: orgs`, problems);
    const book = { aliases, byOrg: new Map([...aliases].map(([alias, id]) => [id, alias])) };
    const connections = (0,message/* msg */.ab) `${origin}: connections`;
    const wishes = [];
    const pairs = new Map();
    entriesOf(file.connections, connections, (0,message/* words */.aL)('such as - source-org: prod'), problems).forEach((entry, index) => {
        const label = entryLabel(doc, entry, index);
        const where = (0,message/* msg */.ab) `${origin}, ${label}`;
        const map = entryMap(entry, where, ENTRY_KEYS, problems);
        if (!map)
            return;
        const sources = readOrgs(map['source-org'], (0,message/* msg */.ab) `${where}: source-org`, book, problems);
        const sinks = readOrgs(map['sink-org'], (0,message/* msg */.ab) `${where}: sink-org`, book, problems);
        const values = entryValues(map, where, defaults, problems);
        if (!sources || !sinks || !values)
            return;
        if (wishes.length + sources.length * sinks.length > MAX_ENTRIES) {
            problems.add((0,message/* msg */.ab) `Invalid ${where}: the file expands to more than ${MAX_ENTRIES} (source, sink) pairs.`);
            return;
        }
        for (const source of sources) {
            for (const sink of sinks) {
                if (!checkPair(source, sink, { where, label, origin }, pairs, problems))
                    continue;
                wishes.push({
                    sinkOrgId: sink.id,
                    ...values,
                    sourceOrgId: source.id,
                    ...aliasesOf(source, sink),
                    where: where.text()
                });
            }
        }
    });
    problems.throwIfAny(origin);
    const governed = [...new Set(wishes.map(wish => wish.sourceOrgId))].sort();
    return { wishes, account: { aliases: Object.fromEntries(aliases), governed } };
}
function aliasesOf(source, sink) {
    return {
        ...(sink.alias === undefined ? {} : { sinkAlias: sink.alias }),
        ...(source.alias === undefined ? {} : { sourceAlias: source.alias })
    };
}
/** A pair that is not the same org twice and not declared before; its problem collected otherwise. */
function checkPair(source, sink, at, pairs, problems) {
    if (source.id === sink.id) {
        problems.add((0,message/* msg */.ab) `Invalid ${at.where}: sink-org ${named(sink)} is also its source-org. Expected another org: an org does not connect to itself.`);
        return false;
    }
    const pair = `${source.id} ${sink.id}`;
    const earlier = pairs.get(pair);
    if (earlier) {
        const both = earlier === at.label ? (0,message/* msg */.ab) `${at.label} names` : (0,message/* msg */.ab) `${earlier} and ${at.label} both name`;
        problems.add((0,message/* msg */.ab) `Invalid ${at.origin}: ${both} source-org ${named(source)} with sink-org ${named(sink)}. Expected each pair once.`);
        return false;
    }
    pairs.set(pair, at.label);
    return true;
}
/** A wrong value as it may be quoted: a scalar cut short, or what kind of thing it is. */
function shownValue(value) {
    if (['string', 'number', 'boolean'].includes(typeof value))
        return (0,message/* msg */.ab) `'${(0,sites/* quotableInput */._8)(String(value))}'`;
    return (0,message/* words */.aL)(value === null ? 'nothing' : Array.isArray(value) ? 'a list' : 'a map');
}
const named = (org) => (org.alias === undefined ? (0,message/* msg */.ab) `${org.id}` : (0,message/* msg */.ab) `${org.alias} (${org.id})`);
/** The `orgs` map: org alias -> UUID, each alias a simple name, each org under one alias only. */
function readAliases(raw, where, problems) {
    const aliases = new Map();
    if (raw === undefined || raw === null)
        return aliases;
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        problems.add((0,message/* msg */.ab) `Invalid ${where}: expected a map of org alias to org UUID, such as prod: <uuid>.`);
        return aliases;
    }
    const entries = Object.entries(raw);
    if (entries.length > MAX_ENTRIES) {
        problems.add((0,message/* msg */.ab) `Invalid ${where}: ${entries.length} org aliases, more than ${MAX_ENTRIES}.`);
        return aliases;
    }
    const byOrg = new Map();
    for (const [alias, value] of entries) {
        if (!ORG_ALIAS.test(alias) || (0,uuid/* isUuid */.O)(alias)) {
            const form = (0,message/* words */.aL)(`Expected a simple name (${ALIAS_FORM}), not a UUID.`);
            problems.add((0,message/* msg */.ab) `Invalid ${where}: org alias '${(0,sites/* quotableInput */._8)(alias)}' is not a simple name. ${form}`);
            continue;
        }
        if (!(0,uuid/* isUuid */.O)(value)) {
            const shown = shownValue(value);
            problems.add((0,message/* msg */.ab) `Invalid ${where}: org alias ${alias} names ${shown}, not an org UUID. Expected the org's UUID.`);
            continue;
        }
        const id = value.toLowerCase();
        const other = byOrg.get(id);
        if (other !== undefined) {
            problems.add((0,message/* msg */.ab) `Invalid ${where}: org aliases ${other} and ${alias} both name org ${id}. Expected one alias per org.`);
            continue;
        }
        byOrg.set(id, alias);
        aliases.set(alias, id);
    }
    return aliases;
}
/** `source-org` or `sink-org` of an entry: an org alias or a UUID, or a list of them. Undefined when wrong. */
function readOrgs(raw, where, book, problems) {
    const { aliases, byOrg } = book;
    const values = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
    if (values.length === 0) {
        problems.add((0,message/* msg */.ab) `Invalid ${where}: required; expected an org alias of orgs or an org UUID, or a list of them.`);
        return undefined;
    }
    const before = problems.count;
    const orgs = [];
    for (const value of values) {
        const text = typeof value === 'string' ? value.trim() : undefined;
        if (text !== undefined && (0,uuid/* isUuid */.O)(text)) {
            const id = text.toLowerCase();
            orgs.push({ id, ...(byOrg.has(id) ? { alias: byOrg.get(id) } : {}) });
        }
        else if (text !== undefined && aliases.has(text)) {
            orgs.push({ id: aliases.get(text), alias: text });
        }
        else {
            problems.add(orgProblem(value, where, aliases));
        }
    }
    return problems.count > before ? undefined : orgs;
}
function orgProblem(value, where, aliases) {
    const known = aliases.size > 0 ? (0,message/* msg */.ab) `the orgs map names ${[...aliases.keys()]}` : (0,message/* msg */.ab) `the file has no orgs map`;
    if (typeof value !== 'string')
        return (0,message/* msg */.ab) `Invalid ${where}: ${shownValue(value)}, not an org alias or an org UUID.`;
    if (ORG_ALIAS.test(value.trim())) {
        return (0,message/* msg */.ab) `Invalid ${where}: unknown org alias '${(0,sites/* quotableInput */._8)(value)}' (${known}). Expected an alias of orgs or a UUID.`;
    }
    const form = (0,message/* words */.aL)(`an org alias (${ALIAS_FORM}) or an org UUID`);
    return (0,message/* msg */.ab) `Invalid ${where} '${(0,sites/* quotableInput */._8)(value)}': neither an org alias nor a UUID. Expected ${form}.`;
}

;// CONCATENATED MODULE: ./src/inputs/json.ts
/** The document of a JSON text with no duplicate key, else undefined. */
function plainJson(text) {
    const first = text.trimStart()[0];
    if (first !== '[' && first !== '{')
        return undefined;
    try {
        const data = JSON.parse(text);
        const scan = scanned(text);
        const containers = [];
        if (keysIn(data, containers) !== scan.keys || containers.length !== scan.lines.length)
            return undefined;
        // JSON.parse makes maps and lists in the order their brackets open: the n-th container opened on the n-th line.
        const lines = new Map(containers.map((node, i) => [node, scan.lines[i]]));
        return { data, lineOf: node => (typeof node === 'object' && node !== null ? lines.get(node) : undefined) };
    }
    catch {
        // Not JSON, or nested deeper than a walk can go: the YAML reader says what is wrong.
        return undefined;
    }
}
/** How many keys the maps of a parsed value hold, all levels; `containers` gets every map and list, in pre-order. */
function keysIn(value, containers) {
    if (value === null || typeof value !== 'object')
        return 0;
    containers.push(value);
    if (Array.isArray(value))
        return value.reduce((sum, item) => sum + keysIn(item, containers), 0);
    return Object.values(value).reduce((sum, item) => sum + 1 + keysIn(item, containers), 0);
}
/** One pass over a JSON text: how many strings are keys (a colon follows), and the line of each opening bracket. */
function scanned(text) {
    let keys = 0;
    let line = 1;
    const lines = [];
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n')
            line++;
        else if (c === '{' || c === '[')
            lines.push(line);
        else if (c === '"') {
            for (i++; i < text.length && text[i] !== '"'; i++)
                if (text[i] === '\\')
                    i++;
            let next = i + 1;
            while (next < text.length && ' \t\r\n'.includes(text[next]))
                next++;
            if (text[next] === ':')
                keys++;
        }
    }
    return { keys, lines };
}

;// CONCATENATED MODULE: ./src/inputs/yaml.ts
/**
 * YAML (JSON is YAML too) read for a list or an account file, bounded by what it expands to. js-yaml keeps an alias
 * as a reference to its anchor, but anything that walks the result (joining a list of types, say) expands it: nine
 * levels of ten aliases are a billion values. So any alias (`*name`) is refused as the parser meets it, before the
 * rest is even read; anchors alone are harmless. The parser is loaded here only, by a dynamic import, so that a step
 * with a single `sink-org`, or a list given as plain JSON (./json.ts), never pays for it.
 */


/** Larger than any reviewed list of connections or account file; refused before parsing. */
const MAX_DOCUMENT_BYTES = 256 * 1024;
async function loadYaml(text, origin) {
    if (Buffer.byteLength(text, 'utf8') > MAX_DOCUMENT_BYTES) {
        throw new errors/* InputError */.dz((0,message/* msg */.ab) `Invalid ${origin}: more than ${MAX_DOCUMENT_BYTES} bytes.`);
    }
    const { load, CORE_SCHEMA } = await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 243));
    const starts = [];
    const lines = new Map();
    let finder;
    const listener = (event, state) => {
        // The parser's own copy of the text (a BOM dropped, a line break added): its offsets are the ones it reports.
        const lineAt = (finder ??= lineFinder(state.input));
        if (event === 'open') {
            const start = contentStart(state.input, state.position);
            if (state.input[start] === '*')
                throw aliasError(origin, lineAt, start, state.input);
            starts.push(start);
            return;
        }
        const start = starts.pop();
        const node = state.result;
        if (start !== undefined && typeof node === 'object' && node !== null && !lines.has(node)) {
            lines.set(node, lineAt(start));
        }
    };
    let data;
    try {
        // The YAML 1.2 core schema: plain data only (no dates, binaries or custom tags); duplicate keys refused.
        data = load(text, { schema: CORE_SCHEMA, listener });
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        // The reason is the parser's words; its message would quote the document, which is never echoed.
        const { mark, reason } = error;
        const position = mark ? (0,message/* msg */.ab) ` at line ${mark.line + 1}, column ${mark.column + 1}` : (0,message/* msg */.ab) ``;
        throw new errors/* InputError */.dz((0,message/* msg */.ab) `Invalid ${origin}: not valid YAML${position} (${reason ?? 'unreadable'}).`);
    }
    return { data, lineOf: node => (typeof node === 'object' && node !== null ? lines.get(node) : undefined) };
}
/** Where a node's content starts: after the spaces, line breaks and comments the parser has not skipped yet. */
function contentStart(input, position) {
    let at = position;
    for (;;) {
        const ch = input[at];
        if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r')
            at++;
        else if (ch === '#')
            while (at < input.length && input[at] !== '\n')
                at++;
        else
            return at;
    }
}
/** Line (1-based) of an offset, by a binary search over the line breaks: linear once, then logarithmic. */
function lineFinder(input) {
    const breaks = [];
    for (let at = input.indexOf('\n'); at !== -1; at = input.indexOf('\n', at + 1))
        breaks.push(at);
    return offset => {
        let low = 0;
        let high = breaks.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (breaks[middle] < offset)
                low = middle + 1;
            else
                high = middle;
        }
        return low + 1;
    };
}
function aliasError(origin, lineAt, offset, input) {
    const where = (0,message/* msg */.ab) `line ${lineAt(offset)}, column ${offset - input.lastIndexOf('\n', offset - 1)}`;
    return new errors/* InputError */.dz((0,message/* msg */.ab) `Invalid ${origin}: a YAML alias (*name) at ${where}. Aliases are not accepted in a list: write each value out.`);
}

;// CONCATENATED MODULE: ./src/manifest.ts
/**
 * The reviewed connections (`connections` or `connections-file`): a plain list of sink orgs for the keys' own org,
 * or an account file (org aliases and connections between them). YAML (JSON is YAML too), read and validated whole
 * before any request, every problem reported at once.
 */









/** Larger than any reviewed list of connections; refused before parsing. */
const MAX_MANIFEST_BYTES = MAX_DOCUMENT_BYTES;
/** The contents of `connections-file`, a path relative to the workspace that must stay inside it. */
async function readManifestFile(path, workspace) {
    const where = (0,message/* msg */.ab) `connections-file ${path}`;
    const outside = (root, file) => {
        const inside = (0,external_node_path_.relative)(root, file);
        return inside === '..' || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside);
    };
    const escape = new errors/* InputError */.dz((0,message/* msg */.ab) `Invalid ${where}: it resolves outside the workspace. Expected a file inside the repository's checkout, without .. or a symbolic link leading out.`);
    if (outside((0,external_node_path_.resolve)(workspace), (0,external_node_path_.resolve)(workspace, path)))
        throw escape;
    let file;
    try {
        // Both resolved through symbolic links: a link inside the workspace must not lead out of it.
        const root = await (0,promises_.realpath)(workspace);
        file = await (0,promises_.realpath)((0,external_node_path_.resolve)(workspace, path));
        if (outside(root, file))
            throw escape;
    }
    catch (error) {
        if (error === escape)
            throw error;
        const expected = (0,message/* words */.aL)('Expected a path relative to the workspace, such as .github/datadog-org-connections.yml; ' +
            'check out the repository first (actions/checkout).');
        throw new errors/* InputError */.dz((0,message/* msg */.ab) `Invalid ${where}: no such file in the workspace (${workspace}). ${expected}`);
    }
    const info = await (0,promises_.stat)(file);
    if (!info.isFile())
        throw new errors/* InputError */.dz((0,message/* msg */.ab) `Invalid ${where}: not a regular file.`);
    if (info.size > MAX_MANIFEST_BYTES) {
        throw new errors/* InputError */.dz((0,message/* msg */.ab) `Invalid ${where}: ${info.size} bytes, more than the ${MAX_MANIFEST_BYTES} a list may have.`);
    }
    return (0,promises_.readFile)(file, 'utf8');
}
/**
 * Reads a plain list or an account file: `origin` names it in errors (`connections` or `connections-file <path>`).
 * Every rule is checked here, so that what is read can be planned; values are quoted only where they are wrong.
 */
async function parseManifest(text, origin, defaults) {
    if (Buffer.byteLength(text, 'utf8') > MAX_DOCUMENT_BYTES) {
        throw new errors/* InputError */.dz((0,message/* msg */.ab) `Invalid ${origin}: more than ${MAX_DOCUMENT_BYTES} bytes.`);
    }
    const json = plainJson(text);
    if (json) {
        try {
            return read(json, origin, defaults);
        }
        catch (error) {
            // Read again by the YAML reader, whose errors also say on which line each problem is.
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
        }
    }
    return read(await loadYaml(text, origin), origin, defaults);
}
function read(doc, origin, defaults) {
    const { wishes, account } = isAccountFile(doc.data)
        ? readAccount(doc, origin, defaults)
        : { wishes: readList(doc, origin, defaults), account: undefined };
    const warning = (0,connection_types/* unknownTypesWarning */.yz)(origin, wishes.flatMap(wish => wish.connectionTypes));
    return { wishes, ...(account ? { account } : {}), warnings: warning ? [warning] : [] };
}


/***/ })

};
