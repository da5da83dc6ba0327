export const id = 0;
export const ids = [0];
export const modules = {

/***/ 7000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentMarker: () => (/* binding */ commentMarker),
  commentTargetOf: () => (/* binding */ commentTargetOf),
  pullRequestOf: () => (/* binding */ pullRequestOf),
  upsertPlanComment: () => (/* binding */ upsertPlanComment)
});

// UNUSED EXPORTS: CommentError, MAX_COMMENT_CHARS, commentBody

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/bundling/undici.ts
var bundling_undici = __webpack_require__(2195);
;// CONCATENATED MODULE: ./src/bundling/github.ts
/**
 * @actions/github (Octokit), loaded when needed, in chunks of its own: first the real undici, handed to the stand-ins
 * of ./undici.ts, then the package, whose module evaluation already builds a ProxyAgent when HTTPS_PROXY applies to
 * the GitHub API. Import @actions/github nowhere else (statically, it would bring the whole client into the main
 * chunk; before this, its undici would be the throwing stand-ins).
 */

async function loadGitHub() {
    // By path: the name `undici` is mapped to ./undici.ts for the bundle. A CommonJS module: its exports are `default`.
    const undici = (await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19)));
    (0,bundling_undici.provideUndici)(undici.default);
    return __webpack_require__.e(/* import() */ 747).then(__webpack_require__.bind(__webpack_require__, 3747));
}

// EXTERNAL MODULE: ./src/message.ts
var message = __webpack_require__(9568);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/http/proxy.ts + 1 modules
var proxy = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/http/request.ts
var request = __webpack_require__(7777);
;// CONCATENATED MODULE: ./src/github/fetch.ts
/**
 * A `fetch` for Octokit that goes through @actions/http-client's node:http path, the one the Datadog requests take.
 *
 * Why not the fetch that @actions/github gives Octokit by default (undici's fetch with a ProxyAgent dispatcher)?
 * - That dispatcher is chosen once, when @actions/github is first imported, for `GITHUB_API_URL` (or
 *   https://api.github.com), not for the `baseUrl` the client is built with; here the proxy decision (HTTPS_PROXY,
 *   HTTP_PROXY, NO_PROXY, loopback) is made for each request's own URL, exactly as for Datadog.
 * - undici's fetch is not needed at run time at all, so the bundle may keep leaving undici's fetch out.
 * A timeout destroys the socket (not only a promise), and an answer is capped in size.
 */



const DEFAULT_TIMEOUT_MS = 30_000;
/** Statuses whose Response may carry no body (the constructor throws otherwise). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/**
 * A fetch over @actions/http-client, for Octokit's `request.fetch`. Octokit's User-Agent header is kept. With `base`,
 * a request to any URL outside it is refused before it is sent: the token goes to GITHUB_API_URL only.
 */
function httpClientFetch({ timeoutMs = DEFAULT_TIMEOUT_MS, base } = {}) {
    return async (url, init = {}) => {
        if (base !== undefined && !within(url, base)) {
            throw new Error(`refused to send the token outside GITHUB_API_URL (${new URL(url).origin})`);
        }
        const method = (init.method ?? 'GET').toUpperCase();
        const abort = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            abort.abort();
        }, timeoutMs);
        const onCallerAbort = () => abort.abort();
        init.signal?.addEventListener('abort', onCallerAbort, { once: true });
        const { 'user-agent': userAgent, ...headers } = init.headers ?? {};
        // http-client puts its own User-Agent over the header unless it is given one.
        const client = new lib/* HttpClient */.Qq(userAgent, [new request/* AbortOnSignal */.kz(abort.signal), ...(0,proxy/* proxyHandlers */.G)(url, abort.signal)], {
            // Never followed: http-client keeps Authorization on a redirect to another port of the same host. A renamed
            // repository's redirect fails the comment (a warning), which is better than a token sent elsewhere.
            allowRedirects: false,
            allowRetries: false,
            keepAlive: false,
            socketTimeout: timeoutMs + 5_000
        });
        try {
            // http-client takes null for "no body" (its typing says string).
            const data = (init.body ?? null);
            const response = await client.request(method, url, data, headers);
            const message = response.message;
            const text = await (0,request/* readBody */.x8)(message);
            const status = message.statusCode ?? 0;
            const result = new Response(NULL_BODY.has(status) || method === 'HEAD' ? null : text, {
                status,
                statusText: message.statusMessage ?? '',
                headers: headersOf(message)
            });
            // Response's constructor cannot set `url`; Octokit reports it.
            Object.defineProperty(result, 'url', { value: url });
            return result;
        }
        catch (error) {
            if (timedOut)
                throw new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`);
            if (abort.signal.aborted)
                throw Object.assign(new Error('the request was aborted'), { name: 'AbortError' });
            throw error;
        }
        finally {
            clearTimeout(timer);
            init.signal?.removeEventListener('abort', onCallerAbort);
            client.dispose();
        }
    };
}
/** Same origin, and under the base path (GHES: /api/v3). */
function within(url, base) {
    const target = new URL(url);
    const root = new URL(base);
    const prefix = root.pathname.replace(/\/+$/, '');
    return target.origin === root.origin && (target.pathname === prefix || target.pathname.startsWith(`${prefix}/`));
}
function headersOf(message) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(message.headers)) {
        if (value === undefined)
            continue;
        for (const one of Array.isArray(value) ? value : [value])
            headers.append(name, one);
    }
    return headers;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * The plan as a pull-request comment: one comment per workflow, job, step and target, found again on re-runs by a
 * hidden marker and updated in place.
 *
 * Octokit (@actions/github) is imported dynamically inside upsertPlanComment(), so a bundler emits it as a separate
 * chunk that runs without a comment never load. Requests go through @actions/http-client (./fetch.ts), so
 * HTTPS_PROXY and NO_PROXY apply as they do to the Datadog requests.
 */






/** Comments read per page, and the most pages read to find ours (5,000 comments). */
const COMMENTS_PER_PAGE = 100;
const MAX_COMMENT_PAGES = 50;
/** GitHub's limit on a comment's body, in characters. */
const MAX_COMMENT_CHARS = 65536;
const MARKER_PREFIX = 'datadog-org-connection';
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** A comment that could not be read or written; the message is one line, says what to do, and holds no token. */
class CommentError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'CommentError';
    }
}
/**
 * The pull request of a `pull_request` or `pull_request_target` event (payload at GITHUB_EVENT_PATH), or undefined:
 * another event, no payload, or a payload without a pull request number.
 */
function pullRequestOf(env, readFile = path => (0,external_node_fs_.readFileSync)(path, 'utf8')) {
    const event = env.GITHUB_EVENT_NAME;
    if (!event || !PULL_REQUEST_EVENTS.has(event))
        return undefined;
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    let payload;
    try {
        payload = JSON.parse(readFile(path));
    }
    catch {
        return undefined;
    }
    const pr = field(payload, 'pull_request');
    const number = field(pr, 'number') ?? field(payload, 'number');
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0)
        return undefined;
    const repository = field(payload, 'repository');
    const login = field(field(repository, 'owner'), 'login');
    const name = field(repository, 'name');
    let owner;
    let repo;
    if (typeof login === 'string' && typeof name === 'string' && login && name) {
        owner = login;
        repo = name;
    }
    else {
        const [envOwner, envRepo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
        if (!envOwner || !envRepo || rest.length)
            return undefined;
        owner = envOwner;
        repo = envRepo;
    }
    const baseRepo = field(field(field(pr, 'base'), 'repo'), 'full_name');
    const headRepo = field(field(pr, 'head'), 'repo');
    const headName = field(headRepo, 'full_name');
    const fromFork = pr === undefined || field(pr, 'head') === undefined
        ? undefined
        : headRepo === null || (typeof headName === 'string' && headName !== (baseRepo ?? `${owner}/${repo}`));
    return {
        owner,
        repo,
        number,
        event: event,
        ...(fromFork === undefined ? {} : { fromFork })
    };
}
/** The target of this step from the runner's variables: workflow file (else name), job id, step id. */
function commentTargetOf(env, target) {
    // GITHUB_WORKFLOW_REF is "owner/repo/.github/workflows/file.yml@ref": the file names the workflow; the ref would
    // change between the pushes of one pull request.
    const workflowRef = env.GITHUB_WORKFLOW_REF?.replace(/@.*$/, '');
    return {
        workflow: workflowRef || env.GITHUB_WORKFLOW || '',
        job: env.GITHUB_JOB ?? '',
        step: env.GITHUB_ACTION ?? '',
        target
    };
}
/**
 * The hidden HTML comment that marks our comment for this target. Its parts are hashed, so nothing of theirs
 * (`-->`, line breaks, Markdown) reaches the comment, and the same target always gives the same marker.
 */
function commentMarker(target) {
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([target.workflow, target.job, target.step, target.target]))
        .digest('hex')
        .slice(0, 32);
    return `<!-- ${MARKER_PREFIX}:${digest} -->`;
}
/**
 * The comment's full text: the marker on the first line, then the body, cut to GitHub's limit with a note saying
 * so (and a code block left open by the cut closed again).
 */
function commentBody(marker, body, limit = MAX_COMMENT_CHARS) {
    const whole = `${marker}\n${body}`;
    if (whole.length <= limit)
        return whole;
    const note = `\n\n**The plan is cut here**: it is longer than GitHub allows in a comment (${limit} characters). The whole plan is in the job summary of the workflow run.`;
    let cut = limit - note.length;
    for (;;) {
        let head = whole.slice(0, cut);
        if (/[\ud800-\udbff]$/.test(head))
            head = head.slice(0, -1);
        const fence = openFence(head);
        const text = `${head}${fence ? `\n${fence}` : ''}${note}`;
        if (text.length <= limit)
            return text;
        cut -= text.length - limit;
    }
}
/**
 * Creates the comment, or updates ours (the first comment whose body holds `marker`, searched over every page of
 * the pull request's comments). Throws CommentError if GitHub cannot be reached or refuses.
 *
 * The marker is no secret: anyone can paste it into a comment of their own. With an installation token (`ghs_`:
 * GITHUB_TOKEN or a GitHub App's), every comment the token wrote is a bot's, so a person's comment that holds the
 * marker is not taken for ours (neither overwritten nor allowed to stop the plan from being posted).
 */
async function upsertPlanComment(options) {
    const { token, pr, marker } = options;
    const scrub = (text) => (token ? text.split(token).join('***') : text);
    if (!token)
        throw new CommentError('no token to write the pull-request comment with: set the `github-token` input');
    const baseUrl = checkedApiUrl(options.apiUrl, scrub);
    const where = `${pr.owner}/${pr.repo}#${pr.number}`;
    const text = commentBody(marker, options.body);
    // Loaded here, not at the top: a chunk of its own that runs without a comment never load (and with the real
    // undici that @actions/github builds its proxy agent from: see src/bundling/github.ts).
    let github;
    try {
        github = await loadGitHub();
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new CommentError((0,message/* oneLine */.TN)(scrub(`could not load the GitHub client (Octokit): ${reason}`), 1000));
    }
    const octokit = github.getOctokit(token, {
        baseUrl,
        userAgent: version/* USER_AGENT */._,
        request: { fetch: httpClientFetch({ timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, base: baseUrl }) }
    });
    const fail = (error, doing) => commentError(error, doing, { baseUrl, pr, scrub });
    const installationToken = token.startsWith('ghs_');
    let existing;
    try {
        // Page by page, by number: a `Link` header from the answer is never followed, so the token goes nowhere else, and
        // a server that always announces a next page cannot keep the step running.
        for (let page = 1; page <= MAX_COMMENT_PAGES && !existing; page++) {
            const { data } = await octokit.rest.issues.listComments({
                owner: pr.owner,
                repo: pr.repo,
                issue_number: pr.number,
                per_page: COMMENTS_PER_PAGE,
                page
            });
            existing = data.find(comment => comment.body?.includes(marker) && (!installationToken || comment.user?.type === 'Bot'));
            if (data.length < COMMENTS_PER_PAGE)
                break;
        }
    }
    catch (error) {
        throw fail(error, `list the comments of ${where}`);
    }
    if (existing) {
        try {
            const { data } = await octokit.rest.issues.updateComment({
                owner: pr.owner,
                repo: pr.repo,
                comment_id: existing.id,
                body: text
            });
            return { action: 'updated', url: data.html_url ?? existing.html_url };
        }
        catch (error) {
            throw fail(error, `update comment ${existing.id} on ${where}`);
        }
    }
    try {
        const { data } = await octokit.rest.issues.createComment({
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            body: text
        });
        return { action: 'created', url: data.html_url };
    }
    catch (error) {
        throw fail(error, `comment on ${where}`);
    }
}
function checkedApiUrl(apiUrl, scrub) {
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        throw new CommentError(`GITHUB_API_URL is not a URL: ${(0,message/* oneLine */.TN)(scrub(apiUrl), 200)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new CommentError(`GITHUB_API_URL must be an http(s) URL, not ${(0,message/* oneLine */.TN)(scrub(url.protocol), 50)}`);
    }
    return apiUrl.replace(/\/+$/, '');
}
/** The URL without credentials, query or fragment: safe to show. */
function shown(baseUrl) {
    const url = new URL(baseUrl);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
function commentError(error, doing, { baseUrl, pr, scrub }) {
    const failure = (typeof error === 'object' && error !== null ? error : {});
    const response = failure.response;
    const data = response?.data;
    const reported = typeof data === 'object' && data !== null && typeof data.message === 'string'
        ? data.message
        : typeof data === 'string' && data
            ? data
            : (failure.message ?? String(error));
    const said = (0,message/* oneLine */.TN)(scrub(reported), 200);
    const line = (text) => new CommentError((0,message/* oneLine */.TN)(scrub(text), 1000), response ? failure.status : undefined);
    if (!response) {
        return line(`could not reach GitHub at ${shown(baseUrl)} to ${doing}: ${said}. Check GITHUB_API_URL and, behind a proxy, HTTPS_PROXY and NO_PROXY.`);
    }
    const status = failure.status ?? 0;
    const headers = response.headers ?? {};
    if (status === 401) {
        return line(`GitHub rejected the token (401 ${said}) when trying to ${doing}: check the \`github-token\` input.`);
    }
    if ((status === 403 || status === 429) &&
        (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(said))) {
        return line(`GitHub's rate limit stopped the attempt to ${doing} (${status} ${said}): re-run the job later to write the comment.`);
    }
    if (status === 403) {
        const advice = pr.event === 'pull_request' && pr.fromFork
            ? "this pull request comes from a fork, and GitHub gives workflows run for a fork's pull request a read-only token whatever the workflow asks: the plan is in the job summary."
            : `the token may not ${doing.startsWith('list') ? "read this pull request's comments" : 'write to pull requests'}: give the job \`permissions: pull-requests: write\` (or pass a \`github-token\` that may). On pull requests from forks (and Dependabot's) the token is read-only whatever the workflow asks.`;
        return line(`GitHub refused to ${doing} (403 ${said}): ${advice}`);
    }
    if (status === 404) {
        return line(`GitHub answered 404 (${said}) when trying to ${doing}: the repository or pull request is not visible to this token. Check the \`github-token\` input and GITHUB_API_URL.`);
    }
    if (status === 422)
        return line(`GitHub did not accept the comment when trying to ${doing} (422 ${said}).`);
    return line(`GitHub answered ${status} when trying to ${doing}: ${said}.`);
}
/** The fence of a fenced code block still open at the end of `text`, or undefined. */
function openFence(text) {
    let open;
    for (const line of text.split('\n')) {
        const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
        if (!match)
            continue;
        const [, run, rest] = match;
        if (!open) {
            if (run[0] === '`' && rest.includes('`'))
                continue; // not a fence: an info string may not hold a backtick
            open = { char: run[0], length: run.length };
        }
        else if (run[0] === open.char && run.length >= open.length && rest.trim() === '') {
            open = undefined;
        }
    }
    return open ? open.char.repeat(open.length) : undefined;
}
function field(value, name) {
    return typeof value === 'object' && value !== null ? value[name] : undefined;
}


/***/ })

};
